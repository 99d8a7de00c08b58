using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>What advice conditions read: the urgency and which rules are present.</summary>
internal sealed class AdviceContext(KnowledgeBase knowledgeBase, RuleResult[] results, Urgency urgency)
{
    public Urgency Urgency { get; } = urgency;

    public bool Present(string ruleId) => results[knowledgeBase.RuleIndex(ruleId)].Outcome == Tri.True;

    public bool AnyPresentIn(string categoryId)
    {
        foreach (var factor in knowledgeBase.RiskFactors)
        {
            if (string.Equals(factor.Category.Id, categoryId, StringComparison.Ordinal) && results[factor.Index].Outcome == Tri.True)
            {
                return true;
            }
        }

        return false;
    }
}
