using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>
/// A small FHIR server on a loopback port that serves one patient's resources, as a CDS client's FHIR server would; it
/// records every request it gets. Under <c>/fhir</c> it behaves; under <c>/slow/fhir</c> it answers too late, under
/// <c>/huge/fhir</c> too much, and under <c>/leaky/fhir</c> its next-page link points at another host.
/// </summary>
internal sealed class FakeFhirServer : IAsyncDisposable
{
    public const string AccessToken = "opaque-fhir-token-123";

    private readonly WebApplication _app;
    private readonly List<JsonObject> _resources;

    private FakeFhirServer(WebApplication app, List<JsonObject> resources)
    {
        _app = app;
        _resources = resources;
    }

    /// <summary>Gets the requests received: method, path and query, and the Authorization header.</summary>
    public ConcurrentQueue<(string Target, string Authorization)> Requests { get; } = new();

    public string Root { get; private set; } = string.Empty;

    /// <summary>Gets or sets the JWK Set served at <c>/jwks</c>.</summary>
    public string Jwks { get; set; } = """{"keys":[]}""";

    public static async Task<FakeFhirServer> StartAsync(IEnumerable<JsonObject> resources)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeFhirServer(app, [.. resources]);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers.Authorization.ToString()));
            await next(context);
        });
        app.MapGet("/jwks", () => Results.Text(server.Jwks, "application/json"));
        app.MapGet("/{mode}/fhir/Patient/{id}", server.ReadPatient);
        app.MapGet("/fhir/Patient/{id}", (string id) => server.ReadPatient("fhir", id));
        app.MapGet("/{mode}/fhir/{type}", (string mode, string type, HttpContext context) => server.SearchAsync(mode, type, context));
        app.MapGet("/fhir/{type}", (string type, HttpContext context) => server.SearchAsync("fhir", type, context));
        await app.StartAsync();
        server.Root = app.Urls.Single();
        return server;
    }

    public string Base(string mode = "fhir") => Root + (mode == "fhir" ? "/fhir" : "/" + mode + "/fhir");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult ReadPatient(string mode, string id)
    {
        var patient = _resources.FirstOrDefault(r => (string?)r["resourceType"] == "Patient" && (string?)r["id"] == id);
        return patient is null ? Results.NotFound() : Results.Text(patient.ToJsonString(), "application/fhir+json");
    }

    private async Task<IResult> SearchAsync(string mode, string type, HttpContext context)
    {
        if (mode == "slow")
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        }

        var matches = _resources.Where(r => (string?)r["resourceType"] == type).ToList();
        if (mode == "huge" && type == "Observation")
        {
            var padding = new JsonObject { ["resourceType"] = "Basic", ["id"] = "padding", ["text"] = new JsonObject { ["status"] = "generated", ["div"] = new string('x', 1024 * 1024) } };
            matches = [padding];
        }

        // Search results come one resource per page, so paging is exercised.
        var page = int.TryParse(context.Request.Query["page"], out var p) ? p : 0;
        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "searchset" };
        var entries = new JsonArray();
        if (page < matches.Count)
        {
            entries.Add(new JsonObject { ["resource"] = matches[page].DeepClone(), ["search"] = new JsonObject { ["mode"] = "match" } });
        }

        bundle["entry"] = entries;
        if (page + 1 < matches.Count)
        {
            var next = mode == "leaky"
                ? Root.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/steal?page=" + (page + 1)
                : Base(mode) + "/" + type + "?page=" + (page + 1);
            bundle["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = next });
        }

        return Results.Text(bundle.ToJsonString(), "application/fhir+json");
    }
}
