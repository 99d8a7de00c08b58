using System.Text.Json.Nodes;

namespace Cramps.CdsHooks.Hooks;

/// <summary>Writes the discovery document of <c>GET /cds-services</c>.</summary>
internal static class Discovery
{
    /// <summary>Gets the discovery document; it never changes while the app runs.</summary>
    public static string Json { get; } = Build();

    private static string Build()
    {
        var services = new JsonArray();
        foreach (var service in ServiceCatalog.Services)
        {
            var prefetch = new JsonObject();
            foreach (var template in service.Prefetch)
            {
                prefetch[template.Key] = template.Query;
            }

            services.Add(new JsonObject
            {
                ["hook"] = service.Hook,
                ["title"] = service.Title,
                ["description"] = service.Description,
                ["id"] = service.Id,
                ["prefetch"] = prefetch,
                ["usageRequirements"] = service.UsageRequirements,
            });
        }

        return new JsonObject { ["services"] = services }.ToJsonString();
    }
}
