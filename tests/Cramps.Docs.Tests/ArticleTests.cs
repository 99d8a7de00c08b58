using Cramps.Docs.Tests.Support;

namespace Cramps.Docs.Tests;

/// <summary>
/// The articles show only compiled code: every C# block of an article compiles as pasted into a new console app, with the
/// usings it shows; every code include names a file and region that exist (DocFX renders a missing region as an empty
/// block without a warning), and every C# block of the readmes is a region of the snippets.
/// </summary>
public sealed class ArticleTests
{
    public static TheoryData<string> Articles() => [.. ArticlePaths()];

    private static IEnumerable<string> ArticlePaths() =>
        Directory.EnumerateFiles(Repository.PathOf("docs"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "_site" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "api" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Articles))]
    public void SnippetBlocks_ShowTheirFileOrRegionWithItsUsings(string article)
    {
        var markdown = Repository.Text(article);
        var written = markdown;
        foreach (var (target, body, start, length) in CodeBlocks.Snippets(markdown).Reverse())
        {
            var expected = CodeBlocks.Expected(article, target);
            written = written[..start] + expected + "\n" + written[(start + length)..];
            if (Environment.GetEnvironmentVariable(Repository.WriteVariable) != "1")
            {
                Assert.True(body == expected, article + " shows an outdated copy of " + target + ": run `" + Repository.WriteVariable + "=1 dotnet test tests/Cramps.Docs.Tests` and commit the result.\nExpected:\n" + expected);
            }
        }

        if (written != markdown)
        {
            File.WriteAllText(Repository.PathOf(article), written);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void CodeIncludes_NameAnExistingFileAndRegion(string article)
    {
        var directory = Path.GetDirectoryName(Repository.PathOf(article))!;

        foreach (var (path, region) in CodeBlocks.Includes(Repository.Text(article)))
        {
            var file = Path.GetFullPath(Path.Combine(directory, path));
            Assert.True(File.Exists(file), article + " includes a missing file: " + path);
            Assert.True(region is null || CodeBlocks.Region(file, region) is not null, article + " includes a missing region: " + path + "#" + region);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void CSharpBlocks_CompileAsPasted(string article)
    {
        var markdown = Repository.Text(article);
        var fromSnippets = CodeBlocks.Snippets(markdown).Select(s => s.Body).ToHashSet(StringComparer.Ordinal);

        // A block shown from a snippet region is compiled in its snippet file, with the usings the block shows.
        foreach (var block in CodeBlocks.FencedBlocks(markdown, "csharp").Where(b => !fromSnippets.Contains(b)))
        {
            var problems = CSharpProgram.Problems(block);
            Assert.True(problems.Count == 0, article + " shows C# that does not compile as pasted into a new console app:\n" + string.Join("\n", problems) + "\n" + block);
        }
    }

    public static TheoryData<string> Readmes() => ["README.md", "src/Cramps.Core/README.md", "src/Cramps.Fhir/README.md"];

    [Theory]
    [MemberData(nameof(Readmes))]
    public void ReadmeCSharp_IsARegionOfTheSnippets(string readme)
    {
        var regions = CodeBlocks.AllRegions().Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var blocks = CodeBlocks.FencedBlocks(Repository.Text(readme), "csharp").ToList();

        Assert.NotEmpty(blocks);
        Assert.All(blocks, block => Assert.True(regions.Contains(block), readme + " shows C# that is not a region of docs/snippets:\n" + block));
    }

    [Fact]
    public void Site_WideTablesScrollInsideTheArticle()
    {
        var docfx = System.Text.Json.Nodes.JsonNode.Parse(Repository.Text("docs/docfx.json"))!;
        var templates = docfx["build"]!["template"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var css = Repository.Text("docs/template/public/main.css");

        Assert.Equal(["default", "modern", "template"], templates);
        Assert.Matches(@"article table \{\s*display: block;\s*max-width: 100%;\s*overflow-x: auto;", css);
    }

    [Fact]
    public void ReadmeAndHome_SayTheSiteMustBeServed()
    {
        Assert.Contains("The site must be served", Repository.Text("README.md"), StringComparison.Ordinal);
        Assert.Contains("dotnet docfx docs/docfx.json --serve", Repository.Text("docs/index.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_EveryRegionIsShownSomewhere()
    {
        var included = ArticlePaths().Select(Repository.Text).SelectMany(CodeBlocks.Includes).Select(i => i.Region).ToHashSet();
        var inline = ArticlePaths().Select(Repository.Text).SelectMany(a => CodeBlocks.FencedBlocks(a, "csharp")).ToList();

        Assert.All(CodeBlocks.AllRegions(), r => Assert.True(
            included.Contains(r.Name) || inline.Exists(b => b.Contains(r.Text, StringComparison.Ordinal)),
            "The snippet region " + r.Name + " is shown on no page."));
    }
}
