using Cramps.Core;

namespace Cramps.Cli.Interview;

/// <summary>The state of one interview: the answers so far, the questions asked, and the assessment they lead to.</summary>
/// <remarks>
/// <para>
/// The request's <c>conditions</c> and <c>medications</c> are whole lists: <see langword="null"/> is unknown, empty is
/// "asked: none". Two questions share each list (<c>q-heart-kidney</c> and <c>q-other-conditions</c>;
/// <c>q-diuretic-statin</c> and <c>q-all-medicines</c>), so the session keeps the names given and which of the two
/// questions were answered, and builds the list from them: empty only when both questions were answered with no names,
/// the names given as soon as there are any (a named condition or medicine always counts), unknown otherwise. A "no"
/// to one question therefore never answers the other.
/// </para>
/// <para>
/// Questions are chosen from a probe request in which a shared list stays unknown until both of its questions are
/// answered, so the evaluator keeps both questions open in its own order.
/// </para>
/// </remarks>
internal sealed class InterviewSession
{
    private readonly CrampEvaluator _evaluator = new();
    private readonly IReadOnlyList<CrampEpisode> _episodes;
    private readonly SharedList<Condition> _conditions;
    private readonly SharedList<Medication> _medications;
    private PatientHistory _history;
    private Urgency _urgency;

    public InterviewSession(AssessmentRequest start, DateOnly? asOf, AnswerReader answers, Action<CrampAssessment> urgencyChanged)
    {
        _episodes = start.Episodes;
        AsOf = asOf;
        Answers = answers;
        UrgencyChanged = urgencyChanged;
        _history = start.Patient with { Conditions = null, Medications = null };
        _conditions = new SharedList<Condition>(start.Patient.Conditions, ["q-heart-kidney", "q-other-conditions"]);
        _medications = new SharedList<Medication>(start.Patient.Medications, ["q-diuretic-statin", "q-all-medicines"]);
        Assessment = _evaluator.Evaluate(Request);
        _urgency = Assessment.Urgency;
    }

    /// <summary>Evaluates the request as it stands with its trace, which the result JSON carries.</summary>
    /// <returns>The assessment, with its trace.</returns>
    public CrampAssessment Traced() => _evaluator.Evaluate(Request, EvaluationOptions.WithTrace);

    /// <summary>Gets the date that counts as today.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the reader of answers.</summary>
    public AnswerReader Answers { get; }

    /// <summary>Gets the patient's history so far, without the shared lists.</summary>
    public PatientHistory History => _history;

    /// <summary>Gets the conditions named and which of their questions were answered.</summary>
    public SharedList<Condition> Conditions => _conditions;

    /// <summary>Gets the medicines named and which of their questions were answered.</summary>
    public SharedList<Medication> Medications => _medications;

    /// <summary>Gets the request the answers make.</summary>
    public AssessmentRequest Request => new(_history with { Conditions = _conditions.Effective, Medications = _medications.Effective }, _episodes, AsOf);

    /// <summary>Gets the assessment of <see cref="Request"/>.</summary>
    public CrampAssessment Assessment { get; private set; }

    /// <summary>Gets whether an emergency red flag fired and the questions stopped.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>Gets the ids of the questions asked so far, answered or skipped; none is asked twice.</summary>
    public HashSet<string> Asked { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets what to do when an answer changes the urgency (an emergency included), with the new assessment.</summary>
    private Action<CrampAssessment> UrgencyChanged { get; }

    /// <summary>Re-evaluates the request as it stands: a change of urgency is reported as it happens, and an emergency stops the questions.</summary>
    /// <returns>Whether the interview may go on.</returns>
    public bool Check()
    {
        Assessment = _evaluator.Evaluate(Request);
        if (!Interrupted && Assessment.Urgency != _urgency)
        {
            _urgency = Assessment.Urgency;
            UrgencyChanged(Assessment);
        }

        if (!Interrupted && Assessment.Urgency == Urgency.Emergency)
        {
            Interrupted = true;
        }

        return !Interrupted;
    }

    /// <summary>Records an answer and re-evaluates.</summary>
    /// <param name="change">How the answer changes the history.</param>
    /// <returns>Whether the interview may go on (no emergency).</returns>
    public bool Apply(Func<PatientHistory, PatientHistory> change)
    {
        _history = change(_history);
        return Check();
    }

    /// <summary>
    /// Finds the next question to ask: age and sex while they are open (a person expects them first, and the answers
    /// decide which other questions apply), then the first open question of the probe request not asked yet.
    /// </summary>
    /// <param name="maxTier">The highest tier to ask: 1 for the interview proper, 2 to add the detail questions.</param>
    /// <returns>The question, or <see langword="null"/> when none is left.</returns>
    public OpenQuestion? Next(int maxTier)
    {
        var probe = new AssessmentRequest(_history with { Conditions = _conditions.Probe, Medications = _medications.Probe }, _episodes, AsOf);
        var open = _evaluator.Evaluate(probe).OpenQuestions.Where(q => q.Tier <= maxTier && !Asked.Contains(q.Id)).ToList();
        return open.Find(q => string.Equals(q.Id, Script.AskedFirst, StringComparison.Ordinal)) ?? open.FirstOrDefault();
    }
}

/// <summary>A request list that two questions share: the items named and which questions were answered in full.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class SharedList<T>
{
    private readonly string[] _questions;
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);
    private readonly bool _knownAtStart;

    public SharedList(IReadOnlyList<T>? start, string[] questions)
    {
        _questions = questions;
        _knownAtStart = start is not null;
        Items = [.. start ?? []];
    }

    /// <summary>Gets the items named so far.</summary>
    public List<T> Items { get; }

    /// <summary>Gets whether the whole list is known: it came with the request, or both questions were answered in full.</summary>
    public bool Complete => _knownAtStart || _questions.All(_answered.Contains);

    /// <summary>Gets the list for the request: known when complete, the names so far when there are any, else unknown.</summary>
    public IReadOnlyList<T>? Effective => Complete || Items.Count > 0 ? Items : null;

    /// <summary>Gets the list for choosing questions: unknown until complete, so both questions stay open.</summary>
    public IReadOnlyList<T>? Probe => Complete ? Items : null;

    /// <summary>Records that a question was answered in full (no part skipped).</summary>
    /// <param name="questionId">The question id.</param>
    public void Answered(string questionId) => _answered.Add(questionId);
}
