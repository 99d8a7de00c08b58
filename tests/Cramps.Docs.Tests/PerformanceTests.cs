using Cramps.Docs.Tests.Support;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/performance.md and embedding.md: the figures are those of the committed benchmark reports.</summary>
public sealed class PerformanceTests
{
    public static TheoryData<string> Reports() => [.. ReportNames()];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Article_ShowsEveryRowOfEachReport_AsTheReportHasIt(string report)
    {
        var article = Repository.Text("docs/articles/performance.md");
        var rows = Repository.Text("benchmarks/results/" + report).Split('\n').Where(l => l.StartsWith('|')).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row + "\n", article, StringComparison.Ordinal));
    }

    [Fact]
    public void Article_NamesTheMachineOfEveryReport()
    {
        var article = Repository.Text("docs/articles/performance.md");

        foreach (var name in ReportNames())
        {
            var machine = Repository.Text("benchmarks/results/" + name).Split('\n').Single(l => l.StartsWith("AMD EPYC", StringComparison.Ordinal)).Trim();
            Assert.Contains(machine, article, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("| Evaluate          | 4.582 μs", "| evaluate a typical request | 4.6 µs | 4.4 KB |")]
    [InlineData("| EvaluateWithTrace | 8.010 μs", "| evaluate with the trace | 8.0 µs | 15.9 KB |")]
    [InlineData("| EvaluateEach | 10.74 μs", "| evaluate 10 000 varied generated requests, per request | 10.7 µs | 4.8 KB |")]
    [InlineData("| Parse                  |  4.519 μs", "| parse and validate request JSON | 4.5 µs | 3.3 KB |")]
    [InlineData("| Serialize              | 13.445 μs", "| write result JSON (with the trace) | 13.4 µs | 18.4 KB |")]
    [InlineData("| ParseEvaluateSerialize | 26.919 μs", "| request JSON to result JSON | 26.9 µs | 35.7 KB |")]
    public void EmbeddingGuide_RoundsTheReportedFigures(string reportRowStart, string guideRow)
    {
        var reports = string.Concat(ReportNames().Select(r => Repository.Text("benchmarks/results/" + r)));

        // When a new run changes a report, this fails until the embedding guide's rounded figures are updated too.
        Assert.Contains(reportRowStart, reports, StringComparison.Ordinal);
        Assert.Contains(guideRow, Repository.Text("docs/articles/embedding.md"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> ReportNames() =>
        Directory.GetFiles(Repository.PathOf("benchmarks/results"), "*-report-github.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
}
