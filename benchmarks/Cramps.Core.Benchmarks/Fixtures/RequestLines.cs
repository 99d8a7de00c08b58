using System.Globalization;
using System.Text;

namespace Cramps.Core.Benchmarks.Fixtures;

/// <summary>
/// Generates varied, seeded NDJSON assessment requests: the same count and seed always give the same lines.
/// </summary>
/// <remarks>
/// About 730 bytes per request: an age, a sex, sometimes a condition, a medicine and a lab result, lifestyle and symptom
/// answers, and 0 to 5 diary episodes. Every 1000th line is invalid (an out-of-range age), so a batch measures the error
/// path too. <c>benchmarks/console/generate-requests.cs</c> writes these lines for <c>cramps batch</c>; the in-process
/// benchmarks read the same lines.
/// </remarks>
public static class RequestLines
{
    /// <summary>The seed every documented measurement uses.</summary>
    public const int DefaultSeed = 2026;

    private static readonly string[] Sexes = ["female", "male", "other", "unknown"];
    private static readonly string[] Muscles = ["calf", "foot", "thigh", "hip", "back", "hand"];
    private static readonly string[] Settings = ["asleep", "on-waking", "resting", "during-exercise", "after-exercise", "in-heat", "working"];
    private static readonly string[] Medicines = ["hydrochlorothiazide", "furosemide", "spironolactone", "atorvastatin", "salbutamol", "formoterol", "naproxen", "metformin"];
    private static readonly string[] Conditions = ["heart-failure", "chronic-kidney-disease", "diabetes", "hypothyroidism", "peripheral-neuropathy"];
    private static readonly (string Test, double Low, double High, string Unit)[] Labs =
    [
        ("potassium", 2.4, 5.5, "mmol/L"), ("magnesium", 0.5, 1.1, "mmol/L"), ("calcium", 7.0, 10.5, "mg/dL"), ("sodium", 118, 145, "mmol/L"),
    ];

    /// <summary>Generates request lines, without line endings.</summary>
    /// <param name="count">How many lines.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The lines, generated as they are enumerated.</returns>
    public static IEnumerable<string> Generate(long count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var json = new StringBuilder(2048);
        for (long n = 1; n <= count; n++)
        {
            json.Clear();
            var age = n % 1000 == 0 ? 190 : random.Next(18, 95);
            Append(json, $"{{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\",\"patient\":{{\"ageYears\":{age},\"sex\":\"{Pick(random, Sexes)}\"");
            if (random.Next(3) == 0)
            {
                Append(json, $",\"conditions\":[{{\"id\":\"{Pick(random, Conditions)}\"}}]");
            }

            if (random.Next(2) == 0)
            {
                Append(json, $",\"medications\":[{{\"name\":\"{Pick(random, Medicines)}\",\"startedOn\":\"2026-{random.Next(1, 11):00}-{random.Next(1, 29):00}\"}}]");
            }

            if (random.Next(2) == 0)
            {
                var lab = Pick(random, Labs);
                Append(json, $",\"labs\":[{{\"test\":\"{lab.Test}\",\"value\":{Math.Round(lab.Low + random.NextDouble() * (lab.High - lab.Low), 2)},\"unit\":\"{lab.Unit}\"}}]");
            }

            Append(json, $",\"lifestyle\":{{\"caffeineServingsPerDay\":{random.Next(0, 7)},\"alcoholDrinksPerWeek\":{random.Next(0, 20)},\"heatOrHeavySweating\":{Bool(random)}}}");
            Append(json, $",\"symptoms\":{{\"newWeakness\":{Bool(random, 15)},\"numbnessOrTingling\":{Bool(random, 8)},\"legPainWithWalkingEasedByRest\":{Bool(random, 10)}}}}}");
            json.Append(",\"episodes\":[");
            var episodes = random.Next(0, 6);
            for (var e = 0; e < episodes; e++)
            {
                Append(json, $"{(e > 0 ? "," : string.Empty)}{{\"startedAt\":\"2026-11-{random.Next(1, 25):00}T{random.Next(0, 24):00}:{random.Next(0, 60):00}:00+01:00\",\"durationSeconds\":{random.Next(10, 900)},\"muscles\":[\"{Pick(random, Muscles)}\"],\"setting\":\"{Pick(random, Settings)}\",\"relievedByStretching\":{Bool(random, 4)},\"painScore\":{random.Next(0, 11)}}}");
            }

            json.Append("]}");
            yield return json.ToString();
        }
    }

    /// <summary>Writes request lines, each ending in <c>\n</c>, as UTF-8 without a byte-order mark.</summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="count">How many lines.</param>
    /// <param name="seed">The seed.</param>
    public static void Write(Stream output, long count, int seed = DefaultSeed)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        foreach (var line in Generate(count, seed))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Parses generated lines and keeps the first <paramref name="count"/> valid requests.</summary>
    /// <param name="count">How many valid requests.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The requests.</returns>
    public static AssessmentRequest[] ValidRequests(int count, int seed = DefaultSeed)
    {
        var requests = new List<AssessmentRequest>(count);
        foreach (var line in Generate(long.MaxValue, seed))
        {
            if (Serialization.CrampJson.ParseRequest(Encoding.UTF8.GetBytes(line)) is { IsValid: true } parsed)
            {
                requests.Add(parsed.Request);
                if (requests.Count == count)
                {
                    break;
                }
            }
        }

        return [.. requests];
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Bool(Random random, int oneIn = 2) => random.Next(oneIn) == 0 ? "true" : "false";

    private static void Append(StringBuilder json, FormattableString text) => json.Append(text.ToString(CultureInfo.InvariantCulture));
}
