using System.Text;

namespace Cramps.Fhir.Writing;

/// <summary>Writes text into Markdown safely.</summary>
internal static class Markdown
{
    /// <summary>
    /// Escapes the characters that start CommonMark or GitHub-flavoured markup (emphasis, code, links, HTML, entities,
    /// headings, tables, strikethrough) and turns control characters, line breaks among them, into spaces.
    /// </summary>
    /// <remarks>Values from the input (displays, references, codes) then render as text, never as links, HTML or markup.</remarks>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Writes text as an inline code span; for request paths, which never hold a backtick.</summary>
    public static string Code(string text) => "`" + text.Replace('`', '\'') + "`";
}
