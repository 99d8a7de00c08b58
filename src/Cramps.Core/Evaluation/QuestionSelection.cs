using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The follow-up questions still open, with the unknown rules each could reveal.</summary>
internal sealed class QuestionSelection(KnowledgeBase knowledgeBase)
{
    private readonly KnowledgeBase _knowledgeBase = knowledgeBase;
    private readonly KnowledgePolicies _policies = knowledgeBase.Policies;

    /// <summary>Lists the open questions, by tier, then by how many unknown rules each could reveal (more first), then in table order.</summary>
    public OpenQuestion[] Open(EvaluationContext context, out bool interviewComplete)
    {
        var questions = _knowledgeBase.QuestionArray;
        ReadOnlySpan<RuleState> rules = context.Rules.AsSpan(0, _knowledgeBase.RuleArray.Length);
        Span<bool> open = stackalloc bool[questions.Length];
        var count = 0;
        interviewComplete = true;
        foreach (var question in questions)
        {
            if (question.IsOpen(context))
            {
                open[question.Order] = true;
                count++;
                interviewComplete &= question.Tier > _policies.InterviewTiers;
            }
        }

        var result = new OpenQuestion[count];
        var next = 0;
        foreach (var question in questions)
        {
            if (!open[question.Order])
            {
                continue;
            }

            var bit = 1u << question.Order;
            var reveals = 0;
            for (var i = 0; i < rules.Length; i++)
            {
                reveals += rules[i].Outcome == Truth.Unknown && (rules[i].Questions & bit) != 0 ? 1 : 0;
            }

            var couldReveal = IdList.Of(reveals);
            var r = 0;
            for (var i = 0; r < reveals; i++)
            {
                if (rules[i].Outcome == Truth.Unknown && (rules[i].Questions & bit) != 0)
                {
                    couldReveal[r++] = _knowledgeBase.RuleArray[i].Id;
                }
            }

            result[next++] = new OpenQuestion(question, couldReveal);
        }

        result.AsSpan().Sort(OpenOrder);
        return result;
    }

    /// <summary>By tier, then by reach (more first), then in table order: a total order, so the sort's stability does not matter.</summary>
    /// <remarks>
    /// Sorting with a <see cref="Comparison{T}"/> (the method group is cached) allocates nothing; sorting with an
    /// <see cref="IComparer{T}"/> would wrap it in a new delegate per evaluation.
    /// </remarks>
    private static int OpenOrder(OpenQuestion a, OpenQuestion b) =>
        a.Tier != b.Tier ? a.Tier.CompareTo(b.Tier)
        : a.CouldReveal.Count != b.CouldReveal.Count ? b.CouldReveal.Count.CompareTo(a.CouldReveal.Count)
        : a.Definition.Order.CompareTo(b.Definition.Order);
}
