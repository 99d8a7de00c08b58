using System.Globalization;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>A FHIR date or date-time precise to the day: its local calendar date, and its instant when it has a time.</summary>
internal readonly record struct FhirMoment(DateOnly Date, DateTimeOffset? Instant)
{
    /// <summary>Orders moments by date, then by instant when both have one; otherwise the two are equally late.</summary>
    public int CompareTo(FhirMoment other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 || Instant is null || other.Instant is null ? byDate : Instant.Value.CompareTo(other.Instant.Value);
    }
}

/// <summary>Reads FHIR dates and date-times; partial dates (a year, or a year and month) are not precise to the day.</summary>
internal static class FhirDates
{
    /// <summary>Reads an <c>effective[x]</c> or <c>onset[x]</c> value: a date-time, a date, an instant, or a period's start.</summary>
    public static FhirMoment? Of(R4.DataType? value) =>
        value switch
        {
            R4.FhirDateTime dateTime => Parse(dateTime.Value),
            R4.Date date => Parse(date.Value),
            R4.Instant { Value: { } instant } => new FhirMoment(DateOnly.FromDateTime(instant.DateTime), instant),
            R4.Period period => Parse(period.Start),
            _ => null,
        };

    /// <summary>Reads a FHIR date or date-time literal; the calendar date is the one written, in the literal's own offset.</summary>
    public static FhirMoment? Parse(string? literal)
    {
        if (literal is null || literal.Length < 10
            || !DateOnly.TryParseExact(literal.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        DateTimeOffset? instant = literal.Length > 10
            && DateTimeOffset.TryParse(literal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : null;
        return new FhirMoment(date, instant);
    }

    /// <summary>Reads a FHIR date of any precision as the earliest and the latest day it may mean.</summary>
    public static (DateOnly Earliest, DateOnly Latest)? Range(string? literal)
    {
        if (literal is null || literal.Length < 4
            || !int.TryParse(literal.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (literal.Length == 4)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (literal.Length == 7 && int.TryParse(literal.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }

        return Parse(literal) is { } day ? (day.Date, day.Date) : null;
    }

    /// <summary>Gets the age in whole years on a date of someone born on a day; a 29 February birthday counts from 1 March.</summary>
    public static int AgeOn(DateOnly birth, DateOnly on) =>
        on.Year - birth.Year - ((on.Month, on.Day).CompareTo((birth.Month, birth.Day)) < 0 ? 1 : 0);
}
