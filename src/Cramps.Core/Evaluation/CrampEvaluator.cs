using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using Cramps.Core.Configuration;
using Cramps.Core.Evaluation;
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
/// and call <see cref="Evaluate"/> from any thread.
/// </para>
/// </remarks>
public sealed class CrampEvaluator : ICrampEvaluator
{
    private static readonly HashSet<string> BenignCategories =
        new(["idiopathic-nocturnal", "exercise-associated", "lifestyle-positional", "pregnancy-associated"], StringComparer.Ordinal);

    private readonly KnowledgeBase _knowledgeBase;
    private readonly double[] _thresholds;
    private readonly int _prolongedSeconds;

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
    {
        Guard.Against.Null(thresholds);
        var validation = new CrampThresholdsValidator().Validate(null, thresholds);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(CrampThresholds), validation.Failures);
        }

        _knowledgeBase = KnowledgeBase.Default;
        _thresholds = [.. _knowledgeBase.Thresholds.Select(t => thresholds[t.Name])];
        _prolongedSeconds = thresholds.ProlongedSeconds;
        var overrides = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var threshold in _knowledgeBase.Thresholds)
        {
            if (_thresholds[threshold.Index] != threshold.DefaultValue)
            {
                overrides[threshold.Name] = _thresholds[threshold.Index];
            }
        }

        Identity = new KnowledgeBaseIdentity(
            _knowledgeBase.Id,
            _knowledgeBase.Edition,
            overrides.Count == 0 ? _knowledgeBase.ContentHash : _knowledgeBase.HashWith(_thresholds),
            new ReadOnlyDictionary<string, double>(overrides));
    }

    /// <summary>Gets the knowledge base the evaluator applies.</summary>
    public KnowledgeBase KnowledgeBase => _knowledgeBase;

    /// <inheritdoc/>
    public KnowledgeBaseIdentity Identity { get; }

    /// <inheritdoc/>
    public CrampAssessment Evaluate(AssessmentRequest request)
    {
        Guard.Against.Null(request);
        var context = new EvaluationContext(request, _knowledgeBase, _thresholds);
        EvaluateRules(context);

        var results = context.Results;
        var (urgency, reasons) = DecideUrgency(context);
        var questions = OpenQuestions(context);
        return new CrampAssessment(
            Identity,
            urgency,
            reasons,
            RiskFactorFindings(results),
            RankCategories(context),
            RedFlagFindings(results),
            questions,
            !questions.Any(q => q.Tier <= 1),
            GiveAdvice(results, urgency),
            context.Facts.Unrecognised.AsReadOnly(),
            Trace(results),
            _knowledgeBase.Disclaimer);
    }

    private void EvaluateRules(EvaluationContext context)
    {
        var log = new RuleLog();
        foreach (var factor in _knowledgeBase.RiskFactors)
        {
            log.Clear();
            var outcome = factor.Term.Evaluate(context, log);
            context.Results[factor.Index] = log.ToResult(outcome, null);
        }

        foreach (var flag in _knowledgeBase.RedFlags)
        {
            // A red flag fires at its highest level that is present; an unknown level keeps it unknown otherwise.
            log.Clear();
            var outcome = Tri.False;
            Urgency? urgency = null;
            foreach (var level in flag.Levels)
            {
                var evidenceMark = log.EvidenceCount;
                var missingMark = log.MissingCount;
                var value = level.Term.Evaluate(context, log);
                if (value == Tri.True)
                {
                    outcome = Tri.True;
                    urgency = level.Urgency;
                    break;
                }

                log.Settle(evidenceMark, missingMark, value);
                outcome = TriLogic.Or(outcome, value);
            }

            context.Results[flag.Index] = log.ToResult(outcome, urgency);
        }
    }

    private (Urgency Urgency, IReadOnlyList<string> Reasons) DecideUrgency(EvaluationContext context)
    {
        var results = context.Results;
        var urgency = Urgency.SelfCare;
        var fired = new List<string>();
        foreach (var flag in _knowledgeBase.RedFlags)
        {
            if (results[flag.Index] is { Outcome: Tri.True, Urgency: { } level })
            {
                fired.Add(flag.Id);
                urgency = level > urgency ? level : urgency;
            }
        }

        var baseline = BaselineReasons(context);
        if (baseline.Count > 0 && urgency < Urgency.Routine)
        {
            urgency = Urgency.Routine;
        }

        return (urgency, fired.Count > 0 ? fired : baseline);
    }

    /// <summary>Lists why the baseline urgency is routine; an empty list means self-care.</summary>
    private List<string> BaselineReasons(EvaluationContext context)
    {
        var reasons = new List<string>();
        foreach (var factor in _knowledgeBase.RiskFactors)
        {
            if (context.Results[factor.Index].Outcome == Tri.True
                && factor.Strength >= EvidenceStrength.Moderate
                && !BenignCategories.Contains(factor.Category.Id))
            {
                reasons.Add(factor.Id);
            }
        }

        foreach (var episode in context.Episodes)
        {
            if (episode.Muscles.Any(m => m is not (MuscleRegion.Calf or MuscleRegion.Foot)))
            {
                reasons.Add(Core.BaselineReasons.EpisodeSite);
                break;
            }
        }

        if (context.Episodes.Count == 0 && context.Patient.CrampPattern.Equals(CrampPattern.Unknown))
        {
            reasons.Add(Core.BaselineReasons.NothingKnown);
        }

        return reasons;
    }

    private List<RiskFactorFinding> RiskFactorFindings(RuleResult[] results)
    {
        var findings = new List<RiskFactorFinding>();
        foreach (var factor in _knowledgeBase.RiskFactors)
        {
            if (results[factor.Index] is { Outcome: Tri.True } result)
            {
                findings.Add(new RiskFactorFinding(factor, result.Evidence));
            }
        }

        return findings;
    }

    private List<RedFlagFinding> RedFlagFindings(RuleResult[] results)
    {
        var findings = new List<RedFlagFinding>();
        foreach (var flag in _knowledgeBase.RedFlags)
        {
            if (results[flag.Index] is { Outcome: Tri.True, Urgency: { } urgency } result)
            {
                findings.Add(new RedFlagFinding(flag, urgency, result.Evidence));
            }
        }

        return findings;
    }

    private List<CauseCategoryFinding> RankCategories(EvaluationContext context)
    {
        var categories = _knowledgeBase.Categories;
        var contributions = new List<CategoryContribution>?[categories.Count];
        var factors = new List<string>?[categories.Count];
        var flags = new List<string>?[categories.Count];
        void Add(CauseCategory category, string source, double weight, List<string>?[]? ids)
        {
            (contributions[category.Order] ??= []).Add(new CategoryContribution(source, weight));
            if (ids is not null)
            {
                (ids[category.Order] ??= []).Add(source);
            }
        }

        var results = context.Results;
        foreach (var factor in _knowledgeBase.RiskFactors)
        {
            if (results[factor.Index].Outcome == Tri.True)
            {
                Add(factor.Category, factor.Id, factor.Weight, factors);
            }
        }

        foreach (var factor in _knowledgeBase.RiskFactors)
        {
            if (results[factor.Index].Outcome == Tri.True)
            {
                foreach (var category in factor.PointsTo)
                {
                    Add(category, factor.Id, factor.Weight / 2, factors);
                }
            }
        }

        foreach (var flag in _knowledgeBase.RedFlags)
        {
            if (results[flag.Index].Outcome == Tri.True)
            {
                Add(flag.Category, flag.Id, RedFlag.CategoryWeight, flags);
            }
        }

        if (IsBenignPattern(context.Episodes))
        {
            Add(categories[0], CategoryContribution.BenignEpisodePattern, 2, null);
        }

        if (context.Patient.Symptoms.UrgeToMoveLegs == true)
        {
            Add(categories.First(c => c.Id == "mimic-not-cramp"), CategoryContribution.RestlessLegs, 2, null);
        }

        var findings = new List<CauseCategoryFinding>();
        foreach (var category in categories)
        {
            if (contributions[category.Order] is { } parts && parts.Sum(p => p.Weight) is var score and > 0)
            {
                findings.Add(new CauseCategoryFinding(category, score, factors[category.Order] ?? [], flags[category.Order] ?? [], parts));
            }
        }

        // A stable sort keeps table order among equal scores.
        return [.. findings.OrderByDescending(f => f.Score)];
    }

    /// <summary>
    /// Every episode is in calf or foot, at night or rest (setting asleep, resting or on-waking, or a local start
    /// between 21:00 and 07:59), no longer than prolongedSeconds when known, and none is unrelieved by stretching.
    /// </summary>
    private bool IsBenignPattern(IReadOnlyList<CrampEpisode> episodes)
    {
        if (episodes.Count == 0)
        {
            return false;
        }

        foreach (var episode in episodes)
        {
            var calfOrFoot = episode.Muscles.All(m => m is MuscleRegion.Calf or MuscleRegion.Foot);
            var atRest = episode.Setting is EpisodeSetting.Asleep or EpisodeSetting.Resting or EpisodeSetting.OnWaking
                || episode.StartedAt is { Hour: >= 21 or < 8 };
            var brief = episode.DurationSeconds is null || episode.DurationSeconds <= _prolongedSeconds;
            if (!calfOrFoot || !atRest || !brief || episode.RelievedByStretching == false)
            {
                return false;
            }
        }

        return true;
    }

    private List<OpenQuestion> OpenQuestions(EvaluationContext context)
    {
        var open = new List<OpenQuestion>();
        foreach (var question in _knowledgeBase.Questions)
        {
            if (!question.IsOpen(context))
            {
                continue;
            }

            var reveals = new List<string>();
            foreach (var rule in _knowledgeBase.Rules)
            {
                var result = context.Results[rule.Index];
                if (result.Outcome == Tri.Unknown && result.Missing.Any(question.Asks))
                {
                    reveals.Add(rule.Id);
                }
            }

            open.Add(new OpenQuestion(question, reveals));
        }

        return [.. open.OrderBy(q => q.Tier).ThenByDescending(q => q.CouldReveal.Count).ThenBy(q => q.Definition.Order)];
    }

    private List<Advice> GiveAdvice(RuleResult[] results, Urgency urgency)
    {
        var context = new AdviceContext(_knowledgeBase, results, urgency);
        var advice = new List<Advice>();
        foreach (var rule in _knowledgeBase.Advice)
        {
            if (rule.Applies(context))
            {
                advice.Add(new Advice(rule.Id, rule.Text));
            }
        }

        return advice;
    }

    private List<TraceEntry> Trace(RuleResult[] results)
    {
        var trace = new List<TraceEntry>(results.Length);
        foreach (var rule in _knowledgeBase.Rules)
        {
            var result = results[rule.Index];
            trace.Add(new TraceEntry(rule.Id, result.Outcome.ToOutcome(), result.Inputs, result.Missing));
        }

        return trace;
    }
}
