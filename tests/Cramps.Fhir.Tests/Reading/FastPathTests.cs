using System.Text.Json.Nodes;
using Cramps.Fhir.Reading;
using CsCheck;
using Cramps.Fhir.Tests.Support;
using Hl7.Fhir.Serialization;
using static Cramps.Fhir.Tests.Support.Resources;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests.Reading;

/// <summary>
/// The reader's fast path (a structure check, then binding only what it maps) reads every input the strict FHIR parser
/// accepts the same way, and leaves every input it cannot vouch for to the strict parser, so rejections stay the same.
/// </summary>
public sealed class FastPathTests
{
    /// <summary>Every FHIR file of the test data that is valid FHIR; one vignette is invalid on purpose.</summary>
    public static TheoryData<string, string> DataFiles()
    {
        var files = new TheoryData<string, string>();
        foreach (var folder in new[] { "bundles", "reproductions", "vignettes-fhir" })
        {
            foreach (var file in TestData.Files(folder).Where(f => f != InvalidVignette))
            {
                files.Add(folder, file);
            }
        }

        return files;
    }

    private const string InvalidVignette = "p05-invalid-values.json";

    [Fact]
    public void InvalidVignette_NotPassed_AndRejectedAsTheStrictParserRejectsIt()
    {
        var json = TestData.Text("vignettes-fhir", InvalidVignette);

        Assert.False(FhirRequestReader.PassesStructureCheck(json));
        Assert.False(ReadPaths.ReadBoth(json, new FhirReadOptions()).IsValid);
    }

