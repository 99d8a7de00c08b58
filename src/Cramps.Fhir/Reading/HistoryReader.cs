using System.Collections.Frozen;
using System.Globalization;
using Cramps.Core;
using Cramps.Core.Knowledge;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>Maps the resources of one input to a patient history; one instance per read, never shared.</summary>
internal sealed partial class HistoryReader
{
    private const string AgePath = "$.patient.ageYears";
    private const string SexPath = "$.patient.sex";
    private const string PregnantPath = "$.patient.pregnant";

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    private readonly ResourceIndex _index;
    private readonly DateOnly? _asOf;
    private readonly Cramps.Core.Configuration.CrampThresholds? _thresholds;
    private readonly List<(Condition Item, FhirSource Source)> _conditions = [];
    private readonly List<(Medication Item, FhirSource Source)> _medications = [];
    private readonly List<Dated<LabReading>> _labs = [];
    private readonly List<Dated<bool?>> _pregnancy = [];
    private readonly List<(int Position, UnmappedItem Item)> _unmapped = [];
    private readonly HashSet<IndexedResource> _referencedMedications = [];
    private readonly IReadOnlyList<DateOnly?>? _statedDates;
    private bool _noConditions;
    private bool _noMedications;
    private DateOnly? _latestDate;

    /// <summary>Starts a read; <paramref name="statedDates"/> are the entries' latest dates when the JSON walk found them, else they are looked up.</summary>
    public HistoryReader(ResourceIndex index, FhirReadOptions options, IReadOnlyList<DateOnly?>? statedDates = null)
    {
        _index = index;
        _statedDates = statedDates;
        _asOf = options.AsOf;
        _thresholds = options.Thresholds;
    }

    public FhirReadResult Read()
    {
        foreach (var entry in _index.Entries)
        {
            if (_asOf is null && (_statedDates is null ? InputDates.Latest(entry.Resource) : _statedDates[entry.Position]) is { } stated
                && (_latestDate is null || stated > _latestDate))
            {
                _latestDate = stated;
            }

            switch (entry.Resource)
            {
                case R4.Patient or R4.Medication:
                    break;
                case R4.Condition condition:
                    ReadCondition(condition, entry);
                    break;
                case R4.MedicationStatement statement:
                    ReadMedicationStatement(statement, entry);
                    break;
                case R4.MedicationRequest request:
                    ReadMedicationRequest(request, entry);
                    break;
                case R4.Observation observation:
                    ReadObservation(observation, entry);
                    break;
                case R4.List list:
                    ReadList(list, entry);
                    break;
                default:
                    Unmapped(entry, UnmappedCodes.UnsupportedResource, entry.Resource.TypeName, "The reader does not read this resource type.");
                    break;
            }
        }

        foreach (var entry in _index.Entries.Where(e => e.Resource is R4.Medication && !_referencedMedications.Contains(e)))
        {
            Unmapped(entry, UnmappedCodes.UnsupportedResource, null, "A Medication is read only through a MedicationStatement or MedicationRequest that refers to it.");
        }

        return Assemble();
    }

    private FhirReadResult Assemble()
    {
        var sources = new Dictionary<string, FhirSource>(StringComparer.Ordinal);
        var labs = CountedLabs();
        foreach (var extra in labs.Skip(RequestLimits.MaxLabs))
        {
            Unmapped(extra.Entry, UnmappedCodes.TooManyItems, extra.Value.Result!.Loinc, "The request already holds the most lab results it accepts.");
        }

        labs = [.. labs.Take(RequestLimits.MaxLabs)];
        var conditions = Listed(_conditions, _noConditions, "$.patient.conditions", sources);
        var medications = Listed(_medications, _noMedications, "$.patient.medications", sources);
        var labList = Listed([.. labs.Select(l => (l.Value.Result!, l.Entry.Source))], false, "$.patient.labs", sources);
        var readings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < labs.Count; i++)
        {
            readings[string.Create(CultureInfo.InvariantCulture, $"$.patient.labs[{i}]")] = labs[i].Value.Text!;
        }

        // Today: asOf, else the latest date of any kind in the input; the request carries it, so every date-based rule uses it.
        var referenceDate = _asOf ?? _latestDate;

        var (age, sex) = ReadPatient(referenceDate, sources);
        var pregnant = ReadPregnancy(referenceDate, sources);
        var history = new PatientHistory
        {
            AgeYears = age,
            Sex = sex,
            Pregnant = pregnant,
            Conditions = conditions,
            Medications = medications,
            Labs = labList,
        };

