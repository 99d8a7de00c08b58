namespace Cramps.Core.Knowledge;

/// <summary>
/// Represents the clinical policies of the knowledge base that are not rules: how categories are ranked and weighted,
/// when the baseline urgency is routine, which episode pattern is benign, the morning window, and when questions close.
/// </summary>
/// <remarks>
/// <para>
/// The evaluator is a generic engine over the catalog: every number and list below is read from here, and each is part
/// of the content hash, so the hash an assessment cites identifies the logic as well as the rules and texts.
/// </para>
/// <para>Instances are immutable.</para>
/// </remarks>
public sealed class KnowledgePolicies
{
    internal KnowledgePolicies()
    {
    }

    /// <summary>Gets the weight a present risk factor adds to its category, by strength.</summary>
    /// <value>Strong 4, moderate 3, weak 2, expert opinion 1.</value>
    public IReadOnlyDictionary<EvidenceStrength, double> StrengthWeights { get; internal init; } = new System.Collections.ObjectModel.ReadOnlyDictionary<EvidenceStrength, double>(new Dictionary<EvidenceStrength, double>
    {
        [EvidenceStrength.Strong] = 4,
        [EvidenceStrength.Moderate] = 3,
        [EvidenceStrength.Weak] = 2,
        [EvidenceStrength.ExpertOpinion] = 1,
    });

    /// <summary>Gets the weight a fired red flag adds to its category.</summary>
    /// <value>3.</value>
    public double RedFlagWeight { get; internal init; } = 3;

    /// <summary>Gets the share of a factor's weight that each category it points to receives.</summary>
    /// <value>0.5.</value>
    public double PointsToShare { get; internal init; } = 0.5;

    /// <summary>Gets the weight a benign episode pattern adds to <see cref="BenignPatternCategory"/>.</summary>
    /// <value>2.</value>
    public double BenignPatternWeight { get; internal init; } = 2;

    /// <summary>Gets the category a benign episode pattern counts toward.</summary>
    /// <value><c>idiopathic-nocturnal</c>.</value>
    public string BenignPatternCategory { get; internal init; } = "idiopathic-nocturnal";

    /// <summary>Gets the weight a "yes" to the restless-legs question adds to <see cref="RestlessLegsCategory"/>.</summary>
    /// <value>2.</value>
    public double RestlessLegsWeight { get; internal init; } = 2;

    /// <summary>Gets the category a "yes" to the restless-legs question counts toward.</summary>
    /// <value><c>mimic-not-cramp</c>.</value>
    public string RestlessLegsCategory { get; internal init; } = "mimic-not-cramp";

    /// <summary>Gets the lowest red-flag urgency that ranks a category ahead of the categories without such a flag.</summary>
    /// <value><see cref="Urgency.Soon"/>.</value>
    public Urgency RankingFlagFloor { get; internal init; } = Urgency.Soon;

    /// <summary>Gets the category listed after every other listed category: what remains when no other cause is found.</summary>
    /// <value><c>idiopathic-nocturnal</c>.</value>
    public string RankedLastCategory { get; internal init; } = "idiopathic-nocturnal";

    /// <summary>Gets the categories whose moderate or strong factors leave the baseline urgency at self-care.</summary>
    public IReadOnlyList<string> BaselineBenignCategories { get; internal init; } =
        ["idiopathic-nocturnal", "exercise-associated", "lifestyle-positional", "pregnancy-associated"];

    /// <summary>Gets the categories any of whose present factors, of any strength, make the baseline urgency routine.</summary>
    public IReadOnlyList<string> BaselineAnyStrengthCategories { get; internal init; } = ["medication-induced", "electrolyte-disturbance"];

    /// <summary>Gets the muscles an episode may be in without making the baseline urgency routine, and without breaking the benign pattern.</summary>
    public IReadOnlyList<MuscleRegion> TypicalMuscles { get; internal init; } = [MuscleRegion.Calf, MuscleRegion.Foot];

