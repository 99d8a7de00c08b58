using Cramps.Core.Knowledge;

namespace Cramps.Core.Tests.Knowledge;

/// <summary>The code tables: SNOMED CT conditions, RxNorm medicines, extra LOINC codes and unit forms, each with its source.</summary>
public sealed class CodeTablesTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Theory]
    [InlineData("88805009", "heart-failure")]
    [InlineData("44054006", "diabetes")]
    [InlineData("431855005", "chronic-kidney-disease")]
    [InlineData("431856006", "chronic-kidney-disease")]
    [InlineData("127013003", "chronic-kidney-disease,diabetes")]
    [InlineData("368581000119106", "diabetes,peripheral-neuropathy")]
    [InlineData("83664006", "hypothyroidism")]
    [InlineData("84114007", "heart-failure")]
    public void SnomedCondition_NamesEveryConditionItImplies(string code, string ids)
    {
        var condition = new Condition(ConditionCodeSystem.SnomedCt, code);

        var matched = Kb.Conditions.Where(d => (condition.Matches & (1UL << d.Index)) != 0).Select(d => d.Id);

        Assert.Equal(ids.Split(','), matched);
    }

    [Fact]
    public void SnomedTable_EveryConditionIdHasACode_AndEveryTargetIsACondition()
    {
        Assert.All(Kb.SnomedCtConditionCodes, m => Assert.All(m.Targets, id => Assert.NotNull(Kb.FindCondition(id))));
        var covered = Kb.SnomedCtConditionCodes.SelectMany(m => m.Targets).ToHashSet(StringComparer.Ordinal);
        var uncovered = Kb.Conditions.Select(c => c.Id).Where(id => !covered.Contains(id)).ToList();

        // Venous insufficiency and hemodialysis are coded as procedures or findings real records rarely put in a Condition.
        Assert.Equal(["venous-insufficiency"], uncovered);
    }

    [Fact]
    public void Tables_EveryCodeUniqueWithADisplayAndASource()
    {
        foreach (var table in new[] { Kb.SnomedCtConditionCodes, Kb.RxNormMedicineCodes, Kb.ExtraLoincCodes, Kb.LabUnitForms })
        {
            Assert.Equal(table.Count, table.Select(m => m.Code).Distinct(StringComparer.Ordinal).Count());
            Assert.All(table, m => Assert.False(string.IsNullOrWhiteSpace(m.Display) || string.IsNullOrWhiteSpace(m.Source) || m.Targets.Count == 0, m.Code));
        }
    }

    [Theory]
    [InlineData("316672", "statin")]
    [InlineData("315971", "loop diuretic")]
    [InlineData("313988", "loop diuretic")]
    [InlineData("316049", "thiazide")]
    [InlineData("896209", "laba")]
    public void RxNormClinicalDrug_GivesTheGenericNameItsClassMatches(string code, string expected)
    {
        var name = string.Join(" / ", Kb.FindGenericNamesByRxNorm(code));
        var classes = new Medication(name).Classes;

        var index = expected switch
        {
            "statin" => ClassIndex("atorvastatin"),
            "loop diuretic" => ClassIndex("furosemide"),
            "thiazide" => ClassIndex("hydrochlorothiazide"),
            _ => ClassIndex("salmeterol"),
        };
        Assert.NotEqual(0UL, classes & (1UL << index));
    }

    [Fact]
    public void RxNormTable_EveryGenericNameOfTheMedicineClassesHasACode()
    {
        var mapped = Kb.RxNormMedicineCodes.SelectMany(m => m.Targets).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Names with another spelling in the same class (chlortalidone / chlorthalidone, torasemide / torsemide,
        // salbutamol / albuterol, estrogens conjugated / conjugated estrogens) need one code between them; a few newer
        // ingredients are left to their names.
        var missing = Kb.MedicineClasses.SelectMany(c => c.GenericNames)
            .Where(n => !mapped.Contains(n))
            .Where(n => n is not ("chlortalidone" or "torasemide" or "salbutamol" or "estrogens conjugated"))
            .ToList();

        Assert.Equal(["indacaterol", "olodaterol", "vilanterol", "iron sucrose", "teriparatide"], missing);
    }

    [Fact]
    public void RxNormTable_EveryTargetMatchesAMedicineClass()
    {
        Assert.All(Kb.RxNormMedicineCodes, m => Assert.NotEqual(0UL, new Medication(string.Join(" / ", m.Targets)).Classes));
    }

    [Fact]
    public void FindGenericNamesByRxNorm_UnknownCode_Empty()
    {
        Assert.Empty(Kb.FindGenericNamesByRxNorm("197361"));
        Assert.Equal(["simvastatin"], Kb.FindGenericNamesByRxNorm(" 316672 "));
    }

    [Fact]
    public void Loinc49765_1_IsTotalCalcium()
    {
        Assert.Equal("calcium", Kb.FindLabTestByLoinc("49765-1")!.Id);
        Assert.Contains("49765-1", Kb.FindLabTest("calcium")!.LoincCodes);
        Assert.Equal(2.2455, new LabResult(null, "49765-1", 9, "mg/dL").CanonicalValue, 6);
    }

    [Theory]
    [InlineData("egfr", "mL/min", "mL/min/1.73m2")]
    [InlineData("egfr", "ml/min", "mL/min/1.73m2")]
    [InlineData("egfr", "mL/min/1.73m^2", "mL/min/1.73m2")]
    [InlineData("potassium", "mL/min", null)]
    [InlineData("egfr", "mL/s", null)]
    public void FindLabUnitForm_ReadsTheFormsRealRecordsWrite(string lab, string unit, string? expected)
    {
        Assert.Equal(expected, Kb.FindLabUnitForm(lab, unit));
    }

    [Fact]
    public void ContentHash_CoversTheTables()
    {
        Assert.Contains("rxnorm|316672|simvastatin|", CanonicalText(), StringComparison.Ordinal);
        Assert.Contains("snomed-ct|44054006|diabetes|", CanonicalText(), StringComparison.Ordinal);
    }

    private static string CanonicalText() =>
        (string)typeof(KnowledgeBase).GetField("_canonicalText", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(Kb)!;

    private static int ClassIndex(string genericName) => Kb.MedicineClasses.Single(c => c.GenericNames.Contains(genericName)).Index;
}
