using System.Globalization;

namespace Cramps.Core.Knowledge;

/// <summary>Normalizes codes and names before matching.</summary>
internal static class CodeText
{
    /// <summary>Upper-cases an ICD-10-CM code and drops dots and spaces, so <c>n18.3</c> and <c>N183</c> match alike.</summary>
    public static string NormalizeIcd(string code) => Compact(code);

    /// <summary>Upper-cases an ATC code and drops spaces.</summary>
    public static string NormalizeAtc(string code) => Compact(code);

    /// <summary>Splits a medicine name into lower-case words of letters and digits.</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return [.. words];
    }

    private static readonly string[] SmallIntegers = [.. Enumerable.Range(0, 256).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Formats a number the same way on every machine: invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) =>
        value >= 0 && value < SmallIntegers.Length && value == Math.Floor(value)
            ? SmallIntegers[(int)value]
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date as <c>yyyy-MM-dd</c> without parsing a format string.</summary>
    public static string Date(DateOnly date) =>
        string.Create(10, date, static (span, d) =>
        {
            Digits(span[..4], d.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), d.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), d.Day);
        });

    private static void Digits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static string Compact(string code)
    {
        Span<char> buffer = stackalloc char[Math.Min(code.Length, 256)];
        var length = 0;
        foreach (var c in code)
        {
            if (c is '.' or ' ' or '-' || length == buffer.Length)
            {
                continue;
            }

            buffer[length++] = char.ToUpperInvariant(c);
        }

        return new string(buffer[..length]);
    }
}
