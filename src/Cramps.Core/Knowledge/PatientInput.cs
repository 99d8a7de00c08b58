using Ardalis.GuardClauses;
using Cramps.Core.Evaluation;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>Represents one input of the request that a rule reads or a follow-up question asks for: where it is, and how to tell whether it is known.</summary>
/// <remarks>Instances are immutable and belong to the knowledge base; the catalog cannot be extended from outside this library.</remarks>
public abstract class PatientInput
{
    private protected PatientInput(string path)
    {
        Path = path;
        Name = path.StartsWith(JsonPaths.Patient + ".", StringComparison.Ordinal) ? path[(JsonPaths.Patient.Length + 1)..] : path[2..];
    }

    /// <summary>Gets the JSON path of the input in the request, for example <c>$.patient.symptoms.newWeakness</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the path without the <c>$.patient.</c> prefix, as the knowledge base writes input names, for example <c>symptoms.newWeakness</c>.</summary>
    public string Name { get; }

    /// <summary>Returns the input's path.</summary>
    /// <returns>The JSON path.</returns>
    public override string ToString() => Path;

    internal abstract bool IsKnown(EvaluationContext context);
}

/// <summary>
/// Represents a yes/no answer of the patient's history: its path, how to read it, how to set it, and how an interview names it.
/// This one declaration drives the request reader, the questions that ask for it and the sample console's interview.
/// </summary>
/// <remarks>Instances are immutable and safe to share across threads; the knowledge base declares them all.</remarks>
public abstract class YesNoInput : PatientInput
{
    private protected YesNoInput(string objectPath, string member, string prompt)
        : base(objectPath + "." + member)
    {
        Member = member;
        Prompt = prompt;
    }

    /// <summary>Gets how an interview names the answer, for example <c>new weakness</c>; English, patient-facing.</summary>
    public string Prompt { get; }

    /// <summary>Gets the input's own member name in its JSON object, for example <c>newWeakness</c>.</summary>
    internal string Member { get; }

    /// <summary>Reads the answer from a patient's history.</summary>
    /// <param name="patient">The patient's history.</param>
    /// <returns>The answer, or <see langword="null"/> when it is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/> is <see langword="null"/>.</exception>
    public bool? Read(PatientHistory patient)
    {
        Guard.Against.Null(patient);
        return ReadFrom(patient);
    }

    /// <summary>Returns a copy of a patient's history with this answer set.</summary>
    /// <param name="patient">The patient's history; it is not changed.</param>
    /// <param name="answer">The answer, or <see langword="null"/> for unknown.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patient"/> is <see langword="null"/>.</exception>
    public PatientHistory With(PatientHistory patient, bool? answer)
    {
        Guard.Against.Null(patient);
        return WriteTo(patient, answer);
    }

    internal bool? Read(EvaluationContext context) => ReadFrom(context.Patient);

    private protected abstract bool? ReadFrom(PatientHistory patient);

    private protected abstract PatientHistory WriteTo(PatientHistory patient, bool? answer);
}

/// <summary>A yes/no answer held by one object of the history (the history itself, its lifestyle, its symptoms or its cramp pattern).</summary>
/// <typeparam name="TSection">The model type of the object that holds the answer.</typeparam>
/// <remarks>The request reader binds the object's members through <see cref="Get"/> and <see cref="Set"/>, so a new answer needs no reader code.</remarks>
internal sealed class YesNoInput<TSection> : YesNoInput
    where TSection : class
{
    private readonly Func<PatientHistory, TSection> _section;
    private readonly Func<PatientHistory, TSection, PatientHistory> _replace;
    private readonly Func<TSection, bool?> _get;
    private readonly Func<TSection, bool?, TSection> _set;
    private readonly Func<EvaluationContext, bool>? _isKnown;

    public YesNoInput(
        string objectPath,
        string member,
        string prompt,
        Func<PatientHistory, TSection> section,
        Func<PatientHistory, TSection, PatientHistory> replace,
        Func<TSection, bool?> get,
        Func<TSection, bool?, TSection> set,
        Func<EvaluationContext, bool>? isKnown = null)
        : base(objectPath, member, prompt)
    {
        _section = section;
        _replace = replace;
        _get = get;
        _set = set;
        _isKnown = isKnown;
    }

    /// <summary>Reads the answer from the object that holds it.</summary>
    public bool? Get(TSection section) => _get(section);

    /// <summary>Returns a copy of the object that holds the answer, with the answer set.</summary>
    public TSection Set(TSection section, bool? answer) => _set(section, answer);

    internal override bool IsKnown(EvaluationContext context) => _isKnown?.Invoke(context) ?? ReadFrom(context.Patient) is not null;

    private protected override bool? ReadFrom(PatientHistory patient) => _get(_section(patient));

    private protected override PatientHistory WriteTo(PatientHistory patient, bool? answer) => _replace(patient, _set(_section(patient), answer));
}

/// <summary>A numeric input of the patient's history.</summary>
internal sealed class NumberInput(string path, Func<PatientHistory, double?> read) : PatientInput(path)
{
    public double? Read(EvaluationContext context) => read(context.Patient);

    internal override bool IsKnown(EvaluationContext context) => read(context.Patient) is not null;
}

/// <summary>An input whose known-ness is derived, such as a list or a fact the diary can answer.</summary>
internal sealed class DerivedInput(string path, Func<EvaluationContext, bool> isKnown) : PatientInput(path)
{
    internal override bool IsKnown(EvaluationContext context) => isKnown(context);
}
