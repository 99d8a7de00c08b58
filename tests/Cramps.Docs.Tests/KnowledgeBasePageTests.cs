using Cramps.Core.Knowledge;
using Cramps.Docs.Tests.Support;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/knowledge-base.md is generated from the catalog and committed; it must equal a fresh rendering.</summary>
public sealed class KnowledgeBasePageTests
{
    private static readonly string Page = KnowledgeBasePage.Render(KnowledgeBase.Default);

    [Fact]
    public void CommittedPage_EqualsTheGeneratedOne()
    {
        Repository.AssertCommitted(KnowledgeBasePage.Path, Page);
    }

    public static TheoryData<string> Ids() =>
    [
        .. KnowledgeBase.Default.Categories.Select(c => "category-" + c.Id),
        .. KnowledgeBase.Default.Rules.Select(r => r.Id),
        .. KnowledgeBase.Default.Questions.Select(q => q.Id),
        .. KnowledgeBase.Default.Advice.Select(a => a.Id),
        .. KnowledgeBase.Default.Sources.Select(s => "source-" + s.Key.ToLowerInvariant()),
    ];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Page_HasAnAnchorForEveryItem(string id)
    {
        Assert.Equal(2, Page.Split("<a id=\"" + id + "\"></a>").Length);
    }

    [Fact]
    public void Page_StatesTheEditionAndContentHash()
    {
        Assert.Contains("Edition **" + KnowledgeBase.CurrentEdition + "**", Page, StringComparison.Ordinal);
        Assert.Contains(KnowledgeBase.Default.ContentHash, Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_ListsEveryTriggerAndQuestionText()
    {
        foreach (var rule in KnowledgeBase.Default.Rules)
        {
            Assert.Contains(rule.Name, Page, StringComparison.Ordinal);
        }

        foreach (var question in KnowledgeBase.Default.Questions)
        {
            Assert.Contains(question.Text, Page, StringComparison.Ordinal);
        }
    }
}
