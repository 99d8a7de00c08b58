using System.Globalization;
using System.Text;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Interview;

/// <summary>How a person answered: yes, no, skip (unknown), or stop (typed <c>done</c> or the input ended).</summary>
internal enum Reply
{
    /// <summary>Yes, or a value was given.</summary>
    Yes,

    /// <summary>No, or none.</summary>
    No,

    /// <summary>Skip: the answer stays unknown and the question is not asked again.</summary>
    Skip,

    /// <summary>Stop asking: the person typed <c>done</c>, or the input ended.</summary>
    Stop,
}

/// <summary>Asks for answers one line at a time and reads them, re-asking until an answer fits.</summary>
/// <remarks>
/// <para>
/// Prompts go to the prompt stream (stderr), so that stdout carries only the assessment. When the answers come from
/// redirected input, each one is echoed after its prompt, so the transcript reads like the conversation.
/// Every prompt understands <c>skip</c> (also <c>s</c>, <c>don't know</c>), <c>done</c> (also <c>quit</c>) and
/// <c>help</c>; a blank line or an answer that does not fit is asked again.
/// </para>
/// <para>
/// Answers are read a character at a time up to <see cref="MaxAnswerLength"/>: a longer line is read to its end and
/// dropped, never held in memory or echoed, and the question is asked again. Prompts and echoes pass through
/// <see cref="SafeText.Escape(string)"/>, since they may repeat names from a <c>--from</c> request or from the input.
/// </para>
/// </remarks>
internal sealed class AnswerReader(TextReader input, TextWriter prompts, bool echo)
{
    /// <summary>The longest answer read, in characters; a longer one is dropped and asked again.</summary>
    public const int MaxAnswerLength = 4_000;

    private static readonly string[] SkipWords = ["skip", "s", "don't know", "dont know", "not sure", "unknown"];
    private static readonly string[] StopWords = ["done", "quit", "exit"];
    private static readonly string[] YesWords = ["yes", "y"];
    private static readonly string[] NoWords = ["no", "n", "none"];

    /// <summary>Asks a yes / no question.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <returns>The reply.</returns>
    public Reply YesNo(string prompt)
    {
        while (true)
        {
            var (reply, text) = Read(prompt, "yes / no / skip");
            if (reply is not null)
            {
                return reply.Value;
            }

            if (Is(text, YesWords))
            {
                return Reply.Yes;
            }

            if (Is(text, NoWords))
            {
                return Reply.No;
            }

            Hint("Please answer yes or no, or skip if you do not know (done to finish).");
        }
    }

