using System.Globalization;

namespace Cramps.CdsHooks;

/// <summary>A field of a request and what is wrong with it; the message never repeats the field's value.</summary>
/// <param name="Field">The field's path, such as <c>context.patientId</c>.</param>
/// <param name="Message">What is wrong, in a full sentence.</param>
internal sealed record FieldError(string Field, string Message);

/// <summary>Writes problem-details responses (RFC 9457); none repeats a value from the request.</summary>
internal static class Problems
{
    public static IResult BadRequest(IReadOnlyList<FieldError> errors) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not a valid CDS Hooks request.",
            detail: string.Create(CultureInfo.InvariantCulture, $"{errors.Count} field(s) are missing or invalid: {string.Join(", ", errors.Select(e => e.Field).Distinct(StringComparer.Ordinal))}."),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["errors"] = errors.Select(e => new Dictionary<string, string>(StringComparer.Ordinal) { ["field"] = e.Field, ["message"] = e.Message }).ToList(),
            });

    public static IResult PreconditionFailed(string detail, IReadOnlyList<string> missing) =>
        Results.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The service could not obtain the FHIR data it needs.",
            detail: detail,
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["missingPrefetch"] = missing });

    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such CDS service.", detail: detail);

    public static IResult TooLarge(long limit) =>
        Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large.",
            detail: string.Create(CultureInfo.InvariantCulture, $"The service accepts request bodies of at most {limit} bytes."));

    public static IResult UnsupportedMediaType() =>
        Results.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The request body must be JSON.",
            detail: "Send the request with Content-Type: application/json.");
}
