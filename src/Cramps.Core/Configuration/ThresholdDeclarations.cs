namespace Cramps.Core.Configuration;

/// <summary>One threshold of the knowledge base, declared once: its name, default, unit and meaning, and where <see cref="CrampThresholds"/> holds it.</summary>
/// <param name="Name">The name as the knowledge base and configuration write it, for example <c>potassiumLow</c>.</param>
/// <param name="DefaultValue">The default of the edition.</param>
/// <param name="Unit">The unit of the value.</param>
/// <param name="Description">What the threshold decides.</param>
/// <param name="Get">Reads the value from the options.</param>
/// <param name="Set">Writes the value to the options.</param>
/// <remarks>Valid ranges are the options' own <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/>s, which its source-generated validator reads.</remarks>
internal sealed record ThresholdDeclaration(string Name, double DefaultValue, string Unit, string Description, Func<CrampThresholds, double> Get, Action<CrampThresholds, double> Set);

/// <summary>
/// Every threshold of edition 2026.2, declared once, in the knowledge base's table order: the options type takes its
/// defaults and its name lookup from here, the catalog its thresholds (<see cref="Knowledge.KnowledgeBase.Thresholds"/>),
/// and the validator its ordering constraints.
/// </summary>
internal static class ThresholdDeclarations
{
    /// <summary>Gets every threshold, in table order.</summary>
    public static IReadOnlyList<ThresholdDeclaration> All { get; } =
    [
        new("olderAgeYears", 50, "years", "Age from which older-age is present.", static t => t.OlderAgeYears, static (t, v) => t.OlderAgeYears = (int)v),
        new("egfrLow", 60, "mL/min/1.73m2", "eGFR below which chronic-kidney-disease is present.", static t => t.EgfrLow, static (t, v) => t.EgfrLow = v),
        new("tshHigh", 4.5, "mIU/L", "TSH above which hypothyroidism is present.", static t => t.TshHigh, static (t, v) => t.TshHigh = v),
        new("tshLow", 0.4, "mIU/L", "TSH below which hyperthyroidism is present.", static t => t.TshLow, static (t, v) => t.TshLow = v),
        new("caffeineMgPerDay", 400, "mg/day", "Caffeine intake from which high-caffeine is present.", static t => t.CaffeineMgPerDay, static (t, v) => t.CaffeineMgPerDay = v),
        new("caffeineMgPerServing", 95, "mg", "Caffeine counted per serving.", static t => t.CaffeineMgPerServing, static (t, v) => t.CaffeineMgPerServing = v),
        new("heavyDrinksPerWeekMale", 14, "drinks/week", "Drinks per week above which heavy-alcohol is present.", static t => t.HeavyDrinksPerWeekMale, static (t, v) => t.HeavyDrinksPerWeekMale = v),
        new("heavyDrinksPerWeekFemale", 7, "drinks/week", "Drinks per week above which heavy-alcohol is present for women.", static t => t.HeavyDrinksPerWeekFemale, static (t, v) => t.HeavyDrinksPerWeekFemale = v),
        new("newMedicineWindowDays", 90, "days", "Days before the first episode (or asOf) in which a started medicine counts as new.", static t => t.NewMedicineWindowDays, static (t, v) => t.NewMedicineWindowDays = (int)v),
        new("potassiumLow", 3.5, "mmol/L", "Potassium below which hypokalemia is present.", static t => t.PotassiumLow, static (t, v) => t.PotassiumLow = v),
        new("potassiumUrgent", 3.0, "mmol/L", "Potassium below which flag-severe-potassium is urgent.", static t => t.PotassiumUrgent, static (t, v) => t.PotassiumUrgent = v),
        new("potassiumEmergency", 2.5, "mmol/L", "Potassium below which flag-severe-potassium is an emergency.", static t => t.PotassiumEmergency, static (t, v) => t.PotassiumEmergency = v),
        new("potassiumHighUrgent", 6.0, "mmol/L", "Potassium from which flag-severe-potassium is urgent.", static t => t.PotassiumHighUrgent, static (t, v) => t.PotassiumHighUrgent = v),
        new("potassiumHighEmergency", 6.5, "mmol/L", "Potassium from which flag-severe-potassium is an emergency.", static t => t.PotassiumHighEmergency, static (t, v) => t.PotassiumHighEmergency = v),
        new("magnesiumLow", 0.70, "mmol/L", "Magnesium below which hypomagnesemia is present (1.7 mg/dL).", static t => t.MagnesiumLow, static (t, v) => t.MagnesiumLow = v),
        new("calciumLow", 2.12, "mmol/L", "Albumin-corrected total calcium below which hypocalcemia is present (8.5 mg/dL).", static t => t.CalciumLow, static (t, v) => t.CalciumLow = v),
        new("ionizedCalciumLow", 1.15, "mmol/L", "Ionised calcium below which hypocalcemia is present.", static t => t.IonizedCalciumLow, static (t, v) => t.IonizedCalciumLow = v),
        new("calciumUrgent", 1.90, "mmol/L", "Albumin-corrected total calcium below which flag-severe-calcium is urgent (7.6 mg/dL).", static t => t.CalciumUrgent, static (t, v) => t.CalciumUrgent = v),
        new("ionizedCalciumUrgent", 0.80, "mmol/L", "Ionised calcium below which flag-severe-calcium is urgent.", static t => t.IonizedCalciumUrgent, static (t, v) => t.IonizedCalciumUrgent = v),
        new("sodiumLow", 135, "mmol/L", "Sodium below which hyponatremia is present.", static t => t.SodiumLow, static (t, v) => t.SodiumLow = v),
        new("sodiumUrgent", 130, "mmol/L", "Sodium below which flag-severe-sodium is urgent.", static t => t.SodiumUrgent, static (t, v) => t.SodiumUrgent = v),
        new("sodiumEmergency", 120, "mmol/L", "Sodium at or below which flag-severe-sodium is an emergency.", static t => t.SodiumEmergency, static (t, v) => t.SodiumEmergency = v),
        new("ckUpperLimit", 200, "U/L", "Upper limit of normal creatine kinase.", static t => t.CkUpperLimit, static (t, v) => t.CkUpperLimit = v),
        new("ckRhabdoMultiple", 5, "× upper limit", "Multiple of the creatine kinase upper limit from which flag-rhabdomyolysis can fire.", static t => t.CkRhabdoMultiple, static (t, v) => t.CkRhabdoMultiple = v),
        new("widespreadAreas", 2, "body areas", "Distinct body areas (leg, arm, trunk, neck) from which flag-widespread fires.", static t => t.WidespreadAreas, static (t, v) => t.WidespreadAreas = (int)v),
        new("frequentPerWeek", 3, "episodes/week", "Episodes per week from which flag-frequent fires.", static t => t.FrequentPerWeek, static (t, v) => t.FrequentPerWeek = v),
        new("prolongedSeconds", 600, "s", "Episode length above which flag-prolonged-or-unrelieved fires.", static t => t.ProlongedSeconds, static (t, v) => t.ProlongedSeconds = (int)v),
        new("magnesiumUrgent", 0.40, "mmol/L", "Magnesium below which flag-severe-magnesium fires (0.97 mg/dL).", static t => t.MagnesiumUrgent, static (t, v) => t.MagnesiumUrgent = v),
        new("ckStatinMultiple", 4, "× upper limit", "Multiple of the creatine kinase upper limit above which flag-statin-muscle-symptoms is soon.", static t => t.CkStatinMultiple, static (t, v) => t.CkStatinMultiple = v),
        new("ckStatinUrgentMultiple", 10, "× upper limit", "Multiple of the creatine kinase upper limit from which flag-statin-muscle-symptoms is urgent.", static t => t.CkStatinUrgentMultiple, static (t, v) => t.CkStatinUrgentMultiple = v),
        new("heatCrampMinutes", 60, "min", "Cramp length in the heat above which flag-heat-cramps-persisting fires.", static t => t.HeatCrampMinutes, static (t, v) => t.HeatCrampMinutes = (int)v),
    ];

    /// <summary>Gets the thresholds that must increase strictly, each list from its lowest to its highest value.</summary>
    public static IReadOnlyList<string[]> Increasing { get; } =
    [
        ["potassiumEmergency", "potassiumUrgent", "potassiumLow", "potassiumHighUrgent", "potassiumHighEmergency"],
        ["sodiumEmergency", "sodiumUrgent", "sodiumLow"],
        ["calciumUrgent", "calciumLow"],
        ["ionizedCalciumUrgent", "ionizedCalciumLow"],
        ["tshLow", "tshHigh"],
        ["magnesiumUrgent", "magnesiumLow"],
        ["ckStatinMultiple", "ckStatinUrgentMultiple"],
    ];

    /// <summary>Finds a threshold by its name.</summary>
    /// <param name="name">The name, for example <c>potassiumLow</c>.</param>
    /// <returns>The declaration, or <see langword="null"/> when no threshold has that name.</returns>
    public static ThresholdDeclaration? Find(string name)
    {
        foreach (var declaration in All)
        {
            if (string.Equals(declaration.Name, name, StringComparison.Ordinal))
            {
                return declaration;
            }
        }

        return null;
    }
}
