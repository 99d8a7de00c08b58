using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Cramps.Cli.Output;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Commands;

/// <summary><c>cramps catalog</c>: lists the knowledge base: urgency levels, categories, risk factors, red flags, questions, advice and sources.</summary>
internal static class CatalogCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var format = CrampsCommand.FormatOption("readable lists", "one JSON document");
        var command = new Command("catalog", "List the knowledge base: urgency levels, cause categories, risk factors, red flags, follow-up questions, advice and sources.")
        {
            format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetRequiredValue(format) == "json")
            {
                WriteJson(host.Out, KnowledgeBase.Default);
            }
            else
            {
                WriteText(ReportWriter.Create(host.Out, host.OutputStyle(), AssessCommand.TerminalWidth(host)), KnowledgeBase.Default);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(ReportWriter report, KnowledgeBase kb)
    {
        report.Banner("CATALOG", [$"Knowledge base {kb.Id} {kb.Edition}", kb.ContentHash], Tone.Info);

        report.Heading("Urgency levels (lowest first)");
        report.Table(["Level", "Meaning"], kb.UrgencyLevels.Select(l => (IReadOnlyList<string>)[l.Id, l.Meaning]));

        report.Heading("Cause categories");
        report.Table(["Id", "Name", "Plain name", "Covers"], kb.Categories.Select(c => (IReadOnlyList<string>)[c.Id, c.Name, c.PlainName, c.Covers]));

        report.Heading("Risk factors");
        report.Table(
            ["Id", "Name", "Plain name", "Category", "Strength", "Present when", "Sources"],
            kb.RiskFactors.Select(f => (IReadOnlyList<string>)[f.Id, f.Name, f.PlainName, f.Category.Id, CrampJson.WireName(f.Strength), f.Trigger, Keys(f.Sources)]));

        report.Heading("Red flags");
        report.Table(
            ["Id", "Name", "Plain name", "Category", "Fires when", "Sources"],
            kb.RedFlags.Select(f => (IReadOnlyList<string>)
            [
                f.Id, f.Name, f.PlainName, f.Category.Id,
                string.Join('\n', f.Levels.Select(l => CrampJson.WireName(l.Urgency) + ": " + l.Trigger)),
                Keys(f.Sources),
            ]));

        report.Heading("Follow-up questions");
        report.Table(
            ["Id", "Tier", "Question", "Asks for"],
            kb.Questions.Select(q => (IReadOnlyList<string>)[q.Id, q.Tier.ToString(CultureInfo.InvariantCulture), q.Text, q.AsksFor]));

        report.Heading("Advice");
        report.Table(
            ["Id", "Advice", "Given when", "Levels", "Sources"],
            kb.Advice.Select(a => (IReadOnlyList<string>)[a.Id, a.Text, a.ShownWhen, string.Join(", ", a.Levels.Select(l => CrampJson.WireName(l))), Keys(a.Sources)]));

        report.Heading("Sources");
        report.Table(["Key", "Citation"], kb.Sources.Select(s => (IReadOnlyList<string>)[s.Key, s.Citation]));

        report.Heading("Please note");
        report.Line(kb.Disclaimer);
        report.Flush();
    }

    private static void WriteJson(TextWriter output, KnowledgeBase kb)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("knowledgeBase");
            json.WriteString("id", kb.Id);
            json.WriteString("edition", kb.Edition);
            json.WriteString("contentHash", kb.ContentHash);
            json.WriteEndObject();

            Array(json, "urgencyLevels", kb.UrgencyLevels, (w, l) =>
            {
                w.WriteString("id", l.Id);
                w.WriteString("meaning", l.Meaning);
            });
            Array(json, "categories", kb.Categories, (w, c) =>
            {
                w.WriteString("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("plainName", c.PlainName);
                w.WriteString("covers", c.Covers);
            });
            Array(json, "riskFactors", kb.RiskFactors, (w, f) =>
            {
                w.WriteString("id", f.Id);
                w.WriteString("name", f.Name);
                w.WriteString("plainName", f.PlainName);
                w.WriteString("category", f.Category.Id);
                w.WriteString("strength", CrampJson.WireName(f.Strength));
                w.WriteString("trigger", f.Trigger);
                Strings(w, "pointsTo", f.PointsTo.Select(c => c.Id));
                Strings(w, "sources", f.Sources.Select(s => s.Key));
            });
            Array(json, "redFlags", kb.RedFlags, (w, f) =>
            {
                w.WriteString("id", f.Id);
                w.WriteString("name", f.Name);
                w.WriteString("plainName", f.PlainName);
                w.WriteString("category", f.Category.Id);
                Array(w, "levels", f.Levels, (lw, l) =>
                {
                    lw.WriteString("urgency", CrampJson.WireName(l.Urgency));
                    lw.WriteString("trigger", l.Trigger);
                });
                Strings(w, "sources", f.Sources.Select(s => s.Key));
            });
            Array(json, "questions", kb.Questions, (w, q) =>
            {
                w.WriteString("id", q.Id);
                w.WriteNumber("tier", q.Tier);
                w.WriteBoolean("seed", q.IsSeed);
                w.WriteString("text", q.Text);
                w.WriteString("asksFor", q.AsksFor);
                if (q.AppliesWhenText is { } applies)
                {
                    w.WriteString("appliesWhen", applies);
                }
            });
            Array(json, "advice", kb.Advice, (w, a) =>
            {
                w.WriteString("id", a.Id);
                w.WriteString("text", a.Text);
                w.WriteString("shownWhen", a.ShownWhen);
                Strings(w, "levels", a.Levels.Select(l => CrampJson.WireName(l)));
                Strings(w, "sources", a.Sources.Select(s => s.Key));
            });
            Array(json, "sources", kb.Sources, (w, s) =>
            {
                w.WriteString("key", s.Key);
                w.WriteString("citation", s.Citation);
            });
            json.WriteString("disclaimer", kb.Disclaimer);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Keys(IEnumerable<Source> sources) => string.Join(", ", sources.Select(s => s.Key));
}
