using Cramps.Core.Configuration;
using Cramps.Core.Knowledge;
using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>
/// The evaluator is a generic engine over the catalog: a knowledge base with other policies changes its conclusions
/// the way the policies say, and the edition's content hash is pinned so that no policy, rule or text changes by accident.
/// </summary>
public sealed class PolicyTests
{
    /// <summary>
    /// The content hash of edition 2026.2 with the default thresholds. Assessments and FHIR output cite it; a change
    /// to any rule, text, threshold, code table or policy changes it, and must be a deliberate act with a changelog entry.
    /// </summary>
    private const string Edition2026_2Hash = "sha256:f526e25bdd79f32ef83aebdf175c6b63c45a6f70cd468b2069e6b24c8e04efb9";

    private static CrampEvaluator With(KnowledgePolicies policies) => new(new CrampThresholds(), new KnowledgeBase(policies));

    [Fact]
    public void ContentHash_OfTheDefaultCatalog_IsThePinnedOne()
    {
        Assert.Equal(Edition2026_2Hash, KnowledgeBase.Default.ContentHash);
        Assert.Equal(Edition2026_2Hash, new CrampEvaluator().Identity.ContentHash);
    }

    [Fact]
    public void RankedLastCategory_IsReadFromThePolicies()
    {
        // Older age (idiopathic-nocturnal, 3) and restless legs (mimic-not-cramp, 2).
        var request = Of(Nothing with { AgeYears = 70, Symptoms = new Symptoms { UrgeToMoveLegs = true } });

        var byDefault = new CrampEvaluator().Evaluate(request).CauseCategories.Select(c => c.Id);
        var other = With(new KnowledgePolicies { RankedLastCategory = "mimic-not-cramp" }).Evaluate(request).CauseCategories.Select(c => c.Id);

        Assert.Equal(["mimic-not-cramp", "idiopathic-nocturnal"], byDefault);
        Assert.Equal(["idiopathic-nocturnal", "mimic-not-cramp"], other);
    }

    [Fact]
    public void QuestionsClosedAt_IsReadFromThePolicies()
    {
        var urgent = Of(Cramps.Core.Tests.Support.Requests.With(new Symptoms { OneSidedLegSwelling = true }));

        Assert.NotEmpty(new CrampEvaluator().Evaluate(urgent).OpenQuestions);
        var closed = With(new KnowledgePolicies { QuestionsClosedAt = Urgency.Urgent }).Evaluate(urgent);
        Assert.Empty(closed.OpenQuestions);
        Assert.True(closed.InterviewComplete);
    }

    [Fact]
    public void Weights_AreReadFromThePolicies()
    {
        var request = Of(Cramps.Core.Tests.Support.Requests.With(new Symptoms { UrgeToMoveLegs = true, OneSidedLegSwelling = true }));
        var evaluator = With(new KnowledgePolicies { RedFlagWeight = 5, RestlessLegsWeight = 1 });

        var mimic = Assert.Single(evaluator.Evaluate(request).CauseCategories, c => c.Id == "mimic-not-cramp");

        Assert.Equal(6, mimic.Score);
    }

    [Fact]
    public void BaselineCategories_AreReadFromThePolicies()
    {
        // A weak medicine factor makes the baseline routine by default; not when no category counts at any strength.
        var request = Of(WithMedications(new Medication("simvastatin")), Episode());

        Assert.Equal(Urgency.Routine, new CrampEvaluator().Evaluate(request).Urgency);
        Assert.Equal(Urgency.SelfCare, With(new KnowledgePolicies { BaselineAnyStrengthCategories = [] }).Evaluate(request).Urgency);
    }
}
