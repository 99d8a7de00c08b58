namespace Cramps.Core.Serialization;

/// <summary>Represents one problem with a request: where it is, a stable code, and a message.</summary>
/// <remarks>
/// Messages name what is allowed, in invariant English; they never echo patient values. Instances are immutable.
/// </remarks>
public sealed record ValidationError
{
    /// <summary>Initializes a new instance of the <see cref="ValidationError"/> class.</summary>
    /// <param name="path">The JSON path of the problem, for example <c>$.episodes[3].painScore</c>.</param>
    /// <param name="code">The stable code; see <see cref="ValidationCodes"/>.</param>
    /// <param name="message">The message.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ValidationError(string path, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(message);
        Path = path;
        Code = code;
        Message = message;
    }

    /// <summary>Gets the JSON path of the problem.</summary>
    public string Path { get; }

    /// <summary>Gets the stable code, one of <see cref="ValidationCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the message, which names what is allowed.</summary>
    public string Message { get; }

    /// <summary>Returns the error as <c>path: message (code)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message + " (" + Code + ")";
}

/// <summary>Provides the stable codes of <see cref="ValidationError"/>.</summary>
public static class ValidationCodes
{
    /// <summary>The input is not well-formed JSON (syntax, encoding, trailing content, NaN or Infinity literals).</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>The input is larger than <see cref="CrampJson.MaxRequestBytes"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The input nests deeper than <see cref="CrampJson.MaxDepth"/>.</summary>
    public const string TooDeep = "too-deep";

    /// <summary>An object names the same property twice.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>An object has a property the contract does not define (a typo must not become "unknown").</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A value has the wrong JSON type, for example a string where a number belongs.</summary>
    public const string InvalidType = "invalid-type";

    /// <summary>A string is not one of the allowed enum values.</summary>
    public const string InvalidEnum = "invalid-enum";

    /// <summary>A value has the right type but an invalid form, for example an empty string or a malformed date.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>A number is out of its allowed range, not an integer where one is required, or too large to represent.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A required value is missing or <see langword="null"/>.</summary>
    public const string MissingRequired = "missing-required";

    /// <summary>A laboratory value's unit is not accepted for its test.</summary>
    public const string UnsupportedUnit = "unsupported-unit";

    /// <summary>The schema version is not one this library reads.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary>A date lies after <c>asOf</c>.</summary>
    public const string FutureDate = "future-date";

    /// <summary>A list has more items than allowed.</summary>
    public const string TooManyItems = "too-many-items";

    /// <summary>A string is longer than <see cref="RequestLimits.MaxTextLength"/>.</summary>
    public const string TooLong = "too-long";

    /// <summary>More errors were found than are reported; the list stops at <see cref="CrampJson.MaxErrors"/>.</summary>
    public const string TooManyErrors = "too-many-errors";
}
