using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Cramps.Core;
using Cramps.Core.Serialization;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir;

/// <summary>Reads a patient's history from FHIR R4 resources into an <see cref="AssessmentRequest"/>, reporting what it cannot map.</summary>
/// <remarks>
/// <para>
/// The input is a <c>Bundle</c> of one patient's resources, or a single resource. The reader maps:
/// <c>Patient</c> (gender to sex; birthDate to the age on the reference date), <c>Condition</c> (ICD-10-CM and SNOMED CT
/// codings, active clinical status only), <c>MedicationStatement</c> and <c>MedicationRequest</c> (status active only;
/// the ATC coding, and the RxNorm display, text or display as the name the knowledge base matches generic names in;
/// effective[x] or authoredOn to the start date; <c>medicationReference</c> to a Medication in the input),
/// <c>Observation</c> (LOINC codes of the knowledge base's tests with a UCUM <c>valueQuantity</c>, the latest per test;
/// pregnancy status, LOINC 82810-3) and pregnancy <c>Condition</c>s (ICD-10-CM Z33.1, Z34, Z3A, O09; SNOMED CT 77386006,
/// 72892002). Everything else, and everything it cannot use, is listed in <see cref="FhirReadResult.Unmapped"/> with its
/// resource; nothing is dropped silently.
/// </para>
/// <para>
/// Missing is unknown, never false. A list stays unknown (<see langword="null"/>) unless the input holds at least one
/// active item of it, or clearly says there are none: a Condition coded IPS <c>no-known-problems</c> or SNOMED CT
/// 160245001, a MedicationStatement coded IPS <c>no-known-medications</c>, or a current, empty problem list (LOINC
/// 11450-4) or medication list (LOINC 10160-0) whose empty reason is <c>nilknown</c>. Inactive items alone leave a list
/// unknown. Where the input is ambiguous the reader takes the safer reading: a partial birth date whose age is ambiguous
/// leaves age unknown; a value with a comparator is not read as exact; pregnancy statements older than
/// <see cref="PregnancyStatusMaxAgeDays"/> days are left out and disagreeing latest ones leave pregnancy unknown; an
/// active medicine the knowledge base cannot name still counts as a medicine, so the new-medicine rule sees it.
/// </para>
/// <para>
/// The reference date is <c>asOf</c>; when it is absent, the request's own rule applies (the evaluator derives it), and
/// the age is computed at the latest lab collection or medicine start date. Items dated after <c>asOf</c> are left out.
/// FHIR carries no episode diary and no self-reported answers: add them to the request the reader returns.
/// </para>
/// <para>
/// Bad input never throws: malformed JSON, input the FHIR R4 parser rejects, and input that mixes patients are rejected
/// whole with every error listed. All members are pure and thread-safe.
/// </para>
/// </remarks>
public static class FhirRequestReader
{
    /// <summary>The oldest a pregnancy status may be, in days before the reference date, to count (42 weeks).</summary>
    public const int PregnancyStatusMaxAgeDays = 294;

    /// <summary>Reads FHIR R4 JSON: a Bundle, or a single resource.</summary>
    /// <param name="json">The FHIR JSON text.</param>
    /// <param name="asOf">The date that counts as today, or <see langword="null"/> to use the request's rules.</param>
    /// <returns>The request and its mapping context, with the unmapped items; or every error; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <example><code>var read = FhirRequestReader.Read(File.ReadAllText("bundle.json"), asOf);</code></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ in their first parameter's type, so no call can become ambiguous.")]
    public static FhirReadResult Read(string json, DateOnly? asOf = null)
    {
        Guard.Against.Null(json);
        var (resource, errors) = Parse(json);
        return resource is null ? Rejected(errors) : Read(resource, asOf);
    }

    /// <summary>Reads FHIR R4 resources already parsed: a Bundle, or a single resource.</summary>
    /// <param name="resource">The Bundle or resource.</param>
    /// <param name="asOf">The date that counts as today, or <see langword="null"/> to use the request's rules.</param>
    /// <returns>The request and its mapping context, with the unmapped items; or every error; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ in their first parameter's type, so no call can become ambiguous.")]
    public static FhirReadResult Read(R4.Resource resource, DateOnly? asOf = null)
    {
        Guard.Against.Null(resource);
        var index = Reading.ResourceIndex.Build(resource);
        return index.Errors.Count > 0 ? Rejected(index.Errors) : new Reading.HistoryReader(index, asOf).Read();
    }

    private static FhirReadResult Rejected(IReadOnlyList<ValidationError> errors) => new(null, null, [], errors);

    private static (R4.Resource? Resource, IReadOnlyList<ValidationError> Errors) Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, [new ValidationError("$", FhirValidationCodes.InvalidFhir, "The input must be a JSON object: a FHIR resource or Bundle.")]);
            }

            // FHIR JSON never has an empty property name, and the parser fails on one instead of reporting it.
            if (EmptyPropertyName(document.RootElement, "$") is { } path)
            {
                return (null, [new ValidationError(path, FhirValidationCodes.InvalidFhir, "A property name is empty; every FHIR JSON property has a name.")]);
            }
        }
        catch (JsonException)
        {
            return (null, [new ValidationError("$", ValidationCodes.MalformedJson, "The input is not well-formed JSON.")]);
        }

        var deserializer = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict));
        try
        {
            if (deserializer.TryDeserializeResource(json, out var resource, out var issues) && resource is not null)
            {
                return (resource, []);
            }

            return (null, [.. issues.Select(ToError)]);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // The parser throws, rather than reports, for some well-formed JSON of the wrong shape (an array as resourceType).
            var where = exception is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {position + 1}")
                : string.Empty;
            return (null, [new ValidationError("$", FhirValidationCodes.InvalidFhir, "The FHIR R4 parser cannot read the input" + where + ".")]);
        }
    }

    /// <summary>Finds the first object property with an empty name, depth first, and gives its JSON path.</summary>
    private static string? EmptyPropertyName(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name.Length == 0)
                    {
                        return path + "['']";
                    }

                    if (EmptyPropertyName(property.Value, path + "." + property.Name) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (EmptyPropertyName(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]")) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Reports a parser issue by its code and place; the parser's own message can echo patient values, so it is not passed on.</summary>
    private static ValidationError ToError(CodedException issue)
    {
        var extended = issue as ExtendedCodedException;
        var path = string.IsNullOrEmpty(extended?.InstancePath) ? "$" : extended.InstancePath;
        var where = extended is { LineNumber: > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $" at line {extended.LineNumber}, position {extended.Position}")
            : string.Empty;
        return new ValidationError(path, FhirValidationCodes.InvalidFhir, "The FHIR R4 parser rejects the input (" + issue.ErrorCode + ")" + where + ".");
    }
}
