using System.Text.Json;
using Cramps.Cli.Tests.Support;

namespace Cramps.Cli.Tests.Commands;

/// <summary>The public vignettes, through <c>cramps assess - --format json</c>: each must meet its expectations.</summary>
public sealed class VignetteTests
{
    public static TheoryData<string> Files() =>
        [.. Directory.EnumerateFiles(CrampsProcess.TestData("vignettes"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every expectation key a vignette may use; an unknown key fails rather than being silently ignored.</summary>
    private static readonly string[] KnownKeys =
    [
        "invalid", "errorsMention", "urgency", "riskFactorsInclude", "riskFactorsExclude", "redFlagsInclude", "redFlagsExclude",
        "redFlagsExactly", "topCategoriesInclude", "firstCategory", "adviceInclude", "adviceExclude", "openQuestionsExactly",
        "interviewComplete",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Vignette_AssessedByTheConsole_MeetsItsExpectations(string file)
    {
        using var vignette = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(CrampsProcess.TestData("vignettes"), file)));
        var expect = vignette.RootElement.GetProperty("expect");
        Assert.All(expect.EnumerateObject(), p => Assert.Contains(p.Name, KnownKeys));

        var run = await CrampsProcess.RunAsync(["assess", "-", "--format", "json"], vignette.RootElement.GetProperty("request").GetRawText());

        if (expect.TryGetProperty("invalid", out var invalid) && invalid.GetBoolean())
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Empty(run.Stdout);
            var paths = JsonDocument.Parse(run.Stderr).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!).ToList();
            foreach (var mention in Strings(expect, "errorsMention"))
            {
                Assert.Contains(paths, p => p.Contains(mention, StringComparison.Ordinal));
            }

            return;
        }

        Assert.True(run.ExitCode == 0, run.ToString());
        var result = JsonDocument.Parse(run.Stdout).RootElement;
        var factors = Ids(result, "riskFactors");
        var flags = Ids(result, "redFlags");
        var categories = Ids(result, "causeCategories");
        var advice = Ids(result, "advice");
        var questions = Ids(result, "openQuestions");

        if (expect.TryGetProperty("urgency", out var urgency))
        {
            Assert.Equal(urgency.GetString(), result.GetProperty("urgency").GetString());
        }

        Assert.All(Strings(expect, "riskFactorsInclude"), id => Assert.Contains(id, factors));
        Assert.All(Strings(expect, "riskFactorsExclude"), id => Assert.DoesNotContain(id, factors));
        Assert.All(Strings(expect, "redFlagsInclude"), id => Assert.Contains(id, flags));
        Assert.All(Strings(expect, "redFlagsExclude"), id => Assert.DoesNotContain(id, flags));
        if (expect.TryGetProperty("redFlagsExactly", out _))
        {
            Assert.Equal(Strings(expect, "redFlagsExactly").Order(StringComparer.Ordinal), flags.Order(StringComparer.Ordinal));
        }

        // Each listed category ranks among the first N, N being how many the vignette lists.
        var top = Strings(expect, "topCategoriesInclude");
        Assert.All(top, id => Assert.Contains(id, categories.Take(top.Count)));
        if (expect.TryGetProperty("firstCategory", out var first))
        {
            Assert.Equal(first.GetString(), categories.FirstOrDefault());
        }

        Assert.All(Strings(expect, "adviceInclude"), id => Assert.Contains(id, advice));
        Assert.All(Strings(expect, "adviceExclude"), id => Assert.DoesNotContain(id, advice));
        if (expect.TryGetProperty("openQuestionsExactly", out _))
        {
            Assert.Equal(Strings(expect, "openQuestionsExactly").Order(StringComparer.Ordinal), questions.Order(StringComparer.Ordinal));
        }

        if (expect.TryGetProperty("interviewComplete", out var complete))
        {
            Assert.Equal(complete.GetBoolean(), result.GetProperty("interviewComplete").GetBoolean());
        }
    }

    private static List<string> Strings(JsonElement expect, string name) =>
        expect.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    private static List<string> Ids(JsonElement result, string name) =>
        [.. result.GetProperty(name).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
