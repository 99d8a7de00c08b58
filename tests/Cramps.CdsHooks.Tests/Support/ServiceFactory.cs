using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>The service in memory (TestServer), with two trusted test issuers and every log entry captured.</summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    /// <summary>The public base URL the service is configured with; tokens' audiences are under it.</summary>
    public const string BaseUrl = "https://cds.example.org";

    private readonly Dictionary<string, string?> _settings;

    public ServiceFactory()
        : this([])
    {
    }

    internal ServiceFactory(Dictionary<string, string?> settings, bool traceLogging = false)
    {
        Ec = TestIssuer.Ecdsa();
        Rsa = TestIssuer.Rsa();
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["CdsHooks:PublicBaseUrl"] = BaseUrl,
            ["Security:Issuers:0:Issuer"] = Ec.Issuer,
            ["Security:Issuers:0:Jwks"] = Ec.Jwks,
            ["Security:Issuers:1:Issuer"] = Rsa.Issuer,
            ["Security:Issuers:1:Jwks"] = Rsa.Jwks,
            ["RateLimiting:PermitLimit"] = "100000",
        };
        if (traceLogging)
        {
            _settings["Logging:LogLevel:Default"] = "Trace";
            _settings["Logging:LogLevel:Microsoft"] = "Trace";
            _settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            _settings["Logging:LogLevel:System"] = "Trace";
        }

        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    internal TestIssuer Ec { get; }

    internal TestIssuer Rsa { get; }

    internal LogCapture Logs { get; } = new();

    /// <summary>Posts JSON to a path with a fresh ES384 token for it.</summary>
    internal async Task<HttpResponseMessage> PostAsync(string path, JsonNode body, string? token = null)
    {
        using var client = CreateClient();
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Ec.Token(BaseUrl + path));
        return await client.SendAsync(message);
    }

    /// <summary>Gets a path with a fresh ES384 token for it.</summary>
    internal async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        using var client = CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Get, path);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Ec.Token(BaseUrl + path));
        return await client.SendAsync(message);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Ec.Dispose();
            Rsa.Dispose();
        }
    }
}

/// <summary>Reads responses in tests.</summary>
internal static class Responses
{
    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static IReadOnlyList<string> Fields(JsonObject problem) =>
        [.. problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>())];
}
