using System.Globalization;
using System.Text;

namespace Cramps.Core.Serialization;

/// <summary>Makes text taken from a request safe to write to a terminal or a log.</summary>
/// <remarks>
/// <para>
/// A request is untrusted: a medicine name, a unit or an unknown property's name may carry control characters that a
/// terminal obeys (<c>ESC ] 0;…</c> retitles the window, <c>ESC [2J</c> clears the screen), line breaks that forge
/// log lines, or bidirectional overrides that make text read differently from what it holds.
/// <see cref="Escape(string)"/> writes every such character as <c>\uXXXX</c> and leaves all other text as it is.
/// JSON output needs none of this: its writer escapes control characters itself.
/// </para>
/// <para>
/// The characters escaped: C0 controls (U+0000 to U+001F, tab and line breaks included), DEL and the C1 controls
/// (U+007F to U+009F), the Arabic letter mark (U+061C), zero-width and directional marks (U+200B to U+200F), the line
/// and paragraph separators and the directional embeddings and overrides (U+2028 to U+202E), the invisible operators
/// and directional isolates (U+2060 to U+206F), the zero-width no-break space (U+FEFF), and lone surrogates.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
public static class SafeText
{
    /// <summary>The ranges of characters that are never written raw; the request id may not contain them either.</summary>
    internal static readonly (char From, char To)[] Unsafe =
    [
        ('\u0000', '\u001F'), ('\u007F', '\u009F'), ('\u061C', '\u061C'), ('\u200B', '\u200F'), ('\u2028', '\u202E'),
        ('\u2060', '\u206F'), ('\uFEFF', '\uFEFF'),
    ];

    /// <summary>Writes every character that could control a terminal or mislead a reader as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text, usually taken from a request.</param>
    /// <returns>The text itself when nothing needs escaping, else a copy with those characters escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Gets whether a character is one <see cref="Escape(string)"/> escapes (lone surrogates aside).</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is in one of the unsafe ranges.</returns>
    internal static bool IsUnsafe(char c)
    {
        foreach (var (from, to) in Unsafe)
        {
            if (c >= from && c <= to)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
