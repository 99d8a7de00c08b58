namespace Cramps.Core.Tests.Support;

/// <summary>The knowledge-base spec's tables and id list, kept as test data extracted from the spec's text.</summary>
public static class SpecTables
{
    public static IReadOnlyList<(string Kind, string Id)> Ids { get; } =
        [.. Lines("spec-ids.txt").Select(l => l.Split(' ', 2)).Select(p => (p[0], p[1]))];

    public static IReadOnlyList<SpecRow> Rows { get; } =
        [.. Lines("spec-tables.tsv").Select(l => l.Split('\t')).Select(c => new SpecRow(c[0], c[1], c[2], c[3], c[4], c[5]))];

    public static IEnumerable<string> IdsOf(string kind) => Ids.Where(i => i.Kind == kind).Select(i => i.Id);

    public static IEnumerable<SpecRow> RowsOf(string kind) => Rows.Where(r => r.Kind == kind);

    private static IEnumerable<string> Lines(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", file)).Where(l => l.Length > 0 && !l.StartsWith('#'));
}

/// <summary>One row of a spec table: kind, id, category, strength or urgency (or tier, or default), sources, and an extra column.</summary>
public sealed record SpecRow(string Kind, string Id, string Category, string Level, string Sources, string Extra);