    /// <summary>Asks for a number in a range, optionally followed by one of some units.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="range">The accepted values.</param>
    /// <param name="units">The units that may follow the number; the first is assumed when none is typed. Empty for a bare number.</param>
    /// <returns>The reply, with the number and unit when it is <see cref="Reply.Yes"/>; "no" or "none" give <see cref="Reply.No"/>.</returns>
    public (Reply Reply, double Value, string? Unit) Quantity(string prompt, NumberRange range, IReadOnlyList<string> units)
    {
        var hint = units.Count == 0 ? range.Describe() : range.Describe() + ", in " + string.Join(" or ", units);
        while (true)
        {
            var (reply, text) = Read(prompt, hint + "; or skip");
            if (reply is not null)
            {
                return (reply.Value, 0, null);
            }

            if (Is(text, NoWords))
            {
                return (Reply.No, 0, null);
            }

            var split = text.IndexOf(' ', StringComparison.Ordinal);
            var number = split < 0 ? text : text[..split];
            var unit = split < 0 ? null : text[(split + 1)..].Trim();
            var known = unit is null
                ? (units.Count > 0 ? units[0] : null)
                : units.FirstOrDefault(u => string.Equals(u, unit, StringComparison.OrdinalIgnoreCase));
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && (unit is null || known is not null)
                && range.Contains(value))
            {
                return (Reply.Yes, value, known);
            }

            Hint(unit is not null && known is null
                ? "Please use one of these units: " + string.Join(", ", units) + "."
                : "Please type " + range.Describe() + ", or skip.");
        }
    }

    /// <summary>Asks to choose one of some options by name or number.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="options">The options.</param>
    /// <returns>The reply, with the index of the option chosen.</returns>
    public (Reply Reply, int Index) Choice(string prompt, IReadOnlyList<string> options)
    {
        var hint = string.Join(" / ", options);
        while (true)
        {
            var (reply, text) = Read(prompt, hint + " / skip");
            if (reply is not null)
            {
                return (reply.Value, -1);
            }

            for (var i = 0; i < options.Count; i++)
            {
                if (string.Equals(text, options[i], StringComparison.OrdinalIgnoreCase)
                    || string.Equals(text, (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    || IsInitialOf(text, options, i))
                {
                    return (Reply.Yes, i);
                }
            }

            Hint("Please answer one of: " + hint + ".");
        }
    }

    /// <summary>Gets whether a reply is the first letter of one option and of no other (<c>m</c> for male).</summary>
    private static bool IsInitialOf(string text, IReadOnlyList<string> options, int index) =>
        text.Length == 1
        && options[index].StartsWith(text, StringComparison.OrdinalIgnoreCase)
        && options.Count(o => o.StartsWith(text, StringComparison.OrdinalIgnoreCase)) == 1;

    /// <summary>Asks for a comma-separated list of names.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="maxLength">The longest name accepted.</param>
    /// <returns>The reply, with the names when it is <see cref="Reply.Yes"/>; "no" or "none" give <see cref="Reply.No"/>.</returns>
    public (Reply Reply, IReadOnlyList<string> Names) Names(string prompt, int maxLength)
    {
        while (true)
        {
            var (reply, text) = Read(prompt, "names separated by commas, none, or skip");
            if (reply is not null)
            {
                return (reply.Value, []);
            }

            if (Is(text, NoWords))
            {
                return (Reply.No, []);
            }

            if (Is(text, YesWords))
            {
                Hint("Please type the names themselves, separated by commas (or skip if you do not know them).");
                continue;
            }

            var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (names.Length > 0 && names.All(n => n.Length <= maxLength))
            {
                return (Reply.Yes, names);
            }

            Hint($"Please type names separated by commas, each at most {maxLength} characters.");
        }
    }

    /// <summary>Asks for a date no later than a given day.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="latest">The latest date accepted, or <see langword="null"/>.</param>
    /// <returns>The reply, with the date when it is <see cref="Reply.Yes"/>.</returns>
    public (Reply Reply, DateOnly Date) Date(string prompt, DateOnly? latest)
    {
        while (true)
        {
            var (reply, text) = Read(prompt, "yyyy-mm-dd, or skip");
            if (reply is not null)
            {
                return (reply.Value, default);
            }

            if (Is(text, NoWords))
            {
                return (Reply.Skip, default);
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && (latest is null || date <= latest))
            {
                return (Reply.Yes, date);
            }

            Hint(latest is { } day
                ? string.Create(CultureInfo.InvariantCulture, $"Please type a date such as 2026-01-31, no later than {day:yyyy-MM-dd}.")
                : "Please type a date such as 2026-01-31.");
        }
    }

    /// <summary>Writes a line to the prompt stream.</summary>
    /// <param name="text">The text.</param>
    public void Say(string text) => prompts.WriteLine(SafeText.Escape(text));

    private static bool Is(string text, string[] words) => words.Any(w => string.Equals(text, w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads one answer; returns a reply for the words every prompt understands, else the text.</summary>
    private (Reply? Reply, string Text) Read(string prompt, string hint)
    {
        while (true)
        {
            prompts.Write(SafeText.Escape(prompt + " [" + hint + "] > "));
            var line = ReadLine(out var tooLong);
            if (line is null)
            {
                prompts.WriteLine();
                return (Reply.Stop, string.Empty);
            }

            if (tooLong)
            {
                if (echo)
                {
                    prompts.WriteLine();
                }

                Hint(string.Create(CultureInfo.InvariantCulture, $"That answer is longer than {MaxAnswerLength} characters; please type a shorter one."));
                continue;
            }

            var text = line.Trim();
            if (echo)
            {
                prompts.WriteLine(SafeText.Escape(text));
            }

            if (text.Length == 0)
            {
                Hint("Please type an answer (skip if you do not know, done to finish).");
                continue;
            }

            if (Is(text, ["help", "?"]))
            {
                Hint("Answer " + hint + ". Type skip if you do not know, or done to stop the questions and see the assessment.");
                continue;
            }

            if (Is(text, SkipWords))
            {
                return (Reply.Skip, text);
            }

            return Is(text, StopWords) ? (Reply.Stop, text) : (null, text);
        }
    }

    private void Hint(string text) => prompts.WriteLine("  " + SafeText.Escape(text));

    /// <summary>Reads one line (ending in LF, CRLF or the end of input), keeping at most <see cref="MaxAnswerLength"/> characters.</summary>
    /// <returns>The line; <see langword="null"/> at the end of input.</returns>
    private string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        var line = new StringBuilder();
        var any = false;
        int c;
        while ((c = input.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                break;
            }

            if (line.Length < MaxAnswerLength)
            {
                line.Append((char)c);
            }
            else
            {
                tooLong = true;
            }
        }

        if (!any)
        {
            return null;
        }

        return line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
    }
}

/// <summary>The numbers an answer may take.</summary>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
/// <param name="Integer">Whether only whole numbers are accepted.</param>
internal readonly record struct NumberRange(double Min, double Max, bool Integer)
{
    /// <summary>Gets whether a value is accepted.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is finite, in range and whole when it must be.</returns>
    public bool Contains(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max && (!Integer || Math.Abs(value % 1) < double.Epsilon);

    /// <summary>Describes the range for a prompt.</summary>
    /// <returns>For example "a whole number from 0 to 130".</returns>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Integer ? "a whole number" : "a number")} from {Min:0.##} to {Max:0.##}");
}
