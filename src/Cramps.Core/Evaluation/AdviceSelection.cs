using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The advice of an assessment: each advice rule of the knowledge base that applies at the urgency.</summary>
internal sealed class AdviceSelection(KnowledgeBase knowledgeBase)
{
    private readonly KnowledgeBase _knowledgeBase = knowledgeBase;

    /// <summary>Lists the advice that applies at the urgency, in table order.</summary>
    public Advice[] Give(EvaluationContext evaluation, Urgency urgency)
    {
        var context = new AdviceContext(evaluation.Rules, urgency, evaluation.Patient);
        var advice = _knowledgeBase.AdviceArray;
        Span<bool> given = stackalloc bool[advice.Length];
        var count = 0;
        foreach (var rule in advice)
        {
            given[rule.Order] = rule.Applies(context);
            count += given[rule.Order] ? 1 : 0;
        }

        var result = new Advice[count];
        var next = 0;
        foreach (var rule in advice)
        {
            if (given[rule.Order])
            {
                result[next++] = rule.Given;
            }
        }

        return result;
    }
}
