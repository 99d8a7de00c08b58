using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The rule pass: every risk factor and red flag of the knowledge base, three-valued, with its evidence and missing inputs.</summary>
internal sealed class RulePass(KnowledgeBase knowledgeBase)
{
    private readonly KnowledgeBase _knowledgeBase = knowledgeBase;

    /// <summary>Evaluates every rule in table order into the context: risk factors, then red flags at their highest present level.</summary>
    public void Run(EvaluationContext context, RuleLog log) => Run(context, log, only: default);

    /// <summary>Evaluates, in table order, the rules marked in <paramref name="only"/> (every rule when it is empty).</summary>
    /// <remarks>The marked rules must include every rule they read (see <see cref="KnowledgeBase.RuleClosures"/>); the others are left unset.</remarks>
    public void Run(EvaluationContext context, RuleLog log, ReadOnlySpan<bool> only)
    {
        foreach (var factor in _knowledgeBase.FactorArray)
        {
            if (!only.IsEmpty && !only[factor.Index])
            {
                continue;
            }

            log.Clear();
            var outcome = factor.Term.Evaluate(context, log);
            context.Rules[factor.Index] = log.Finish(outcome, Urgency.SelfCare, out var trace);
            context.Traces?[factor.Index] = trace;
        }

        foreach (var flag in _knowledgeBase.FlagArray)
        {
            if (!only.IsEmpty && !only[flag.Index])
            {
                continue;
            }

            // A red flag fires at its highest level that is present; an unknown level keeps it unknown otherwise.
            log.Clear();
            var outcome = Truth.False;
            var urgency = Urgency.SelfCare;
            foreach (var level in flag.LevelArray)
            {
                var evidenceMark = log.EvidenceCount;
                var missingMark = log.MissingCount;
                var value = level.Term.Evaluate(context, log);
                if (value == Truth.True)
                {
                    outcome = Truth.True;
                    urgency = level.Urgency;
                    break;
                }

                log.Settle(evidenceMark, missingMark, value);
                outcome = TruthLogic.Or(outcome, value);
            }

            context.Rules[flag.Index] = log.Finish(outcome, urgency, out var trace);
            context.Traces?[flag.Index] = trace;
        }
    }
}
