using System.Text.RegularExpressions;

namespace Cramps.Docs.Tests.Support;

/// <summary>Finds the snippet regions of the documentation's code and the places Markdown files include or show code.</summary>
public static partial class CodeBlocks
{
    /// <summary>Gets the text of a <c>#region name</c> of a file, without its common indentation, as DocFX shows it.</summary>
    public static string? Region(string path, string name)
    {
        var lines = File.ReadAllLines(path);
        var start = Array.FindIndex(lines, l => l.Trim() == "#region " + name);
        if (start < 0)
        {
            return null;
        }

        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "#endregion");
        if (end < 0)
        {
            return null;
        }

        var body = lines[(start + 1)..end];
        var indent = body.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim('\n');
    }

    /// <summary>Gets every region of the documentation's snippet files.</summary>
    public static IEnumerable<(string File, string Name, string Text)> AllRegions() =>
        from file in Directory.EnumerateFiles(Repository.PathOf("docs/snippets"), "*.cs")
        from line in File.ReadLines(file)
        where line.Trim().StartsWith("#region ", StringComparison.Ordinal)
        let name = line.Trim()["#region ".Length..]
        select (file, name, Region(file, name)!);

    /// <summary>Gets every DocFX code include (<c>[!code-lang[](path#region)]</c>) of a Markdown file.</summary>
    public static IEnumerable<(string Path, string? Region)> Includes(string markdown) =>
        IncludePattern().Matches(markdown).Select(m => (m.Groups["path"].Value, m.Groups["region"].Success ? m.Groups["region"].Value : null));

    /// <summary>Gets the body of every fenced code block of a language in a Markdown file.</summary>
    public static IEnumerable<string> FencedBlocks(string markdown, string language) =>
        FencePattern().Matches(markdown).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["body"].Value.TrimEnd('\n'));

    /// <summary>
    /// Gets the fenced blocks a page marks for CI (<c>&lt;!-- ci: run|file|output [argument] --&gt;</c> on the line before
    /// the block, run by .ci/doc_commands.py), in page order.
    /// </summary>
    public static IReadOnlyList<(string Kind, string? Argument, string Body)> Marked(string markdown) =>
        [.. MarkedPattern().Matches(markdown).Select(m => (m.Groups["kind"].Value, m.Groups["arg"].Success ? m.Groups["arg"].Value : null, m.Groups["body"].Value.TrimEnd('\n')))];

    /// <summary>
    /// Gets the blocks a page shows from a file (<c>&lt;!-- snippet: path[#region] --&gt;</c> on the line before the block,
    /// the path relative to the page), with where each block's body starts and ends in the page.
    /// </summary>
    public static IReadOnlyList<(string Target, string Body, int Start, int Length)> Snippets(string markdown) =>
        [.. SnippetPattern().Matches(markdown).Select(m => (m.Groups["target"].Value, m.Groups["body"].Value.TrimEnd('\n'), m.Groups["body"].Index, m.Groups["body"].Length))];

    /// <summary>
    /// Gets what a page must show for a snippet marker: a C# region with its file's <c>using</c> directives (so the block
    /// compiles as pasted wherever the region's own variables exist), or a whole file.
    /// </summary>
    public static string Expected(string article, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Repository.PathOf(article))!, hash < 0 ? target : target[..hash]));
        if (hash < 0)
        {
            return File.ReadAllText(file).ReplaceLineEndings("\n").TrimEnd('\n');
        }

        var region = Region(file, target[(hash + 1)..]) ?? throw new InvalidOperationException(article + " shows a missing region: " + target);
        var usings = File.ReadLines(file).Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        return usings.Count == 0 ? region : string.Join("\n", usings) + "\n\n" + region;
    }

    [GeneratedRegex(@"^<!-- snippet: (?<target>\S+) -->\n```[a-z]*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();

    [GeneratedRegex(@"^<!-- ci: (?<kind>run|file|output)(?: (?<arg>\S+))? -->\n```[a-z]*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex MarkedPattern();

    [GeneratedRegex(@"\[!code-[a-z]+\[[^\]]*\]\((?<path>[^)#]+)(#(?<region>[^)]+))?\)\]")]
    private static partial Regex IncludePattern();

    [GeneratedRegex(@"^```(?<lang>[a-z]*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
