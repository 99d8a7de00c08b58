using System.Runtime.InteropServices;
using System.Text.Json;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>
/// Builds the FHIR model objects the reader maps from JSON that <see cref="StructureCheck"/> has passed: of the resource
/// types it reads, the elements it reads; of every other type, an empty resource of that type with its id.
/// </summary>
/// <remarks>
/// The reader needs a handful of elements of a handful of resource types; building only those, from JSON whose
/// structure is already checked, takes a small part of the time a full parse takes. The values are what the strict
/// parser would build from the same JSON: codes as written, decimals with the digits written, date literals as written.
/// </remarks>
internal static class ResourceBinder
{
    /// <summary>Builds a Bundle with its entries' full URLs and resources, or the single resource.</summary>
    public static R4.Resource Bind(JsonElement root)
    {
        if (Text(root, "resourceType"u8) != "Bundle")
        {
            return Resource(root);
        }

        var bundle = new R4.Bundle();
        if (root.TryGetProperty("entry"u8, out var entries))
        {
            foreach (var item in entries.EnumerateArray())
            {
                var entry = new R4.Bundle.EntryComponent { FullUrl = Text(item, "fullUrl"u8) };
                if (item.TryGetProperty("resource"u8, out var resource))
                {
                    entry.Resource = Resource(resource);
                }

                bundle.Entry.Add(entry);
            }
        }

        return bundle;
    }

    private static R4.Resource Resource(JsonElement json)
    {
        R4.Resource resource = Text(json, "resourceType"u8) switch
        {
            "Patient" => Patient(json),
            "Condition" => Condition(json),
            "MedicationStatement" => MedicationStatement(json),
            "MedicationRequest" => MedicationRequest(json),
            "Medication" => new R4.Medication { Code = Concept(json, "code"u8) },
            "Observation" => Observation(json),
            "List" => List(json),
            var other => (R4.Resource)FhirModel.Inspector.FindClassMapping(other!)!.CreateInstance(),
        };
        resource.Id = Text(json, "id"u8);
        if (resource is R4.DomainResource domain && json.TryGetProperty("contained"u8, out var contained))
        {
            foreach (var item in contained.EnumerateArray())
            {
                domain.Contained.Add(Resource(item));
            }
        }

        return resource;
    }

    private static R4.Patient Patient(JsonElement json) =>
        new()
        {
            GenderElement = Code<R4.AdministrativeGender>(json, "gender"u8),
            BirthDate = Text(json, "birthDate"u8),
        };

    private static R4.Condition Condition(JsonElement json) =>
        new()
        {
            ClinicalStatus = Concept(json, "clinicalStatus"u8),
            VerificationStatus = Concept(json, "verificationStatus"u8),
            Code = Concept(json, "code"u8),
            Subject = Required(Reference(json, "subject"u8)),
            Onset = Moment(json, MomentNames.Onset),
            RecordedDate = Text(json, "recordedDate"u8),
        };

    private static R4.MedicationStatement MedicationStatement(JsonElement json) =>
        new()
        {
            StatusElement = Required(Code<R4.MedicationStatement.MedicationStatusCodes>(json, "status"u8)),
            Medication = Required(Medicine(json)),
            Effective = Moment(json, MomentNames.Effective),
            Subject = Required(Reference(json, "subject"u8)),
        };

    private static R4.MedicationRequest MedicationRequest(JsonElement json) =>
        new()
        {
            StatusElement = Required(Code<R4.MedicationRequest.MedicationrequestStatus>(json, "status"u8)),
            Medication = Required(Medicine(json)),
            AuthoredOn = Text(json, "authoredOn"u8),
            Subject = Required(Reference(json, "subject"u8)),
        };

    private static R4.Observation Observation(JsonElement json) =>
        new()
        {
            StatusElement = Required(Code<R4.ObservationStatus>(json, "status"u8)),
            Code = Required(Concept(json, "code"u8)),
            Value = Value(json),
            Effective = Moment(json, MomentNames.Effective),
            Subject = Reference(json, "subject"u8),
        };

    private static R4.List List(JsonElement json)
    {
        var list = new R4.List
        {
            StatusElement = Required(Code<R4.List.ListStatus>(json, "status"u8)),
            Code = Concept(json, "code"u8),
            EmptyReason = Concept(json, "emptyReason"u8),
            Subject = Reference(json, "subject"u8),
        };
        if (json.TryGetProperty("entry"u8, out var entries))
        {
            foreach (var item in entries.EnumerateArray())
            {
                list.Entry.Add(new R4.List.EntryComponent { Item = Required(Reference(item, "item"u8)) });
            }
        }

        return list;
    }

