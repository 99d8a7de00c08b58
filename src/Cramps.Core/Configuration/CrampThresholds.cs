using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Cramps.Core.Configuration;

/// <summary>Provides the configurable thresholds of the knowledge base, with the defaults of edition 2026.2.</summary>
/// <remarks>
/// <para>
/// This is an options type: bind it from configuration or set it in code, then hand it to
/// <see cref="CrampEvaluator"/> (directly or through
/// <see cref="Microsoft.Extensions.DependencyInjection.CrampsServiceCollectionExtensions.AddCrampEvaluator(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CrampThresholds})"/>).
/// The evaluator validates the values and copies them, so changing an instance afterwards has no effect on it.
/// </para>
/// <para>
/// Validation requires every threshold to be positive and finite, and each emergency cut-off beyond its urgent cut-off
/// beyond its low cut-off: potassiumEmergency &lt; potassiumUrgent &lt; potassiumLow &lt; potassiumHighUrgent &lt;
/// potassiumHighEmergency; sodiumEmergency &lt; sodiumUrgent &lt; sodiumLow; calciumUrgent &lt; calciumLow;
/// ionizedCalciumUrgent &lt; ionizedCalciumLow; tshLow &lt; tshHigh; magnesiumUrgent &lt; magnesiumLow;
/// ckStatinMultiple &lt; ckStatinUrgentMultiple. A configuration that still sets the removed
/// <c>widespreadRegions</c> is rejected with a message naming <c>widespreadAreas</c>. See <see cref="CrampThresholdsValidator"/>.
/// </para>
/// </remarks>
public sealed class CrampThresholds
{
    private const double Max = 1_000_000;

    /// <summary>Initializes a new instance of the <see cref="CrampThresholds"/> class with the defaults of edition 2026.2.</summary>
    public CrampThresholds()
    {
        foreach (var threshold in ThresholdDeclarations.All)
        {
            threshold.Set(this, threshold.DefaultValue);
        }
    }

    /// <summary>Gets or sets the age in years from which <c>older-age</c> is present.</summary>
    /// <value>Defaults to 50.</value>
    [Range(1, 130)]
    public int OlderAgeYears { get; set; }

    /// <summary>Gets or sets the eGFR (mL/min/1.73m2) below which <c>chronic-kidney-disease</c> is present.</summary>
    /// <value>Defaults to 60.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double EgfrLow { get; set; }

    /// <summary>Gets or sets the TSH (mIU/L) above which <c>hypothyroidism</c> is present.</summary>
    /// <value>Defaults to 4.5.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double TshHigh { get; set; }

    /// <summary>Gets or sets the TSH (mIU/L) below which <c>hyperthyroidism</c> is present.</summary>
    /// <value>Defaults to 0.4.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double TshLow { get; set; }

    /// <summary>Gets or sets the caffeine intake (mg/day) from which <c>high-caffeine</c> is present.</summary>
    /// <value>Defaults to 400.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CaffeineMgPerDay { get; set; }

    /// <summary>Gets or sets the caffeine (mg) one serving counts.</summary>
    /// <value>Defaults to 95.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CaffeineMgPerServing { get; set; }

    /// <summary>Gets or sets the drinks per week above which <c>heavy-alcohol</c> is present.</summary>
    /// <value>Defaults to 14.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double HeavyDrinksPerWeekMale { get; set; }

    /// <summary>Gets or sets the drinks per week above which <c>heavy-alcohol</c> is present for women.</summary>
    /// <value>Defaults to 7.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double HeavyDrinksPerWeekFemale { get; set; }

    /// <summary>Gets or sets the days before the first episode (or asOf) within which a started medicine counts as new.</summary>
    /// <value>Defaults to 90.</value>
    [Range(1, 3650)]
    public int NewMedicineWindowDays { get; set; }

    /// <summary>Gets or sets the potassium (mmol/L) below which <c>hypokalemia</c> is present.</summary>
    /// <value>Defaults to 3.5.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double PotassiumLow { get; set; }

    /// <summary>Gets or sets the potassium (mmol/L) below which <c>flag-severe-potassium</c> is urgent.</summary>
    /// <value>Defaults to 3.0.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double PotassiumUrgent { get; set; }

    /// <summary>Gets or sets the potassium (mmol/L) below which <c>flag-severe-potassium</c> is an emergency.</summary>
    /// <value>Defaults to 2.5.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double PotassiumEmergency { get; set; }

    /// <summary>Gets or sets the potassium (mmol/L) from which <c>flag-severe-potassium</c> is urgent.</summary>
    /// <value>Defaults to 6.0.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double PotassiumHighUrgent { get; set; }

    /// <summary>Gets or sets the potassium (mmol/L) from which <c>flag-severe-potassium</c> is an emergency.</summary>
    /// <value>Defaults to 6.5.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double PotassiumHighEmergency { get; set; }

    /// <summary>Gets or sets the magnesium (mmol/L) below which <c>hypomagnesemia</c> is present.</summary>
    /// <value>Defaults to 0.70.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double MagnesiumLow { get; set; }

