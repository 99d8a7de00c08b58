using System.Reflection;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;
using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Model;

/// <summary>
/// The typed ids name exactly the catalog's lab tests, conditions and medicine classes (both ways, so they cannot drift);
/// a misspelt id fails at construction naming the valid ids, while the wire keeps treating unknown ids as unrecognised.
/// </summary>
public sealed class TypedIdTests
{
    private static readonly CrampEvaluator Evaluator = new();

    [Fact]
    public void LabTestId_MembersAreExactlyTheCatalogsTests()
    {
        var members = Members<LabTestId>().Select(m => m.Value).ToList();

        Assert.Equal(KnowledgeBase.Default.LabTests.Select(t => t.Id), members);
        Assert.Equal(members, LabTestId.All.Select(i => i.Value));
    }

    [Fact]
    public void ConditionId_MembersAreExactlyTheCatalogsConditions()
    {
        var members = Members<ConditionId>().Select(m => m.Value).ToList();

        Assert.Equal(KnowledgeBase.Default.Conditions.Select(c => c.Id), members);
        Assert.Equal(members, ConditionId.All.Select(i => i.Value));
    }

    [Fact]
    public void MedicineClassId_MembersAreExactlyTheCatalogsClasses_EachTheIdOfItsRiskFactor()
    {
        var members = Members<MedicineClassId>().Select(m => m.Value).ToList();

        Assert.Equal(KnowledgeBase.Default.MedicineClasses.Select(c => c.Id), members);
        Assert.Equal(members, MedicineClassId.All.Select(i => i.Value));
        Assert.Equal(
            KnowledgeBase.Default.RiskFactors.Where(f => f.Medicines is not null).Select(f => f.Id),
            KnowledgeBase.Default.RiskFactors.Where(f => f.Medicines is not null).Select(f => f.Medicines!.Id));
    }

    [Fact]
    public void Parse_IgnoresCase_ReturnsTheMember()
    {
        Assert.Equal(LabTestId.Potassium, LabTestId.Parse("Potassium"));
        Assert.Equal(ConditionId.ChronicKidneyDisease, ConditionId.Parse("CHRONIC-KIDNEY-DISEASE"));
        Assert.Equal(MedicineClassId.DiureticThiazide, MedicineClassId.Parse("diuretic-thiazide"));
        Assert.Equal("potassium", LabTestId.Potassium.ToString());
    }

