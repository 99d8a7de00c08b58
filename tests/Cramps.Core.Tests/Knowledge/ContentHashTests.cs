using System.Reflection;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Tests.Knowledge;

/// <summary>The content hash identifies the logic: every policy, and every advice item's levels, condition and sources.</summary>
public sealed class ContentHashTests
{
    private static readonly string DefaultHash = KnowledgeBase.Default.ContentHash;

    /// <summary>One other value for each policy, named by its property.</summary>
    public static TheoryData<string> PolicyNames() => [.. OtherPolicies.Keys];

    private static readonly Dictionary<string, Func<KnowledgePolicies>> OtherPolicies = new()
    {
        [nameof(KnowledgePolicies.StrengthWeights)] = () => new()
        {
            StrengthWeights = new Dictionary<EvidenceStrength, double>
            {
                [EvidenceStrength.Strong] = 4,
                [EvidenceStrength.Moderate] = 3,
                [EvidenceStrength.Weak] = 1,
                [EvidenceStrength.ExpertOpinion] = 1,
            },
        },
        [nameof(KnowledgePolicies.RedFlagWeight)] = () => new() { RedFlagWeight = 4 },
        [nameof(KnowledgePolicies.PointsToShare)] = () => new() { PointsToShare = 0.25 },
        [nameof(KnowledgePolicies.BenignPatternWeight)] = () => new() { BenignPatternWeight = 1 },
        [nameof(KnowledgePolicies.BenignPatternCategory)] = () => new() { BenignPatternCategory = "exercise-associated" },
        [nameof(KnowledgePolicies.RestlessLegsWeight)] = () => new() { RestlessLegsWeight = 3 },
        [nameof(KnowledgePolicies.RestlessLegsCategory)] = () => new() { RestlessLegsCategory = "peripheral-neurogenic" },
        [nameof(KnowledgePolicies.RankingFlagFloor)] = () => new() { RankingFlagFloor = Urgency.Urgent },
        [nameof(KnowledgePolicies.RankedLastCategory)] = () => new() { RankedLastCategory = "lifestyle-positional" },
        [nameof(KnowledgePolicies.BaselineBenignCategories)] = () => new() { BaselineBenignCategories = ["idiopathic-nocturnal", "exercise-associated", "lifestyle-positional"] },
        [nameof(KnowledgePolicies.BaselineAnyStrengthCategories)] = () => new() { BaselineAnyStrengthCategories = ["medication-induced"] },
        [nameof(KnowledgePolicies.TypicalMuscles)] = () => new() { TypicalMuscles = [MuscleRegion.Calf, MuscleRegion.Foot, MuscleRegion.Thigh] },
        [nameof(KnowledgePolicies.BenignSettings)] = () => new() { BenignSettings = [EpisodeSetting.Asleep, EpisodeSetting.Resting] },
        [nameof(KnowledgePolicies.NightStartHour)] = () => new() { NightStartHour = 22 },
        [nameof(KnowledgePolicies.NightEndHour)] = () => new() { NightEndHour = 7 },
        [nameof(KnowledgePolicies.MorningStartHour)] = () => new() { MorningStartHour = 6 },
        [nameof(KnowledgePolicies.MorningEndHour)] = () => new() { MorningEndHour = 11 },
        [nameof(KnowledgePolicies.QuestionsClosedAt)] = () => new() { QuestionsClosedAt = Urgency.Urgent },
        [nameof(KnowledgePolicies.InterviewTiers)] = () => new() { InterviewTiers = 0 },
    };

    [Fact]
    public void OtherPolicies_CoverEverySettablePolicy()
    {
        var settable = typeof(KnowledgePolicies).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);

        Assert.Equal(settable.Order(StringComparer.Ordinal), OtherPolicies.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DefaultPolicies_GiveTheDefaultHash()
    {
        Assert.Equal(DefaultHash, new KnowledgeBase(new KnowledgePolicies()).ContentHash);
    }

    [Theory]
    [MemberData(nameof(PolicyNames))]
    public void ChangingOnePolicy_ChangesTheContentHash(string policy)
    {
        var kb = new KnowledgeBase(OtherPolicies[policy]());

        Assert.Matches("^sha256:[0-9a-f]{64}$", kb.ContentHash);
        Assert.NotEqual(DefaultHash, kb.ContentHash);
    }

    [Fact]
    public void CanonicalText_HoldsEveryAdvicesLevelsConditionAndSources()
    {
        // Advice items are built from the catalog, not from options, so a changed level or condition cannot be
        // injected here; the hash covers them because the text it is taken over holds each one.
        var field = typeof(KnowledgeBase).GetField("_canonicalText", BindingFlags.NonPublic | BindingFlags.Instance)!;
        var lines = ((string)field.GetValue(KnowledgeBase.Default)!).Split('\n');

        foreach (var advice in KnowledgeBase.Default.Advice)
        {
            var line = Assert.Single(lines, l => l.StartsWith("advice|" + advice.Id + "|", StringComparison.Ordinal));
            Assert.Contains("|" + string.Join(",", advice.Levels.Select(WireNames.Of)) + "|", line, StringComparison.Ordinal);
            Assert.Contains("|" + advice.ShownWhen + "|", line, StringComparison.Ordinal);
            Assert.EndsWith("|" + string.Join(",", advice.Sources.Select(s => s.Key)), line, StringComparison.Ordinal);
            Assert.Contains(advice.Text, line, StringComparison.Ordinal);
        }

        foreach (var reason in KnowledgeBase.Default.BaselineReasons)
        {
            Assert.Single(lines, l => l.StartsWith("baseline-reason|" + reason.Id + "|", StringComparison.Ordinal));
        }

        foreach (var medicines in KnowledgeBase.Default.MedicineClasses)
        {
            Assert.Single(lines, l => l.StartsWith("medicine-names|", StringComparison.Ordinal) && l.EndsWith(string.Join(",", medicines.BrandNames), StringComparison.Ordinal));
        }
    }
}
