namespace Cramps.CdsHooks.Configuration;

/// <summary>The service's own settings (section <c>CdsHooks</c>): where it is reached, its documentation and its request limit.</summary>
internal sealed class ServiceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CdsHooks";

    /// <summary>Gets or sets the URL the CDS clients call this service at, without <c>/cds-services</c>; a token's <c>aud</c> must name the endpoint under it.</summary>
    /// <value>Defaults to <c>http://127.0.0.1:5077</c>, the address <c>dotnet run</c> listens on.</value>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5077";

    /// <summary>Gets or sets the page the cards link to for what they mean.</summary>
    /// <value>Defaults to <see langword="null"/>: the copy of the article this service serves at <c>/docs/cds-hooks-service</c>.</value>
    public string? DocumentationUrl { get; set; }

    /// <summary>Gets or sets the largest request body accepted, in bytes; a larger one gets 413.</summary>
    /// <value>Defaults to 4 MiB.</value>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets the base URL without a trailing slash.</summary>
    public string BaseUrl => PublicBaseUrl.TrimEnd('/');

    /// <summary>Gets the documentation page the cards link to.</summary>
    public string Documentation => DocumentationUrl ?? BaseUrl + "/docs/cds-hooks-service";
}

/// <summary>How the service trusts its CDS clients (section <c>Security</c>).</summary>
internal sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Security";

    /// <summary>Gets or sets whether requests are served without a token: for local development only, and logged loudly.</summary>
    /// <value>Defaults to <see langword="false"/>.</value>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Gets the CDS clients trusted: each JWT's <c>iss</c> must be one of them.</summary>
    public IList<TrustedIssuer> Issuers { get; } = [];

    /// <summary>Gets or sets the clock skew allowed on <c>exp</c> and <c>iat</c>, in seconds.</summary>
    /// <value>Defaults to 60.</value>
    public int ClockSkewSeconds { get; set; } = 60;

    /// <summary>Gets or sets the longest a token may live from <c>iat</c> to <c>exp</c>, in seconds; this bounds how long a <c>jti</c> is remembered.</summary>
    /// <value>Defaults to 600.</value>
    public int MaxTokenLifetimeSeconds { get; set; } = 600;

    /// <summary>Gets or sets how many unexpired token ids are remembered against replay; past that, new tokens are refused.</summary>
    /// <value>Defaults to 100 000.</value>
    public int MaxRememberedTokenIds { get; set; } = 100_000;

    /// <summary>Gets or sets how long a JWK Set fetched from a <c>jku</c> URL is kept, in seconds.</summary>
    /// <value>Defaults to 600.</value>
    public int JwksCacheSeconds { get; set; } = 600;
}

/// <summary>One trusted CDS client: its issuer and the keys its tokens are signed with.</summary>
internal sealed class TrustedIssuer
{
    /// <summary>Gets or sets the issuer, exactly as the tokens' <c>iss</c> gives it.</summary>
    public string Issuer { get; set; } = string.Empty;

    /// <summary>Gets or sets the issuer's JWK Set as JSON text, agreed out of band.</summary>
    public string? Jwks { get; set; }

    /// <summary>Gets the URLs a token's <c>jku</c> may name; a token naming another URL is refused, and with no <see cref="Jwks"/> the only URL is used.</summary>
    public IList<string> JwksUrls { get; } = [];
}

/// <summary>How the service calls a CDS client's FHIR server when the prefetch lacks data (section <c>FhirServer</c>).</summary>
internal sealed class FhirServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FhirServer";

    /// <summary>Gets the base URLs the service may call; a request's <c>fhirServer</c> must start with one of them.</summary>
    /// <value>Empty by default: the service calls no FHIR server, so missing prefetch data gives 412.</value>
    public IList<string> AllowedBaseUrls { get; } = [];

    /// <summary>Gets or sets the time all the FHIR calls of one hook call may take together, in seconds.</summary>
    /// <value>Defaults to 5.</value>
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>Gets or sets the most bytes read from the FHIR server for one hook call.</summary>
    /// <value>Defaults to 8 MiB.</value>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Gets or sets the most search result pages followed per query.</summary>
    /// <value>Defaults to 5.</value>
    public int MaxPages { get; set; } = 5;
}

/// <summary>Which browser origins may call the service (section <c>Cors</c>).</summary>
internal sealed class CorsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cors";

    /// <summary>Gets the origins allowed, such as <c>https://sandbox.cds-hooks.org</c>; never <c>*</c>.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}

/// <summary>The per-client rate limit (section <c>RateLimiting</c>): a fixed window per CDS client.</summary>
internal sealed class RateLimitingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Gets or sets the requests one client may make per window.</summary>
    /// <value>Defaults to 600.</value>
    public int PermitLimit { get; set; } = 600;

    /// <summary>Gets or sets the window, in seconds.</summary>
    /// <value>Defaults to 60.</value>
    public int WindowSeconds { get; set; } = 60;
}
