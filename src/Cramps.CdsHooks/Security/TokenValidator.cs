using Cramps.CdsHooks.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cramps.CdsHooks.Security;

/// <summary>The outcome of checking a CDS client's JWT: the client it names, or why it was refused.</summary>
/// <param name="Issuer">The trusted issuer, when the token is valid.</param>
/// <param name="Failure">A stable code saying why the token was refused, when it is not valid.</param>
internal readonly record struct TokenCheck(string? Issuer, string? Failure)
{
    public bool IsValid => Failure is null;

    public static TokenCheck Refused(string failure) => new(null, failure);
}

/// <summary>Checks the JWT a CDS client signs every request with, as CDS Hooks 2.0 asks.</summary>
/// <remarks>
/// Signature verification, lifetime and audience checks are Microsoft.IdentityModel's; this class adds what CDS Hooks
/// asks on top: the header's <c>typ</c> and <c>kid</c>, asymmetric algorithms only, <c>iss</c> on the allow-list,
/// <c>jku</c> only from the issuer's allow-listed URLs, <c>iat</c> and <c>jti</c> required, a bounded lifetime, and
/// each <c>jti</c> accepted once. Thread-safe.
/// </remarks>
internal sealed class TokenValidator(IOptions<SecurityOptions> options, JwksSource jwks, TokenIdCache tokenIds, TimeProvider time)
{
    /// <summary>The algorithms accepted: the asymmetric ones of RFC 7518 (CDS Hooks forbids none and HMAC; ES384 and RS384 are recommended).</summary>
    public static readonly IReadOnlyList<string> Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    private const int MaxTokenLength = 16 * 1024;
    private const int MaxTokenIdLength = 256;
    private static readonly JsonWebTokenHandler Handler = new() { MapInboundClaims = false };

    /// <summary>Checks the <c>Authorization</c> header of a request.</summary>
    /// <param name="authorization">The header's value, or <see langword="null"/>.</param>
    /// <param name="audiences">The URLs the token's <c>aud</c> may name: the endpoint called.</param>
    /// <param name="cancellationToken">Cancels fetching a JWK Set.</param>
    /// <returns>The client, or the reason it was refused.</returns>
    public async Task<TokenCheck> CheckAsync(string? authorization, IReadOnlyList<string> audiences, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Refused("missing-token");
        }

        var text = authorization[7..].Trim();
        if (text.Length is 0 or > MaxTokenLength || !Handler.CanReadToken(text))
        {
            return TokenCheck.Refused("malformed-token");
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(text);
        }
        catch (ArgumentException)
        {
            return TokenCheck.Refused("malformed-token");
        }

        if (string.IsNullOrEmpty(token.Alg) || string.Equals(token.Alg, "none", StringComparison.OrdinalIgnoreCase) || token.EncodedSignature.Length == 0)
        {
            return TokenCheck.Refused("unsigned-token");
        }

        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return TokenCheck.Refused("algorithm-not-accepted");
        }

        if (!string.Equals(token.Typ, "JWT", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(token.Kid))
        {
            return TokenCheck.Refused("header-incomplete");
        }

        var settings = options.Value;
        var issuer = settings.Issuers.FirstOrDefault(i => string.Equals(i.Issuer, token.Issuer, StringComparison.Ordinal));
        if (issuer is null)
        {
            return TokenCheck.Refused("unknown-issuer");
        }

        var jku = token.TryGetHeaderValue<string>("jku", out var url) ? url : null;
        if (jku is not null && !issuer.JwksUrls.Contains(jku, StringComparer.Ordinal))
        {
            return TokenCheck.Refused("jku-not-allowed");
        }

        var keys = await jwks.GetKeysAsync(issuer, jku, token.Kid, cancellationToken).ConfigureAwait(false);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudiences = audiences,
            IssuerSigningKeys = keys,
            ValidAlgorithms = Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            RequireAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = false,
            TryAllIssuerSigningKeys = false,
            ClockSkew = TimeSpan.FromSeconds(settings.ClockSkewSeconds),
            LifetimeValidator = Lifetime,
        };
        var result = await Handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TokenCheck.Refused(Reason(result.Exception));
        }

        if (!token.TryGetPayloadValue<long>("iat", out _) || token.IssuedAt > time.GetUtcNow().UtcDateTime.AddSeconds(settings.ClockSkewSeconds))
        {
            return TokenCheck.Refused("issued-at-invalid");
        }

        if (token.ValidTo - token.IssuedAt > TimeSpan.FromSeconds(settings.MaxTokenLifetimeSeconds))
        {
            return TokenCheck.Refused("lifetime-too-long");
        }

        if (string.IsNullOrEmpty(token.Id) || token.Id.Length > MaxTokenIdLength)
        {
            return TokenCheck.Refused("token-id-missing");
        }

        var until = new DateTimeOffset(token.ValidTo, TimeSpan.Zero).AddSeconds(settings.ClockSkewSeconds);
        return tokenIds.TryRemember(issuer.Issuer + "\n" + token.Id, until)
            ? new TokenCheck(issuer.Issuer, null)
            : TokenCheck.Refused("token-replayed");
    }

    private bool Lifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null || expires.Value.Add(parameters.ClockSkew) < now)
        {
            throw new SecurityTokenExpiredException("The token has expired.");
        }

        if (notBefore is { } from && from.Subtract(parameters.ClockSkew) > now)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.");
        }

        return true;
    }

    private static string Reason(Exception? exception) =>
        exception switch
        {
            SecurityTokenExpiredException or SecurityTokenNoExpirationException => "token-expired",
            SecurityTokenNotYetValidException => "token-not-yet-valid",
            SecurityTokenInvalidAudienceException => "wrong-audience",
            SecurityTokenInvalidIssuerException => "unknown-issuer",
            SecurityTokenInvalidAlgorithmException => "algorithm-not-accepted",
            SecurityTokenSignatureKeyNotFoundException => "signing-key-not-found",
            SecurityTokenInvalidSignatureException => "bad-signature",
            _ => "invalid-token",
        };
}
