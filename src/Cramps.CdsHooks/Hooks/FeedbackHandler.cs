using System.Globalization;
using System.Text.Json;
using Cramps.CdsHooks.Configuration;
using Microsoft.Extensions.Options;

namespace Cramps.CdsHooks.Hooks;

/// <summary>Answers <c>POST /cds-services/{id}/feedback</c>: checks the feedback and logs how many cards were accepted or overridden.</summary>
/// <remarks>
/// Only counts reach the log: never a card id, a suggestion id, an override reason or a user comment, any of which may
/// carry patient data.
/// </remarks>
internal sealed partial class FeedbackHandler(IOptions<ServiceOptions> options, ILogger<FeedbackHandler> logger)
{
    public async Task<IResult> HandleAsync(string id, HttpContext http)
    {
        var service = ServiceCatalog.Find(id);
        if (service is null)
        {
            return Problems.NotFound("This server offers the services listed at /cds-services.");
        }

        if (!http.Request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType();
        }

        byte[]? body;
        try
        {
            body = await BoundedBody.ReadAsync(http.Request.Body, options.Value.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return Problems.TooLarge(options.Value.MaxRequestBodyBytes);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var errors = new List<FieldError>();
            var (accepted, overridden) = Read(document.RootElement, errors);
            if (errors.Count > 0)
            {
                return Problems.BadRequest(errors);
            }

            LogFeedback(logger, service.Id, accepted, overridden);
            return Results.Ok();
        }
        catch (JsonException)
        {
            return Problems.BadRequest([new FieldError("$", "The request body is not well-formed JSON.")]);
        }
    }

    private static (int Accepted, int Overridden) Read(JsonElement root, List<FieldError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("feedback", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError("feedback", "feedback is required: an array of feedback items."));
            return (0, 0);
        }

        int accepted = 0, overridden = 0, index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"feedback[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FieldError(path, "Each feedback item must be a JSON object."));
                continue;
            }

            if (!NonEmptyString(item, "card"))
            {
                errors.Add(new FieldError(path + ".card", "card is required: the uuid of the card."));
            }

            if (!item.TryGetProperty("outcomeTimestamp", out var timestamp) || timestamp.ValueKind != JsonValueKind.String
                || !DateTimeOffset.TryParse(timestamp.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new FieldError(path + ".outcomeTimestamp", "outcomeTimestamp is required: an RFC 3339 date and time."));
            }

            var outcome = item.TryGetProperty("outcome", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (outcome == "accepted")
            {
                accepted++;
                if (!item.TryGetProperty("acceptedSuggestions", out var suggestions) || suggestions.ValueKind != JsonValueKind.Array
                    || suggestions.EnumerateArray().Any(s => s.ValueKind != JsonValueKind.Object || !NonEmptyString(s, "id")))
                {
                    errors.Add(new FieldError(path + ".acceptedSuggestions", "acceptedSuggestions is required with outcome 'accepted': an array of objects with an id."));
                }
            }
            else if (outcome == "overridden")
            {
                overridden++;
                if (item.TryGetProperty("overrideReason", out var reason) && reason.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new FieldError(path + ".overrideReason", "overrideReason must be a JSON object when given."));
                }
            }
            else
            {
                errors.Add(new FieldError(path + ".outcome", "outcome is required: 'accepted' or 'overridden'."));
            }
        }

        return (accepted, overridden);
    }

    private static bool NonEmptyString(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information, Message = "Feedback for CDS service {Service}: {Accepted} accepted, {Overridden} overridden.")]
    private static partial void LogFeedback(ILogger logger, string service, int accepted, int overridden);
}