    /// <summary>Gets the episode settings of the benign pattern.</summary>
    public IReadOnlyList<EpisodeSetting> BenignSettings { get; internal init; } = [EpisodeSetting.Asleep, EpisodeSetting.Resting, EpisodeSetting.OnWaking];

    /// <summary>Gets the local hour from which an episode of unknown setting counts as at night for the benign pattern.</summary>
    /// <value>21 (21:00).</value>
    public int NightStartHour { get; internal init; } = 21;

    /// <summary>Gets the local hour before which an episode of unknown setting counts as at night for the benign pattern.</summary>
    /// <value>8 (until 07:59).</value>
    public int NightEndHour { get; internal init; } = 8;

    /// <summary>Gets the local hour from which an episode counts as in the morning.</summary>
    /// <value>5 (05:00).</value>
    public int MorningStartHour { get; internal init; } = 5;

    /// <summary>Gets the local hour before which an episode counts as in the morning.</summary>
    /// <value>12 (until 11:59).</value>
    public int MorningEndHour { get; internal init; } = 12;

    /// <summary>Gets the urgency from which no question is open and the interview is complete: the only next step is to act.</summary>
    /// <value><see cref="Urgency.Emergency"/>.</value>
    public Urgency QuestionsClosedAt { get; internal init; } = Urgency.Emergency;

    /// <summary>Gets the highest tier whose open questions keep the interview incomplete.</summary>
    /// <value>1.</value>
    public int InterviewTiers { get; internal init; } = 1;

    /// <summary>Gets the weight of a risk factor of the given strength.</summary>
    /// <param name="strength">The strength.</param>
    /// <returns>The weight.</returns>
    public double WeightOf(EvidenceStrength strength) => StrengthWeights.TryGetValue(strength, out var weight) ? weight : 0;

    /// <summary>Writes every policy as lines of the canonical text the content hash is taken over.</summary>
    internal IEnumerable<string> Describe()
    {
        foreach (var (strength, weight) in StrengthWeights.OrderBy(p => p.Key))
        {
            yield return "strength-weight|" + WireNames.Of(strength) + "|" + CodeText.Number(weight);
        }

        yield return "red-flag-weight|" + CodeText.Number(RedFlagWeight);
        yield return "points-to-share|" + CodeText.Number(PointsToShare);
        yield return "benign-pattern|" + BenignPatternCategory + "|" + CodeText.Number(BenignPatternWeight);
        yield return "restless-legs|" + RestlessLegsCategory + "|" + CodeText.Number(RestlessLegsWeight);
        yield return "ranking-flag-floor|" + WireNames.Of(RankingFlagFloor);
        yield return "ranked-last|" + RankedLastCategory;
        yield return "baseline-benign-categories|" + string.Join(",", BaselineBenignCategories);
        yield return "baseline-any-strength-categories|" + string.Join(",", BaselineAnyStrengthCategories);
        yield return "typical-muscles|" + string.Join(",", TypicalMuscles.Select(WireNames.Of));
        yield return "benign-settings|" + string.Join(",", BenignSettings.Select(WireNames.Of));
        yield return "night|" + CodeText.Number(NightStartHour) + "|" + CodeText.Number(NightEndHour);
        yield return "morning|" + CodeText.Number(MorningStartHour) + "|" + CodeText.Number(MorningEndHour);
        yield return "questions-closed-at|" + WireNames.Of(QuestionsClosedAt);
        yield return "interview-tiers|" + CodeText.Number(InterviewTiers);
    }
}

/// <summary>Represents a reason the baseline urgency is routine when no red flag fired (knowledge-base section "baseline urgency").</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class BaselineReason
{
    internal BaselineReason(string id, string description, IReadOnlyList<Source> sources)
    {
        Id = id;
        Description = description;
        Sources = sources;
    }

    /// <summary>Gets the reason's id, for example <c>baseline-factor</c>.</summary>
    public string Id { get; }

    /// <summary>Gets when the reason holds.</summary>
    public string Description { get; }

    /// <summary>Gets the sources behind the reason.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Returns the reason's id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
