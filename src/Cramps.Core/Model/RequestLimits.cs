namespace Cramps.Core;

/// <summary>Provides the ranges and size limits that every assessment request must respect.</summary>
/// <remarks>
/// The same limits guard the model's constructors and the JSON validator, so a request built in code and
/// a request parsed from JSON are held to one standard.
/// </remarks>
public static class RequestLimits
{
    /// <summary>The only request and result schema version this edition reads and writes: <c>"1"</c>.</summary>
    public const string SchemaVersion = "1";

    /// <summary>The longest accepted request id, in characters (Unicode code points; the shortest is 1).</summary>
    public const int MaxRequestIdLength = 128;

    /// <summary>The largest accepted age in years (the smallest is 0).</summary>
    public const int MaxAgeYears = 130;

    /// <summary>The largest accepted pain score (the smallest is 0).</summary>
    public const int MaxPainScore = 10;

    /// <summary>The shortest accepted episode duration in seconds.</summary>
    public const int MinDurationSeconds = 1;

    /// <summary>The longest accepted episode duration in seconds (one day).</summary>
    public const int MaxDurationSeconds = 86_400;

    /// <summary>The largest accepted self-reported number of episodes per week (the smallest is 0).</summary>
    public const double MaxEpisodesPerWeek = 500;

    /// <summary>The largest accepted self-reported longest episode in minutes (one day; the smallest is 0).</summary>
    public const double MaxLongestMinutes = 1_440;

    /// <summary>The largest accepted caffeine or alcohol quantity (the smallest is 0).</summary>
    public const double MaxIntakeQuantity = 10_000;

    /// <summary>The largest accepted laboratory value: any finite number (the smallest is 0).</summary>
    public const double MaxLabValue = double.MaxValue;

    /// <summary>The most episodes one request may carry.</summary>
    public const int MaxEpisodes = 10_000;

    /// <summary>The most conditions one request may carry.</summary>
    public const int MaxConditions = 500;

    /// <summary>The most medications one request may carry.</summary>
    public const int MaxMedications = 500;

    /// <summary>The most laboratory results one request may carry.</summary>
    public const int MaxLabs = 2_000;

    /// <summary>The most muscle regions one episode may name (each region at most once).</summary>
    public const int MaxMusclesPerEpisode = 10;

    /// <summary>The longest accepted identifier, code, name, unit or display text, in characters (a bound, not a clinical limit).</summary>
    public const int MaxTextLength = 1_000;
}
