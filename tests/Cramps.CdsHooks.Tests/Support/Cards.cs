using System.Text.Json.Nodes;
using Cramps.Core.Knowledge;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>Checks a card against the CDS Hooks 2.0 card attributes and what this service promises of each card.</summary>
internal static class Cards
{
    private static readonly string[] Indicators = ["info", "warning", "critical"];

    public static void AssertWellFormed(JsonNode card)
    {
        var summary = card["summary"]!.GetValue<string>();
        Assert.InRange(summary.Length, 1, 139);
        Assert.Contains(card["indicator"]!.GetValue<string>(), Indicators);
        Assert.True(Guid.TryParse(card["uuid"]!.GetValue<string>(), out _));
        var source = card["source"]!;
        Assert.StartsWith("Cramps knowledge base " + KnowledgeBase.Default.Edition, source["label"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(source["url"]!.GetValue<string>(), UriKind.Absolute));
        var link = Assert.Single(card["links"]!.AsArray())!;
        Assert.Equal("absolute", link["type"]!.GetValue<string>());
        Assert.EndsWith("#what-each-card-means", link["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(link["url"]!.GetValue<string>(), UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(link["label"]!.GetValue<string>()));
    }
}
