using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using Cramps.Core.Configuration;
using Cramps.Core.Evaluation;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace Cramps.Core;

/// <summary>Evaluates assessment requests against the knowledge base.</summary>
public interface ICrampEvaluator
{
    /// <summary>Gets the knowledge base identity every assessment of this evaluator carries.</summary>
    KnowledgeBaseIdentity Identity { get; }

    /// <summary>Evaluates a request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    CrampAssessment Evaluate(AssessmentRequest request);

    /// <summary>Evaluates a request, with what the options ask for beside the assessment (the trace).</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">What to include; <see cref="EvaluationOptions.WithTrace"/> for the result contract's JSON.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    CrampAssessment Evaluate(AssessmentRequest request, EvaluationOptions options);
}

/// <summary>
/// Evaluates assessment requests against the knowledge base: risk factors, cause categories, red flags and urgency,
/// open questions and advice, each explained and cited.
/// </summary>
/// <remarks>
/// <para>
/// Evaluation is pure and deterministic: no clock (the request's <see cref="AssessmentRequest.AsOf"/> is "today"), no
/// randomness, no I/O, no culture dependence. The same request always gives the same assessment, and evaluation
/// never throws for a valid request.
/// </para>
/// <para>
/// An evaluator is immutable after construction and safe to share across threads: create one per application (or
/// register it as a singleton with
/// <see cref="Microsoft.Extensions.DependencyInjection.CrampsServiceCollectionExtensions.AddCrampEvaluator(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CrampThresholds})"/>)
/// and call <see cref="Evaluate(AssessmentRequest)"/> from any thread.
/// </para>
/// <para>
/// An assessment is a plain value: it holds neither the evaluator nor the request. What it includes beside the findings
/// is chosen up front: <see cref="Evaluate(AssessmentRequest, EvaluationOptions)"/> with
/// <see cref="EvaluationOptions.WithTrace"/> adds the trace that the result contract's JSON carries.
/// </para>
/// </remarks>
public sealed class CrampEvaluator : ICrampEvaluator
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly KnowledgePolicies _policies;
    private readonly double[] _thresholds;
    private readonly int _prolongedSeconds;
    private readonly bool[] _baselineCategory;
    private readonly bool[] _anyStrengthCategory;
    private readonly int _benignCategory;
    private readonly int _restlessCategory;
    private readonly int _lastCategory;
    private readonly int _typicalMuscles;
    private readonly int _benignSettings;
    private readonly CategoryContribution _benignPattern;
    private readonly CategoryContribution _restlessLegs;

    /// <summary>Initializes a new instance of the <see cref="CrampEvaluator"/> class with the default thresholds.</summary>
    public CrampEvaluator()
        : this(new CrampThresholds())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CrampEvaluator"/> class with the given thresholds.</summary>
    /// <param name="thresholds">The thresholds; they are validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is <see langword="null"/>.</exception>
    /// <exception cref="OptionsValidationException">The thresholds are invalid; the exception lists every failure.</exception>
    public CrampEvaluator(CrampThresholds thresholds)
        : this(thresholds, KnowledgeBase.Default)
    {
    }

    /// <summary>Initializes a new instance with another knowledge base; tests use it with synthetic policies.</summary>
    internal CrampEvaluator(CrampThresholds thresholds, KnowledgeBase knowledgeBase)
    {
        Guard.Against.Null(thresholds);
        var validation = new CrampThresholdsValidator().Validate(null, thresholds);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(CrampThresholds), validation.Failures);
        }

        _knowledgeBase = knowledgeBase;
        _policies = knowledgeBase.Policies;
        _thresholds = [.. _knowledgeBase.Thresholds.Select(t => thresholds[t.Name])];
        _prolongedSeconds = thresholds.ProlongedSeconds;

        _baselineCategory = [.. _knowledgeBase.Categories.Select(c => !_policies.BaselineBenignCategories.Contains(c.Id))];
        _anyStrengthCategory = [.. _knowledgeBase.Categories.Select(c => _policies.BaselineAnyStrengthCategories.Contains(c.Id))];
        _benignCategory = _knowledgeBase.Category(_policies.BenignPatternCategory).Order;
        _restlessCategory = _knowledgeBase.Category(_policies.RestlessLegsCategory).Order;
        _lastCategory = _knowledgeBase.Category(_policies.RankedLastCategory).Order;
        _typicalMuscles = _policies.TypicalMuscles.Aggregate(0, (mask, muscle) => mask | (1 << (int)muscle));
        _benignSettings = _policies.BenignSettings.Aggregate(0, (mask, setting) => mask | (1 << (int)setting));
        _benignPattern = new CategoryContribution(CategoryContribution.BenignEpisodePattern, _policies.BenignPatternWeight);
        _restlessLegs = new CategoryContribution(CategoryContribution.RestlessLegs, _policies.RestlessLegsWeight);

        var overrides = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var threshold in _knowledgeBase.Thresholds)
        {
            if (_thresholds[threshold.Index] != threshold.DefaultValue)
            {
                overrides[threshold.Name] = _thresholds[threshold.Index];
            }
        }

        var hash = overrides.Count == 0 ? _knowledgeBase.ContentHash : _knowledgeBase.HashWith(_thresholds);
        Identity = new KnowledgeBaseIdentity(_knowledgeBase.Id, _knowledgeBase.Edition, hash, new ReadOnlyDictionary<string, double>(overrides));
    }

    /// <summary>Gets the knowledge base the evaluator applies.</summary>
    public KnowledgeBase KnowledgeBase => _knowledgeBase;

    /// <inheritdoc/>
    public KnowledgeBaseIdentity Identity { get; }

    /// <inheritdoc/>
    public CrampAssessment Evaluate(AssessmentRequest request) => Evaluate(request, EvaluationOptions.Default);

    /// <inheritdoc/>
    public CrampAssessment Evaluate(AssessmentRequest request, EvaluationOptions options)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(options);
        var tracing = options.IncludeTrace;
        var context = new EvaluationContext(request, _knowledgeBase, _thresholds, tracing);
        try
        {
            EvaluateRules(context, new RuleLog(tracing));
            var (urgency, reasons) = DecideUrgency(context);
            var closed = urgency >= _policies.QuestionsClosedAt;
            var interviewComplete = true;
            var questions = closed ? [] : OpenQuestions(context, out interviewComplete);
            return new CrampAssessment(
                Identity,
                urgency,
                reasons,
                RiskFactorFindings(context.Rules),
                RankCategories(context),
                RedFlagFindings(context.Rules),
                questions,
                interviewComplete,
                GiveAdvice(context, urgency),
                Warnings(request, context),
                RequestSummary.Unrecognised(request, _knowledgeBase),
                tracing ? TraceOf(context) : null,
                request.RequestId,
                _knowledgeBase.Disclaimer);
        }
        finally
        {
            context.Release();
        }
    }

    /// <summary>Lists every rule's outcome with the inputs that decided it or that it missed, from a traced evaluation.</summary>
    private TraceEntry[] TraceOf(EvaluationContext context)
    {
        var entries = new TraceEntry[_knowledgeBase.RuleArray.Length];
        foreach (var rule in _knowledgeBase.RuleArray)
        {
            var trace = context.Traces![rule.Index]!;
            entries[rule.Index] = new TraceEntry(rule.Id, context.Rules[rule.Index].Outcome.ToOutcome(), trace.Inputs, trace.Missing);
        }

        return entries;
    }

    private void EvaluateRules(EvaluationContext context, RuleLog log)
    {
        foreach (var factor in _knowledgeBase.FactorArray)
        {
            log.Clear();
            var outcome = factor.Term.Evaluate(context, log);
            context.Rules[factor.Index] = log.Finish(outcome, Urgency.SelfCare, out var trace);
            context.Traces?[factor.Index] = trace;
        }

        foreach (var flag in _knowledgeBase.FlagArray)
        {
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

    private (Urgency Urgency, IReadOnlyList<string> Reasons) DecideUrgency(EvaluationContext context)
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
            episodeSite |= !InTypicalMuscles(episode);
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

    private RiskFactorFinding[] RiskFactorFindings(RuleState[] rules)
    {
        var count = 0;
        foreach (var factor in _knowledgeBase.FactorArray)
        {
            count += rules[factor.Index].Outcome == Truth.True ? 1 : 0;
        }

        var findings = new RiskFactorFinding[count];
        var next = 0;
        foreach (var factor in _knowledgeBase.FactorArray)
        {
            if (rules[factor.Index] is { Outcome: Truth.True, Evidence: { } evidence })
            {
                findings[next++] = new RiskFactorFinding(factor, evidence);
            }
        }

        return findings;
    }

    private RedFlagFinding[] RedFlagFindings(RuleState[] rules)
    {
        var count = 0;
        foreach (var flag in _knowledgeBase.FlagArray)
        {
            count += rules[flag.Index].Outcome == Truth.True ? 1 : 0;
        }

        var findings = new RedFlagFinding[count];
        var next = 0;
        foreach (var flag in _knowledgeBase.FlagArray)
        {
            if (rules[flag.Index] is { Outcome: Truth.True, Evidence: { } evidence } state)
            {
                findings[next++] = new RedFlagFinding(flag, state.Urgency, evidence);
            }
        }

        return findings;
    }

    private CauseCategoryFinding[] RankCategories(EvaluationContext context)
    {
        var rules = context.Rules;
        // stackalloc buffers start zeroed.
        var categories = _knowledgeBase.CategoryArray.Length;
        Span<double> scores = stackalloc double[categories];
        Span<int> factorCounts = stackalloc int[categories];
        Span<int> flagCounts = stackalloc int[categories];
        Span<int> flagUrgency = stackalloc int[categories];
        Span<int> present = stackalloc int[_knowledgeBase.RuleArray.Length];
        var presentFactors = 0;
        foreach (var factor in _knowledgeBase.FactorArray)
        {
            if (rules[factor.Index].Outcome == Truth.True)
            {
                present[presentFactors++] = factor.Index;
                scores[factor.Category.Order] += factor.Weight;
                factorCounts[factor.Category.Order]++;
                foreach (var category in factor.PointsToArray)
                {
                    scores[category.Order] += factor.PointsToWeight;
                    factorCounts[category.Order]++;
                }
            }
        }

        var presentRules = presentFactors;
        foreach (var flag in _knowledgeBase.FlagArray)
        {
            if (rules[flag.Index].Outcome == Truth.True)
            {
                present[presentRules++] = flag.Index;
                scores[flag.Category.Order] += flag.Weight;
                flagCounts[flag.Category.Order]++;
                var urgency = rules[flag.Index].Urgency;
                if (urgency >= _policies.RankingFlagFloor)
                {
                    // Stored one above the urgency, so that 0 stays "no such flag".
                    flagUrgency[flag.Category.Order] = Math.Max(flagUrgency[flag.Category.Order], (int)urgency + 1);
                }
            }
        }

        var benign = IsBenignPattern(context.Episodes);
        var restless = context.Patient.Symptoms.UrgeToMoveLegs == true;
        scores[_benignCategory] += benign ? _benignPattern.Weight : 0;
        scores[_restlessCategory] += restless ? _restlessLegs.Weight : 0;

        var listed = 0;
        foreach (var score in scores)
        {
            listed += score > 0 ? 1 : 0;
        }

        var findings = new CauseCategoryFinding[listed];
        var keys = new RankKey[listed];
        var next = 0;
        foreach (var category in _knowledgeBase.CategoryArray)
        {
            var order = category.Order;
            if (scores[order] <= 0)
            {
                continue;
            }

            var withBenign = order == _benignCategory && benign;
            var withRestless = order == _restlessCategory && restless;
            var extra = (withBenign ? 1 : 0) + (withRestless ? 1 : 0);
            var factors = Strings(factorCounts[order]);
            var flags = Strings(flagCounts[order]);
            var contributions = new CategoryContribution[factors.Length + flags.Length + extra];
            var f = 0;
            var c = 0;

            // Own factors first, then those that point to the category, each in table order; then red flags and patterns.
            for (var i = 0; i < presentFactors; i++)
            {
                var factor = _knowledgeBase.FactorArray[present[i]];
                if (factor.Category.Order == order)
                {
                    factors[f++] = factor.Id;
                    contributions[c++] = factor.Contribution;
                }
            }

            for (var i = 0; i < presentFactors; i++)
            {
                var factor = _knowledgeBase.FactorArray[present[i]];
                if (PointsTo(factor, order))
                {
                    factors[f++] = factor.Id;
                    contributions[c++] = factor.PointsToContribution;
                }
            }

            var g = 0;
            for (var i = presentFactors; i < presentRules; i++)
            {
                var flag = (RedFlag)_knowledgeBase.RuleArray[present[i]];
                if (flag.Category.Order == order)
                {
                    flags[g++] = flag.Id;
                    contributions[c++] = flag.Contribution;
                }
            }

            if (withBenign)
            {
                contributions[c++] = _benignPattern;
            }

            if (withRestless)
            {
                contributions[c] = _restlessLegs;
            }

            keys[next] = new RankKey(flagUrgency[order], scores[order], order == _lastCategory, order);
            findings[next++] = new CauseCategoryFinding(category, scores[order], factors, flags, contributions);
        }

        // The category of exclusion last; otherwise red-flag urgency first, then score, then table order: a total order.
        Array.Sort(keys, findings);
        return findings;
    }

    private bool InTypicalMuscles(CrampEpisode episode)
    {
        foreach (var muscle in ReadOnlyArray<MuscleRegion>.Of(episode.Muscles))
        {
            if ((_typicalMuscles & (1 << (int)muscle)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool PointsTo(RiskFactor factor, int categoryOrder)
    {
        foreach (var category in factor.PointsToArray)
        {
            if (category.Order == categoryOrder)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every episode is in the typical muscles, at night or rest (a benign setting, or with the setting unknown a local
    /// start in the night window), no longer than prolongedSeconds when known, and none is unrelieved by stretching.
    /// </summary>
    private bool IsBenignPattern(CrampEpisode[] episodes)
    {
        if (episodes.Length == 0)
        {
            return false;
        }

        foreach (var episode in episodes)
        {
            if (!InTypicalMuscles(episode))
            {
                return false;
            }

            var atRest = episode.Setting is { } setting
                ? (_benignSettings & (1 << (int)setting)) != 0
                : episode.StartedAt is { } started && (started.Hour >= _policies.NightStartHour || started.Hour < _policies.NightEndHour);
            if (!atRest || episode.DurationSeconds > _prolongedSeconds || episode.RelievedByStretching == false)
            {
                return false;
            }
        }

        return true;
    }

    private OpenQuestion[] OpenQuestions(EvaluationContext context, out bool interviewComplete)
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

            var couldReveal = Strings(reveals);
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

        // By tier, then by reach (more first), then in table order; a stable insertion sort keeps table order on ties.
        for (var i = 1; i < result.Length; i++)
        {
            var current = result[i];
            var j = i - 1;
            while (j >= 0 && Before(current, result[j]))
            {
                result[j + 1] = result[j];
                j--;
            }

            result[j + 1] = current;
        }

        return result;
    }

    /// <summary>A list of ids to fill; the shared empty array when there are none, the common case.</summary>
    private static string[] Strings(int count) => count == 0 ? [] : new string[count];

    private static bool Before(OpenQuestion a, OpenQuestion b) =>
        a.Tier < b.Tier || (a.Tier == b.Tier && a.CouldReveal.Count > b.CouldReveal.Count);

    private Advice[] GiveAdvice(EvaluationContext evaluation, Urgency urgency)
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

    /// <summary>Lists the inconsistencies of the request, in the order of <see cref="WarningCodes"/>; empty in the usual case, without allocating.</summary>
    private AssessmentWarning[] Warnings(AssessmentRequest request, EvaluationContext context)
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
            UndatedLabsCounted(request, context, ref warnings);
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
    /// Finds the undated lab results that alone make a rule present: the rules are evaluated again without undated
    /// results, and every undated result in the evidence of a rule that is then no longer present gets a warning.
    /// </summary>
    private void UndatedLabsCounted(AssessmentRequest request, EvaluationContext context, ref List<AssessmentWarning>? warnings)
    {
        var withoutUndated = new EvaluationContext(request, _knowledgeBase, _thresholds, tracing: false, ignoreUndated: true);
        EvaluateRules(withoutUndated, new RuleLog(tracing: false));
        var labs = context.Labs!;
        var warned = new bool[labs.Length];
        for (var r = 0; r < _knowledgeBase.RuleArray.Length; r++)
        {
            // Plain tests, not a property pattern with a designation: mutation testing cannot compile its mutants of that
            // pattern and would then leave this whole method unmutated.
            var rule = context.Rules[r];
            if (rule.Outcome != Truth.True || rule.Evidence is null || withoutUndated.Rules[r].Outcome == Truth.True)
            {
                continue;
            }

            for (var i = 0; i < labs.Length; i++)
            {
                if (labs[i].CollectedOn is null && labs[i].KnownTest is not null && Cites(rule.Evidence, JsonPaths.Lab(i)))
                {
                    warned[i] = true;
                }
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

    private static bool Cites(IReadOnlyList<Evidence> evidence, string path)
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

    /// <summary>The sort key of a listed category: whether it is ranked last, red-flag urgency (0 none), score, table order.</summary>
    private readonly record struct RankKey(int FlagUrgency, double Score, bool Last, int Order) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            // The category of exclusion comes after every other listed category, whatever its score.
            var byLast = Last.CompareTo(other.Last);
            if (byLast != 0)
            {
                return byLast;
            }

            var byFlag = other.FlagUrgency.CompareTo(FlagUrgency);
            if (byFlag != 0)
            {
                return byFlag;
            }

            var byScore = other.Score.CompareTo(Score);
            return byScore != 0 ? byScore : Order.CompareTo(other.Order);
        }
    }
}
