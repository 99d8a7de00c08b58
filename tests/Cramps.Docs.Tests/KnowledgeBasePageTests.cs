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
        .. KnowledgeBase.Default.BaselineReasons.Select(b => b.Id),
        "ranking",
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

    [Fact]
    public void Page_ListsPlainNamesBrandNamesAdviceLevelsAndSources()
    {
        var kb = KnowledgeBase.Default;
        Assert.All(kb.Categories, c => Assert.Contains("| " + c.PlainName + " |", Page, StringComparison.Ordinal));
        Assert.All(kb.Rules, r => Assert.Contains("| " + r.PlainName + " |", Page, StringComparison.Ordinal));
        Assert.All(kb.MedicineClasses, m => Assert.Contains("| " + string.Join(", ", m.BrandNames) + " |", Page, StringComparison.Ordinal));
        Assert.Contains("Lipitor", Page, StringComparison.Ordinal);

        // advice-leg-clot: urgent and emergency, cites S4 and S24.
        var legClot = Assert.Single(Page.Split('\n'), l => l.StartsWith("| <a id=\"advice-leg-clot\">", StringComparison.Ordinal));
        Assert.Contains("[urgent](#urgency-urgent), [emergency](#urgency-emergency)", legClot, StringComparison.Ordinal);
        Assert.Contains("flag-leg-clot", legClot, StringComparison.Ordinal);
        Assert.Contains("[S4](#source-s4) [S24](#source-s24)", legClot, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_StatesThePolicies()
    {
        Assert.Contains("**Ranking.**", Page, StringComparison.Ordinal);
        Assert.Contains("3. [idiopathic-nocturnal](#category-idiopathic-nocturnal) after every other listed category", Page, StringComparison.Ordinal);
        Assert.Contains("| weight of a present risk factor, by strength | strong 4, moderate 3, weak 2, expert opinion 1 |", Page, StringComparison.Ordinal);
        Assert.Contains("05:00–11:59", Page, StringComparison.Ordinal);
        Assert.Contains("21:00–07:59", Page, StringComparison.Ordinal);
        Assert.Contains("| questions closed at | [emergency](#urgency-emergency): no open question, interview complete |", Page, StringComparison.Ordinal);
        Assert.Contains("| <a id=\"baseline-quinine-used\"></a>`baseline-quinine-used` |", Page, StringComparison.Ordinal);
    }
}
