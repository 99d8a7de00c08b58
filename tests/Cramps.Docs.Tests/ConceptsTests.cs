using Cramps.Docs.Snippets;
using Cramps.Docs.Tests.Support;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/concepts.md: reading scores, unknowns and definitions prints what the article shows.</summary>
[Collection(ConsoleTests.Name)]
public sealed class ConceptsTests
{
    private static readonly Core.CrampAssessment Example = ConsoleOutput.Quietly(GettingStarted.FirstAssessment);

    [Fact]
    public void TypedIds_PrintsWhatTheArticleShows()
    {
        Repository.AssertCommitted("docs/snippets/output/typed-ids.txt", ConsoleOutput.Of(Concepts.TypedIds));
    }

    [Fact]
    public void ExplainCategories_PrintsWhatTheArticleShows()
    {
        Repository.AssertCommitted("docs/snippets/output/explain-categories.txt", ConsoleOutput.Of(() => Concepts.ExplainCategories(Example)));
    }

    [Fact]
    public void ExplainUnknowns_PrintsWhatTheArticleShows()
    {
        Repository.AssertCommitted("docs/snippets/output/explain-unknowns.txt", ConsoleOutput.Of(() => Concepts.ExplainUnknowns(new Core.CrampEvaluator(), Core.Serialization.CrampJson.ParseRequest(Repository.Text("docs/examples/night-cramps.request.json")).Request!)));
    }

    [Fact]
    public void DescribeRule_PrintsWhatTheArticleShows()
    {
        Repository.AssertCommitted("docs/snippets/output/describe-rule.txt", ConsoleOutput.Of(() => Concepts.DescribeRule("hypokalemia")));
    }

    [Fact]
    public void DescribeRule_UnknownId_Throws()
    {
        Assert.Throws<ArgumentException>(() => Concepts.DescribeRule("no-such-rule"));
    }
}
