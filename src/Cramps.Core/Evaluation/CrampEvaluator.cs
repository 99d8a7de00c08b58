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
    private readonly RulePass _rules;
    private readonly UrgencyDecision _urgency;
    private readonly CategoryRanking _ranking;
    private readonly QuestionSelection _questions;
    private readonly AdviceSelection _advice;
    private readonly RequestWarnings _warnings;

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
        var episodes = new EpisodePatterns(_policies, thresholds.ProlongedSeconds);
        _rules = new RulePass(knowledgeBase);
        _urgency = new UrgencyDecision(knowledgeBase, episodes);
        _ranking = new CategoryRanking(knowledgeBase, episodes);
        _questions = new QuestionSelection(knowledgeBase);
        _advice = new AdviceSelection(knowledgeBase);
        _warnings = new RequestWarnings(knowledgeBase, _rules);

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
            var log = new RuleLog(tracing);
            _rules.Run(context, log);
            var (urgency, reasons) = _urgency.Decide(context);
            var closed = urgency >= _policies.QuestionsClosedAt;
            var interviewComplete = true;
            var questions = closed ? [] : _questions.Open(context, out interviewComplete);
            return new CrampAssessment(
                Identity,
                urgency,
                reasons,
                Findings(_knowledgeBase.FactorArray, context.Rules, static (factor, state) => new RiskFactorFinding(factor, state.Evidence!)),
                _ranking.Rank(context),
                Findings(_knowledgeBase.FlagArray, context.Rules, static (flag, state) => new RedFlagFinding(flag, state.Urgency, state.Evidence!)),
                questions,
                interviewComplete,
                _advice.Give(context, urgency),
                _warnings.Find(request, context, log),
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

    /// <summary>Lists the present rules of one table, in table order, as findings (a present rule always has its evidence).</summary>
    private static TFinding[] Findings<TRule, TFinding>(TRule[] table, RuleState[] rules, Func<TRule, RuleState, TFinding> finding)
        where TRule : Rule
    {
        var count = 0;
        foreach (var rule in table)
        {
            count += rules[rule.Index].Outcome == Truth.True ? 1 : 0;
        }

        var findings = new TFinding[count];
        var next = 0;
        foreach (var rule in table)
        {
            if (rules[rule.Index].Outcome == Truth.True)
            {
                findings[next++] = finding(rule, rules[rule.Index]);
            }
        }

        return findings;
    }
}