    private static R4.DataType? Medicine(JsonElement json) =>
        json.TryGetProperty("medicationCodeableConcept"u8, out var concept) ? Concept(concept)
        : json.TryGetProperty("medicationReference"u8, out var reference) ? new R4.ResourceReference { Reference = Text(reference, "reference"u8) }
        : null;

    /// <summary>Reads an Observation's value[x]: a quantity or a concept in full, any other type as an empty value of that type.</summary>
    private static R4.DataType? Value(JsonElement json)
    {
        foreach (var property in json.EnumerateObject())
        {
            // A value given only by its extensions ("_valueString") is still a value of its type.
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            var extension = raw.StartsWith("_"u8);
            if (!(extension ? raw[1..] : raw).StartsWith("value"u8) || raw.Length <= (extension ? 6 : 5))
            {
                continue;
            }

            var name = extension ? property.Name[1..] : property.Name;
            return name switch
            {
                "valueQuantity" when !extension => Quantity(property.Value),
                "valueCodeableConcept" when !extension => Concept(property.Value),
                _ => (R4.DataType)FhirModel.Inspector.FindClassMapping(name["value".Length..])!.CreateInstance(),
            };
        }

        return null;
    }

    private static R4.Quantity Quantity(JsonElement json) =>
        new()
        {
            Value = json.TryGetProperty("value"u8, out var value) ? value.GetDecimal() : null,
            ComparatorElement = Code<R4.Quantity.QuantityComparator>(json, "comparator"u8),
            Unit = Text(json, "unit"u8),
            System = Text(json, "system"u8),
            Code = Text(json, "code"u8),
        };

    /// <summary>Reads a date-like choice (onset[x], effective[x]) as far as the reader dates by it: a date-time, an instant or a period.</summary>
    private static R4.DataType? Moment(JsonElement json, MomentNames names)
    {
        if (json.TryGetProperty(names.DateTime, out var dateTime) && dateTime.ValueKind == JsonValueKind.String)
        {
            return new R4.FhirDateTime(dateTime.GetString());
        }

        if (json.TryGetProperty(names.Instant, out var instant) && instant.ValueKind == JsonValueKind.String)
        {
            return new R4.Instant { JsonValue = instant.GetString() };
        }

        if (json.TryGetProperty(names.Period, out var period))
        {
            return new R4.Period { Start = Text(period, "start"u8), End = Text(period, "end"u8) };
        }

        return null;
    }

    /// <summary>The JSON names of a date-like choice's date-time, instant and period forms.</summary>
    private sealed record MomentNames(byte[] DateTime, byte[] Instant, byte[] Period)
    {
        public static readonly MomentNames Onset = new("onsetDateTime"u8.ToArray(), "onsetInstant"u8.ToArray(), "onsetPeriod"u8.ToArray());

        public static readonly MomentNames Effective = new("effectiveDateTime"u8.ToArray(), "effectiveInstant"u8.ToArray(), "effectivePeriod"u8.ToArray());
    }

    private static R4.CodeableConcept? Concept(JsonElement json, ReadOnlySpan<byte> name) =>
        json.TryGetProperty(name, out var concept) ? Concept(concept) : null;

    private static R4.CodeableConcept Concept(JsonElement json)
    {
        var concept = new R4.CodeableConcept { Text = Text(json, "text"u8) };
        if (json.TryGetProperty("coding"u8, out var codings))
        {
            foreach (var coding in codings.EnumerateArray())
            {
                concept.Coding.Add(new R4.Coding { System = Text(coding, "system"u8), Code = Text(coding, "code"u8), Display = Text(coding, "display"u8) });
            }
        }

        return concept;
    }

    private static R4.ResourceReference? Reference(JsonElement json, ReadOnlySpan<byte> name) =>
        json.TryGetProperty(name, out var reference) ? new R4.ResourceReference { Reference = Text(reference, "reference"u8) } : null;

    private static R4.Code<T>? Code<T>(JsonElement json, ReadOnlySpan<byte> name)
        where T : struct, Enum =>
        Text(json, name) is { } literal ? new R4.Code<T> { JsonValue = literal } : null;

    /// <summary>Gets an element FHIR requires, which the structure check has found; its absence is a fault, and the strict parser then reads the input.</summary>
    private static T Required<T>(T? value)
        where T : class =>
        value ?? throw new InvalidOperationException("An element FHIR requires is missing although the structure check passed the input.");

    /// <summary>Gets a string property's value; a primitive given only by its extensions ("_x") has none.</summary>
    private static string? Text(JsonElement json, ReadOnlySpan<byte> name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