    /// <summary>Inputs the strict parser rejects or may reject; the check must leave each to it.</summary>
    public static TheoryData<string, string> NotPassed() => new()
    {
        { "unknown element", Bundle(Patient(), """{ "resourceType": "Observation", "status": "final", "code": { "text": "x" }, "valeuQuantity": { "value": 1 } }""") },
        { "element in the wrong letter case", Bundle("""{ "resourceType": "Patient", "Gender": "female" }""") },
        { "choice without its type", Bundle("""{ "resourceType": "Observation", "status": "final", "code": { "text": "x" }, "value": { "value": 1 } }""") },
        { "choice type not allowed", Bundle("""{ "resourceType": "Observation", "status": "final", "code": { "text": "x" }, "valueMoney": { "value": 1 } }""") },
        { "two values of one choice", Bundle("""{ "resourceType": "Observation", "status": "final", "code": { "text": "x" }, "valueString": "a", "valueBoolean": true }""") },
        { "element twice", Bundle("""{ "resourceType": "Patient", "gender": "female", "gender": "male" }""") },
        { "resourceType twice", """{ "resourceType": "Patient", "resourceType": "Patient" }""" },
        { "array where one value", Bundle("""{ "resourceType": "Patient", "gender": [ "female" ] }""") },
        { "one value where an array", Bundle("""{ "resourceType": "Patient", "name": { "family": "X" } }""") },
        { "empty array", Bundle("""{ "resourceType": "Patient", "name": [] }""") },
        { "empty object", Bundle("""{ "resourceType": "Patient", "maritalStatus": {} }""") },
        { "empty string", Bundle("""{ "resourceType": "Patient", "birthDate": "" }""") },
        { "null", Bundle("""{ "resourceType": "Patient", "birthDate": null }""") },
        { "null in an array", Bundle("""{ "resourceType": "Patient", "name": [ null ] }""") },
        { "required element missing", Bundle("""{ "resourceType": "Observation", "code": { "text": "x" } }""") },
        { "required choice missing", Bundle("""{ "resourceType": "MedicationRequest", "status": "active", "intent": "order", "subject": { "reference": "Patient/p" } }""") },
        { "code outside its required value set", Bundle(Patient(gender: "woman")) },
        { "code with a space", Bundle(Patient(gender: "female ")) },
        { "date not a FHIR date", Bundle(Patient(birthDate: "01/02/1960")) },
        { "date not a calendar day", Bundle(Patient(birthDate: "1960-02-30")) },
        { "date-time without its offset", Bundle(Lab("o", "2823-3", Ucum(4, "mmol/L"), effective: "2026-11-20T08:00:00")) },
        { "number written as a string", Bundle(Lab("o", "2823-3", """{ "value": "4.1", "system": "http://unitsofmeasure.org", "code": "mmol/L" }""")) },
        { "boolean written as a string", Bundle("""{ "resourceType": "Patient", "active": "true" }""") },
        { "string written as a number", Bundle("""{ "resourceType": "Patient", "id": 5 }""") },
        { "negative count", Bundle("""{ "resourceType": "Patient", "multipleBirthInteger": 1.5 }""") },
        { "extension object on a complex element", Bundle("""{ "resourceType": "Patient", "_maritalStatus": { "id": "x" } }""") },
        { "resource type unknown", Bundle("""{ "resourceType": "Patients", "id": "p" }""") },
        { "resource type in the wrong letter case", Bundle("""{ "resourceType": "patient", "id": "p" }""") },
        { "abstract resource type", Bundle("""{ "resourceType": "DomainResource", "id": "p" }""") },
        { "empty resource", Bundle("""{}""") },
        { "resourceType not first", Bundle("""{ "id": "p", "resourceType": "Patient", "gender": "female" }""") },
        { "bundle without its type", """{ "resourceType": "Bundle", "entry": [ { "resource": { "resourceType": "Patient" } } ] }""" },
        { "contained resource unknown", Bundle("""{ "resourceType": "Patient", "contained": [ { "resourceType": "Nope" } ] }""") },
        { "extension without url", Bundle("""{ "resourceType": "Patient", "extension": [ { "valueString": "x" } ] }""") },
    };

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void TestData_PassesTheStructureCheck_SoTheFastPathIsWhatTheTestsRead(string folder, string file)
    {
        var json = TestData.Text(folder, file);

        Assert.True(FhirRequestReader.PassesStructureCheck(json.TrimStart('\uFEFF')));
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void TestData_ReadWithAndWithoutAsOf_SameAsTheStrictParser(string folder, string file)
    {
        var json = TestData.Text(folder, file);

        var withoutAsOf = ReadPaths.ReadBoth(json, new FhirReadOptions());
        var withAsOf = ReadPaths.ReadBoth(json, new FhirReadOptions { AsOf = TestData.Today });

        Assert.True(withoutAsOf.IsValid);
        Assert.True(withAsOf.IsValid);
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void TestData_EachEntrysLatestDate_SameAsTheModelWalk(string folder, string file)
    {
        var json = TestData.Text(folder, file).TrimStart('\uFEFF');
        var parsed = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Strict)).DeserializeResource(json);
        var expected = parsed is R4.Bundle bundle
            ? bundle.Entry.Select(e => e.Resource).OfType<R4.Resource>().Select(InputDates.Latest).ToList()
            : [InputDates.Latest(parsed)];
        var check = new StructureCheck();

        Assert.True(check.Check(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(expected, check.StatedDates);
    }

    [Theory]
    [MemberData(nameof(NotPassed))]
    public void InputTheStrictParserMayReject_NotPassed_AndReadAsTheStrictParserReadsIt(string why, string json)
    {
        Assert.False(FhirRequestReader.PassesStructureCheck(json), why);

        var read = ReadPaths.ReadBoth(json, new FhirReadOptions { AsOf = TestData.Today });

        Assert.NotNull(read);
    }

    [Fact]
    public void ElementAndItsExtensions_Passed_AndTheExtensionsDateCountsOnlyWithoutAValue()
    {
        var json = Bundle(
            Patient(),
            """
            { "resourceType": "Condition", "subject": { "reference": "Patient/pat-9" },
              "code": { "text": "x" },
              "recordedDate": "2020-01-01",
              "_recordedDate": { "extension": [ { "url": "http://example.org/e", "valueDateTime": "2025-01-01" } ] },
              "_onsetDateTime": { "extension": [ { "url": "http://example.org/e", "valueDateTime": "2024-06-01" } ] } }
            """);

        Assert.True(FhirRequestReader.PassesStructureCheck(json));
        var read = ReadPaths.ReadBoth(json, new FhirReadOptions());

        Assert.Equal(new DateOnly(2024, 6, 1), read.Context!.ReferenceDate);
    }

    [Theory]
    [InlineData("4.10", "<")]
    [InlineData("2.50", "<=")]
    [InlineData("5.500", ">")]
    [InlineData("1e1", ">=")]
    [InlineData("3", null)]
    public void QuantityDigitsAndComparators_ReadAsTheStrictParserReadsThem(string value, string? comparator)
    {
        var quantity = $$"""{ "value": {{value}}, {{(comparator is null ? "" : $$""" "comparator": "{{comparator}}", """)}} "system": "http://unitsofmeasure.org", "code": "mmol/L" }""";
        var json = Bundle(Patient(), Lab("o", "2823-3", quantity));

        Assert.True(FhirRequestReader.PassesStructureCheck(json));
        var read = ReadPaths.ReadBoth(json, new FhirReadOptions { AsOf = TestData.Today });

        Assert.True(read.IsValid);
    }

    [Theory]
    [InlineData("\"effectiveInstant\": \"2026-11-20T08:00:00.123+14:00\"")]
    [InlineData("\"effectivePeriod\": { \"start\": \"2026-11-19\", \"end\": \"2026-11-20\" }")]
    [InlineData("\"effectiveTiming\": { \"event\": [ \"2026-11-20\" ] }")]
    [InlineData("\"issued\": \"2026-11-21T00:00:00Z\"")]
    public void OtherEffectiveTypes_ReadAsTheStrictParserReadsThem(string effective)
    {
        var json = Bundle(Patient(), PotassiumObservation(effective + """, "valueQuantity": { "value": 3.1, "system": "http://unitsofmeasure.org", "code": "mmol/L" }"""));

        Assert.True(FhirRequestReader.PassesStructureCheck(json));
        var read = ReadPaths.ReadBoth(json, new FhirReadOptions());

        Assert.True(read.IsValid);
    }

    [Theory]
    [InlineData("\"valueString\": \"3.1 mmol/L\"")]
    [InlineData("\"_valueString\": { \"extension\": [ { \"url\": \"http://example.org/e\", \"valueCode\": \"x\" } ] }")]
    [InlineData("\"valueBoolean\": true")]
    [InlineData("\"valueRange\": { \"low\": { \"value\": 3 } }")]
    [InlineData("\"dataAbsentReason\": { \"text\": \"lost\" }")]
    public void ValuesThatAreNoQuantity_ReadAsTheStrictParserReadsThem(string value)
    {
        var json = Bundle(Patient(), PotassiumObservation(""" "effectiveDateTime": "2026-11-20", """ + value));

        Assert.True(FhirRequestReader.PassesStructureCheck(json));
        var read = ReadPaths.ReadBoth(json, new FhirReadOptions());

        Assert.True(read.IsValid);
    }

    [Fact]
    public void EscapedTextAsSystemTextJsonWritesIt_Passed_AndReadAsTheStrictParserReadsIt()
    {
        // System.Text.Json's default writer escapes '+', so real inputs carry "\u002B" in every time zone offset.
        var json = Bundle(
            Patient(),
            Lab("o", "2823-3", Ucum(3.1, "mmol/L"), effective: "2026-11-20T08:00:00\\u002B14:00"),
            """{ "resourceType": "Encounter", "status": "finished", "class": { "code": "AMB" }, "\u0070eriod": { "start": "2026-11-23T08:00:00\u002B01:00" } }""");

        Assert.True(FhirRequestReader.PassesStructureCheck(json));
        var read = ReadPaths.ReadBoth(json, new FhirReadOptions());

        Assert.Equal(new DateOnly(2026, 11, 23), read.Context!.ReferenceDate);
        Assert.Single(read.Request!.Patient.Labs!);
    }

    [Fact]
    public void ContainedMedicationAndList_ReadAsTheStrictParserReadsThem()
    {
        var json = Bundle(
            Patient(),
            """
            { "resourceType": "MedicationRequest", "id": "m", "status": "active", "intent": "order",
              "contained": [ { "resourceType": "Medication", "id": "med", "code": { "coding": [ { "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "316672", "display": "Simvistatin 10 MG" } ] } } ],
              "medicationReference": { "reference": "#med" }, "subject": { "reference": "Patient/pat-9" }, "authoredOn": "2026-10-01" }
            """,
            """
            { "resourceType": "List", "status": "current", "mode": "snapshot", "subject": { "reference": "Patient/pat-9" },
              "code": { "coding": [ { "system": "http://loinc.org", "code": "11450-4" } ] },
              "emptyReason": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason", "code": "nilknown" } ] } }
            """);

        Assert.True(FhirRequestReader.PassesStructureCheck(json));
        var read = ReadPaths.ReadBoth(json, new FhirReadOptions());

        Assert.True(read.IsValid);
        Assert.Equal([], read.Request!.Patient.Conditions!);
        Assert.Single(read.Request.Patient.Medications!);
    }

    /// <summary>Every primitive type of the R4 model, generic ones (coded values, checked by their codes) left out.</summary>
    public static TheoryData<Type> PrimitiveTypes() =>
        [.. new[] { typeof(R4.Patient).Assembly, typeof(R4.FhirString).Assembly }.Distinct()
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.IsSubclassOf(typeof(R4.PrimitiveType)) && !type.IsAbstract && !type.IsGenericTypeDefinition)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PrimitiveTypes))]
    public void LiteralTest_IsTheTypesOwnIsValidValue_WrittenOutForEveryPrimitiveType(Type type)
    {
        // The check names each type's test instead of finding it by reflection (which trimming and Native AOT cannot
        // follow); this compares the written-out list with what reflection finds, so neither can drift.
        var declared = type.GetMethod("IsValidValue", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static, [typeof(string)]);
        var test = StructureCheck.Validator(type);

        if (type == typeof(R4.XHtml))
        {
            Assert.NotNull(test);
            Assert.True(test("<div xmlns=\"http://www.w3.org/1999/xhtml\">text</div>"));
            Assert.False(test("<div>text</div>"));
        }
        else if (declared is null)
        {
            Assert.Null(test);
        }
        else
        {
            Assert.NotNull(test);
            Assert.Equal(declared, test.Method);
        }
    }

    /// <summary>Changes one property can suffer; each is applied to any property of a realistic record.</summary>
    private static readonly Func<JsonNode?, JsonNode?>[] ValueChanges =
    [
        _ => null,
        _ => JsonValue.Create(string.Empty),
        _ => new JsonArray(),
        _ => new JsonObject(),
        v => new JsonArray(v?.DeepClone()),
        v => v is JsonArray { Count: 1 } a ? a[0]?.DeepClone() : v?.DeepClone(),
        _ => JsonValue.Create(42),
        _ => JsonValue.Create(1.5),
        _ => JsonValue.Create(true),
        _ => JsonValue.Create("2020-02-30"),
        _ => JsonValue.Create("2020-01-01T10:00:00"),
        _ => JsonValue.Create(" final"),
        _ => JsonValue.Create("final"),
        _ => JsonValue.Create("2031-05-06T07:08:09+14:00"),
    ];

    [Fact]
    public void AnyOneChangeToARealisticRecord_ReadAsTheStrictParserReadsIt()
    {
        var record = JsonNode.Parse(TestData.Text("bundles", "synthea-shaped-record.json"))!;
        var count = Properties(record).Count;
        var changes = ValueChanges.Length + 4;

        Gen.Int[0, count - 1].Select(Gen.Int[0, changes - 1]).Sample(
            change =>
            {
                var (index, kind) = change;
                var copy = record.DeepClone();
                var (owner, name) = Properties(copy)[index];
                var value = owner[name];
                switch (kind - ValueChanges.Length)
                {
                    case 0:
                        owner.Remove(name);
                        break;
                    case 1:
                        owner.Remove(name);
                        owner[name + "x"] = value;
                        break;
                    case 2:
                        owner.Remove(name);
                        owner[char.ToUpperInvariant(name[0]) + name[1..]] = value;
                        break;
                    case 3:
                        owner["_" + name] = JsonNode.Parse("""{ "extension": [ { "url": "http://example.org/e", "valueDateTime": "2030-01-01" } ] }""");
                        break;
                    default:
                        owner[name] = ValueChanges[kind](value);
                        break;
                }

                ReadPaths.ReadBoth(copy.ToJsonString(), new FhirReadOptions());
                ReadPaths.ReadBoth(copy.ToJsonString(), new FhirReadOptions { AsOf = TestData.Today });
            },
            iter: 400);
    }

    /// <summary>A final potassium Observation of the test patient with the given members besides its status, code and subject.</summary>
    private static string PotassiumObservation(string members) =>
        $$"""
        { "resourceType": "Observation", "id": "o", "status": "final",
          "code": { "coding": [ { "system": "http://loinc.org", "code": "2823-3" } ] },
          "subject": { "reference": "Patient/pat-9" }, {{members}} }
        """;

    /// <summary>Every property of every object in the document, depth first.</summary>
    private static List<(JsonObject Owner, string Name)> Properties(JsonNode node)
    {
        var found = new List<(JsonObject, string)>();
        void Walk(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        found.Add((obj, name));
                        Walk(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(node);
        return found;
    }
}
