using System.Globalization;
using Spectre.Console;

namespace Cramps.Cli.Output;

/// <summary>Writes a report for a terminal with Spectre.Console: a framed banner, rules, tables and, unless disabled, colour.</summary>
internal sealed class RichReportWriter : ReportWriter
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _writer;

    public RichReportWriter(TextWriter writer, bool color, int? width)
    {
        _writer = writer;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        _console.Profile.Width = Math.Clamp(width ?? 100, 40, 160);
    }

    public override void Banner(string title, IReadOnlyList<string> lines, Tone tone)
    {
        var body = string.Join('\n', lines.Select(Markup.Escape));
        _console.Write(new Panel(new Markup(body))
        {
            Header = new PanelHeader($"[{Style(tone)} bold] {Markup.Escape(title)} [/]"),
            Border = BoxBorder.Heavy,
            BorderStyle = Spectre.Console.Style.Parse(Style(tone)),
            Expand = true,
            Padding = new Padding(1, 0, 1, 0),
        });
    }

    public override void Heading(string title)
    {
        _console.WriteLine();
        _console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });
    }

    public override void Line(string text, Tone tone = Tone.Normal) =>
        _console.MarkupLine(tone == Tone.Normal ? Markup.Escape(text) : $"[{Style(tone)}]{Markup.Escape(text)}[/]");

    public override void List(IEnumerable<string> items, bool numbered = false)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        var n = 0;
        foreach (var item in items)
        {
            n++;
            var marker = numbered ? n.ToString(CultureInfo.InvariantCulture) + "." : "•";
            grid.AddRow(new Markup(marker), new Markup(Markup.Escape(item)));
        }

        _console.Write(new Padder(grid, new Padding(1, 0, 0, 0)));
    }

    public override void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = NewTable(columns);
        foreach (var row in rows)
        {
            table.AddRow(Cells(row));
        }

        _console.Write(table);
    }

    public override void GroupedTable(IReadOnlyList<string> columns, IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> groups)
    {
        var table = NewTable(columns);
        var first = true;
        foreach (var (name, rows) in groups)
        {
            if (!first)
            {
                table.AddEmptyRow();
            }

            first = false;
            for (var i = 0; i < rows.Count; i++)
            {
                table.AddRow(Cells([i == 0 ? name : string.Empty, .. rows[i]]));
            }
        }

        _console.Write(table);
    }

    public override void Flush() => _writer.Flush();

    private static Table NewTable(IReadOnlyList<string> columns)
    {
        var table = new Table { Border = TableBorder.Rounded, Expand = false };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(column)}[/]"));
        }

        return table;
    }

    private static Spectre.Console.Rendering.IRenderable[] Cells(IEnumerable<string> row) =>
        [.. row.Select(cell => new Markup(Markup.Escape(cell)))];

    private static string Style(Tone tone) => tone switch
    {
        Tone.Muted => "grey",
        Tone.Good => "green",
        Tone.Info => "blue",
        Tone.Caution => "yellow",
        Tone.Warning => "darkorange",
        Tone.Danger => "red",
        _ => "default",
    };
}