    [Fact]
    public void Parse_UnknownId_ThrowsNamingTheValidIdsButNotTheText()
    {
        var lab = Assert.Throws<ArgumentException>(() => LabTestId.Parse("potasium"));
        var condition = Assert.Throws<ArgumentException>(() => ConditionId.Parse("gout"));
        var medicines = Assert.Throws<ArgumentException>(() => MedicineClassId.Parse("statins"));

        Assert.Equal(
            "The knowledge base has no laboratory test with that id; valid ids: potassium, sodium, magnesium, calcium, ionized-calcium, albumin, tsh, creatine-kinase, egfr. (Parameter 'id')",
            lab.Message);
        Assert.StartsWith("The knowledge base has no condition with that id; valid ids: heart-failure, chronic-kidney-disease, ", condition.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("gout", condition.Message, StringComparison.Ordinal);
        Assert.StartsWith("The knowledge base has no medicine class with that id; valid ids: diuretic-thiazide, ", medicines.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => LabTestId.Parse(null!));
    }

    [Fact]
    public void TryParse_UnknownOrNull_IsFalseWithTheDefault()
    {
        Assert.False(LabTestId.TryParse("potasium", out var lab));
        Assert.Equal(default, lab);
        Assert.False(ConditionId.TryParse(null, out _));
        Assert.True(MedicineClassId.TryParse("STATIN", out var statin));
        Assert.Equal(MedicineClassId.Statin, statin);
    }

    [Fact]
    public void Constructors_TakeTypedIds_AsTheTextIdsWouldBe()
    {
        Assert.Equal(new LabResult("potassium", 3.2, "mmol/L"), new LabResult(LabTestId.Potassium, 3.2, "mmol/L"));
        Assert.Equal(new Condition("heart-failure"), new Condition(ConditionId.HeartFailure));
        Assert.Equal("heart-failure", new Condition(ConditionId.HeartFailure).Id);

        var assessment = Evaluator.Evaluate(Of(Nothing with
        {
            Conditions = [new Condition(ConditionId.HeartFailure)],
            Labs = [new LabResult(LabTestId.Potassium, 3.2, "mmol/L")],
        }));

        Assert.Empty(assessment.UnrecognisedInputs);
        Assert.Contains(assessment.RiskFactors, f => f.Id == "heart-failure");
        Assert.Contains(assessment.RiskFactors, f => f.Id == "hypokalemia");
    }

    [Fact]
    public void Constructors_DefaultId_Throw()
    {
        var lab = Assert.Throws<ArgumentException>(() => new LabResult(default(LabTestId), 3.2, "mmol/L"));
        var condition = Assert.Throws<ArgumentException>(() => new Condition(default(ConditionId)));

        Assert.Equal("The laboratory test id is the default value; use one of its static members or Parse. (Parameter 'test')", lab.Message);
        Assert.Equal("id", condition.ParamName);
        Assert.Throws<ArgumentException>(() => new Medication("atorvastatin").IsIn(default));
        Assert.Equal(string.Empty, default(LabTestId).Value);
    }

    [Fact]
    public void LabResult_TypedId_WrongUnit_StillThrows()
    {
        var exception = Assert.Throws<ArgumentException>(() => new LabResult(LabTestId.Potassium, 3.2, "mg/dL"));

        Assert.StartsWith("The unit 'mg/dL' is not accepted for potassium; accepted units: mmol/L, mEq/L.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hydrochlorothiazide", null, "diuretic-thiazide")]
    [InlineData("Lipitor 20 mg", null, "statin")]
    [InlineData(null, "C03CA01", "diuretic-loop")]
    [InlineData("Dyazide", null, "diuretic-thiazide")]
    public void Medication_IsIn_MatchesByNameOrAtcCode(string? name, string? atc, string expected)
    {
        var medication = new Medication(name, atc is null ? null : MedicationCodeSystem.Atc, atc);

        Assert.True(medication.IsIn(MedicineClassId.Parse(expected)));
        Assert.False(medication.IsIn(MedicineClassId.Naproxen));
    }

    [Theory]
    [InlineData("Estrogens, Conjugated 0.625 MG Oral Tablet", true)]
    [InlineData("tablet of conjugated estrogens", true)]
    [InlineData("ESTROGENS CONJUGATED", true)]
    [InlineData("conjugated  -  estrogens", true)]
    [InlineData("estrogens", false)]
    [InlineData("conjugated", false)]
    [InlineData("unconjugated estrogens", false)]
    [InlineData("estrogens conjugatedx", false)]
    public void Medication_IsIn_MatchesANameOfSeveralWordsAsWholeWordsAnywhere(string name, bool estrogen)
    {
        Assert.Equal(estrogen, new Medication(name).IsIn(MedicineClassId.Estrogen));
    }

    [Fact]
    public void Medication_IsIn_ACombinationIsInEveryClassItNames()
    {
        var dyazide = new Medication("Dyazide");

        Assert.Equal(
            [MedicineClassId.DiureticThiazide, MedicineClassId.DiureticPotassiumSparing],
            MedicineClassId.All.Where(dyazide.IsIn));
    }

    [Fact]
    public void KnowledgeBase_FindsEachTypedId()
    {
        Assert.Equal("mmol/L", KnowledgeBase.Default.FindLabTest(LabTestId.Potassium).CanonicalUnit);
        Assert.Equal("Heart failure", KnowledgeBase.Default.FindCondition(ConditionId.HeartFailure).Name);
        Assert.Contains("atorvastatin", KnowledgeBase.Default.FindMedicineClass(MedicineClassId.Statin).GenericNames);
        Assert.All(LabTestId.All, i => Assert.Equal(i.Value, KnowledgeBase.Default.FindLabTest(i).Id));
        Assert.All(ConditionId.All, i => Assert.Equal(i.Value, KnowledgeBase.Default.FindCondition(i).Id));
        Assert.All(MedicineClassId.All, i => Assert.Equal(i.Value, KnowledgeBase.Default.FindMedicineClass(i).Id));
    }

    [Fact]
    public void Wire_UnknownIds_StayUnrecognisedInput()
    {
        var parsed = CrampJson.ParseRequest("""
            {"schemaVersion":"1","patient":{"conditions":[{"id":"heart-falure"}],"labs":[{"test":"potasium","value":3.2,"unit":"mmol/L"}]}}
            """);

        Assert.True(parsed.IsValid);
        var assessment = Evaluator.Evaluate(parsed.Request);
        Assert.Equal(
            [("$.patient.conditions[0]", "unknown condition id"), ("$.patient.labs[0]", "unknown lab test id")],
            assessment.UnrecognisedInputs.Select(u => (u.Path, u.Reason)));
    }

    private static List<T> Members<T>() =>
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(T))
            .OrderBy(p => p.MetadataToken)
            .Select(p => (T)p.GetValue(null)!)];
}
