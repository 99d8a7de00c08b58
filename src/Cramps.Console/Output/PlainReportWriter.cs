namespace Cramps.Cli.Output;

/// <summary>Writes a report as plain text: no colour, no escape sequences, no box drawing; tables become indented lists.</summary>
internal sealed class PlainReportWriter(TextWriter writer) : ReportWriter
{
    private const string Indent = "  ";
    private bool _started;

    public override void Banner(string title, IReadOnlyList<string> lines, Tone tone)
    {
        Separate();
        writer.WriteLine(title);
        foreach (var line in lines)
        {
            writer.WriteLine(Indent + line);
        }
    }

    public override void Heading(string title)
    {
        Separate();
        writer.WriteLine(title);
        writer.WriteLine(new string('-', title.Length));
    }

    public override void Line(string text, Tone tone = Tone.Normal) => WriteBlock(string.Empty, string.Empty, text);

    public override void List(IEnumerable<string> items, bool numbered = false)
    {
        var n = 0;
        foreach (var item in items)
        {
            n++;
            var marker = numbered ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " : "- ";
            WriteBlock(Indent + marker, Indent + new string(' ', marker.Length), item);
        }
    }

    public override void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        foreach (var row in rows)
        {
            WriteRow(Indent, columns, row, 0);
        }
    }

    public override void GroupedTable(IReadOnlyList<string> columns, IEnumerable<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> groups)
    {
        foreach (var (name, rows) in groups)
        {
            WriteBlock(Indent + "- ", Indent + "  ", name);
            foreach (var row in rows)
            {
                WriteRow(Indent + "    ", columns, row, 1);
            }
        }
    }

    public override void Flush() => writer.Flush();

    /// <summary>Writes a row as a list item: its first cell as the item, the others as "header: value" lines below.</summary>
    private void WriteRow(string indent, IReadOnlyList<string> columns, IReadOnlyList<string> row, int firstColumn)
    {
        WriteBlock(indent + "- ", indent + "  ", row[0]);
        for (var i = 1; i < row.Count; i++)
        {
            if (row[i].Length > 0)
            {
                var label = indent + "    " + columns[firstColumn + i] + ": ";
                WriteBlock(label, new string(' ', label.Length), row[i]);
            }
        }
    }

    private void Separate()
    {
        if (_started)
        {
            writer.WriteLine();
        }

        _started = true;
    }

    private void WriteBlock(string first, string rest, string text)
    {
        _started = true;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            writer.WriteLine((i == 0 ? first : rest) + lines[i]);
        }
    }
}
