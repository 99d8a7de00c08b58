using System.Text;
using Cramps.Core.Serialization;

namespace Cramps.Core.Internal;

/// <summary>The rule of a request id: 1 to 128 printable characters, none of those <see cref="SafeText"/> escapes.</summary>
internal static class RequestIds
{
    /// <summary>The rule, as the message of an invalid id says it (the id itself is never repeated).</summary>
    public const string Rule = "requestId must be 1 to 128 printable characters (no control, format or direction characters).";

    /// <summary>Gets whether a text is a valid request id.</summary>
    public static bool IsValid(string id)
    {
        // Code points, as JSON Schema counts maxLength: a surrogate pair is one character.
        var count = 0;
        for (var i = 0; i < id.Length; i++, count++)
        {
            var c = id[i];
            if (char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++;
            }
            else if (SafeText.IsUnsafe(c) || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return count is >= 1 and <= RequestLimits.MaxRequestIdLength;
    }

    /// <summary>Gets the JSON Schema pattern of the rule (the length is checked by minLength and maxLength).</summary>
    public static string Pattern()
    {
        var pattern = new StringBuilder("^[^");
        foreach (var (from, to) in SafeText.Unsafe)
        {
            pattern.Append(Escape(from));
            if (to != from)
            {
                pattern.Append('-').Append(Escape(to));
            }
        }

        return pattern.Append("]+$").ToString();

        static string Escape(char c) => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
