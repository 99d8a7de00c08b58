using Cramps.Docs.Snippets;
using Cramps.Docs.Tests.Support;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/configuration.md: thresholds in code and from appsettings.json, and validation, as shown.</summary>
[Collection(ConsoleTests.Name)]
public sealed class ConfiguringTests
{
    [Fact]
    public void ThresholdsInCode_PrintsWhatTheArticleShows()
    {
        Repository.AssertCommitted("docs/snippets/output/thresholds-in-code.txt", ConsoleOutput.Of(() => Configuring.ThresholdsInCode()));
    }

    [Fact]
    public void FromConfiguration_ReadsTheThresholdsOfTheArticlesAppSettings()
    {
        string[] args = ["--contentRoot", Repository.PathOf("docs/snippets")];

        var output = ConsoleOutput.Of(() => Configuring.FromConfiguration(args));

        Repository.AssertCommitted("docs/snippets/output/dependency-injection.txt", output);
    }

    [Fact]
    public void InvalidThresholds_PrintsWhatTheArticleShows()
    {
        Repository.AssertCommitted("docs/snippets/output/invalid-thresholds.txt", ConsoleOutput.Of(Configuring.InvalidThresholds));
    }

    [Fact]
    public void InvalidRequest_PrintsWhatTheArticleShows()
    {
        var output = ConsoleOutput.Of(() => Assert.False(Configuring.InvalidRequest().IsValid));

        Repository.AssertCommitted("docs/snippets/output/invalid-request.txt", output);
    }
}
