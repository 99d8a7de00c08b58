namespace Cramps.Core;

/// <summary>Represents one input value that explains a finding: where it is in the request and what it was.</summary>
/// <remarks>
/// <see cref="Path"/> is a JSON path into the request, such as <c>$.patient.labs[0]</c>; list positions are the
/// caller's own. <see cref="Value"/> is an invariant-culture rendering of the value. Instances are immutable.
/// </remarks>
public sealed record Evidence
{
    internal Evidence(string path, string value)
    {
        Path = path;
        Value = value;
    }

    /// <summary>Gets the JSON path of the input in the request.</summary>
    public string Path { get; }

    /// <summary>Gets the input's value as text, for example <c>3.2 mmol/L</c> or <c>true</c>.</summary>
    public string Value { get; }
}

/// <summary>Represents an input the knowledge base did not recognise and therefore ignored.</summary>
/// <remarks>Unrecognised codes and medicine names are warnings, never validation errors. Instances are immutable.</remarks>
public sealed record UnrecognisedInput
{
    internal UnrecognisedInput(string path, string value, string reason)
    {
        Path = path;
        Value = value;
        Reason = reason;
    }

    /// <summary>Gets the JSON path of the input in the request.</summary>
    public string Path { get; }

    /// <summary>Gets the unrecognised code, id or name.</summary>
    public string Value { get; }

    /// <summary>Gets why it was not recognised, for example <c>unknown medicine name</c>.</summary>
    public string Reason { get; }
}

/// <summary>Represents one piece of advice in an assessment.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record Advice
{
    internal Advice(string id, string text, IReadOnlyList<string> sources)
    {
        Id = id;
        Text = text;
        Sources = sources;
    }

    /// <summary>Gets the advice id, for example <c>advice-no-quinine</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the patient-facing text.</summary>
    public string Text { get; }

    /// <summary>Gets the keys of the sources behind the advice.</summary>
    public IReadOnlyList<string> Sources { get; }
}

/// <summary>Represents an inconsistency in the request that the assessment reports without resolving it.</summary>
/// <remarks>
/// The stated values are still used as given, and warnings never change the urgency. Messages name fields, never
/// values from the request. Instances are immutable.
/// </remarks>
public sealed record AssessmentWarning
{
    internal AssessmentWarning(string code, string path, string message)
    {
        Code = code;
        Path = path;
        Message = message;
    }

    /// <summary>Gets the warning's stable code, for example <c>undated-lab-counted</c> (see <see cref="WarningCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Gets the JSON path of the input the warning is about.</summary>
    public string Path { get; }

    /// <summary>Gets a plain message naming the fields involved.</summary>
    public string Message { get; }
}

/// <summary>Provides the codes of <see cref="AssessmentWarning"/>, in the order assessments list them.</summary>
public static class WarningCodes
{
    /// <summary><c>pregnant</c> is true while <c>sex</c> is male.</summary>
    public const string PregnantNotFemale = "pregnant-not-female";

    /// <summary><c>pregnant</c> is true while <c>ageYears</c> is below 10 or above 60.</summary>
    public const string PregnantAge = "pregnant-age";

    /// <summary>A rule is present only because of a lab result without <c>collectedOn</c>.</summary>
    public const string UndatedLabCounted = "undated-lab-counted";

    /// <summary>A medicine was started after the last recorded episode, so it cannot have caused those episodes.</summary>
    public const string MedicineAfterEpisodes = "medicine-after-episodes";
}

/// <summary>Represents one weighted contribution to a cause category's score.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record CategoryContribution
{
    /// <summary>The source id of the contribution a benign episode pattern makes to <c>idiopathic-nocturnal</c>.</summary>
    public const string BenignEpisodePattern = "benign-episode-pattern";

    /// <summary>The source id of the contribution an urge to move the legs makes to <c>mimic-not-cramp</c>.</summary>
    public const string RestlessLegs = "restless-legs";

    internal CategoryContribution(string source, double weight)
    {
        Source = source;
        Weight = weight;
    }

    /// <summary>Gets what contributed: a risk factor id, a red flag id, or a pattern id such as <c>benign-episode-pattern</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the weight added to the category's score.</summary>
    public double Weight { get; }
}
