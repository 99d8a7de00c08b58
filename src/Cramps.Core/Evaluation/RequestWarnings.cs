using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The inconsistencies of a request that an assessment reports without resolving them.</summary>
internal sealed class RequestWarnings(KnowledgeBase knowledgeBase, RulePass rules)
{
    private readonly KnowledgeBase _knowledgeBase = knowledgeBase;
    private readonly RulePass _rules = rules;

    /// <summary>Lists the inconsistencies of the request, in the order of <see cref="WarningCodes"/>; empty in the usual case, without allocating.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The evaluation of the request, every rule evaluated.</param>
    /// <param name="log">The evaluation's rule log, used again when rules are evaluated again without undated results.</param>
    public AssessmentWarning[] Find(AssessmentRequest request, EvaluationContext context, RuleLog log)
    {
        List<AssessmentWarning>? warnings = null;
        var patient = request.Patient;
        if (patient.Pregnant == true && patient.Sex == Sex.Male)
        {
            (warnings ??= []).Add(new AssessmentWarning(WarningCodes.PregnantNotFemale, JsonPaths.Pregnant, "pregnant is true while sex is male; both are used as given."));
        }

        if (patient.Pregnant == true && patient.AgeYears is < 10 or > 60)
        {
            (warnings ??= []).Add(new AssessmentWarning(WarningCodes.PregnantAge, JsonPaths.AgeYears, "pregnant is true while ageYears is below 10 or above 60; both are used as given."));
        }

        if (context.RequestSummary.HasUndatedLabs)
        {
            UndatedLabsCounted(context, log, ref warnings);
        }

        if (context.Medications is { } medications && LastEpisodeDate(context.Episodes) is { } last)
        {
            for (var i = 0; i < medications.Length; i++)
            {
                if (medications[i].StartedOn > last)
                {
                    (warnings ??= []).Add(new AssessmentWarning(WarningCodes.MedicineAfterEpisodes, JsonPaths.Medication(i, "startedOn"), "startedOn is after the last recorded episode, so this medicine cannot have caused those episodes."));
                }
            }
        }

        return warnings is null ? [] : warnings.ToArray();
    }

    /// <summary>
    /// Finds the undated lab results that alone make a rule present, or a red flag fire at its level: the present rules
    /// that cite an undated result (and the rules they read) are evaluated again without undated results, and every
    /// undated result in the evidence of a rule that is then no longer present, or of a red flag that then fires at a
    /// lower level, gets a warning.
    /// </summary>
    private void UndatedLabsCounted(EvaluationContext context, RuleLog log, ref List<AssessmentWarning>? warnings)
    {
        var labs = context.Labs!;
        var ruleCount = _knowledgeBase.RuleArray.Length;
        Span<bool> again = stackalloc bool[ruleCount];
        var any = false;
        for (var r = 0; r < ruleCount; r++)
        {
            if (CitesUndated(context.Rules[r], labs))
            {
                any = true;
                foreach (var needed in _knowledgeBase.RuleClosures[r])
                {
                    again[needed] = true;
                }
            }
        }

        if (!any)
        {
            return;
        }

        // The rules are evaluated again into a copy of the context, with the evaluation's log (cleared per rule): only the
        // outcomes of this pass are read.
        var withoutUndated = context.WithoutUndated();
        _rules.Run(withoutUndated, log, again);
        // At most RequestLimits.MaxLabs (2,000) results, within the stack.
        Span<bool> warned = stackalloc bool[labs.Length];
        for (var r = 0; r < ruleCount; r++)
        {
            // Only rules evaluated again can have lost their outcome, or a red flag its level; of those, only the ones
            // that cite an undated result mark anything.
            if (again[r] && (withoutUndated.Rules[r].Outcome != Truth.True || withoutUndated.Rules[r].Urgency != context.Rules[r].Urgency))
            {
                CitesUndated(context.Rules[r], labs, warned);
            }
        }

        withoutUndated.Release();
        for (var i = 0; i < labs.Length; i++)
        {
            if (warned[i])
            {
                (warnings ??= []).Add(new AssessmentWarning(WarningCodes.UndatedLabCounted, JsonPaths.Lab(i), "This result has no collectedOn date; a finding rests on it alone, because an undated result is never assumed to be old."));
            }
        }
    }

    /// <summary>
    /// Gets whether a rule is present with an undated, recognised lab result in its evidence, and marks each such result
    /// in <paramref name="marks"/> when given.
    /// </summary>
    private static bool CitesUndated(RuleState rule, LabResult[] labs, Span<bool> marks = default)
    {
        if (rule.Outcome != Truth.True || rule.Evidence is null)
        {
            return false;
        }

        var cites = false;
        for (var i = 0; i < labs.Length; i++)
        {
            if (labs[i].CollectedOn is null && labs[i].KnownTest is not null && Cites(rule.Evidence, JsonPaths.Lab(i)))
            {
                cites = true;
                if (!marks.IsEmpty)
                {
                    marks[i] = true;
                }
            }
        }

        return cites;
    }

    private static bool Cites(Evidence[] evidence, string path)
    {
        foreach (var item in evidence)
        {
            if (item.Path == path)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? LastEpisodeDate(CrampEpisode[] episodes)
    {
        DateOnly? last = null;
        foreach (var episode in episodes)
        {
            if (episode.StartedAt is { } started && (last is null || RequestSummary.LocalDate(started) > last))
            {
                last = RequestSummary.LocalDate(started);
            }
        }

        return last;
    }
}
