using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Cramps.CdsHooks.Configuration;

/// <summary>Validates the service's options on start, reporting every failure with its configuration key.</summary>
internal sealed class OptionsValidators :
    IValidateOptions<ServiceOptions>,
    IValidateOptions<SecurityOptions>,
    IValidateOptions<FhirServerOptions>,
    IValidateOptions<CorsOptions>,
    IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var errors = new List<string>();
        if (!IsHttpUrl(options.PublicBaseUrl, out var baseUrl) || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            errors.Add("CdsHooks:PublicBaseUrl must be an absolute http or https URL without a query or fragment.");
        }

        if (options.DocumentationUrl is not null && !IsHttpUrl(options.DocumentationUrl, out _))
        {
            errors.Add("CdsHooks:DocumentationUrl must be an absolute http or https URL.");
        }

        Range(errors, "CdsHooks:MaxRequestBodyBytes", options.MaxRequestBodyBytes, 1024, 64L * 1024 * 1024);
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var errors = new List<string>();
        Range(errors, "Security:ClockSkewSeconds", options.ClockSkewSeconds, 0, 300);
        Range(errors, "Security:MaxTokenLifetimeSeconds", options.MaxTokenLifetimeSeconds, 30, 86_400);
        Range(errors, "Security:MaxRememberedTokenIds", options.MaxRememberedTokenIds, 100, 10_000_000);
        Range(errors, "Security:JwksCacheSeconds", options.JwksCacheSeconds, 0, 86_400);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Issuers.Count; i++)
        {
            var issuer = options.Issuers[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"Security:Issuers:{i}");
            if (string.IsNullOrWhiteSpace(issuer.Issuer))
            {
                errors.Add(key + ":Issuer is required.");
            }
            else if (!seen.Add(issuer.Issuer))
            {
                errors.Add(key + ":Issuer repeats an issuer listed before it.");
            }

            if (issuer.Jwks is null && issuer.JwksUrls.Count == 0)
            {
                errors.Add(key + " needs Jwks (a JWK Set) or JwksUrls (where its JWK Set is published).");
            }

            if (issuer.Jwks is not null)
            {
                if (SigningKeys.Parse(issuer.Jwks) is not { } keys)
                {
                    errors.Add(key + ":Jwks is not a JWK Set.");
                }
                else if (keys.Count == 0)
                {
                    errors.Add(key + ":Jwks holds no public signing key (symmetric keys are not accepted).");
                }
            }

            for (var u = 0; u < issuer.JwksUrls.Count; u++)
            {
                if (!IsHttpUrl(issuer.JwksUrls[u], out var url) || (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback))
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:JwksUrls:{u} must be an absolute https URL (http only on loopback)."));
                }
            }
        }

        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, FhirServerOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.AllowedBaseUrls.Count; i++)
        {
            if (!IsHttpUrl(options.AllowedBaseUrls[i], out _))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"FhirServer:AllowedBaseUrls:{i} must be an absolute http or https URL."));
            }
        }

        Range(errors, "FhirServer:TimeoutSeconds", options.TimeoutSeconds, 1, 60);
        Range(errors, "FhirServer:MaxResponseBytes", options.MaxResponseBytes, 1024, 256L * 1024 * 1024);
        Range(errors, "FhirServer:MaxPages", options.MaxPages, 1, 50);
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, CorsOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            var origin = options.AllowedOrigins[i];
            if (!IsHttpUrl(origin, out var url) || url.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"Cors:AllowedOrigins:{i} must be an origin such as https://ehr.example.org (scheme and host, no path, never *)."));
            }
        }

        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var errors = new List<string>();
        Range(errors, "RateLimiting:PermitLimit", options.PermitLimit, 1, 1_000_000);
        Range(errors, "RateLimiting:WindowSeconds", options.WindowSeconds, 1, 3600);
        return Result(errors);
    }

    private static bool IsHttpUrl(string? text, out Uri url)
    {
        url = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        url = parsed;
        return true;
    }

    private static void Range(List<string> errors, string key, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max}."));
        }
    }

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}

/// <summary>Reads the public signing keys of a JWK Set, leaving out symmetric keys, which CDS Hooks forbids.</summary>
internal static class SigningKeys
{
    /// <summary>Parses a JWK Set.</summary>
    /// <returns>Its asymmetric signing keys, or <see langword="null"/> when the text is not a JWK Set.</returns>
    public static IReadOnlyList<SecurityKey>? Parse(string json)
    {
        try
        {
            var set = new JsonWebKeySet(json) { SkipUnresolvedJsonWebKeys = true };
            return [.. set.Keys.Where(k => k.Kty is JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve)];
        }
        catch (Exception exception) when (exception is ArgumentException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
