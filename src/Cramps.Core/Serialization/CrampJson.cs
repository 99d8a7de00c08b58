using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;

namespace Cramps.Core.Serialization;

/// <summary>Reads requests from and writes requests and results to the JSON wire format of schema version 1.</summary>
/// <remarks>
/// <para>
/// Reading is strict: unknown properties, duplicates, wrong types, unknown enum values, values out of range, unsupported
/// units and dates after <c>asOf</c> are all errors, and every error is reported at once with its JSON path. Nothing
/// throws for bad input. Unrecognised codes and medicine names are not errors: the assessment lists them.
/// </para>
/// <para>
/// Writing uses a source-generated System.Text.Json context (no reflection; trim- and AOT-safe): camelCase
/// names, kebab-case enums, ISO 8601 dates, unknown values omitted. Equal inputs give byte-identical output. All members
/// are thread-safe.
/// </para>
/// </remarks>
public static class CrampJson
{
    /// <summary>The largest request accepted, in bytes (16 MiB).</summary>
    public const int MaxRequestBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting accepted; a valid request nests at most 5 levels.</summary>
    public const int MaxDepth = 16;

    /// <summary>The most errors listed for one request; a final <see cref="ValidationCodes.TooManyErrors"/> error says how many there were.</summary>
    /// <remarks>Errors past this many are counted (see <see cref="RequestParseResult.ErrorCount"/>) but their messages are never built.</remarks>
    public const int MaxErrors = 1000;

    /// <summary>Gets the source-generated, reflection-free metadata of the wire types, to combine with your own context.</summary>
    /// <value>A resolver for <see cref="AssessmentRequest"/>, <see cref="CrampAssessment"/> and the types they contain.</value>
    /// <example>
    /// <code>
    /// var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(MyContext.Default, CrampJson.TypeInfoResolver) };
    /// </code>
    /// </example>
    public static IJsonTypeInfoResolver TypeInfoResolver => CrampsJsonContext.Default;

    /// <summary>Gets the source-generated metadata that writes an assessment.</summary>
    /// <remarks>It writes <c>"trace": null</c> for an assessment evaluated without a trace; the methods of this class refuse one.</remarks>
    public static JsonTypeInfo<CrampAssessment> AssessmentTypeInfo => CrampsJsonContext.Default.CrampAssessment;

    /// <summary>Gets the source-generated metadata that writes a request; read requests with <see cref="ParseRequest(ReadOnlySpan{byte})"/>.</summary>
    public static JsonTypeInfo<AssessmentRequest> RequestTypeInfo => CrampsJsonContext.Default.AssessmentRequest;

