using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using Firely.Fhir.Validation;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Tests.Writing;

/// <summary>
/// The FHIR the writers emit, validated by Firely's profile validator against the base R4 specification, offline (the
/// specification package's <c>specification.zip</c>; no terminology server, no network).
/// </summary>
/// <remarks>
/// The one issue allowed is <c>ras-2</c> on a prediction without a probability. R4 states it as
/// <c>probability is decimal implies (probability as decimal) &lt;= 100</c>; with no probability the left side is
/// empty, and FHIRPath's <c>implies</c> of an empty left side and an empty right side is empty, which an invariant
/// counts as satisfied. Firely's validator reports it as failed; the RiskAssessments are valid R4 and carry qualitative
/// risks only, as the knowledge base gives no probability. The interop article records this decision.
/// </remarks>
public sealed class ProfileValidationTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static readonly Lazy<Validator> R4Validator = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip")));
        return new Validator(source, LocalTerminologyService.CreateDefaultForCore(source));
    });

    public static TheoryData<string> Bundles() => [.. TestData.Files("bundles").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Bundles))]
    public void RiskAssessment_OfEveryTestBundle_HasNoIssueButRas2OnPredictionsWithoutProbability(string file)
    {
        var read = TestData.Bundle(file);
        var risk = RiskAssessmentWriter.Build(Evaluator.Evaluate(read.Request), read.Context);

        var outcome = R4Validator.Value.Validate(risk);

        var issues = outcome.Issue.Where(i => i.Severity != R4.OperationOutcome.IssueSeverity.Information).ToList();
        Assert.All(issues, issue =>
        {
            Assert.Contains("constraint ras-2 ", issue.Details?.Text ?? string.Empty, StringComparison.Ordinal);
            var where = Assert.Single(issue.Expression)!;
            Assert.Matches(@"^RiskAssessment\.prediction\[\d+\]$", where);
            var index = int.Parse(where["RiskAssessment.prediction[".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Null(risk.Prediction[index].Probability);
        });
    }

    [Fact]
    public void RiskAssessment_WithoutAContext_HasNoIssueButRas2()
    {
        var risk = RiskAssessmentWriter.Build(Evaluator.Evaluate(TestData.Bundle("older-woman-on-thiazide.json").Request));

        var outcome = R4Validator.Value.Validate(risk);

        Assert.All(
            outcome.Issue.Where(i => i.Severity != R4.OperationOutcome.IssueSeverity.Information),
            issue => Assert.Contains("constraint ras-2 ", issue.Details?.Text ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void CdsHooksCards_CarryNoFhirResource_SoThereIsNothingToValidateAgainstR4()
    {
        var read = TestData.Bundle("older-woman-on-thiazide.json");

        var cards = CdsHooksWriter.Write(Evaluator.Evaluate(read.Request), read.Context);

        Assert.DoesNotContain("\"resourceType\"", cards, StringComparison.Ordinal);
    }
}
