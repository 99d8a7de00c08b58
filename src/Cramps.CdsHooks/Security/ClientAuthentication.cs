using Cramps.CdsHooks.Configuration;
using Microsoft.Extensions.Options;

namespace Cramps.CdsHooks.Security;

/// <summary>Lets a request to <c>/cds-services</c> through only with a valid JWT from a trusted CDS client; 401 otherwise.</summary>
/// <remarks>
/// The token's <c>aud</c> must be the URL of the endpoint called under the configured public base URL; for feedback the
/// service's own URL is accepted too. The client's issuer is kept in <see cref="HttpContext.Items"/> for the rate limiter.
/// </remarks>
internal sealed partial class ClientAuthentication(
    RequestDelegate next,
    TokenValidator validator,
    IOptions<SecurityOptions> security,
    IOptions<ServiceOptions> service,
    ILogger<ClientAuthentication> logger)
{
    /// <summary>The key of the authenticated client in <see cref="HttpContext.Items"/>.</summary>
    public const string ClientItem = "cramps.client";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/cds-services", StringComparison.Ordinal) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (security.Value.AllowUnauthenticated)
        {
            context.Items[ClientItem] = "unauthenticated:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
            await next(context).ConfigureAwait(false);
            return;
        }

        var check = await validator.CheckAsync(context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, Audiences(context.Request.Path), context.RequestAborted).ConfigureAwait(false);
        if (!check.IsValid)
        {
            LogRefused(logger, check.Failure!);
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Results.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "A valid JWT from a trusted CDS client is required.",
                    detail: "Sign every request with a JWT as CDS Hooks 2.0 describes: a trusted iss, aud naming this endpoint, exp, iat and a jti not used before.",
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = check.Failure })
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Items[ClientItem] = check.Issuer;
        await next(context).ConfigureAwait(false);
    }

    private string[] Audiences(PathString path)
    {
        var url = service.Value.BaseUrl + path.Value!.TrimEnd('/');
        const string feedback = "/feedback";
        return url.EndsWith(feedback, StringComparison.Ordinal) ? [url, url[..^feedback.Length]] : [url];
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "A request was refused with 401: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string reason);
}
