namespace Cramps.Cli.Output;

/// <summary>The colour a piece of text carries on a colour terminal; plain text ignores it.</summary>
internal enum Tone
{
    /// <summary>Ordinary text.</summary>
    Normal,

    /// <summary>Secondary detail: sources, ids, paths.</summary>
    Muted,

    /// <summary>Reassuring: self-care.</summary>
    Good,

    /// <summary>Informational: routine.</summary>
    Info,

    /// <summary>Needs attention within days: soon.</summary>
    Caution,

    /// <summary>Needs attention today: urgent.</summary>
    Warning,

    /// <summary>Needs action now: emergency.</summary>
    Danger,
}

/// <summary>Writes a human-readable report: a banner, headings, lines, lists and tables.</summary>
/// <remarks>
/// Reports are written once against this type and rendered twice: <see cref="PlainReportWriter"/> for redirected output
/// (plain text, no escape sequences, tables as indented lists) and <see cref="RichReportWriter"/> for a terminal (panels,
/// tables and colour). Both write every piece of text they are given, so the two forms say the same things.
/// </remarks>
internal abstract class ReportWriter
{
    /// <summary>Creates the writer that fits a stream's style.</summary>
    /// <param name="writer">Where the report goes.</param>
    /// <param name="style">How the stream's text looks.</param>
    /// <param name="terminalWidth">The terminal's width in columns, when known.</param>
    /// <returns>The writer.</returns>
    public static ReportWriter Create(TextWriter writer, TerminalStyle style, int? terminalWidth = null) =>
        style.Rich ? new RichReportWriter(writer, style.Color, terminalWidth) : new PlainReportWriter(writer);

    /// <summary>Writes the framed headline of the report.</summary>
    /// <param name="title">The short title, for example <c>URGENT</c>.</param>
    /// <param name="lines">The lines inside the frame.</param>
    /// <param name="tone">The colour of the frame and title.</param>
    public abstract void Banner(string title, IReadOnlyList<string> lines, Tone tone);

    /// <summary>Writes a section heading.</summary>
    /// <param name="title">The heading.</param>
    public abstract void Heading(string title);

    /// <summary>Writes a line of text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tone">Its colour.</param>
    public abstract void Line(string text, Tone tone = Tone.Normal);

    /// <summary>Writes a bulleted or numbered list; an item may hold several lines.</summary>
    /// <param name="items">The items.</param>
    /// <param name="numbered">Whether to number the items from 1.</param>
    public abstract void List(IEnumerable<string> items, bool numbered = false);

    /// <summary>Writes a table; a cell may hold several lines. Plain text writes each row as a list item.</summary>
    /// <param name="columns">The column headers.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    public abstract void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows);

    /// <summary>Writes a table whose rows come in named groups. Plain text writes each group as a list item with its rows nested.</summary>
    /// <param name="columns">The column headers; the first heads the group names, the others the rows' cells.</param>
    /// <param name="groups">The groups, each with its rows (one cell per column after the first).</param>
    public abstract void GroupedTable(IReadOnlyList<string> columns, IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> groups);

    /// <summary>Writes everything buffered.</summary>
    public abstract void Flush();
}
