namespace Cramps.Fhir.Reading;

/// <summary>The FHIR primitive types that hold a date.</summary>
internal enum DateKind
{
    /// <summary>No date type.</summary>
    None,

    /// <summary><c>date</c>: a year, a month or a day.</summary>
    Date,

    /// <summary><c>dateTime</c>: a date, or a day with a time and a time zone.</summary>
    DateTime,

    /// <summary><c>instant</c>: a day with a time and a time zone.</summary>
    Instant,
}

/// <summary>Reads FHIR R4 date literals from UTF-8 text, as the R4 patterns define them, without allocating.</summary>
internal static class DateLiteral
{
    /// <summary>
    /// Gets the first day a literal can mean (a year's 1 January, a month's first day, the day as written), or
    /// <see langword="null"/> when the literal does not match its type's R4 pattern or names no calendar day.
    /// </summary>
    /// <remarks>
    /// Stricter than the pattern in two ways, each leaving the input to the strict parser: a day must exist (no 30
    /// February), and an instant's seconds must be below 60 with at most seven fraction digits, so that every instant
    /// passed is one .NET reads.
    /// </remarks>
    public static DateOnly? Earliest(ReadOnlySpan<byte> text, DateKind kind)
    {
        if (text.Length < 4 || !Digits(text[..4], out var year) || year == 0)
        {
            return null;
        }

        if (text.Length == 4)
        {
            return kind == DateKind.Instant ? null : new DateOnly(year, 1, 1);
        }

        if (text.Length < 7 || text[4] != (byte)'-' || !Digits(text[5..7], out var month) || month is < 1 or > 12)
        {
            return null;
        }

        if (text.Length == 7)
        {
            return kind == DateKind.Instant ? null : new DateOnly(year, month, 1);
        }

        if (text.Length < 10 || text[7] != (byte)'-' || !Digits(text[8..10], out var day) || day < 1 || day > System.DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (text.Length == 10)
        {
            return kind == DateKind.Instant ? null : date;
        }

        return kind != DateKind.Date && Time(text[10..], kind == DateKind.Instant) ? date : null;
    }

    /// <summary>Matches <c>Thh:mm:ss(.f+)?(Z|(+|-)hh:mm)</c>, with the zone's hours up to 13, or 14:00.</summary>
    private static bool Time(ReadOnlySpan<byte> text, bool instant)
    {
        if (text.Length < 10 || text[0] != (byte)'T' || text[3] != (byte)':' || text[6] != (byte)':'
            || !Digits(text[1..3], out var hour) || hour > 23
            || !Digits(text[4..6], out var minute) || minute > 59
            || !Digits(text[7..9], out var second) || second > (instant ? 59 : 60))
        {
            return false;
        }

        var rest = text[9..];
        if (rest[0] == (byte)'.')
        {
            var fraction = 1;
            while (fraction < rest.Length && rest[fraction] is >= (byte)'0' and <= (byte)'9')
            {
                fraction++;
            }

            if (fraction == 1 || (instant && fraction > 8))
            {
                return false;
            }

            rest = rest[fraction..];
        }

        if (rest.Length == 1)
        {
            return rest[0] == (byte)'Z';
        }

        return rest.Length == 6 && rest[0] is (byte)'+' or (byte)'-' && rest[3] == (byte)':'
            && Digits(rest[1..3], out var zoneHour) && Digits(rest[4..6], out var zoneMinute)
            && (zoneHour <= 13 ? zoneMinute <= 59 : zoneHour == 14 && zoneMinute == 0);
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
