using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The urgency of an assessment: the highest fired red flag, or the baseline policy's routine or self-care.</summary>
internal sealed class UrgencyDecision
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly EpisodePatterns _episodes;
    private readonly bool[] _baselineCategory;
    private readonly bool[] _anyStrengthCategory;

    public UrgencyDecision(KnowledgeBase knowledgeBase, EpisodePatterns episodes)
    {
        _knowledgeBase = knowledgeBase;
        _episodes = episodes;
        var policies = knowledgeBase.Policies;
        _baselineCategory = [.. knowledgeBase.Categories.Select(c => !policies.BaselineBenignCategories.Contains(c.Id))];
        _anyStrengthCategory = [.. knowledgeBase.Categories.Select(c => policies.BaselineAnyStrengthCategories.Contains(c.Id))];
    }

    /// <summary>Decides the urgency: the highest fired red flag, or the baseline rule when none fired, with the ids behind it.</summary>
    public (Urgency Urgency, IReadOnlyList<string> Reasons) Decide(EvaluationContext context)
    {
        var rules = context.Rules;
        var urgency = Urgency.SelfCare;
        var fired = 0;
        foreach (var flag in _knowledgeBase.FlagArray)
        {
            if (rules[flag.Index].Outcome == Truth.True)
            {
                fired++;
                urgency = (Urgency)Math.Max((int)urgency, (int)rules[flag.Index].Urgency);
            }
        }

        if (fired > 0)
        {
            var ids = new string[fired];
            var next = 0;
            foreach (var flag in _knowledgeBase.FlagArray)
            {
                if (rules[flag.Index].Outcome == Truth.True)
                {
                    ids[next++] = flag.Id;
                }
            }

            // Every red flag calls for routine care or more, so the baseline rule cannot raise the urgency further.
            return (urgency, ids);
        }

        var reasons = new List<string>(2);
        return BaselineIsRoutine(context, reasons) ? (Urgency.Routine, reasons.ToArray()) : (Urgency.SelfCare, []);
    }

    /// <summary>Decides whether the baseline urgency is routine, collecting the ids of the reasons that hold, in catalog order.</summary>
    private bool BaselineIsRoutine(EvaluationContext context, List<string> reasons)
    {
        var factor = false;
        var medicineOrElectrolyte = false;
        foreach (var risk in _knowledgeBase.FactorArray)
        {
            if (context.Rules[risk.Index].Outcome == Truth.True)
            {
                factor |= risk.Strength >= EvidenceStrength.Moderate && _baselineCategory[risk.Category.Order];
                medicineOrElectrolyte |= _anyStrengthCategory[risk.Category.Order];
            }
        }

        var episodeSite = false;
        foreach (var episode in context.Episodes)
        {
            episodeSite |= !_episodes.InTypicalMuscles(episode);
        }

        foreach (var reason in _knowledgeBase.BaselineReasons)
        {
            var holds = reason.Id switch
            {
                BaselineReasons.Factor => factor,
                BaselineReasons.MedicineOrElectrolyte => medicineOrElectrolyte,
                BaselineReasons.EpisodeSite => episodeSite,
                BaselineReasons.QuinineUsed => context.Patient.Lifestyle.UsedQuinineForCramps == true,
                _ => context.Episodes.Length == 0 && context.Patient.CrampPattern.Equals(CrampPattern.Unknown),
            };
            if (holds)
            {
                reasons.Add(reason.Id);
            }
        }

        return reasons.Count > 0;
    }
}
