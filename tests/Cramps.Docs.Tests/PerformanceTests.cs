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
    [InlineData("| Evaluate          | 11.26 μs", "| evaluate a typical request | 11.3 µs | 6.9 KB |")]
    [InlineData("| EvaluateWithTrace | 16.42 μs", "| evaluate with the trace | 16.4 µs | 19.4 KB |")]
    [InlineData("| Parse                  | 15.26 μs", "| parse and validate request JSON | 15.3 µs | 13.2 KB |")]
    [InlineData("| Serialize              | 14.05 μs", "| write result JSON (with the trace) | 14.1 µs | 15.6 KB |")]
    [InlineData("| ParseEvaluateSerialize | 40.36 μs", "| request JSON to result JSON | 40.4 µs | 43.8 KB |")]
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
