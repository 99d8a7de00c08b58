using System.Globalization;
using Cramps.Core.Serialization;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>One resource of the input with where it stood and the keys other resources can refer to it by.</summary>
internal sealed record IndexedResource(R4.Resource Resource, FhirSource Source, int Position, IReadOnlyList<string> Keys);

/// <summary>
/// The resources of one input, flattened from a Bundle, with the patient they are about; rejects inputs that mix patients.
/// </summary>
internal sealed class ResourceIndex
{
    private ResourceIndex(IReadOnlyList<IndexedResource> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<IndexedResource> Entries { get; }

    public IndexedResource? Patient { get; private set; }

    /// <summary>Gets the literal reference to the patient: the Patient resource's, else the subject the resources share.</summary>
    public string? SubjectReference { get; private set; }

    public List<ValidationError> Errors { get; } = [];

    public static ResourceIndex Build(R4.Resource root)
    {
        var entries = new List<IndexedResource>();
        if (root is R4.Bundle bundle)
        {
            for (var i = 0; i < bundle.Entry.Count; i++)
            {
                if (bundle.Entry[i].Resource is { } resource)
                {
                    var location = string.Create(CultureInfo.InvariantCulture, $"Bundle.entry[{i}].resource");
                    entries.Add(Index(resource, bundle.Entry[i].FullUrl, location, entries.Count));
                }
            }
        }
        else
        {
            entries.Add(Index(root, null, root.TypeName, 0));
        }

        var index = new ResourceIndex(entries);
        index.FindPatient();
        return index;
    }

    /// <summary>Reduces a reference to the form resources are keyed by: a URN as it is, else its last <c>Type/id</c>.</summary>
    public static string Key(string reference)
    {
        if (reference.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return reference;
        }

        var history = reference.IndexOf("/_history/", StringComparison.Ordinal);
        var path = history >= 0 ? reference[..history] : reference;
        var id = path.LastIndexOf('/');
        var type = id > 0 ? path.LastIndexOf('/', id - 1) : -1;
        return id > 0 ? path[(type + 1)..] : path;
    }

    /// <summary>Finds a resource of the input (or contained in <paramref name="container"/>) by a literal reference.</summary>
    public R4.Resource? Resolve(string reference, R4.DomainResource container, out IndexedResource? entry)
    {
        entry = null;
        if (reference.StartsWith('#'))
        {
            var id = reference[1..];
            return container.Contained.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        }

        var key = Key(reference);
        entry = Entries.FirstOrDefault(e => e.Keys.Contains(key, StringComparer.Ordinal));
        return entry?.Resource;
    }

    private static IndexedResource Index(R4.Resource resource, string? fullUrl, string location, int position)
    {
        var keys = new List<string>(2);
        var byId = string.IsNullOrEmpty(resource.Id) ? null : resource.TypeName + "/" + resource.Id;
        if (byId is not null)
        {
            keys.Add(byId);
        }

        if (!string.IsNullOrEmpty(fullUrl))
        {
            keys.Add(Key(fullUrl));
        }

        return new IndexedResource(resource, new FhirSource(resource.TypeName, byId ?? NullIfEmpty(fullUrl), location), position, keys);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static R4.ResourceReference? SubjectOf(R4.Resource resource) =>
        resource switch
        {
            R4.Condition condition => condition.Subject,
            R4.Observation observation => observation.Subject,
            R4.MedicationStatement statement => statement.Subject,
            R4.MedicationRequest request => request.Subject,
            R4.List list => list.Subject,
            _ => null,
        };

    private void FindPatient()
    {
        foreach (var entry in Entries.Where(e => e.Resource is R4.Patient))
        {
            if (Patient is null)
            {
                Patient = entry;
                SubjectReference = entry.Source.Reference;
            }
            else
            {
                Errors.Add(new ValidationError(
                    entry.Source.Location,
                    FhirValidationCodes.MultiplePatients,
                    "The input holds more than one Patient resource; one input must hold one patient's data."));
            }
        }

        string? sharedKey = null;
        foreach (var entry in Entries)
        {
            if (SubjectOf(entry.Resource)?.Reference is not { Length: > 0 } subject)
            {
                continue;
            }

            var key = Key(subject);
            var samePatient = Patient is not null
                ? Patient.Keys.Contains(key, StringComparer.Ordinal)
                : (sharedKey ??= key) == key;
            if (!samePatient)
            {
                Errors.Add(new ValidationError(
                    entry.Source.Location + ".subject",
                    FhirValidationCodes.OtherPatient,
                    "The subject is not the input's patient; one input must hold one patient's data."));
            }
            else if (Patient is null)
            {
                SubjectReference ??= subject;
            }
        }
    }
}
