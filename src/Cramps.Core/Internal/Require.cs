using System.Globalization;
using Ardalis.GuardClauses;

namespace Cramps.Core.Internal;

/// <summary>Guards used by the public model's constructors and init accessors.</summary>
internal static class Require
{
    public static int? InRange(int? value, int min, int max, string name)
    {
        // The message is only built for a value that fails.
        if (value is { } v && (v < min || v > max))
        {
            Guard.Against.OutOfRange(v, name, min, max, string.Create(CultureInfo.InvariantCulture, $"{name} must be an integer from {min} to {max}."));
        }

        return value;
    }

    public static double? InRange(double? value, double min, double max, string name)
    {
        if (value is { } v && !(double.IsFinite(v) && v >= min && v <= max))
        {
            Guard.Against.OutOfRange(double.IsFinite(v) ? v : double.NegativeInfinity, name, min, max, RangeMessage(name, min, max));
        }

        return value;
    }

    public static double InRange(double value, double min, double max, string name) =>
        InRange((double?)value, min, max, name)!.Value;

    public static string Text(string value, string name)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= RequestLimits.MaxTextLength)
        {
            return value;
        }

        Guard.Against.NullOrWhiteSpace(value, name, string.Create(CultureInfo.InvariantCulture, $"{name} must not be empty."));
        Guard.Against.StringTooLong(value, RequestLimits.MaxTextLength, name, string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {RequestLimits.MaxTextLength} characters long."));
        return value;
    }

    public static string? OptionalText(string? value, string name) => value is null ? null : Text(value, name);

    public static TEnum? Defined<TEnum>(TEnum? value, string name)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            throw new ArgumentOutOfRangeException(name, v, string.Create(CultureInfo.InvariantCulture, $"{name} must be a defined {typeof(TEnum).Name} value."));
        }

        return value;
    }

    public static IReadOnlyList<T>? List<T>(IEnumerable<T>? items, int max, string name)
        where T : class
    {
        if (items is null)
        {
            return null;
        }

        var copy = items.ToArray();
        if (copy.Length > max)
        {
            throw new ArgumentOutOfRangeException(name, copy.Length, string.Create(CultureInfo.InvariantCulture, $"{name} must hold at most {max} items."));
        }

        if (Array.IndexOf(copy, null) >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must not contain null items."), name);
        }

        return copy.Length == 0 ? ReadOnlyArray<T>.Empty : new ReadOnlyArray<T>(copy);
    }

    private static string RangeMessage(string name, double min, double max) => max >= double.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number, {min} or more.")
        : string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number from {min} to {max}.");
}
