using System.Globalization;
using Cramps.Core.Evaluation;
using Cramps.Core.Knowledge;
using Cramps.Core.Tests.Support;

namespace Cramps.Core.Tests.Knowledge;

/// <summary>The catalog against the knowledge-base spec: every id, strength, urgency, source, code, text and default.</summary>
public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    public static TheoryData<string> Kinds() =>
        ["urgency", "category", "risk-factor", "red-flag", "question", "advice", "threshold", "condition", "lab", "source"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Catalog_Ids_EqualTheSpecsIdsInTableOrder(string kind)
    {
        IEnumerable<string> catalog = kind switch
        {
            "urgency" => Kb.UrgencyLevels.Select(u => u.Id),
            "category" => Kb.Categories.Select(c => c.Id),
            "risk-factor" => Kb.RiskFactors.Select(r => r.Id),
            "red-flag" => Kb.RedFlags.Select(r => r.Id),
            "question" => Kb.Questions.Select(q => q.Id),
            "advice" => Kb.Advice.Select(a => a.Id),
            "threshold" => Kb.Thresholds.Select(t => t.Name),
            "condition" => Kb.Conditions.Select(c => c.Id),
            "lab" => Kb.LabTests.Select(l => l.Id),
            _ => Kb.Sources.Select(s => s.Key),
        };

        Assert.Equal(SpecTables.IdsOf(kind), catalog);
    }

    [Fact]
    public void RiskFactors_CategoryStrengthAndSources_MatchTheSpec()
    {
        var rows = SpecTables.RowsOf("risk-factor").ToList();
        Assert.Equal(47, rows.Count);
        foreach (var row in rows)
        {
            var factor = Assert.IsType<RiskFactor>(Kb.FindRule(row.Id));
            Assert.Equal(row.Category, factor.Category.Id);
            Assert.Equal(row.Level, WireNames.Of(factor.Strength));
            Assert.Equal(row.Sources.Split(' '), factor.Sources.Select(s => s.Key));
        }
    }

    [Fact]
    public void MedicineFactors_AtcPrefixesAndGenericNames_MatchTheSpec()
    {
        var rows = SpecTables.RowsOf("risk-factor").Where(r => r.Extra.Length > 0 && !r.Extra.EndsWith('—')).ToList();
        Assert.Equal(13, rows.Count);
        foreach (var row in rows)
        {
            var medicines = Assert.IsType<RiskFactor>(Kb.FindRule(row.Id)).Medicines!;
            var parts = row.Extra.Split("; ");
            Assert.Equal(parts[0].Split(", "), medicines.AtcPrefixes);

            // "chlortalidone (chlorthalidone)": both spellings are generic names.
            var names = parts[1].Replace(" (", ", ", StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal).Split(", ");
            Assert.Equal(names.Order(StringComparer.Ordinal), medicines.GenericNames.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void RedFlags_CategoryUrgencyLevelsAndSources_MatchTheSpec()
    {
        foreach (var row in SpecTables.RowsOf("red-flag"))
        {
            var flag = Assert.IsType<RedFlag>(Kb.FindRule(row.Id));
            Assert.Equal(row.Category, flag.Category.Id);
            Assert.Equal(row.Sources.Split(' '), flag.Sources.Select(s => s.Key));

            // flag-leg-clot: "urgent", and its trigger adds "emergency when flag-chest-or-breathing also fires".
            string[] levels = row.Id == "flag-leg-clot" ? ["emergency", "urgent"] : row.Level.Split(" / ");
            Assert.Equal(levels, flag.Levels.Select(l => WireNames.Of(l.Urgency)));
            Assert.Equal(flag.Levels[0].Urgency, flag.MaxUrgency);
        }
    }

    [Fact]
    public void Questions_TierSeedAndText_MatchTheSpec()
    {
        foreach (var row in SpecTables.RowsOf("question"))
        {
            var question = Assert.Single(Kb.Questions, q => q.Id == row.Id);
            Assert.Equal(int.Parse(row.Level[..1], CultureInfo.InvariantCulture), question.Tier);
            Assert.Equal(row.Level.Contains("seed", StringComparison.Ordinal), question.IsSeed);
            Assert.Equal(row.Extra, question.Text);
            Assert.NotEmpty(question.AsksFor);
        }
    }

    [Fact]
    public void Advice_Text_MatchesTheSpec()
    {
        Assert.Equal(SpecTables.RowsOf("advice").Select(r => (r.Id, r.Extra)), Kb.Advice.Select(a => (a.Id, a.Text)));
        Assert.All(Kb.Advice, a => Assert.NotEmpty(a.ShownWhen));
    }

    [Fact]
    public void Thresholds_Defaults_MatchTheSpec()
    {
        foreach (var row in SpecTables.RowsOf("threshold"))
        {
            var threshold = Assert.Single(Kb.Thresholds, t => t.Name == row.Id);
            Assert.Equal(double.Parse(row.Level, CultureInfo.InvariantCulture), threshold.DefaultValue);
            Assert.NotEmpty(threshold.Unit);
            Assert.NotEmpty(threshold.Description);
        }
    }

    [Fact]
    public void Disclaimer_IsTheSpecsTextVerbatim()
    {
        Assert.Equal(
            "This assessment is general information, not a diagnosis or a substitute for professional medical advice. If you think you may have a medical emergency, call your doctor or emergency services (911 in the US) immediately.",
            Kb.Disclaimer);
    }

    [Fact]
    public void PointsTo_DiureticsAndKidneyHeartFactors_AsTheSpecSays()
    {
        string[] diuretics = ["diuretic-thiazide", "diuretic-loop", "diuretic-potassium-sparing"];
        string[] electrolyteOnly = ["heart-failure", "chronic-kidney-disease", "hemodialysis"];
        foreach (var factor in Kb.RiskFactors)
        {
            string[] expected = diuretics.Contains(factor.Id) ? ["electrolyte-disturbance", "volume-depletion-heat"]
                : electrolyteOnly.Contains(factor.Id) ? ["electrolyte-disturbance"]
                : [];
            Assert.Equal(expected, factor.PointsTo.Select(c => c.Id));
        }
    }

    [Fact]
    public void Conditions_IcdPrefixesAndSnomedCodes_MatchSection9()
    {
        Assert.Equal(["Z99.2", "Z49"], Kb.FindCondition("hemodialysis")!.Icd10CmPrefixes);
        Assert.Equal(["G60", "G61", "G62", "G63", "G64", "E10.4", "E11.4"], Kb.FindCondition("peripheral-neuropathy")!.Icd10CmPrefixes);
        Assert.Equal(["86044005"], Kb.FindCondition("motor-neuron-disease")!.SnomedCtCodes);
        Assert.Equal(["399957001"], Kb.FindCondition("peripheral-artery-disease")!.SnomedCtCodes);
        Assert.Empty(Kb.FindCondition("diabetes")!.SnomedCtCodes);
    }

    [Theory]
    [InlineData("potassium", "mEq/L", 1.0)]
    [InlineData("magnesium", "mg/dL", 0.4114)]
    [InlineData("magnesium", "mEq/L", 0.5)]
    [InlineData("calcium", "mg/dL", 0.2495)]
    [InlineData("ionized-calcium", "mg/dL", 0.2495)]
    [InlineData("albumin", "g/L", 0.1)]
    [InlineData("tsh", "µIU/mL", 1.0)]
    [InlineData("tsh", "uIU/mL", 1.0)]
    [InlineData("creatine-kinase", "IU/L", 1.0)]
    [InlineData("sodium", "mmol/l", 1.0)]
    [InlineData("egfr", "mL/min/1.73 m2", 1.0)]
    public void LabTest_Convert_UsesThePerTestFactor(string test, string unit, double factor)
    {
        Assert.Equal(10 * factor, Kb.FindLabTest(test)!.Convert(10, unit)!.Value, 12);
    }

    [Theory]
    [InlineData("potassium", "mg/dL")]
    [InlineData("egfr", "mL/min")]
    [InlineData("albumin", "mmol/L")]
    public void LabTest_Convert_UnitNotAccepted_ReturnsNull(string test, string unit)
    {
        Assert.Null(Kb.FindLabTest(test)!.Convert(1, unit));
    }

    [Theory]
    [InlineData("2823-3", "potassium")]
    [InlineData("6298-4", "potassium")]
    [InlineData("2951-2", "sodium")]
    [InlineData("2947-0", "sodium")]
    [InlineData("19123-9", "magnesium")]
    [InlineData("2601-3", "magnesium")]
    [InlineData("17861-6", "calcium")]
    [InlineData("2000-8", "calcium")]
    [InlineData("1994-3", "ionized-calcium")]
    [InlineData("17863-2", "ionized-calcium")]
    [InlineData("1751-7", "albumin")]
    [InlineData("3016-3", "tsh")]
    [InlineData("11579-0", "tsh")]
    [InlineData("11580-8", "tsh")]
    [InlineData("2157-6", "creatine-kinase")]
    [InlineData("98979-8", "egfr")]
    [InlineData("62238-1", "egfr")]
    [InlineData("33914-3", "egfr")]
    public void FindLabTestByLoinc_SpecCodes_FindTheirTest(string loinc, string test)
    {
        Assert.Equal(test, Kb.FindLabTestByLoinc(loinc)?.Id);
    }

    [Fact]
    public void Find_UnknownIds_ReturnNull()
    {
        Assert.Null(Kb.FindRule("no-such-rule"));
        Assert.Null(Kb.FindCondition("gout"));
        Assert.Null(Kb.FindLabTest("ferritin"));
        Assert.Null(Kb.FindLabTestByLoinc("0000-0"));
        Assert.Same(Kb.FindLabTest("potassium"), Kb.FindLabTest("POTASSIUM"));
        Assert.Same(Kb.FindCondition("diabetes"), Kb.FindCondition("Diabetes"));
    }

    [Fact]
    public void Identity_IsTheEditionWithASha256ContentHash()
    {
        Assert.Equal("cramps-kb", Kb.Id);
        Assert.Equal("2026.1", Kb.Edition);
        Assert.Matches("^sha256:[0-9a-f]{64}$", Kb.ContentHash);
        Assert.Equal(Kb.ContentHash, new CrampEvaluator().Identity.ContentHash);
        Assert.Equal(Kb.ContentHash, Kb.HashWith([.. Kb.Thresholds.Select(t => t.DefaultValue)]));
    }

    [Fact]
    public void ContentLookups_UnknownIds_FailWithTheId()
    {
        Assert.Equal("Unknown category 'gout'.", Assert.Throws<InvalidOperationException>(() => Kb.Category("gout")).Message);
        Assert.Equal("Unknown threshold 'sodiumHigh'.", Assert.Throws<InvalidOperationException>(() => Kb.Threshold("sodiumHigh")).Message);
        Assert.Equal("Unknown lab test 'ferritin'.", Assert.Throws<InvalidOperationException>(() => Kb.LabTest("ferritin")).Message);
        Assert.Equal("Unknown condition 'gout'.", Assert.Throws<InvalidOperationException>(() => Kb.HasCondition("gout")).Message);
        Assert.Equal("Unknown source 'S99'.", Assert.Throws<InvalidOperationException>(() => Kb.Cite("S1 S99")).Message);
        Assert.Equal(["S1", "S2"], Kb.Cite("S1 S2").Select(s => s.Key));
    }

    [Fact]
    public void RuleIs_ReferringToALaterRule_FailsWhenTheKnowledgeBaseIsBound()
    {
        var term = new RuleIs("flag-new-medicine");

        var error = Assert.Throws<InvalidOperationException>(() => term.Bind(Kb, owner: 0));

        Assert.Equal("Rule older-age refers to flag-new-medicine, which is not earlier in table order.", error.Message);
    }

    [Fact]
    public void Rules_Triggers_DescribeEveryRuleWithItsThresholdDefaults()
    {
        // A fresh build, so the descriptions are made while the test runs.
        var kb = new KnowledgeBase();

        Assert.Equal(Kb.ContentHash, kb.ContentHash);
        Assert.All(kb.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Trigger)));
        Assert.Equal("ageYears ≥ olderAgeYears (50 years)", kb.FindRule("older-age")!.Trigger);
        Assert.StartsWith("soon when episodes in ≥ widespreadRegions (3 regions) distinct muscle regions", kb.FindRule("flag-widespread")!.Trigger, StringComparison.Ordinal);
        Assert.Equal(
            "emergency when symptoms.throatTighteningOrSeizure = true; urgent when symptoms.handsOrFeetLockingInSpasm = true, or symptoms.tinglingAroundMouth = true",
            kb.FindRule("flag-tetany")!.Trigger);
        Assert.Equal("condition heart-failure (ICD-10-CM I50; SNOMED CT 84114007)", kb.FindRule("heart-failure")!.Trigger);
    }

    [Fact]
    public void Catalog_FitsTheEvaluatorsMasks()
    {
        // The evaluator keeps conditions and medicine classes in 64-bit masks, questions in a 32-bit mask and the latest
        // lab results inline: an edition that outgrows them must widen them first.
        Assert.InRange(Kb.Conditions.Count, 1, 64);
        Assert.InRange(Kb.MedicineClasses.Count, 1, 64);
        Assert.InRange(Kb.Questions.Count, 1, 32);
        Assert.InRange(Kb.LabTests.Count, 1, Cramps.Core.Evaluation.LabSlots.Capacity);
        Assert.InRange(Enum.GetValues<MuscleRegion>().Length, 1, 32);
    }

    [Fact]
    public void Rules_IndexesFollowTableOrder()
    {
        Assert.Equal(Enumerable.Range(0, Kb.Rules.Count), Kb.Rules.Select(r => Kb.RuleIndex(r.Id)));
        Assert.Equal("The knowledge base has no rule 'no-such-rule'.", Assert.Throws<InvalidOperationException>(() => Kb.RuleIndex("no-such-rule")).Message);
    }

    [Fact]
    public void UrgencyLevels_MeaningsMatchSection2()
    {
        Assert.Equal(
            ["Self-care is reasonable; see primary care if it persists or worsens.", "Book a primary-care visit.", "See a clinician within a few days.", "Get medical advice today.", "Call emergency services (911 in the US) now."],
            Kb.UrgencyLevels.Select(u => u.Meaning));
    }
}
