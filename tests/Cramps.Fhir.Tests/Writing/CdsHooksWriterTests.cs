using System.Text.Json;
using System.Text.RegularExpressions;
using Cramps.Core;
using Cramps.Core.Knowledge;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Writing;

/// <summary>The CDS Hooks 2.0 response: a card per red flag, most urgent first, then a summary card; content-derived UUIDs.</summary>
public sealed partial class CdsHooksWriterTests
{
    private static readonly CrampEvaluator Evaluator = new();
    private static readonly string[] CardIndicators = ["info", "warning", "critical"];

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex Version8Uuid();

    [Fact]
    public void Write_NullAssessment_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CdsHooksWriter.Write(null!));
    }

    [Fact]
    public void Write_Example_OneCardPerRedFlagThenTheSummary()
    {
        var (assessment, context) = Example();

        var cards = Cards(CdsHooksWriter.Write(assessment, context));

        Assert.Equal(2, cards.Count);
        Assert.Equal("flag-new-medicine", cards[0].GetProperty("source").GetProperty("topic").GetProperty("code").GetString());
        Assert.Equal("Cramps soon after starting a medicine: See a doctor or nurse within a few days.", cards[0].GetProperty("summary").GetString());
        Assert.Equal("Muscle cramp assessment: soon. See a doctor or nurse within a few days. Red flags: 1.", cards[1].GetProperty("summary").GetString());
        Assert.False(cards[1].GetProperty("source").TryGetProperty("topic", out _));
    }

    [Fact]
    public void Write_RedFlags_MostUrgentFirstThenTableOrder()
    {
        // Table order puts flag-severe-potassium (urgent at 2.9 mmol/L) before flag-tetany (emergency with a seizure).
        var patient = PatientHistory.Unknown with
        {
            Labs = [new LabResult("potassium", 2.9, "mmol/L")],
            Symptoms = new Symptoms { ThroatTighteningOrSeizure = true, OneSidedLegSwelling = true },
        };
        var assessment = Evaluator.Evaluate(new AssessmentRequest(patient, null, TestData.Today));

        var cards = Cards(CdsHooksWriter.Write(assessment));

        Assert.Equal(
            [("flag-tetany", "critical"), ("flag-severe-potassium", "critical"), ("flag-leg-clot", "critical"), (null, "critical")],
            cards.Select(c => (Topic(c), c.GetProperty("indicator").GetString())));
        Assert.Equal(["flag-severe-potassium", "flag-tetany", "flag-leg-clot"], assessment.RedFlags.Select(f => f.Id));
    }

    public static TheoryData<Urgency, string> Indicators() => new()
    {
        { Urgency.Emergency, "critical" },
        { Urgency.Urgent, "critical" },
        { Urgency.Soon, "warning" },
        { Urgency.Routine, "warning" },
        { Urgency.SelfCare, "info" },
    };

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Indicator_Urgency_MapsAsSpecified(Urgency urgency, string indicator)
    {
        Assert.Equal(indicator, CdsHooksWriter.Indicator(urgency));
    }

    [Fact]
    public void Write_NoRedFlag_OnlyTheSummaryCardWithTheUrgencysIndicator()
    {
        var (assessment, context) = Vignette("p01-idiopathic-night-cramps.json");

        var card = Assert.Single(Cards(CdsHooksWriter.Write(assessment, context)));

        Assert.Equal(Urgency.SelfCare, assessment.Urgency);
        Assert.Equal("info", card.GetProperty("indicator").GetString());
        Assert.StartsWith("Muscle cramp assessment: self-care.", card.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RedFlagCard_DetailHasEvidenceFromTheResourceSourcesAndDisclaimer()
    {
        var (assessment, context) = Vignette("p02-tetany-low-calcium.json");

        var calcium = Cards(CdsHooksWriter.Write(assessment, context)).Single(c => Topic(c) == "flag-severe-calcium");

        var detail = calcium.GetProperty("detail").GetString()!;
        // 2026.2: low calcium with tetany signs is symptomatic hypocalcaemia, an emergency; cards keep the clinical name.
        Assert.StartsWith("**Red flag: Severe or symptomatic low calcium.** Urgency: emergency. Call emergency services (911 in the US) now.", detail, StringComparison.Ordinal);
        Assert.Contains("- `$.patient.labs[0]`: 6.8 mg/dL (1.697 mmol/L); albumin unknown, uncorrected", detail, StringComparison.Ordinal);
        Assert.Contains("- S22: Harrison's Principles of Internal Medicine, hypocalcaemia.", detail, StringComparison.Ordinal);
        Assert.Contains("- S48: Turner J, Gittoes N, Selby P;", detail, StringComparison.Ordinal);
        Assert.EndsWith("*" + KnowledgeBase.Default.Disclaimer + "*", detail, StringComparison.Ordinal);
        Assert.Equal("Cramps knowledge base 2026.2 (S22, S48)", calcium.GetProperty("source").GetProperty("label").GetString());
        Assert.Equal(FhirSystems.RedFlag, calcium.GetProperty("source").GetProperty("topic").GetProperty("system").GetString());
        Assert.Equal("Severe or symptomatic low calcium", calcium.GetProperty("source").GetProperty("topic").GetProperty("display").GetString());
    }

    [Fact]
    public void Write_SummaryCard_CarriesCategoriesFactorsAdviceQuestionsAndWhatWasNotRead()
    {
        var (assessment, context) = Example();

        var detail = Cards(CdsHooksWriter.Write(assessment, context))[^1].GetProperty("detail").GetString()!;

        Assert.StartsWith("**Urgency: soon. See a doctor or nurse within a few days.** Reasons: flag-new-medicine.", detail, StringComparison.Ordinal);
        // Ranking (knowledge base section 3): the category with a red flag of urgency soon or above comes first, so the
        // medicines (score 9, flag-new-medicine) rank above the minerals (score 10, no such flag).
        Assert.Contains("1. Medicines: score 9", detail, StringComparison.Ordinal);
        Assert.Contains("2. Electrolyte / mineral imbalance: score 10, from risk factors Low potassium (hypokalemia)", detail, StringComparison.Ordinal);

        // The evidence names which name of the class matched (knowledge base 5b).
        Assert.Contains("  - `$.patient.medications[0]`: hydrochlorothiazide 25 MG Oral Tablet (matches hydrochlorothiazide) (from MedicationStatement/hctz)", detail, StringComparison.Ordinal);
        Assert.Contains("- " + assessment.Advice[^1].Text, detail, StringComparison.Ordinal);
        Assert.Contains("(q-emergency-symptoms)", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("(q-alcohol)", detail, StringComparison.Ordinal);
        Assert.Contains("- `$.patient.conditions[3]`: I10, code not in the knowledge base (from Condition/htn)", detail, StringComparison.Ordinal);
        Assert.Contains("- Resources of types the assessment does not use: Encounter 1", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Encounter/visit", detail, StringComparison.Ordinal);
        Assert.True(
            detail.IndexOf("- S2:", StringComparison.Ordinal) < detail.IndexOf("- S7:", StringComparison.Ordinal)
            && detail.IndexOf("- S7:", StringComparison.Ordinal) < detail.IndexOf("- S20:", StringComparison.Ordinal),
            "Sources are listed in the knowledge base's order.");
    }

    [Fact]
    public void Write_WithoutContext_NoResourcesNamed()
    {
        var (assessment, _) = Example();

        var detail = Cards(CdsHooksWriter.Write(assessment))[^1].GetProperty("detail").GetString()!;

        Assert.DoesNotContain("(from ", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Encounter/visit", detail, StringComparison.Ordinal);
        Assert.Contains("- `$.patient.conditions[3]`: I10, code not in the knowledge base\n", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InputValues_EscapedSoTheyCannotBecomeMarkup()
    {
        var display = "furosemide **now** <img src=x onerror=alert(1)> [click](https://phish.example) `code` #1 | a_b ~c & d\nnext";
        var read = TestData.Json(Bundle(Patient(), Statement("s", Concept(FhirSystems.RxNorm, "1", display.Replace("\n", "\\n", StringComparison.Ordinal)))));
        var assessment = Evaluator.Evaluate(read.Request);

        var detail = Cards(CdsHooksWriter.Write(assessment, read.Context))[^1].GetProperty("detail").GetString()!;

        Assert.Contains(
            @"furosemide \*\*now\*\* \<img src=x onerror=alert(1)\> \[click\](https://phish.example) \`code\` \#1 \| a\_b \~c \& d next",
            detail,
            StringComparison.Ordinal);
        Assert.DoesNotContain(" <img", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UndatedLabCounted_SummaryCardListsTheWarning()
    {
        var (assessment, context) = Vignette("p02-tetany-low-calcium.json");

        var detail = Cards(CdsHooksWriter.Write(assessment, context))[^1].GetProperty("detail").GetString()!;

        // Knowledge base 5c: the undated calcium result counts, and the result says so.
        Assert.Contains("**Warnings**\n- `$.patient.labs[0]` (undated-lab-counted): ", detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> AllExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in TestData.Files("bundles"))
        {
            data.Add("bundles", file);
        }

        foreach (var file in VignettesAsFhir.ValidFiles())
        {
            data.Add("vignettes-fhir", file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Write_EveryExample_MeetsTheCdsHooksCardRules(string folder, string file)
    {
        var (assessment, context) = folder == "bundles" ? Evaluate(TestData.Bundle(file)) : Vignette(file);

        var cards = Cards(CdsHooksWriter.Write(assessment, context));

        Assert.Equal(assessment.RedFlags.Count + 1, cards.Count);
        foreach (var card in cards)
        {
            Assert.Equal(["uuid", "summary", "indicator", "detail", "source"], card.EnumerateObject().Select(p => p.Name));
            Assert.InRange(card.GetProperty("summary").GetString()!.Length, 1, 139);
            Assert.Contains(card.GetProperty("indicator").GetString(), CardIndicators);
            Assert.StartsWith("Cramps knowledge base 2026.2", card.GetProperty("source").GetProperty("label").GetString(), StringComparison.Ordinal);
            Assert.Matches(Version8Uuid(), card.GetProperty("uuid").GetString());
        }

        Assert.Equal(cards.Count, cards.Select(c => c.GetProperty("uuid").GetString()).Distinct().Count());
    }

    [Fact]
    public void Write_SameAssessment_ByteIdenticalUuidsIncluded()
    {
        var (first, context) = Example();
        var (second, _) = Example();

        Assert.Equal(CdsHooksWriter.Write(first, context), CdsHooksWriter.Write(second, context));
    }

    [Fact]
    public void Write_DifferentContent_DifferentUuid()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");
        var asRead = Evaluator.Evaluate(read.Request);
        var older = Evaluator.Evaluate(new AssessmentRequest(read.Patient with { AgeYears = 80 }, null, TestData.Today));

        var before = Cards(CdsHooksWriter.Write(asRead, read.Context))[^1].GetProperty("uuid").GetString();
        var after = Cards(CdsHooksWriter.Write(older, read.Context))[^1].GetProperty("uuid").GetString();

        Assert.NotEqual(before, after);
    }

    [Theory]
    [InlineData(139, false)]
    [InlineData(140, true)]
    [InlineData(400, true)]
    public void Summary_LongerThanTheLimit_CutWithAnEllipsis(int length, bool cut)
    {
        var text = string.Concat(Enumerable.Repeat("abcd ", 100))[..length];

        var summary = CdsHooksWriter.Summary(text);

        Assert.True(summary.Length <= CdsHooksWriter.MaxSummaryLength);
        Assert.Equal(cut, summary.EndsWith('\u2026'));
    }

    private static (CrampAssessment Assessment, FhirMappingContext Context) Example() =>
        Evaluate(TestData.Bundle("older-woman-on-thiazide.json"));

    private static (CrampAssessment Assessment, FhirMappingContext Context) Evaluate(ValidRead read) =>
        (Evaluator.Evaluate(read.Request), read.Context);

    private static (CrampAssessment Assessment, FhirMappingContext Context) Vignette(string file)
    {
        var (request, context) = VignettesAsFhir.Request(file);
        return (Evaluator.Evaluate(request), context);
    }

    private static List<JsonElement> Cards(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["cards"], document.RootElement.EnumerateObject().Select(p => p.Name));
        return [.. document.RootElement.GetProperty("cards").EnumerateArray().Select(c => c.Clone())];
    }

    private static string? Topic(JsonElement card) =>
        card.GetProperty("source").TryGetProperty("topic", out var topic) ? topic.GetProperty("code").GetString() : null;
}
