namespace Cramps.Core;

/// <summary>Represents what an evaluation produces beside the assessment itself; chosen before evaluating, so an assessment is a plain value.</summary>
/// <remarks>Instances are immutable and safe to share across threads.</remarks>
public sealed class EvaluationOptions
{
    /// <summary>Initializes a new instance of the <see cref="EvaluationOptions"/> class: no trace; set what to include with an object initializer.</summary>
    public EvaluationOptions()
    {
    }

    /// <summary>Gets the default options: no trace, the fastest evaluation.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets options that include the trace: every rule's outcome with its inputs, as the result contract's JSON carries it.</summary>
    public static EvaluationOptions WithTrace { get; } = new() { IncludeTrace = true };

    /// <summary>Gets a value indicating whether the assessment includes <see cref="CrampAssessment.Trace"/>.</summary>
    /// <remarks>Tracing records the paths of the inputs behind every rule's outcome; the findings are the same either way.</remarks>
    public bool IncludeTrace { get; init; }
}