    /// <summary>Gets the name the JSON contract gives an enum value, for example <c>self-care</c> for <see cref="Urgency.SelfCare"/>.</summary>
    /// <typeparam name="TEnum">One of the library's enums that cross the wire, such as <see cref="Urgency"/>, <see cref="EvidenceStrength"/> or <see cref="MuscleRegion"/>.</typeparam>
    /// <param name="value">A named value of the enum.</param>
    /// <returns>The kebab-case wire name, the same the JSON reader accepts and the writer writes.</returns>
    /// <exception cref="ArgumentException"><typeparamref name="TEnum"/> does not cross the wire, or <paramref name="value"/> is not one of its named values.</exception>
    public static string WireName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var names = Guard.Against.InvalidInput(WireNames<TEnum>.Table, nameof(TEnum), static n => n is not null, typeof(TEnum).Name + " is not an enum of the JSON contract.")!;
        Guard.Against.Expression(v => !names.Has(v), value, "The value is not a named value of " + typeof(TEnum).Name + ".", nameof(value));
        return names.Name(value);
    }

    /// <summary>Parses and validates a request from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the request (a leading byte-order mark is ignored).</param>
    /// <returns>The request, or every problem found; never throws for bad input.</returns>
    public static RequestParseResult ParseRequest(ReadOnlySpan<byte> utf8Json) => RequestReader.Read(utf8Json, RequestReadOptions.Default);

    /// <summary>Parses and validates a request from UTF-8 JSON, with limits of your own.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the request (a leading byte-order mark is ignored).</param>
    /// <param name="options">The size and depth limits.</param>
    /// <returns>The request, or every problem found; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static RequestParseResult ParseRequest(ReadOnlySpan<byte> utf8Json, RequestReadOptions options)
    {
        Guard.Against.Null(options);
        return RequestReader.Read(utf8Json, options);
    }

    /// <summary>Parses and validates a request from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The request, or every problem found; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static RequestParseResult ParseRequest(string json)
    {
        Guard.Against.Null(json);
        return RequestReader.Read(System.Text.Encoding.UTF8.GetBytes(json), RequestReadOptions.Default);
    }

    /// <summary>Writes a request as JSON; reading the output back gives an equal request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static string Serialize(AssessmentRequest request)
    {
        Guard.Against.Null(request);
        return JsonSerializer.Serialize(request, CrampsJsonContext.Default.AssessmentRequest);
    }

    /// <summary>Writes an assessment as JSON, in the result contract's form (which carries the trace).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> has no trace: evaluate with <see cref="EvaluationOptions.WithTrace"/>.</exception>
    public static string Serialize(CrampAssessment assessment)
    {
        Traced(assessment);
        return JsonSerializer.Serialize(assessment, CrampsJsonContext.Default.CrampAssessment);
    }

    /// <summary>Writes an assessment as UTF-8 JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> has no trace: evaluate with <see cref="EvaluationOptions.WithTrace"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(CrampAssessment assessment)
    {
        Traced(assessment);
        return JsonSerializer.SerializeToUtf8Bytes(assessment, CrampsJsonContext.Default.CrampAssessment);
    }

    /// <summary>Writes an assessment as JSON to a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="assessment"/> has no trace: evaluate with <see cref="EvaluationOptions.WithTrace"/>.</exception>
    public static void Write(Utf8JsonWriter writer, CrampAssessment assessment)
    {
        Guard.Against.Null(writer);
        Traced(assessment);
        JsonSerializer.Serialize(writer, assessment, CrampsJsonContext.Default.CrampAssessment);
    }

    /// <summary>Refuses an assessment without the trace the result contract's JSON carries.</summary>
    private static void Traced(CrampAssessment assessment)
    {
        Guard.Against.Null(assessment);
        Guard.Against.InvalidInput(
            assessment,
            nameof(assessment),
            static a => a.Trace is not null,
            CrampAssessment.NoTrace);
    }
}

/// <summary>Represents the outcome of parsing a request: the request, or every problem found.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class RequestParseResult
{
    internal RequestParseResult(AssessmentRequest? request, IReadOnlyList<ValidationError> errors, int errorCount, string? requestId)
    {
        Request = request;
        Errors = errors;
        ErrorCount = errorCount;
        RequestId = requestId;
    }

    /// <summary>Gets whether the request is valid.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Request))]
    public bool IsValid => Request is not null;

    /// <summary>Gets the request, or <see langword="null"/> when it is invalid.</summary>
    public AssessmentRequest? Request { get; }

    /// <summary>Gets every problem found, up to <see cref="CrampJson.MaxErrors"/> and then one <see cref="ValidationCodes.TooManyErrors"/> error; empty when the request is valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Gets how many problems were found in all, including those past <see cref="CrampJson.MaxErrors"/> that are not listed.</summary>
    /// <value>0 when the request is valid.</value>
    public int ErrorCount { get; }

    /// <summary>Gets the request's <c>requestId</c> when it could be read and is valid, even if the rest of the request is not.</summary>
    /// <value>The id, or <see langword="null"/> when the request has none or it could not be read.</value>
    /// <remarks>A batch echoes it in an invalid line's error object, so callers can match errors to requests.</remarks>
    public string? RequestId { get; }
}
