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

    /// <summary>Formats a date-time with its offset as <c>yyyy-MM-ddTHH:mm:ss±hh:mm</c> without parsing a format string.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        string.Create(25, value, static (span, v) =>
        {
            Digits(span[..4], v.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), v.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), v.Day);
            span[10] = 'T';
            Digits(span.Slice(11, 2), v.Hour);
            span[13] = ':';
            Digits(span.Slice(14, 2), v.Minute);
            span[16] = ':';
            Digits(span.Slice(17, 2), v.Second);
            var offset = (int)v.Offset.TotalMinutes;
            span[19] = offset < 0 ? '-' : '+';
            offset = Math.Abs(offset);
            Digits(span.Slice(20, 2), offset / 60);
            span[22] = ':';
            Digits(span.Slice(23, 2), offset % 60);
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
