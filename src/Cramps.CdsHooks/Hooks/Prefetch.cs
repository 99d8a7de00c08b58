using System.Text.Json;

namespace Cramps.CdsHooks.Hooks;

/// <summary>Reads search-result Bundles as CDS Hooks prefetch and FHIR servers give them.</summary>
internal static class Prefetch
{
    /// <summary>Adds a Bundle's entry resources, leaving out search outcomes.</summary>
    /// <param name="bundle">The Bundle.</param>
    /// <param name="resources">Receives the resources, each with its entry's position.</param>
    /// <param name="next">The next-page link, when the results are paged.</param>
    /// <returns><see langword="false"/> when the Bundle carries an error OperationOutcome: the query failed.</returns>
    public static bool AddEntries(JsonElement bundle, List<(JsonElement Resource, int Entry)> resources, out string? next)
    {
        next = null;
        if (bundle.TryGetProperty("link", out var links) && links.ValueKind == JsonValueKind.Array)
        {
            foreach (var link in links.EnumerateArray())
            {
                if (link.ValueKind == JsonValueKind.Object
                    && link.TryGetProperty("relation", out var relation) && relation.ValueKind == JsonValueKind.String && relation.GetString() == "next"
                    && link.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
                {
                    next = url.GetString();
                }
            }
        }

        if (!bundle.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var index = -1;
        foreach (var entry in entries.EnumerateArray())
        {
            index++;
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("resource", out var resource) || resource.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (ResourceType(resource) == "OperationOutcome")
            {
                if (IsError(resource))
                {
                    return false;
                }

                continue;
            }

            resources.Add((resource, index));
        }

        return true;
    }

    /// <summary>Gets a resource's type, or <see langword="null"/>.</summary>
    public static string? ResourceType(JsonElement resource) =>
        resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    /// <summary>Gets whether an OperationOutcome holds an issue of severity error or fatal.</summary>
    public static bool IsError(JsonElement outcome) =>
        outcome.TryGetProperty("issue", out var issues) && issues.ValueKind == JsonValueKind.Array
        && issues.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object
            && i.TryGetProperty("severity", out var severity) && severity.ValueKind == JsonValueKind.String
            && severity.GetString() is "error" or "fatal");
}
