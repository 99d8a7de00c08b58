using System.Globalization;
using Cramps.Core.Evaluation;
using Cramps.Core.Knowledge;
using Cramps.Core.Tests.Support;

namespace Cramps.Core.Tests.Knowledge;

/// <summary>The catalog against the knowledge-base spec: every id, strength, urgency, source, code, text and default.</summary>
/// <remarks>
/// The spec's tables are transcribed from its text into TestData/spec-tables.tsv and spec-ids.txt. Ids, categories,
/// strengths, urgencies, levels, sources, names and defaults are compared exactly. The patient-facing texts (questions,
/// advice, urgency meanings, the disclaimer) are not: the spec gives their gist and allows other wording with the same
/// meaning, and the shipped texts were reworded to read at US school grade 8. Those are checked against
/// TestData/shipped-texts.tsv, a table of the shipped texts reviewed by hand against the gist, with the gist's key terms
/// that each shipped text must contain: a text that changes fails until it is reviewed again.
/// </remarks>
public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    public static TheoryData<string> Kinds() =>
        ["urgency", "category", "baseline-reason", "risk-factor", "red-flag", "question", "advice", "threshold", "condition", "lab", "source"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Catalog_Ids_EqualTheSpecsIdsInTableOrder(string kind)
    {
        IEnumerable<string> catalog = kind switch
        {
            "urgency" => Kb.UrgencyLevels.Select(u => u.Id),
            "category" => Kb.Categories.Select(c => c.Id),
            "baseline-reason" => Kb.BaselineReasons.Select(b => b.Id),
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
        Assert.Equal(48, rows.Count);
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

            // "chlortalidone (chlorthalidone)": both spellings are generic names; the brand paragraph adds a few more
            // ("Xopenex (levalbuterol, also a generic name of this class)").
            var names = parts[1].Replace(" (", ", ", StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal).Split(", ")
                .Concat(BrandRow(row.Id).ExtraGenerics)
                .Concat(SaferGenericAdditions.Where(a => a.Class == row.Id).Select(a => a.Name));
            Assert.Equal(names.Order(StringComparer.Ordinal), medicines.GenericNames.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void MedicineFactors_BrandNames_MatchTheSpecsBrandParagraph()
    {
        var classes = Kb.RiskFactors.Where(f => f.Medicines is not null).ToList();
        Assert.Equal(13, classes.Count);
        Assert.Equal(classes.Select(f => f.Id), SpecTables.RowsOf("brand").Select(r => r.Id));
        foreach (var factor in classes)
        {
            // Combination products are listed under every class they name (Dyazide and Maxzide: thiazide and potassium-sparing),
            // and Aldactazide under the thiazides as well, the reading clinical-safety.md documents.
            string[] expected = [.. BrandRow(factor.Id).Brands, .. SaferBrandAdditions.Where(a => a.Class == factor.Id).Select(a => a.Brand)];
            Assert.Equal(expected.Order(StringComparer.Ordinal), factor.Medicines!.BrandNames.Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Generic names the catalog adds to the specification's (which says "at least"): another word order of one of its names.</summary>
    private static readonly (string Class, string Name)[] SaferGenericAdditions = [("estrogen", "estrogens conjugated")];

    /// <summary>Brands the catalog lists under a class the specification's brand paragraph leaves them out of, each a combination naming that class.</summary>
    private static readonly (string Class, string Brand)[] SaferBrandAdditions = [("diuretic-thiazide", "Aldactazide")];

    [Fact]
    public void MedicineFactors_Aldactazide_IsAThiazideAndPotassiumSparing()
    {
        var request = new AssessmentRequest(new PatientHistory { Medications = [new Medication("Aldactazide 25 mg/25 mg tablet")] }, [], new DateOnly(2026, 11, 25));

        var found = new CrampEvaluator().Evaluate(request).RiskFactors.Select(f => f.Id);

        Assert.Equal(["diuretic-thiazide", "diuretic-potassium-sparing"], found.Where(id => id.StartsWith("diuretic-", StringComparison.Ordinal)));
    }

    private static (string[] Brands, string[] ExtraGenerics) BrandRow(string id)
    {
        var row = SpecTables.RowsOf("brand").Single(r => r.Id == id);
        var parts = row.Extra.Split("; ");
        return (parts[0].Split(", "), parts.Length > 1 ? parts[1].Split(", ") : []);
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
    public void Questions_TierAndSeed_MatchTheSpec()
    {
        foreach (var row in SpecTables.RowsOf("question"))
        {
            var question = Assert.Single(Kb.Questions, q => q.Id == row.Id);
            Assert.Equal(int.Parse(row.Level[..1], CultureInfo.InvariantCulture), question.Tier);
            Assert.Equal(row.Level.Contains("seed", StringComparison.Ordinal), question.IsSeed);
            Assert.NotEmpty(question.AsksFor);
        }
    }

    [Fact]
    public void Advice_LevelsAndSources_MatchSection8()
    {
        Urgency[] upToSoon = [Urgency.SelfCare, Urgency.Routine, Urgency.Soon];
        var rows = SpecTables.RowsOf("advice").ToList();
        Assert.Equal(18, rows.Count);
        foreach (var row in rows)
        {
            var advice = Assert.Single(Kb.Advice, a => a.Id == row.Id);
            Urgency[] levels = row.Level switch
            {
                "≤ soon" => upToSoon,
                "all but emergency" => [.. upToSoon, Urgency.Urgent],
                _ => [.. row.Level.Split(", ").Select(ParseUrgency).Order()],
            };
            Assert.Equal(levels, advice.Levels.Order());
            Assert.Equal(row.Sources.Split(' '), advice.Sources.Select(s => s.Key));
            Assert.False(string.IsNullOrWhiteSpace(advice.ShownWhen));
        }

        // Principle 8: nothing but the emergency items at emergency, no self-care item at urgent.
        Assert.Equal(["advice-emergency", "advice-heat-stroke-first-aid", "advice-leg-clot"], Kb.Advice.Where(a => a.Levels.Contains(Urgency.Emergency)).Select(a => a.Id));
        Assert.Equal(
            ["advice-urgent", "advice-leg-clot", "advice-medicine-review", "advice-quinine-taken", "advice-fluid-restriction"],
            Kb.Advice.Where(a => a.Levels.Contains(Urgency.Urgent)).Select(a => a.Id));
    }

    [Fact]
    public void Advice_ShownWhen_DescribesSection8sConditions()
    {
        string ShownWhen(string id) => Kb.Advice.Single(a => a.Id == id).ShownWhen;

        Assert.Contains("flag-heat-stroke", ShownWhen("advice-heat-stroke-first-aid"), StringComparison.Ordinal);
        Assert.Contains("flag-leg-clot", ShownWhen("advice-leg-clot"), StringComparison.Ordinal);
        Assert.Contains("oneSidedLegSwelling", ShownWhen("advice-massage"), StringComparison.Ordinal);
        Assert.Contains("false", ShownWhen("advice-massage"), StringComparison.Ordinal);
        Assert.Contains("usedQuinineForCramps", ShownWhen("advice-quinine-taken"), StringComparison.Ordinal);
        Assert.Contains("confusionOrFainting", ShownWhen("advice-heat-rest"), StringComparison.Ordinal);
        foreach (var term in new[] { "fluid-loss-heat", "exercise-related", "fluidRestriction", "heart-failure", "chronic-kidney-disease", "hemodialysis", "cirrhosis" })
        {
            Assert.Contains(term, ShownWhen("advice-hydration"), StringComparison.Ordinal);
        }

        foreach (var term in new[] { "older-age", "electrolyte-disturbance" })
        {
            Assert.Contains(term, ShownWhen("advice-magnesium"), StringComparison.Ordinal);
        }

        Assert.Contains("flag-frequent", ShownWhen("advice-follow-up"), StringComparison.Ordinal);
        Assert.Contains("medication-induced", ShownWhen("advice-medicine-review"), StringComparison.Ordinal);
    }

    public static TheoryData<string> TextKinds() => ["urgency", "disclaimer", "question", "advice"];

    [Theory]
    [MemberData(nameof(TextKinds))]
    public void PatientTexts_AreTheReviewedShippedTexts_WithTheGistsKeyTerms(string kind)
    {
        var reviewed = ShippedTexts.Where(t => t.Kind == kind).ToList();
        Assert.Equal(SpecTables.RowsOf(kind).Select(r => r.Id), reviewed.Select(t => t.Id));
        Assert.Equal(reviewed.Select(t => (t.Id, t.Text)), CatalogTexts(kind));
        foreach (var (_, id, keyTerms, text) in reviewed)
        {
            foreach (var term in keyTerms.Split("; "))
            {
                Assert.True(
                    term.Split('/').Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase)),
                    $"{id}: the shipped text lacks the gist's key term '{term}'.");
            }
        }
    }

    private static IEnumerable<(string Id, string Text)> CatalogTexts(string kind) => kind switch
    {
        "urgency" => Kb.UrgencyLevels.Select(u => (u.Id, u.Meaning)),
        "disclaimer" => [("disclaimer", Kb.Disclaimer)],
        "question" => Kb.Questions.Select(q => (q.Id, q.Text)),
        _ => Kb.Advice.Select(a => (a.Id, a.Text)),
    };

    private static readonly IReadOnlyList<(string Kind, string Id, string KeyTerms, string Text)> ShippedTexts =
    [
        .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "shipped-texts.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1], c[2], c[3])),
    ];

    private static Urgency ParseUrgency(string id) => Enum.GetValues<Urgency>().Single(u => WireNames.Of(u) == id);

    [Fact]
    public void Categories_NamesMatchSection3_AndEveryFindingHasAPlainName()
    {
        Assert.Equal(SpecTables.RowsOf("category").Select(r => (r.Id, r.Extra)), Kb.Categories.Select(c => (c.Id, c.Name)));

        // Principle 11: a plain name for every category, risk factor and red flag, with no Latin or Greek terms.
        var plainNames = Kb.Categories.Select(c => (c.Id, c.PlainName)).Concat(Kb.Rules.Select(r => (r.Id, r.PlainName))).ToList();
        Assert.Equal(15 + 48 + 26, plainNames.Count);
        Assert.Equal("Night or rest cramps with no clear cause", Kb.Categories[0].PlainName);
        Assert.Equal("Low potassium in the blood", Kb.FindRule("hypokalemia")!.PlainName);
        foreach (var (id, plain) in plainNames)
        {
            Assert.False(string.IsNullOrWhiteSpace(plain), id);
            foreach (var word in new[] { "idiopathic", "parenteral", "section", "seed", "hypo", "hyper" })
            {
                Assert.False(plain.Contains(word, StringComparison.OrdinalIgnoreCase), $"{id}: plain name '{plain}' contains '{word}'.");
            }
        }
    }

    [Fact]
    public void Texts_NeverReferToTheSpecsSectionsOrTheSeed()
    {
        var texts = Kb.Questions.Select(q => q.Text).Concat(Kb.Advice.Select(a => a.Text)).Concat(Kb.UrgencyLevels.Select(u => u.Meaning))
            .Concat(Kb.Categories.SelectMany(c => new[] { c.Name, c.PlainName, c.Covers })).Concat(Kb.Rules.SelectMany(r => new[] { r.Name, r.PlainName }))
            .Concat(Kb.Sources.Select(s => s.Citation)).Append(Kb.Disclaimer);
        foreach (var text in texts)
        {
            Assert.DoesNotMatch(@"(?i)\bsection\b|\bseed\b|\b5[abc]\b", text);
        }
    }

    [Fact]
    public void BaselineReasons_IdsAndSources_MatchSection4()
    {
        Assert.Equal(
            SpecTables.RowsOf("baseline-reason").Select(r => (r.Id, r.Sources)),
            Kb.BaselineReasons.Select(b => (b.Id, string.Join(' ', b.Sources.Select(s => s.Key)))));
        Assert.All(Kb.BaselineReasons, b => Assert.False(string.IsNullOrWhiteSpace(b.Description)));
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
        Assert.Equal("2026.2", Kb.Edition);
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
        Assert.StartsWith("soon when episodes in ≥ widespreadAreas (2 body areas) distinct body areas", kb.FindRule("flag-widespread")!.Trigger, StringComparison.Ordinal);
        Assert.Contains("leg (foot, calf, thigh, hip), arm (hand, arm), trunk (chest, abdomen, back), neck", kb.FindRule("flag-widespread")!.Trigger, StringComparison.Ordinal);
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
}
