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
    public void InvalidThresholds_StartFailsWithWhatTheArticleShows()
    {
        // The article's command line: a misspelt key and a negative sodium threshold, over the article's appsettings.json.
        // The host's own log entry for the failed start is left out: the article shows what the app writes.
        string[] args = ["--contentRoot", Repository.PathOf("docs/snippets"), "--Logging:LogLevel:Default=None", "--Cramps:Thresholds:PotasiumLow=3.0", "--Cramps:Thresholds:SodiumLow=-1"];
        var exit = 0;

        var (output, error) = ConsoleOutput.Capture(() => exit = Configuring.InvalidThresholds(args));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Repository.AssertCommitted("docs/snippets/output/invalid-thresholds.txt", error);
        Assert.Contains("--Cramps:Thresholds:PotasiumLow=3.0 --Cramps:Thresholds:SodiumLow=-1", Repository.Text("docs/articles/configuration.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidThresholds_ValidConfiguration_StartsAndReturnsZero()
    {
        // potassiumUrgent is 3.6 in code; with potassiumLow at 4 from the command line, the cut-offs are in order.
        string[] args = ["--contentRoot", Repository.PathOf("docs/snippets"), "--Cramps:Thresholds:PotassiumLow=4"];
        var exit = -1;

        var (_, error) = ConsoleOutput.Capture(() => exit = Configuring.InvalidThresholds(args));

        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void InvalidRequest_PrintsWhatTheArticleShows()
    {
        var output = ConsoleOutput.Of(() => Assert.False(Configuring.InvalidRequest().IsValid));

        Repository.AssertCommitted("docs/snippets/output/invalid-request.txt", output);
    }
}
