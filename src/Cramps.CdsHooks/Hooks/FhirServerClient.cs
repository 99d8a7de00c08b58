using System.Net.Http.Headers;
using System.Text.Json;

namespace Cramps.CdsHooks.Hooks;

/// <summary>The bytes still allowed from a FHIR server for one hook call; shared by the queries of that call.</summary>
internal sealed class ByteBudget(long bytes)
{
    private long _left = bytes;

    public long Left => Interlocked.Read(ref _left);

    /// <summary>Takes bytes from the budget.</summary>
    /// <returns>Whether they were within it.</returns>
    public bool Take(long count) => Interlocked.Add(ref _left, -count) >= 0;
}

/// <summary>Runs the prefetch queries a client did not satisfy against the client's FHIR server, within a time and size budget.</summary>
/// <remarks>
/// The access token goes only to the server the request named: a next-page link to anywhere else ends the search as
/// failed. Search pages are followed up to a limit. Nothing from the responses is logged.
/// </remarks>
internal sealed partial class FhirServerClient(IHttpClientFactory clients, ILogger<FhirServerClient> logger)
{
    /// <summary>The name of the HTTP client FHIR servers are called with.</summary>
    public const string ClientName = "fhir";

    /// <summary>Runs a query, or follows a next-page link, and returns every resource of every page.</summary>
    /// <param name="access">The server and token.</param>
    /// <param name="url">The query relative to the server's base, or an absolute next-page URL on the server.</param>
    /// <param name="key">The prefetch key, for the log.</param>
    /// <param name="maxPages">The most pages to follow.</param>
    /// <param name="budget">The bytes still allowed.</param>
    /// <param name="documents">Receives the parsed pages, which the caller disposes of.</param>
    /// <param name="cancellationToken">Cancels the calls (the hook call's time limit).</param>
    /// <returns>The resources, or <see langword="null"/> when the server could not give them all.</returns>
    public async Task<List<JsonElement>?> SearchAsync(FhirAccess access, string url, string key, int maxPages, ByteBudget budget, List<JsonDocument> documents, CancellationToken cancellationToken)
    {
        var baseUrl = access.Server.AbsoluteUri.TrimEnd('/') + "/";
        var next = url.StartsWith(baseUrl, StringComparison.Ordinal) ? new Uri(url) : new Uri(baseUrl + url.TrimStart('/'));
        var resources = new List<JsonElement>();
        for (var page = 0; page < maxPages && next is not null; page++)
        {
            var document = await GetAsync(access, next, key, budget, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return null;
            }

            lock (documents)
            {
                documents.Add(document);
            }

            var root = document.RootElement;
            var type = root.TryGetProperty("resourceType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type == "OperationOutcome" || type is null)
            {
                LogUnusable(logger, key);
                return null;
            }

            if (type != "Bundle")
            {
                resources.Add(root);
                return resources;
            }

            var entries = new List<(JsonElement Resource, int Entry)>();
            if (!Prefetch.AddEntries(root, entries, out var nextUrl))
            {
                LogUnusable(logger, key);
                return null;
            }

            resources.AddRange(entries.Select(e => e.Resource));

            next = null;
            if (nextUrl is not null)
            {
                if (!nextUrl.StartsWith(baseUrl, StringComparison.Ordinal) || !Uri.TryCreate(nextUrl, UriKind.Absolute, out next))
                {
                    LogUnusable(logger, key);
                    return null;
                }

                if (page == maxPages - 1)
                {
                    LogTooManyPages(logger, key, maxPages);
                    return null;
                }
            }
        }

        return resources;
    }

    private async Task<JsonDocument?> GetAsync(FhirAccess access, Uri url, string key, ByteBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var message = new HttpRequestMessage(HttpMethod.Get, url);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access.AccessToken);
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/fhir+json"));
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, key, (int)response.StatusCode);
                return null;
            }

            var body = await BoundedBody.ReadAsync(response.Content, budget.Left, cancellationToken).ConfigureAwait(false);
            if (body is null || !budget.Take(body.Length))
            {
                LogTooLarge(logger, key);
                return null;
            }

            return JsonDocument.Parse(body);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or JsonException)
        {
            LogFailed(logger, key, 0);
            return null;
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "The FHIR server did not answer the '{Key}' query (HTTP status {Status}, 0 for no answer in time).")]
    private static partial void LogFailed(ILogger logger, string key, int status);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "The FHIR server's answer to the '{Key}' query went over the size limit.")]
    private static partial void LogTooLarge(ILogger logger, string key);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "The FHIR server's answer to the '{Key}' query was not usable (an OperationOutcome, not FHIR, or a next link to another server).")]
    private static partial void LogUnusable(ILogger logger, string key);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "The '{Key}' query had more than {Pages} pages.")]
    private static partial void LogTooManyPages(ILogger logger, string key, int pages);
}
