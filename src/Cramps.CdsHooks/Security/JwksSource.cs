using System.Collections.Concurrent;
using Cramps.CdsHooks.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Cramps.CdsHooks.Security;

/// <summary>Gets the signing keys of a trusted issuer: configured ones, or a JWK Set fetched from an allow-listed URL and cached.</summary>
internal sealed partial class JwksSource(IHttpClientFactory clients, IOptions<SecurityOptions> options, TimeProvider time, ILogger<JwksSource> logger)
{
    /// <summary>The name of the HTTP client JWK Sets are fetched with.</summary>
    public const string ClientName = "jwks";

    private const int MaxJwksBytes = 64 * 1024;
    private static readonly TimeSpan RefetchAfter = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, IReadOnlyList<SecurityKey>> _configured = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTimeOffset FetchedAt, IReadOnlyList<SecurityKey> Keys)> _fetched = new(StringComparer.Ordinal);

    /// <summary>Gets the keys to verify a token with.</summary>
    /// <param name="issuer">The trusted issuer.</param>
    /// <param name="jku">The token's <c>jku</c> header, already checked against the issuer's allow-list, or <see langword="null"/>.</param>
    /// <param name="kid">The token's key id, to refetch a cached set once when the key is new.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The keys; empty when none could be had.</returns>
    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(TrustedIssuer issuer, string? jku, string kid, CancellationToken cancellationToken)
    {
        var url = jku ?? (issuer.Jwks is null && issuer.JwksUrls.Count == 1 ? issuer.JwksUrls[0] : null);
        if (url is null)
        {
            return issuer.Jwks is null ? [] : _configured.GetOrAdd(issuer.Issuer, _ => SigningKeys.Parse(issuer.Jwks) ?? []);
        }

        var now = time.GetUtcNow();
        if (_fetched.TryGetValue(url, out var cached)
            && now - cached.FetchedAt < TimeSpan.FromSeconds(options.Value.JwksCacheSeconds)
            && (cached.Keys.Any(k => k.KeyId == kid) || now - cached.FetchedAt < RefetchAfter))
        {
            return cached.Keys;
        }

        var keys = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (keys is null)
        {
            return cached.Keys ?? [];
        }

        _fetched[url] = (now, keys);
        return keys;
    }

    private async Task<IReadOnlyList<SecurityKey>?> FetchAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogFetchFailed(logger, (int)response.StatusCode);
                return null;
            }

            var body = await BoundedBody.ReadAsync(response.Content, MaxJwksBytes, cancellationToken).ConfigureAwait(false);
            var keys = body is null ? null : SigningKeys.Parse(System.Text.Encoding.UTF8.GetString(body));
            if (keys is null)
            {
                LogFetchFailed(logger, (int)response.StatusCode);
            }

            return keys;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            LogFetchFailed(logger, 0);
            return null;
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "A JWK Set could not be fetched or read (HTTP status {Status}); tokens it should verify are refused.")]
    private static partial void LogFetchFailed(ILogger logger, int status);
}
