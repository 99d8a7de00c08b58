using Cramps.Core.Knowledge;
using Cramps.Core.Tests.Support;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Every rule of the knowledge base: a present, an absent and an unknown case, from the spec's triggers.</summary>
public sealed class RuleOutcomeTests
{
    private static readonly CrampEvaluator Evaluator = new();

    public static TheoryData<string> CaseNames() => [.. RuleCases.All.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Rule_Case_HasTheSpecifiedOutcome(string caseName)
    {
        var @case = RuleCases.All[caseName];
        var assessment = Evaluator.Evaluate(@case.Request, EvaluationOptions.WithTrace);

        var trace = Assert.Single(assessment.Trace!, t => t.Rule == @case.Rule);
        Assert.Equal(@case.Outcome, trace.Outcome);
        var listed = assessment.RiskFactors.Select(f => f.Id).Concat(assessment.RedFlags.Select(f => f.Id));
        switch (@case.Outcome)
        {
            case RuleOutcome.Present:
                Assert.Contains(@case.Rule, listed);
                Assert.NotEmpty(trace.Inputs);
                Assert.Empty(trace.Missing);
                break;
            case RuleOutcome.Absent:
                Assert.DoesNotContain(@case.Rule, listed);
                Assert.Empty(trace.Missing);
                break;
            default:
                Assert.DoesNotContain(@case.Rule, listed);
                Assert.NotEmpty(trace.Missing);
                Assert.Empty(trace.Inputs);
                break;
        }

        if (@case.Urgency is { } urgency)
        {
            Assert.Equal(urgency, Assert.Single(assessment.RedFlags, f => f.Id == @case.Rule).Urgency);
        }
    }

    [Fact]
    public void Catalog_EveryRule_HasPresentAbsentAndUnknownCases()
    {
        var covered = RuleCases.All.Values.GroupBy(c => c.Rule).ToDictionary(g => g.Key, g => g.Select(c => c.Outcome).ToHashSet());
        foreach (var rule in KnowledgeBase.Default.Rules)
        {
            Assert.True(covered.TryGetValue(rule.Id, out var outcomes), rule.Id + " has no cases");
            Assert.Equal([RuleOutcome.Unknown, RuleOutcome.Present, RuleOutcome.Absent], outcomes.Order());
        }
    }

    [Fact]
    public void Catalog_EveryRedFlagLevel_HasAPresentCase()
    {
        foreach (var flag in KnowledgeBase.Default.RedFlags)
        {
            foreach (var level in flag.Levels)
            {
                Assert.Contains(RuleCases.All.Values, c => c.Rule == flag.Id && c.Outcome == RuleOutcome.Present && c.Urgency == level.Urgency);
            }
        }
    }
}
