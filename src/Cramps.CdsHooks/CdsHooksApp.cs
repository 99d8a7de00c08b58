using System.Globalization;
using System.Reflection;
using System.Threading.RateLimiting;
using Cramps.CdsHooks.Configuration;
using Cramps.CdsHooks.Hooks;
using Cramps.CdsHooks.Security;
using Cramps.CdsHooks.Telemetry;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cramps.CdsHooks;

/// <summary>Builds the CDS Hooks service: its options, security, limits and endpoints.</summary>
internal static partial class CdsHooksApp
{
    /// <summary>The article the service serves at <c>/docs/cds-hooks-service</c>, which the cards link to by default.</summary>
    private static readonly Lazy<string> Article = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("cds-hooks-service.md")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Builds the app from command-line arguments, appsettings.json and the environment.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="configure">Changes the builder before the services are added (tests set configuration and logging here).</param>
    /// <returns>The app, not started.</returns>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        AddServices(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Exceptions and their messages can hold request text: the service logs an exception's type only.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);

        services.AddOptions<ServiceOptions>().BindConfiguration(ServiceOptions.Section).ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateOnStart();
        services.AddOptions<FhirServerOptions>().BindConfiguration(FhirServerOptions.Section).ValidateOnStart();
        services.AddOptions<Configuration.CorsOptions>().BindConfiguration(Configuration.CorsOptions.Section).ValidateOnStart();
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateOnStart();
        services.AddSingleton<OptionsValidators>();
        services.AddSingleton<IValidateOptions<ServiceOptions>>(p => p.GetRequiredService<OptionsValidators>());
        services.AddSingleton<IValidateOptions<SecurityOptions>>(p => p.GetRequiredService<OptionsValidators>());
        services.AddSingleton<IValidateOptions<FhirServerOptions>>(p => p.GetRequiredService<OptionsValidators>());
        services.AddSingleton<IValidateOptions<Configuration.CorsOptions>>(p => p.GetRequiredService<OptionsValidators>());
        services.AddSingleton<IValidateOptions<RateLimitingOptions>>(p => p.GetRequiredService<OptionsValidators>());
        services.AddCrampEvaluator().BindConfiguration("Cramps:Thresholds");

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(p => new TokenIdCache(p.GetRequiredService<TimeProvider>(), p.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxRememberedTokenIds));
        services.AddSingleton<JwksSource>();
        services.AddSingleton<TokenValidator>();
        services.AddSingleton<FhirServerClient>();
        services.AddSingleton<RecordCollector>();
        services.AddSingleton<HookHandler>();
        services.AddSingleton<FeedbackHandler>();
        services.AddSingleton<CdsHooksMetrics>();
        // Answers both hooks once on a made-up record before the server listens, so an EHR's first call is not the slow one.
        services.AddHostedService<WarmUp>();

        // Neither client follows redirects: a FHIR access token or a key fetch must never be sent on to another host. Neither
        // logs: HttpClient's own logs name the URL, and a FHIR query's URL holds the patient's id.
        services.AddHttpClient(FhirServerClient.ClientName, (p, client) => client.Timeout = TimeSpan.FromSeconds(p.GetRequiredService<IOptions<FhirServerOptions>>().Value.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .RemoveAllLoggers();
        services.AddHttpClient(JwksSource.ClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .RemoveAllLoggers();

        services.AddProblemDetails();
        services.AddExceptionHandler<TypeOnlyExceptionHandler>();
        services.AddHealthChecks();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<Configuration.CorsOptions>>((cors, allowed) => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. allowed.Value.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!context.Request.Path.StartsWithSegments("/cds-services", StringComparison.Ordinal))
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                var client = context.Items[ClientAuthentication.ClientItem] as string ?? "address:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests from this client.", detail: "Wait and try again; the limit is per CDS client.")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue(ServiceOptions.Section + ":MaxRequestBodyBytes", new ServiceOptions().MaxRequestBodyBytes) + 1);
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseCors();
        app.UseMiddleware<ClientAuthentication>();
        app.UseRateLimiter();

        app.MapHealthChecks("/healthz");
        app.MapGet("/cds-services", () => Results.Text(Discovery.Json, "application/json"));
        app.MapPost("/cds-services/{id}", (string id, HttpContext http, HookHandler handler) => handler.HandleAsync(id, http));
        app.MapPost("/cds-services/{id}/feedback", (string id, HttpContext http, FeedbackHandler handler) => handler.HandleAsync(id, http));
        app.MapGet("/docs/cds-hooks-service", () => Results.Text(Article.Value, "text/markdown", System.Text.Encoding.UTF8));

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CdsHooksApp).FullName!);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
            if (security.AllowUnauthenticated)
            {
                LogUnauthenticated(logger);
            }
            else if (security.Issuers.Count == 0)
            {
                LogNoIssuers(logger);
            }

            var baseUrl = app.Services.GetRequiredService<IOptions<ServiceOptions>>().Value.BaseUrl;
            LogStarted(logger, baseUrl, security.Issuers.Count);
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "SECURITY WARNING: Security:AllowUnauthenticated is on. Every request is served without checking who sent it. Use this for local development only, never with patient data.")]
    private static partial void LogUnauthenticated(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "No trusted issuer is configured (Security:Issuers): every call to /cds-services will get 401.")]
    private static partial void LogNoIssuers(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "The Cramps CDS Hooks service is serving {BaseUrl}/cds-services for {Issuers} trusted issuer(s).")]
    private static partial void LogStarted(ILogger logger, string baseUrl, int issuers);
}

/// <summary>Turns an unexpected exception into a bare 500 problem and logs its type only: an exception's message may hold request text.</summary>
internal sealed partial class TypeOnlyExceptionHandler(IProblemDetailsService problems, ILogger<TypeOnlyExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            LogUnexpected(logger, exception.GetType().FullName ?? exception.GetType().Name);
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = "The service failed unexpectedly." },
        }).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1900, Level = LogLevel.Error, Message = "An unexpected {ExceptionType} ended a request.")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType);
}
