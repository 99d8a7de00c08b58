using Ardalis.GuardClauses;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Cramps.Core.Configuration;

/// <summary>
/// Reads <see cref="CrampThresholds"/> from a configuration section strictly: every key must name a threshold and hold a
/// number, and the section must exist. Configures the keys that do; reports each one that does not, once, as a
/// validation failure, so a misspelt or misplaced setting stops the app at start-up instead of being ignored.
/// </summary>
internal sealed class CrampThresholdsConfiguration : IConfigureNamedOptions<CrampThresholds>, IValidateOptions<CrampThresholds>
{
    /// <summary>Sets each threshold by its knowledge-base name; the integer thresholds take whole numbers only.</summary>
    private static readonly Dictionary<string, (bool Integer, Action<CrampThresholds, double> Set)> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["olderAgeYears"] = (true, (t, v) => t.OlderAgeYears = (int)v),
        ["egfrLow"] = (false, (t, v) => t.EgfrLow = v),
        ["tshHigh"] = (false, (t, v) => t.TshHigh = v),
        ["tshLow"] = (false, (t, v) => t.TshLow = v),
        ["caffeineMgPerDay"] = (false, (t, v) => t.CaffeineMgPerDay = v),
        ["caffeineMgPerServing"] = (false, (t, v) => t.CaffeineMgPerServing = v),
        ["heavyDrinksPerWeekMale"] = (false, (t, v) => t.HeavyDrinksPerWeekMale = v),
        ["heavyDrinksPerWeekFemale"] = (false, (t, v) => t.HeavyDrinksPerWeekFemale = v),
        ["newMedicineWindowDays"] = (true, (t, v) => t.NewMedicineWindowDays = (int)v),
        ["potassiumLow"] = (false, (t, v) => t.PotassiumLow = v),
        ["potassiumUrgent"] = (false, (t, v) => t.PotassiumUrgent = v),
        ["potassiumEmergency"] = (false, (t, v) => t.PotassiumEmergency = v),
        ["potassiumHighUrgent"] = (false, (t, v) => t.PotassiumHighUrgent = v),
        ["potassiumHighEmergency"] = (false, (t, v) => t.PotassiumHighEmergency = v),
        ["magnesiumLow"] = (false, (t, v) => t.MagnesiumLow = v),
        ["calciumLow"] = (false, (t, v) => t.CalciumLow = v),
        ["ionizedCalciumLow"] = (false, (t, v) => t.IonizedCalciumLow = v),
        ["calciumUrgent"] = (false, (t, v) => t.CalciumUrgent = v),
        ["ionizedCalciumUrgent"] = (false, (t, v) => t.IonizedCalciumUrgent = v),
        ["sodiumLow"] = (false, (t, v) => t.SodiumLow = v),
        ["sodiumUrgent"] = (false, (t, v) => t.SodiumUrgent = v),
        ["sodiumEmergency"] = (false, (t, v) => t.SodiumEmergency = v),
        ["ckUpperLimit"] = (false, (t, v) => t.CkUpperLimit = v),
        ["ckRhabdoMultiple"] = (false, (t, v) => t.CkRhabdoMultiple = v),
        ["widespreadAreas"] = (true, (t, v) => t.WidespreadAreas = (int)v),
        ["frequentPerWeek"] = (false, (t, v) => t.FrequentPerWeek = v),
        ["prolongedSeconds"] = (true, (t, v) => t.ProlongedSeconds = (int)v),
        ["magnesiumUrgent"] = (false, (t, v) => t.MagnesiumUrgent = v),
        ["ckStatinMultiple"] = (false, (t, v) => t.CkStatinMultiple = v),
        ["ckStatinUrgentMultiple"] = (false, (t, v) => t.CkStatinUrgentMultiple = v),
        ["heatCrampMinutes"] = (true, (t, v) => t.HeatCrampMinutes = (int)v),
#pragma warning disable CS0618 // the removed threshold is bound only so that validation rejects it by name
        ["widespreadRegions"] = (true, (t, v) => t.WidespreadRegions = (int)v),
#pragma warning restore CS0618
    };

    /// <summary>The threshold edition 2026.2 removed; it is bound only so that validation rejects it by name.</summary>
    private const string RemovedWidespreadRegions = "widespreadRegions";

    private readonly string? _name;
    private readonly IConfigurationSection _section;

    /// <summary>Initializes a new instance of the <see cref="CrampThresholdsConfiguration"/> class.</summary>
    /// <param name="name">The options name the section applies to.</param>
    /// <param name="section">The section that holds the thresholds.</param>
    public CrampThresholdsConfiguration(string? name, IConfigurationSection section)
    {
        _name = name;
        _section = section;
    }

    /// <summary>Gets the names of the thresholds configuration can set (the knowledge base's names).</summary>
    internal static IEnumerable<string> Names => Setters.Keys.Where(name => name != RemovedWidespreadRegions);

    /// <inheritdoc/>
    public void Configure(CrampThresholds options) => Configure(Options.DefaultName, options);

    /// <inheritdoc/>
    public void Configure(string? name, CrampThresholds options)
    {
        Guard.Against.Null(options);
        if (!Applies(name))
        {
            return;
        }

        foreach (var (key, setter, value) in Read())
        {
            if (setter is { } set && value is { } number && Problem(key, set.Integer, value) is null)
            {
                set.Set(options, number);
            }
        }
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, CrampThresholds options)
    {
        if (!Applies(name))
        {
            return ValidateOptionsResult.Skip;
        }

        if (!_section.Exists())
        {
            return ValidateOptionsResult.Fail(
                $"The configuration has no section '{_section.Path}' for the thresholds: check its name, and that the file "
                + "that holds it (such as appsettings.json) is copied to the app's output folder.");
        }

        var failures = Read()
            .Select(r => r.Setter is { } set ? Problem(r.Key, set.Integer, r.Value) : Unknown(r.Key))
            .OfType<string>()
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private bool Applies(string? name) => name is null || _name is null || name == _name;

    private IEnumerable<(IConfigurationSection Key, (bool Integer, Action<CrampThresholds, double> Set)? Setter, double? Value)> Read()
    {
        foreach (var child in _section.GetChildren())
        {
            (bool, Action<CrampThresholds, double>)? setter = Setters.TryGetValue(child.Key, out var found) ? found : null;
            double? value = double.TryParse(child.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
            yield return (child, setter, value);
        }
    }

    private static string? Problem(IConfigurationSection key, bool integer, double? value) => value switch
    {
        null => $"{key.Path} must be a number, such as 3.5 (a dot for decimals).",
        { } number when integer && (number != Math.Floor(number) || number is < int.MinValue or > int.MaxValue) => $"{key.Path} must be a whole number.",
        _ => null,
    };

    private static string Unknown(IConfigurationSection key)
    {
        var closest = Setters.Keys
            .Select(name => (Name: name, Distance: Distance(key.Key.ToUpperInvariant(), name.ToUpperInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .First();
        var hint = closest.Distance <= 3 ? $" Did you mean '{char.ToUpperInvariant(closest.Name[0])}{closest.Name[1..]}'?" : string.Empty;
        return $"{key.Path} is not a threshold, so it would be ignored.{hint} The thresholds are listed on the knowledge base page.";
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
