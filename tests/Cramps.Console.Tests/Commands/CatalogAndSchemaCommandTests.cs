using System.Text.Json;
using Cramps.Cli.Tests.Support;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Tests.Commands;

/// <summary><c>cramps catalog</c> and <c>cramps schema</c>.</summary>
public sealed class CatalogAndSchemaCommandTests
{
    [Fact]
    public async Task Catalog_Text_ListsEverySectionAndId()
    {
        var run = await CrampsProcess.RunAsync(["catalog"]);

        Assert.Equal(0, run.ExitCode);
        var kb = KnowledgeBase.Default;
        foreach (var heading in new[] { "Urgency levels", "Cause categories", "Risk factors", "Red flags", "Follow-up questions", "Advice", "Sources" })
        {
            Assert.Contains(heading, run.Stdout, StringComparison.Ordinal);
        }

        foreach (var id in kb.Categories.Select(c => c.Id).Concat(kb.Rules.Select(r => r.Id)).Concat(kb.Questions.Select(q => q.Id)).Concat(kb.Sources.Select(s => s.Key)))
        {
            Assert.Contains(id, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Catalog_Json_HoldsTheWholeKnowledgeBase()
    {
        var run = await CrampsProcess.RunAsync(["catalog", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        var kb = KnowledgeBase.Default;
        Assert.Equal(kb.ContentHash, root.GetProperty("knowledgeBase").GetProperty("contentHash").GetString());
        Assert.Equal(kb.Categories.Select(c => c.Id), Ids(root, "categories"));
        Assert.Equal(kb.RiskFactors.Select(f => f.Id), Ids(root, "riskFactors"));
        Assert.Equal(kb.RedFlags.Select(f => f.Id), Ids(root, "redFlags"));
        Assert.Equal(kb.Questions.Select(q => q.Id), Ids(root, "questions"));
        Assert.Equal(kb.Advice.Select(a => a.Id), Ids(root, "advice"));
        Assert.Equal(kb.Sources.Select(s => s.Key), root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(["self-care", "routine", "soon", "urgent", "emergency"], Ids(root, "urgencyLevels"));
        Assert.Contains(root.GetProperty("riskFactors").EnumerateArray(), f => f.GetProperty("strength").GetString() == "expert-opinion");

        // Knowledge base 2026.2: two names for every finding, and advice with its urgency levels and sources.
        Assert.Equal(kb.Categories.Select(c => c.PlainName), root.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("plainName").GetString()));
        Assert.Equal(kb.RiskFactors.Select(f => f.PlainName), root.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetProperty("plainName").GetString()));
        Assert.Equal(kb.RedFlags.Select(f => f.PlainName), root.GetProperty("redFlags").EnumerateArray().Select(f => f.GetProperty("plainName").GetString()));
        var emergency = root.GetProperty("advice").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "advice-emergency");
        Assert.Equal(["emergency"], emergency.GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["S1", "S13"], emergency.GetProperty("sources").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Schema_Default_IsTheRequestSchema()
    {
        var run = await CrampsProcess.RunAsync(["schema"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CrampJsonSchema.Request() + "\n", run.Stdout);
        var ageYears = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("properties").GetProperty("patient").GetProperty("properties").GetProperty("ageYears");
        Assert.Equal("The age in whole years.", ageYears.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Schema_Result_IsTheResultSchema()
    {
        var run = await CrampsProcess.RunAsync(["schema", "--result"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CrampJsonSchema.Result() + "\n", run.Stdout);
        var urgency = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("properties").GetProperty("urgency");
        Assert.StartsWith("How soon the person should act", urgency.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string?> Ids(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("id").GetString());
}