    /// <summary>Gets or sets the albumin-corrected total calcium (mmol/L) below which <c>hypocalcemia</c> is present.</summary>
    /// <value>Defaults to 2.12.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CalciumLow { get; set; }

    /// <summary>Gets or sets the ionised calcium (mmol/L) below which <c>hypocalcemia</c> is present.</summary>
    /// <value>Defaults to 1.15.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double IonizedCalciumLow { get; set; }

    /// <summary>Gets or sets the albumin-corrected total calcium (mmol/L) below which <c>flag-severe-calcium</c> is urgent.</summary>
    /// <value>Defaults to 1.90.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CalciumUrgent { get; set; }

    /// <summary>Gets or sets the ionised calcium (mmol/L) below which <c>flag-severe-calcium</c> is urgent.</summary>
    /// <value>Defaults to 0.80.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double IonizedCalciumUrgent { get; set; }

    /// <summary>Gets or sets the sodium (mmol/L) below which <c>hyponatremia</c> is present.</summary>
    /// <value>Defaults to 135.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double SodiumLow { get; set; }

    /// <summary>Gets or sets the sodium (mmol/L) below which <c>flag-severe-sodium</c> is urgent.</summary>
    /// <value>Defaults to 130.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double SodiumUrgent { get; set; }

    /// <summary>Gets or sets the sodium (mmol/L) at or below which <c>flag-severe-sodium</c> is an emergency.</summary>
    /// <value>Defaults to 120.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double SodiumEmergency { get; set; }

    /// <summary>Gets or sets the upper limit of normal creatine kinase (U/L).</summary>
    /// <value>Defaults to 200.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CkUpperLimit { get; set; }

    /// <summary>Gets or sets the multiple of <see cref="CkUpperLimit"/> from which <c>flag-rhabdomyolysis</c> can fire.</summary>
    /// <value>Defaults to 5.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CkRhabdoMultiple { get; set; }

    /// <summary>
    /// Gets or sets the number of distinct body areas (leg, arm, trunk, neck) with episodes from which
    /// <c>flag-widespread</c> fires.
    /// </summary>
    /// <value>Defaults to 2.</value>
    [Range(1, 4)]
    public int WidespreadAreas { get; set; }

    /// <summary>Gets or sets the removed threshold of edition 2026.1; any value set here fails validation.</summary>
    /// <value>Defaults to <see langword="null"/>, the only valid value.</value>
    /// <remarks>
    /// Edition 2026.2 counts body areas instead of muscle regions (<see cref="WidespreadAreas"/>). The property stays so
    /// that a configuration written for 2026.1 is rejected on start with a message naming <c>widespreadAreas</c>,
    /// instead of being silently ignored.
    /// </remarks>
    [Obsolete("Edition 2026.2 replaced widespreadRegions with WidespreadAreas (body areas: leg, arm, trunk, neck).")]
    public int? WidespreadRegions { get; set; }

    /// <summary>Gets or sets the episodes per week from which <c>flag-frequent</c> fires.</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double FrequentPerWeek { get; set; }

    /// <summary>Gets or sets the episode length in seconds above which <c>flag-prolonged-or-unrelieved</c> fires.</summary>
    /// <value>Defaults to 600.</value>
    [Range(1, 86_400)]
    public int ProlongedSeconds { get; set; }

    /// <summary>Gets or sets the magnesium (mmol/L) below which <c>flag-severe-magnesium</c> fires.</summary>
    /// <value>Defaults to 0.40.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double MagnesiumUrgent { get; set; }

    /// <summary>
    /// Gets or sets the multiple of <see cref="CkUpperLimit"/> above which a creatine kinase with a statin makes
    /// <c>flag-statin-muscle-symptoms</c> soon.
    /// </summary>
    /// <value>Defaults to 4.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CkStatinMultiple { get; set; }

    /// <summary>
    /// Gets or sets the multiple of <see cref="CkUpperLimit"/> from which a creatine kinase with a statin makes
    /// <c>flag-statin-muscle-symptoms</c> urgent.
    /// </summary>
    /// <value>Defaults to 10.</value>
    [Range(0, Max, MinimumIsExclusive = true)]
    public double CkStatinUrgentMultiple { get; set; }

    /// <summary>Gets or sets the cramp length in minutes, with fluid loss or heat, above which <c>flag-heat-cramps-persisting</c> fires.</summary>
    /// <value>Defaults to 60.</value>
    [Range(1, 1440)]
    public int HeatCrampMinutes { get; set; }

    /// <summary>Gets the value of a threshold by its knowledge-base name, for example <c>potassiumLow</c>.</summary>
    /// <param name="name">The threshold's name as the knowledge base writes it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">No threshold has that name.</exception>
    public double this[string name] =>
        ThresholdDeclarations.Find(name) is { } threshold
            ? threshold.Get(this)
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No threshold is named '{name}'."), nameof(name));
}