        var unmapped = _unmapped.OrderBy(u => u.Position).Select(u => u.Item).ToList().AsReadOnly();
        var context = new FhirMappingContext(_index.SubjectReference, _asOf, sources, unmapped)
        {
            ReferenceDate = referenceDate,
            Readings = readings.ToFrozenDictionary(StringComparer.Ordinal),
        };
        return new FhirReadResult(new AssessmentRequest(history, null, referenceDate), context, unmapped, []);
    }

    private static List<T>? Listed<T>(List<(T Item, FhirSource Source)> items, bool statedNone, string path, Dictionary<string, FhirSource> sources)
    {
        if (items.Count == 0)
        {
            return statedNone ? [] : null;
        }

        for (var i = 0; i < items.Count; i++)
        {
            sources[string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")] = items[i].Source;
        }

        return [.. items.Select(i => i.Item)];
    }

    private (int? Age, Sex? Sex) ReadPatient(DateOnly? referenceDate, Dictionary<string, FhirSource> sources)
    {
        if (_index.Patient is not { Resource: R4.Patient patient } entry)
        {
            return (null, null);
        }

        Sex? sex = patient.Gender switch
        {
            R4.AdministrativeGender.Female => Sex.Female,
            R4.AdministrativeGender.Male => Sex.Male,
            R4.AdministrativeGender.Other => Sex.Other,
            R4.AdministrativeGender.Unknown => Sex.Unknown,
            _ => null,
        };
        if (sex is not null)
        {
            sources[SexPath] = entry.Source;
        }

        var age = Age(patient.BirthDate, referenceDate, entry);
        if (age is not null)
        {
            sources[AgePath] = entry.Source;
        }

        return (age, sex);
    }

    private int? Age(string? birthDate, DateOnly? referenceDate, IndexedResource entry)
    {
        if (birthDate is null)
        {
            return null;
        }

        if (FhirDates.Range(birthDate) is not { } birth)
        {
            Unmapped(entry, UnmappedCodes.AgeUnknown, null, "The birth date is not a FHIR date.");
            return null;
        }

        if (referenceDate is not { } on)
        {
            Unmapped(entry, UnmappedCodes.AgeUnknown, null, "The birth date needs a date to compute the age at: give asOf.");
            return null;
        }

        if (birth.Earliest > on)
        {
            Unmapped(entry, UnmappedCodes.AgeUnknown, null, "The birth date lies after the date the age is computed at.");
            return null;
        }

        var oldest = FhirDates.AgeOn(birth.Earliest, on);
        var youngest = birth.Latest > on ? 0 : FhirDates.AgeOn(birth.Latest, on);
        if (oldest != youngest)
        {
            Unmapped(entry, UnmappedCodes.AgeUnknown, null, "The birth date is partial, so the age on the date is ambiguous; age stays unknown.");
            return null;
        }

        if (oldest > RequestLimits.MaxAgeYears)
        {
            Unmapped(entry, UnmappedCodes.OutOfRange, null, string.Create(CultureInfo.InvariantCulture, $"The age is above {RequestLimits.MaxAgeYears} years."));
            return null;
        }

        return oldest;
    }

    private void Unmapped(IndexedResource entry, string code, string? value, string message) =>
        _unmapped.Add((entry.Position, new UnmappedItem(entry.Source, code, value, message)));

    /// <summary>Whether a resource dated after asOf must stay out of the request (which rejects dates after asOf).</summary>
    private bool AfterAsOf(DateOnly? date, IndexedResource entry)
    {
        if (_asOf is { } asOf && date > asOf)
        {
            Unmapped(entry, UnmappedCodes.AfterAsOf, null, "The resource is dated after asOf.");
            return true;
        }

        return false;
    }

    /// <summary>Keeps the latest items: the latest date, and on it the latest instant when every item there has a time.</summary>
    private List<Dated<T>> Latest<T>(List<Dated<T>> items, string supersededMessage)
    {
        var kept = new List<Dated<T>>(items.Count);
        foreach (var group in items.GroupBy(i => i.Group))
        {
            var dated = group.Where(i => i.Moment is not null).ToList();
            FhirMoment? latest = dated.Count == 0 ? null : dated.Select(i => i.Moment!.Value).Aggregate((a, b) => b.CompareTo(a) > 0 ? b : a);
            foreach (var item in group)
            {
                if (latest is null || (item.Moment is { } moment && moment.CompareTo(latest.Value) == 0))
                {
                    kept.Add(item);
                }
                else
                {
                    Unmapped(item.Entry, UnmappedCodes.Superseded, null, supersededMessage);
                }
            }
        }

        return [.. kept.OrderBy(i => i.Entry.Position)];
    }

    /// <summary>A value read from a resource with the moment it was taken and the group that "latest" is decided in.</summary>
    private sealed record Dated<T>(T Value, FhirMoment? Moment, IndexedResource Entry, string Group);
}
