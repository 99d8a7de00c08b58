using Cramps.Core.Configuration;
using Cramps.Core.Evaluation;
using Cramps.Core.Knowledge;
using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>
/// The rule pass on small synthetic catalogs: cases the edition's own tables do not contain, so that the evaluator's
/// handling of red-flag levels is pinned by what it must do, not by what today's rules happen to need.
/// </summary>
public sealed class SyntheticCatalogTests
{
    private static readonly KnowledgePolicies Policies = new();

    [Fact]
    public void A_false_level_with_unknown_parts_before_an_unknown_level_misses_only_what_the_unknown_level_needs()
    {
        // Level 1 is false (no new weakness) although its other part is unknown; level 2 is unknown.
        var evaluator = EvaluatorWith(
            Level(Urgency.Urgent, new AllTerm(new BoolIs(Inputs.NewWeakness, true), new BoolIs(Inputs.HighTemperature, true))),
            Level(Urgency.Routine, new BoolIs(Inputs.MuscleWasting, true)));

        var trace = Assert.Single(evaluator.Evaluate(Of(With(new Symptoms { NewWeakness = false })), EvaluationOptions.WithTrace).Trace!);

        Assert.Equal(RuleOutcome.Unknown, trace.Outcome);
        Assert.Equal(["$.patient.symptoms.muscleWasting"], trace.Missing);
    }

    [Fact]
    public void A_lower_level_that_is_present_fires_even_when_a_higher_level_is_unknown()
    {
        var evaluator = EvaluatorWith(
            Level(Urgency.Emergency, new BoolIs(Inputs.HighTemperature, true)),
            Level(Urgency.Routine, new BoolIs(Inputs.NewWeakness, true)));

        var assessment = evaluator.Evaluate(Of(With(new Symptoms { NewWeakness = true })));

        var flag = Assert.Single(assessment.RedFlags);
        Assert.Equal(Urgency.Routine, flag.Urgency);
        Assert.Equal(Urgency.Routine, assessment.Urgency);
        Assert.Equal(["$.patient.symptoms.newWeakness"], flag.Evidence.Select(e => e.Path));
    }

    [Fact]
    public void The_highest_present_level_wins_and_its_evidence_alone_explains_the_flag()
    {
        var evaluator = EvaluatorWith(
            Level(Urgency.Emergency, new BoolIs(Inputs.HighTemperature, true)),
            Level(Urgency.Routine, new BoolIs(Inputs.NewWeakness, true)));

        var flag = Assert.Single(evaluator.Evaluate(Of(With(new Symptoms { HighTemperature = true, NewWeakness = true }))).RedFlags);

        Assert.Equal(Urgency.Emergency, flag.Urgency);
        Assert.Equal(["$.patient.symptoms.highTemperature"], flag.Evidence.Select(e => e.Path));
    }

    [Fact]
    public void A_rules_closure_holds_itself_and_every_rule_it_reads_directly_or_through_another()
    {
        // a; b reads a; c alone; the flag reads b (and so a).
        var knowledgeBase = new KnowledgeBase(Policies, new KnowledgeBase.SyntheticTables(
            RiskFactors: kb =>
            [
                Factor(kb, 0, "factor-a", new BoolIs(Inputs.NewWeakness, true)),
                Factor(kb, 1, "factor-b", new AllTerm(new RuleIs("factor-a"), new BoolIs(Inputs.HighTemperature, true))),
                Factor(kb, 2, "factor-c", new BoolIs(Inputs.MuscleWasting, true)),
            ],
            RedFlags: (kb, first) => [new RedFlag(first, "flag-synthetic", "Synthetic flag", "A synthetic flag", kb.Category("other-neurologic"), [], [Level(Urgency.Urgent, new RuleIs("factor-b"))], kb.Policies)]));

        Assert.Equal([0], knowledgeBase.RuleClosures[0]);
        Assert.Equal([0, 1], knowledgeBase.RuleClosures[1]);
        Assert.Equal([2], knowledgeBase.RuleClosures[2]);
        Assert.Equal([0, 1, 3], knowledgeBase.RuleClosures[3]);
    }

    /// <summary>An evaluator over a catalog with no risk factor and one red flag of the given levels, highest first.</summary>
    private static CrampEvaluator EvaluatorWith(params RedFlagLevel[] levels)
    {
        var knowledgeBase = new KnowledgeBase(Policies, new KnowledgeBase.SyntheticTables(
            RiskFactors: _ => [],
            RedFlags: (kb, first) => [new RedFlag(first, "flag-synthetic", "Synthetic flag", "A synthetic flag", kb.Category("other-neurologic"), [], levels, kb.Policies)]));
        return new CrampEvaluator(new CrampThresholds(), knowledgeBase);
    }

    private static RiskFactor Factor(KnowledgeBase kb, int index, string id, RuleTerm term) =>
        new(index, id, id, id, kb.Category("other-neurologic"), EvidenceStrength.Weak, [], term, kb.Policies);

    private static RedFlagLevel Level(Urgency urgency, RuleTerm term) => new(urgency, term);
}
