using Cramps.Core.Evaluation;

namespace Cramps.Core.Knowledge;

/// <summary>Represents a follow-up question: what to ask next when an input that could change the result is unknown.</summary>
/// <remarks>
/// A question is open while an input it asks for is unknown. Open questions are ordered by <see cref="Tier"/>, then by
/// how many unknown rules they could reveal (more first), then by table order. The interview is complete when no tier 0
/// or tier 1 question is open. Instances are immutable.
/// </remarks>
public sealed class FollowUpQuestion
{
    private readonly PatientInput[] _inputs;

    internal FollowUpQuestion(int order, string id, int tier, bool isSeed, string text, string asksFor, IReadOnlyList<PatientInput> inputs, bool openWhenAllUnknown = false, IReadOnlyList<string>? reveals = null, Func<EvaluationContext, bool>? appliesWhen = null, string? appliesWhenText = null)
    {
        Order = order;
        Id = id;
        Tier = tier;
        IsSeed = isSeed;
        Text = text;
        AsksFor = asksFor;
        _inputs = [.. inputs];
        Inputs = Array.AsReadOnly(_inputs);
        OpenWhenAllUnknown = openWhenAllUnknown;
        Reveals = reveals ?? [.. inputs.Select(f => f.Path)];
        AppliesWhen = appliesWhen;
        AppliesWhenText = appliesWhenText;
    }

    /// <summary>Gets the question id, for example <c>q-emergency-symptoms</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the tier: 0 safety questions, 1 core history, 2 detail.</summary>
    public int Tier { get; }

    /// <summary>Gets whether the question comes from the seed clinician's answer.</summary>
    public bool IsSeed { get; }

    /// <summary>Gets the patient-facing question text (English).</summary>
    public string Text { get; }

    /// <summary>Gets a description of the inputs the question asks for.</summary>
    public string AsksFor { get; }

    /// <summary>Gets when the question is asked at all, or <see langword="null"/> when it always is.</summary>
    public string? AppliesWhenText { get; }

    /// <summary>Gets the position of the question in the knowledge base's table, from 0.</summary>
    public int Order { get; }

    /// <summary>Gets the inputs the question asks for, in the order it asks; a <see cref="YesNoInput"/> among them can be read and set on a history.</summary>
    public IReadOnlyList<PatientInput> Inputs { get; }

    internal bool OpenWhenAllUnknown { get; }

    internal IReadOnlyList<string> Reveals { get; }

    internal Func<EvaluationContext, bool>? AppliesWhen { get; }

    /// <summary>Returns the question id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    internal bool IsOpen(EvaluationContext context)
    {
        if (AppliesWhen is not null && !AppliesWhen(context))
        {
            return false;
        }

        var unknown = 0;
        foreach (var field in _inputs)
        {
            if (!field.IsKnown(context))
            {
                unknown++;
            }
        }

        return OpenWhenAllUnknown ? unknown == _inputs.Length : unknown > 0;
    }

    internal bool Asks(string missingPath)
    {
        foreach (var path in Reveals)
        {
            if (missingPath.StartsWith(path, StringComparison.Ordinal)
                && (missingPath.Length == path.Length || missingPath[path.Length] is '.' or '['))
            {
                return true;
            }
        }

        return false;
    }
}
