using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Support;

/// <summary>One request and the outcome the knowledge base says one rule must have for it.</summary>
public sealed record RuleCase(string Name, string Rule, RuleOutcome Outcome, Urgency? Urgency, AssessmentRequest Request)
{
    public override string ToString() => Name;
}

/// <summary>
/// Present, absent and unknown cases for every rule of the knowledge base. Expected outcomes come from the spec's
/// triggers and default thresholds, with values on both sides of each threshold; they are not copied from the code.
/// </summary>
public static class RuleCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, RuleCase>> ByName = new(Build);

    public static IReadOnlyDictionary<string, RuleCase> All => ByName.Value;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Maintainability", "CA1505", Justification = "A table of cases.")]
    private static Dictionary<string, RuleCase> Build()
    {
        var cases = new Dictionary<string, RuleCase>(StringComparer.Ordinal);
        void Add(string rule, RuleOutcome outcome, string why, AssessmentRequest request, Urgency? urgency)
        {
            var name = rule + " " + outcome.ToString().ToLowerInvariant() + ": " + why;
            cases.Add(name, new RuleCase(name, rule, outcome, urgency, request));
        }

        void Present(string rule, string why, AssessmentRequest request, Urgency? urgency = null) => Add(rule, RuleOutcome.Present, why, request, urgency);
        void Absent(string rule, string why, AssessmentRequest request) => Add(rule, RuleOutcome.Absent, why, request, null);
        void Unknown(string rule, string why, AssessmentRequest request) => Add(rule, RuleOutcome.Unknown, why, request, null);

        var none = Of();
        var noConditions = WithConditions();
        var noMedicines = WithMedications();

        // 5a. History, conditions and lifestyle
        Present("older-age", "age 50", Of(Nothing with { AgeYears = 50 }));
        Absent("older-age", "age 49", Of(Nothing with { AgeYears = 49 }));
        Unknown("older-age", "no age", none);

        Present("female-sex", "female", Of(Nothing with { Sex = Sex.Female }));
        Absent("female-sex", "male", Of(Nothing with { Sex = Sex.Male }));
        Absent("female-sex", "other", Of(Nothing with { Sex = Sex.Other }));
        Unknown("female-sex", "sex reported unknown", Of(Nothing with { Sex = Sex.Unknown }));
        Unknown("female-sex", "no sex", none);

        Present("family-history", "reported", Of(Nothing with { FamilyHistoryOfCramps = true }));
        Absent("family-history", "denied", Of(Nothing with { FamilyHistoryOfCramps = false }));
        Unknown("family-history", "not asked", none);

        Present("pregnancy", "pregnant", Of(Nothing with { Pregnant = true }));
        Absent("pregnancy", "not pregnant", Of(Nothing with { Pregnant = false }));
        Unknown("pregnancy", "not asked", none);

        Present("hemodialysis", "condition id", Of(WithConditions(new Condition("hemodialysis"))));
        Present("hemodialysis", "ICD-10-CM Z99.2", Of(WithConditions(Icd("Z99.2"))));
        Present("hemodialysis", "ICD-10-CM Z49.31", Of(WithConditions(Icd("Z49.31"))));
        Present("hemodialysis", "cramps during dialysis reported", Of(With(new CrampPattern { DuringDialysis = true })));
        Present("hemodialysis", "an episode during dialysis", Of(Episode() with { Setting = EpisodeSetting.DuringDialysis }));
        Absent("hemodialysis", "no conditions and no dialysis cramps", Of(noConditions with { CrampPattern = new CrampPattern { DuringDialysis = false } }));
        Unknown("hemodialysis", "conditions unknown", Of(With(new CrampPattern { DuringDialysis = false })));

        Present("chronic-kidney-disease", "ICD-10-CM N18.3", Of(WithConditions(Icd("N18.3"))));
        Present("chronic-kidney-disease", "eGFR 59", Of(WithLabs(Lab("egfr", 59, "mL/min/1.73m2"))));
        Absent("chronic-kidney-disease", "no conditions and eGFR 60", Of(noConditions with { Labs = [Lab("egfr", 60, "mL/min/1.73m2")] }));
        Unknown("chronic-kidney-disease", "no conditions, no eGFR", Of(noConditions));

        Present("cirrhosis", "ICD-10-CM K74.60", Of(WithConditions(Icd("K74.60"))));
        Present("cirrhosis", "ICD-10-CM K70.30 without the dot", Of(WithConditions(Icd("K7030"))));
        Present("cirrhosis", "SNOMED CT 19943007", Of(WithConditions(Snomed("19943007"))));
        Absent("cirrhosis", "only an unrelated code", Of(WithConditions(Icd("K74.0"))));
        Unknown("cirrhosis", "conditions unknown", none);

        Present("heart-failure", "condition id", Of(WithConditions(new Condition("heart-failure"))));
        Present("heart-failure", "ICD-10-CM I50.9", Of(WithConditions(Icd("I50.9"))));
        Absent("heart-failure", "no conditions", Of(noConditions));
        Unknown("heart-failure", "conditions unknown", none);

        Present("peripheral-artery-disease", "ICD-10-CM I70.213", Of(WithConditions(Icd("I70.213"))));
        Present("peripheral-artery-disease", "leg pain with walking eased by rest", Of(With(new Symptoms { LegPainWithWalkingEasedByRest = true })));
        Absent("peripheral-artery-disease", "no conditions and no walking pain", Of(noConditions with { Symptoms = new Symptoms { LegPainWithWalkingEasedByRest = false } }));
        Unknown("peripheral-artery-disease", "walking pain unknown", Of(noConditions));

        Present("venous-insufficiency", "ICD-10-CM I87.2", Of(WithConditions(Icd("I87.2"))));
        Absent("venous-insufficiency", "no conditions", Of(noConditions));
        Unknown("venous-insufficiency", "conditions unknown", none);

        Present("hypothyroidism", "ICD-10-CM E03.9", Of(WithConditions(Icd("E03.9"))));
        Present("hypothyroidism", "TSH 4.6 mIU/L", Of(WithLabs(Lab("tsh", 4.6, "mIU/L"))));
        Absent("hypothyroidism", "no conditions and TSH 4.5", Of(noConditions with { Labs = [Lab("tsh", 4.5, "uIU/mL")] }));
        Unknown("hypothyroidism", "no conditions, no TSH", Of(noConditions));

        Present("hyperthyroidism", "ICD-10-CM E05.00", Of(WithConditions(Icd("E05.00"))));
        Present("hyperthyroidism", "TSH 0.39", Of(WithLabs(Lab("tsh", 0.39, "mIU/L"))));
        Absent("hyperthyroidism", "no conditions and TSH 0.4", Of(noConditions with { Labs = [Lab("tsh", 0.4, "mIU/L")] }));
        Unknown("hyperthyroidism", "no conditions, no TSH", Of(noConditions));

        Present("diabetes", "ICD-10-CM E11.9", Of(WithConditions(Icd("E11.9"))));
        Present("diabetes", "ICD-10-CM E13.9", Of(WithConditions(Icd("E13.9"))));
        Absent("diabetes", "no conditions", Of(noConditions));
        Unknown("diabetes", "conditions unknown", none);

        Present("peripheral-neuropathy", "ICD-10-CM G62.9", Of(WithConditions(Icd("G62.9"))));
        Present("peripheral-neuropathy", "ICD-10-CM E11.40", Of(WithConditions(Icd("E11.40"))));
        Present("peripheral-neuropathy", "numbness or tingling", Of(With(new Symptoms { NumbnessOrTingling = true })));
        Absent("peripheral-neuropathy", "no conditions and no numbness", Of(noConditions with { Symptoms = new Symptoms { NumbnessOrTingling = false } }));
        Unknown("peripheral-neuropathy", "numbness unknown", Of(noConditions));

        Present("lumbar-stenosis-radiculopathy", "ICD-10-CM M48.061", Of(WithConditions(Icd("M48.061"))));
        Present("lumbar-stenosis-radiculopathy", "ICD-10-CM M54.16", Of(WithConditions(Icd("M54.16"))));
        Present("lumbar-stenosis-radiculopathy", "leg pain eased by bending forward", Of(With(new Symptoms { LegPainEasedByBendingForward = true })));
        Absent("lumbar-stenosis-radiculopathy", "no conditions and no such pain", Of(noConditions with { Symptoms = new Symptoms { LegPainEasedByBendingForward = false } }));
        Unknown("lumbar-stenosis-radiculopathy", "pain unknown", Of(noConditions));

        Present("motor-neuron-disease", "ICD-10-CM G12.21", Of(WithConditions(Icd("G12.21"))));
        Present("motor-neuron-disease", "SNOMED CT 86044005", Of(WithConditions(Snomed("86044005"))));
        Absent("motor-neuron-disease", "no conditions", Of(noConditions));
        Unknown("motor-neuron-disease", "conditions unknown", none);

        Present("multiple-sclerosis", "ICD-10-CM G35", Of(WithConditions(Icd("G35"))));
        Absent("multiple-sclerosis", "no conditions", Of(noConditions));
        Unknown("multiple-sclerosis", "conditions unknown", none);

        Present("myasthenia-gravis", "ICD-10-CM G70.00", Of(WithConditions(Icd("G70.00"))));
        Present("myasthenia-gravis", "SNOMED CT 91637004", Of(WithConditions(Snomed("91637004"))));
        Absent("myasthenia-gravis", "no conditions", Of(noConditions));
        Unknown("myasthenia-gravis", "conditions unknown", none);

        Present("parkinsonism", "ICD-10-CM G20", Of(WithConditions(Icd("G20"))));
        Present("parkinsonism", "ICD-10-CM G21.4", Of(WithConditions(Icd("G21.4"))));
        Absent("parkinsonism", "no conditions", Of(noConditions));
        Unknown("parkinsonism", "conditions unknown", none);

        Present("restricted-diet", "restricted diet", Of(With(new Lifestyle { RestrictedDiet = true })));
        Present("restricted-diet", "low-salt diet", Of(With(new Lifestyle { RestrictedDiet = false, LowSaltDiet = true })));
        Absent("restricted-diet", "neither", Of(With(new Lifestyle { RestrictedDiet = false, LowSaltDiet = false })));
        Unknown("restricted-diet", "low salt unknown", Of(With(new Lifestyle { RestrictedDiet = false })));

        Present("fluid-restriction", "told to limit fluids", Of(With(new Lifestyle { FluidRestriction = true })));
        Absent("fluid-restriction", "no limit", Of(With(new Lifestyle { FluidRestriction = false })));
        Unknown("fluid-restriction", "not asked", none);

        Present("fluid-loss-heat", "heavy sweating", Of(With(new Lifestyle { HeatOrHeavySweating = true })));
        Present("fluid-loss-heat", "vomiting or diarrhoea", Of(With(new Lifestyle { RecentVomitingOrDiarrhea = true })));
        Present("fluid-loss-heat", "an episode in the heat", Of(Episode() with { Setting = EpisodeSetting.InHeat }));
        Absent("fluid-loss-heat", "neither heat nor fluid loss", Of(With(new Lifestyle { HeatOrHeavySweating = false, RecentVomitingOrDiarrhea = false })));
        Unknown("fluid-loss-heat", "vomiting unknown", Of(With(new Lifestyle { HeatOrHeavySweating = false }), Episode() with { Setting = EpisodeSetting.Asleep }));

        Present("home-parenteral-nutrition", "on it", Of(With(new Lifestyle { HomeParenteralNutrition = true })));
        Absent("home-parenteral-nutrition", "not on it", Of(With(new Lifestyle { HomeParenteralNutrition = false })));
        Unknown("home-parenteral-nutrition", "not asked", none);

        Present("repetitive-motion-fatigue", "reported", Of(With(new Lifestyle { RepetitiveMotionFatigue = true })));
        Absent("repetitive-motion-fatigue", "denied", Of(With(new Lifestyle { RepetitiveMotionFatigue = false })));
        Unknown("repetitive-motion-fatigue", "not asked", none);

        Present("exercise-related", "reported", Of(With(new CrampPattern { AfterExercise = true })));
        Present("exercise-related", "an episode during exercise", Of(Episode() with { Setting = EpisodeSetting.DuringExercise }));
        Present("exercise-related", "an episode after exercise despite a denial", Of(With(new CrampPattern { AfterExercise = false }), Episode() with { Setting = EpisodeSetting.AfterExercise }));
        Absent("exercise-related", "denied", Of(With(new CrampPattern { AfterExercise = false }), Episode() with { Setting = EpisodeSetting.Asleep }));
        Unknown("exercise-related", "a diary never makes it false", Of(Episode() with { Setting = EpisodeSetting.Asleep }));

        Present("high-caffeine", "400 mg/day", Of(With(new Lifestyle { CaffeineMgPerDay = 400 })));
        Present("high-caffeine", "5 servings (475 mg)", Of(With(new Lifestyle { CaffeineServingsPerDay = 5 })));
        Present("high-caffeine", "either estimate reaching it", Of(With(new Lifestyle { CaffeineMgPerDay = 100, CaffeineServingsPerDay = 5 })));
        Absent("high-caffeine", "399 mg/day", Of(With(new Lifestyle { CaffeineMgPerDay = 399 })));
        Absent("high-caffeine", "4 servings (380 mg)", Of(With(new Lifestyle { CaffeineServingsPerDay = 4 })));
        Unknown("high-caffeine", "not asked", none);

        Present("heavy-alcohol", "15 drinks, sex unknown", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 15 })));
        Present("heavy-alcohol", "8 drinks, female", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 8 }) with { Sex = Sex.Female }));
        Absent("heavy-alcohol", "14 drinks, male", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 14 }) with { Sex = Sex.Male }));
        Absent("heavy-alcohol", "7 drinks, female", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 7 }) with { Sex = Sex.Female }));
        Absent("heavy-alcohol", "7 drinks, sex unknown", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 7 })));
        Unknown("heavy-alcohol", "8 drinks, sex unknown", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 8 })));
        Unknown("heavy-alcohol", "not asked", none);

        Present("prolonged-sitting-standing", "reported", Of(With(new Lifestyle { ProlongedSittingOrStanding = true })));
        Absent("prolonged-sitting-standing", "denied", Of(With(new Lifestyle { ProlongedSittingOrStanding = false })));
        Unknown("prolonged-sitting-standing", "not asked", none);

        Present("deconditioning", "no regular exercise or stretching", Of(With(new Lifestyle { RegularExerciseOrStretching = false })));
        Absent("deconditioning", "exercises regularly", Of(With(new Lifestyle { RegularExerciseOrStretching = true })));
        Unknown("deconditioning", "not asked", none);

        // 5b. Medicines: by generic name (whole words, any case) and by ATC prefix
        void MedicineCases(string rule, string name, string atc)
        {
            Present(rule, "named " + name, Of(WithMedications(new Medication(name.ToUpperInvariant() + " 10 mg tablet"))));
            Present(rule, "ATC " + atc, Of(WithMedications(Atc(atc))));
            Absent(rule, "no medicines", Of(noMedicines));
            Absent(rule, "only paracetamol", Of(WithMedications(new Medication("paracetamol"))));
            Unknown(rule, "medicines unknown", none);
        }

        MedicineCases("diuretic-thiazide", "chlorthalidone", "C03BA04");
        MedicineCases("diuretic-loop", "torsemide", "C03CA04");
        MedicineCases("diuretic-potassium-sparing", "spironolactone", "C03DA01");
        MedicineCases("statin", "atorvastatin", "C10AA05");
        MedicineCases("long-acting-beta-agonist", "salmeterol", "R03AC12");
        MedicineCases("short-acting-beta-agonist", "albuterol", "R03AC02");
        MedicineCases("iron-sucrose-iv", "iron sucrose", "B03AC02");
        MedicineCases("estrogen", "conjugated estrogens", "G03CA57");
        MedicineCases("raloxifene", "raloxifene", "G03XC01");
        MedicineCases("teriparatide", "teriparatide", "H05AA02");
        MedicineCases("naproxen", "naproxen", "M01AE02");
        MedicineCases("nifedipine", "nifedipine", "C08CA05");
        MedicineCases("other-cramp-drug", "lithium", "N05AN01");
        Absent("short-acting-beta-agonist", "a long-acting ATC code", Of(WithMedications(Atc("R03AC13"))));
        Present("statin", "brand LIPITOR", Of(WithMedications(new Medication("LIPITOR"))));
        Present("statin", "generic with its salt and strength", Of(WithMedications(new Medication("Atorvastatin calcium 20 mg tablet"))));
        Present("statin", "combination brand Vytorin", Of(WithMedications(new Medication("Vytorin 10/40"))));
        Present("long-acting-beta-agonist", "combination inhaler Symbicort", Of(WithMedications(new Medication("Symbicort Turbohaler"))));
        Present("diuretic-thiazide", "combination named generically", Of(WithMedications(new Medication("Hydrochlorothiazide / lisinopril"))));
        Present("diuretic-thiazide", "two-word brand Lotensin HCT", Of(WithMedications(new Medication("Lotensin HCT 20-25"))));
        Absent("diuretic-thiazide", "Lotensin alone is not the HCT combination", Of(WithMedications(new Medication("Lotensin"))));
        Present("diuretic-potassium-sparing", "brand Dyazide names both diuretics", Of(WithMedications(new Medication("Dyazide"))));
        Present("diuretic-thiazide", "brand Dyazide names both diuretics", Of(WithMedications(new Medication("Dyazide"))));
        Present("diuretic-loop", "brand Lasix", Of(WithMedications(new Medication("Lasix 40mg"))));
        Present("short-acting-beta-agonist", "levalbuterol", Of(WithMedications(new Medication("levalbuterol"))));
        Absent("statin", "a name that only contains a brand inside a word", Of(WithMedications(new Medication("Lipitorx"))));
        Absent("iron-sucrose-iv", "iron alone is not iron sucrose", Of(WithMedications(new Medication("iron"))));

        var recent = new Medication("lisinopril") { StartedOn = new DateOnly(2026, 10, 14) };
        Present("new-medicine-temporal", "started 42 days before asOf, no diary", Of(WithMedications(recent)));
        Present("new-medicine-temporal", "started 90 days before asOf", Of(WithMedications(recent with { StartedOn = new DateOnly(2026, 8, 27) })));
        Present("new-medicine-temporal", "started 30 days before the first episode", Of(WithMedications(recent with { StartedOn = new DateOnly(2026, 10, 21) }), Episode()));
        Absent("new-medicine-temporal", "started 91 days before asOf", Of(WithMedications(recent with { StartedOn = new DateOnly(2026, 8, 26) })));
        Absent("new-medicine-temporal", "started after the first episode", Of(WithMedications(recent with { StartedOn = new DateOnly(2026, 11, 21) }), Episode()));
        Absent("new-medicine-temporal", "no medicines", Of(noMedicines));
        Unknown("new-medicine-temporal", "a start date missing", Of(WithMedications(new Medication("lisinopril"))));
        Unknown("new-medicine-temporal", "medicines unknown", none);

        Present("flag-new-medicine", "a medicine started within the window", Of(WithMedications(recent)), Urgency.Soon);
        Absent("flag-new-medicine", "no medicines", Of(noMedicines));
        Unknown("flag-new-medicine", "medicines unknown", none);

        // 5c. Laboratory values
        Present("hypokalemia", "potassium 3.4 mmol/L", Of(WithLabs(Lab("potassium", 3.4, "mmol/L"))));
        Present("hypokalemia", "potassium 3.4 mEq/L by LOINC", Of(WithLabs(new LabResult(null, "2823-3", 3.4, "mEq/L"))));
        Absent("hypokalemia", "potassium 3.5", Of(WithLabs(Lab("potassium", 3.5, "mmol/L"))));
        Absent("hypokalemia", "an older low result superseded", Of(WithLabs(
            Lab("potassium", 3.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 1, 5) },
            Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) })));
        Absent("hypokalemia", "an older low result superseded, listed after the newer one", Of(WithLabs(
            Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) },
            Lab("potassium", 3.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 1, 5) })));
        Present("hypokalemia", "a newer low result listed before an older normal one", Of(WithLabs(
            Lab("potassium", 3.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) },
            Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2026, 1, 5) })));
        Unknown("hypokalemia", "no potassium result", Of(WithLabs(Lab("sodium", 140, "mmol/L"))));
        Present("hypokalemia", "an undated low result beside a dated normal one (undated is not old)", Of(WithLabs(
            Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2021, 3, 1) },
            Lab("potassium", 2.3, "mmol/L"))));
        Absent("hypokalemia", "an undated normal result beside a dated normal one", Of(WithLabs(
            Lab("potassium", 4.1, "mmol/L") with { CollectedOn = new DateOnly(2021, 3, 1) },
            Lab("potassium", 3.9, "mmol/L"))));
        Present("hypokalemia", "a low dated result of the latest date beside an undated normal one", Of(WithLabs(
            Lab("potassium", 3.9, "mmol/L"),
            Lab("potassium", 3.2, "mmol/L") with { CollectedOn = new DateOnly(2026, 11, 1) })));

        Present("hypomagnesemia", "magnesium 0.69 mmol/L", Of(WithLabs(Lab("magnesium", 0.69, "mmol/L"))));
        Present("hypomagnesemia", "magnesium 1.6 mg/dL (0.66 mmol/L)", Of(WithLabs(Lab("magnesium", 1.6, "mg/dL"))));
        Absent("hypomagnesemia", "magnesium 0.70 mmol/L", Of(WithLabs(Lab("magnesium", 0.70, "mmol/L"))));
        Absent("hypomagnesemia", "magnesium 1.4 mEq/L (0.70 mmol/L)", Of(WithLabs(Lab("magnesium", 1.4, "mEq/L"))));
        Unknown("hypomagnesemia", "no magnesium result", none);

        Present("hypocalcemia", "total calcium 2.11 mmol/L", Of(WithLabs(Lab("calcium", 2.11, "mmol/L"))));
        Present("hypocalcemia", "total calcium 8.4 mg/dL", Of(WithLabs(Lab("calcium", 8.4, "mg/dL"))));
        Present("hypocalcemia", "calcium 2.20 corrected down by albumin 5.0 g/dL", Of(WithLabs(Lab("calcium", 2.20, "mmol/L"), Lab("albumin", 5.0, "g/dL"))));
        Present("hypocalcemia", "ionised calcium 1.14 mmol/L", Of(WithLabs(Lab("ionized-calcium", 1.14, "mmol/L"))));
        Absent("hypocalcemia", "calcium 2.05 corrected up by albumin 30 g/L", Of(WithLabs(Lab("calcium", 2.05, "mmol/L"), Lab("albumin", 30, "g/L"), Lab("ionized-calcium", 1.2, "mmol/L"))));
        Absent("hypocalcemia", "total 8.5 mg/dL and ionised 1.15", Of(WithLabs(Lab("calcium", 8.5, "mg/dL"), Lab("ionized-calcium", 1.15, "mmol/L"))));
        Unknown("hypocalcemia", "total normal, ionised unknown", Of(WithLabs(Lab("calcium", 2.3, "mmol/L"))));
        Unknown("hypocalcemia", "no calcium result", none);

        Present("hyponatremia", "sodium 134", Of(WithLabs(Lab("sodium", 134, "mmol/L"))));
        Absent("hyponatremia", "sodium 135", Of(WithLabs(Lab("sodium", 135, "mEq/L"))));
        Unknown("hyponatremia", "no sodium result", none);

        Present("polymyalgia-pattern", "morning stiffness of shoulders and hips at 50", Of(With(new Symptoms { MorningStiffnessShouldersHips = true }) with { AgeYears = 50 }));
        Absent("polymyalgia-pattern", "morning stiffness at 49", Of(With(new Symptoms { MorningStiffnessShouldersHips = true }) with { AgeYears = 49 }));
        Absent("polymyalgia-pattern", "no morning stiffness at 70", Of(With(new Symptoms { MorningStiffnessShouldersHips = false }) with { AgeYears = 70 }));
        Unknown("polymyalgia-pattern", "morning stiffness, age unknown", Of(With(new Symptoms { MorningStiffnessShouldersHips = true })));
        Unknown("polymyalgia-pattern", "not asked", Of(Nothing with { AgeYears = 70 }));

        // 6. Red flags
        Present("flag-chest-or-breathing", "chest pain", Of(With(new Symptoms { ChestPainOrBreathlessness = true })), Urgency.Emergency);
        Present("flag-chest-or-breathing", "an episode in the chest", Of(Episode(MuscleRegion.Chest)), Urgency.Emergency);
        Absent("flag-chest-or-breathing", "no chest pain", Of(With(new Symptoms { ChestPainOrBreathlessness = false }), Episode()));
        Unknown("flag-chest-or-breathing", "not asked", Of(Episode()));

        Present("flag-heat-stroke", "confusion with a high temperature", Of(With(new Symptoms { ConfusionOrFainting = true, HighTemperature = true })), Urgency.Emergency);
        Present("flag-heat-stroke", "fainting with heavy sweating", Of(With(new Symptoms { ConfusionOrFainting = true }) with { Lifestyle = new Lifestyle { HeatOrHeavySweating = true } }), Urgency.Emergency);
        Absent("flag-heat-stroke", "no confusion", Of(With(new Symptoms { ConfusionOrFainting = false })));
        Absent("flag-heat-stroke", "confusion without heat or fever", Of(With(new Symptoms { ConfusionOrFainting = true, HighTemperature = false }) with { Lifestyle = new Lifestyle { HeatOrHeavySweating = false, RecentVomitingOrDiarrhea = false } }));
        Unknown("flag-heat-stroke", "confusion, temperature unknown", Of(With(new Symptoms { ConfusionOrFainting = true })));

        Present("flag-rhabdomyolysis", "dark urine with severe pain", Of(With(new Symptoms { DarkOrScantUrine = true, SevereMusclePainOrSwelling = true })), Urgency.Emergency);
        Present("flag-rhabdomyolysis", "dark urine with new weakness", Of(With(new Symptoms { DarkOrScantUrine = true, NewWeakness = true })), Urgency.Emergency);
        Present("flag-rhabdomyolysis", "CK 1000 U/L with dark urine", Of(WithLabs(Lab("creatine-kinase", 1000, "U/L")) with { Symptoms = new Symptoms { DarkOrScantUrine = true } }), Urgency.Emergency);
        Present("flag-rhabdomyolysis", "CK 1000 U/L alone, nothing else known", Of(WithLabs(Lab("creatine-kinase", 1000, "U/L"))), Urgency.Urgent);
        Present("flag-rhabdomyolysis", "CK 1000 U/L with pain, clear urine", Of(WithLabs(Lab("creatine-kinase", 1000, "IU/L")) with { Symptoms = new Symptoms { SevereMusclePainOrSwelling = true, DarkOrScantUrine = false } }), Urgency.Urgent);
        Present("flag-rhabdomyolysis", "CK 1000 U/L, no pain, clear urine", Of(WithLabs(Lab("creatine-kinase", 1000, "IU/L")) with { Symptoms = new Symptoms { SevereMusclePainOrSwelling = false, DarkOrScantUrine = false } }), Urgency.Urgent);
        Absent("flag-rhabdomyolysis", "dark urine alone, no pain or weakness, no CK", Of(WithLabs(Lab("creatine-kinase", 150, "U/L")) with { Symptoms = new Symptoms { DarkOrScantUrine = true, SevereMusclePainOrSwelling = false, NewWeakness = false } }));
        Absent("flag-rhabdomyolysis", "CK 999 U/L, clear urine", Of(WithLabs(Lab("creatine-kinase", 999, "U/L")) with { Symptoms = new Symptoms { DarkOrScantUrine = false } }));
        Unknown("flag-rhabdomyolysis", "nothing asked", none);

        Present("flag-severe-potassium", "potassium 2.4", Of(WithLabs(Lab("potassium", 2.4, "mmol/L"))), Urgency.Emergency);
        Present("flag-severe-potassium", "potassium 2.5", Of(WithLabs(Lab("potassium", 2.5, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 2.9", Of(WithLabs(Lab("potassium", 2.9, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 6.0", Of(WithLabs(Lab("potassium", 6.0, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 6.4", Of(WithLabs(Lab("potassium", 6.4, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 6.5", Of(WithLabs(Lab("potassium", 6.5, "mmol/L"))), Urgency.Emergency);
        Present("flag-severe-potassium", "potassium 6.6", Of(WithLabs(Lab("potassium", 6.6, "mmol/L"))), Urgency.Emergency);
        Absent("flag-severe-potassium", "potassium 3.0", Of(WithLabs(Lab("potassium", 3.0, "mmol/L"))));
        Absent("flag-severe-potassium", "potassium 5.9", Of(WithLabs(Lab("potassium", 5.9, "mmol/L"))));
        Unknown("flag-severe-potassium", "no potassium", none);

        Present("flag-severe-sodium", "sodium 120", Of(WithLabs(Lab("sodium", 120, "mmol/L"))), Urgency.Emergency);
        Present("flag-severe-sodium", "sodium 121", Of(WithLabs(Lab("sodium", 121, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-sodium", "sodium 129", Of(WithLabs(Lab("sodium", 129, "mmol/L"))), Urgency.Urgent);
        Absent("flag-severe-sodium", "sodium 130", Of(WithLabs(Lab("sodium", 130, "mmol/L"))));
        Unknown("flag-severe-sodium", "no sodium", none);

        Present("flag-tetany", "throat tightening", Of(With(new Symptoms { ThroatTighteningOrSeizure = true })), Urgency.Emergency);
        Present("flag-tetany", "hands locking in spasm", Of(With(new Symptoms { HandsOrFeetLockingInSpasm = true })), Urgency.Urgent);
        Present("flag-tetany", "tingling around the mouth", Of(With(new Symptoms { TinglingAroundMouth = true, ThroatTighteningOrSeizure = false })), Urgency.Urgent);
        Absent("flag-tetany", "none of the signs", Of(With(new Symptoms { ThroatTighteningOrSeizure = false, HandsOrFeetLockingInSpasm = false, TinglingAroundMouth = false })));
        Unknown("flag-tetany", "throat unknown", Of(With(new Symptoms { HandsOrFeetLockingInSpasm = false, TinglingAroundMouth = false })));

        Present("flag-severe-calcium", "total calcium 1.89 mmol/L", Of(WithLabs(Lab("calcium", 1.89, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-calcium", "total calcium 7.5 mg/dL", Of(WithLabs(Lab("calcium", 7.5, "mg/dL"))), Urgency.Urgent);
        Present("flag-severe-calcium", "ionised calcium 0.79", Of(WithLabs(Lab("ionized-calcium", 0.79, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-calcium", "low calcium with tingling around the mouth", Of(WithLabs(Lab("calcium", 2.05, "mmol/L")) with { Symptoms = new Symptoms { TinglingAroundMouth = true } }), Urgency.Emergency);
        Present("flag-severe-calcium", "low ionised calcium with hands locking in spasm", Of(WithLabs(Lab("ionized-calcium", 1.1, "mmol/L")) with { Symptoms = new Symptoms { HandsOrFeetLockingInSpasm = true } }), Urgency.Emergency);
        Present("flag-severe-calcium", "very low calcium with a seizure", Of(WithLabs(Lab("calcium", 1.7, "mmol/L")) with { Symptoms = new Symptoms { ThroatTighteningOrSeizure = true } }), Urgency.Emergency);
        Absent("flag-severe-calcium", "total 1.90, ionised 0.80", Of(WithLabs(Lab("calcium", 1.90, "mmol/L"), Lab("ionized-calcium", 0.80, "mmol/L")) with { Symptoms = new Symptoms { TinglingAroundMouth = false, HandsOrFeetLockingInSpasm = false, ThroatTighteningOrSeizure = false } }));
        Absent("flag-severe-calcium", "normal calcium with tingling around the mouth", Of(WithLabs(Lab("calcium", 2.3, "mmol/L"), Lab("ionized-calcium", 1.2, "mmol/L")) with { Symptoms = new Symptoms { TinglingAroundMouth = true } }));
        Absent("flag-severe-calcium", "total 1.80 corrected to 2.00 by albumin 3.0, ionised 0.80", Of(WithLabs(Lab("calcium", 1.80, "mmol/L"), Lab("albumin", 3.0, "g/dL"), Lab("ionized-calcium", 0.80, "mmol/L")) with { Symptoms = new Symptoms { TinglingAroundMouth = false, HandsOrFeetLockingInSpasm = false, ThroatTighteningOrSeizure = false } }));

        Present("flag-severe-magnesium", "magnesium 0.39 mmol/L", Of(WithLabs(Lab("magnesium", 0.39, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-magnesium", "magnesium 0.9 mg/dL (0.37 mmol/L)", Of(WithLabs(Lab("magnesium", 0.9, "mg/dL"))), Urgency.Urgent);
        Absent("flag-severe-magnesium", "magnesium 0.40 mmol/L", Of(WithLabs(Lab("magnesium", 0.40, "mmol/L"))));
        Unknown("flag-severe-magnesium", "no magnesium", none);
        Unknown("flag-severe-calcium", "total normal, ionised unknown", Of(WithLabs(Lab("calcium", 2.3, "mmol/L"))));

        Present("flag-leg-clot", "one swollen leg", Of(With(new Symptoms { OneSidedLegSwelling = true })), Urgency.Urgent);
        Present("flag-leg-clot", "one swollen leg with chest pain", Of(With(new Symptoms { OneSidedLegSwelling = true, ChestPainOrBreathlessness = true })), Urgency.Emergency);
        Absent("flag-leg-clot", "no swelling", Of(With(new Symptoms { OneSidedLegSwelling = false })));
        Unknown("flag-leg-clot", "not asked", none);

        Present("flag-confusion-or-fainting", "confusion alone", Of(With(new Symptoms { ConfusionOrFainting = true })), Urgency.Urgent);
        Absent("flag-confusion-or-fainting", "no confusion", Of(With(new Symptoms { ConfusionOrFainting = false })));
        Unknown("flag-confusion-or-fainting", "not asked", none);

        Present("flag-muscle-injury-signs", "severe muscle pain alone", Of(With(new Symptoms { SevereMusclePainOrSwelling = true })), Urgency.Urgent);
        Present("flag-muscle-injury-signs", "dark urine alone", Of(With(new Symptoms { DarkOrScantUrine = true })), Urgency.Urgent);
        Absent("flag-muscle-injury-signs", "neither", Of(With(new Symptoms { SevereMusclePainOrSwelling = false, DarkOrScantUrine = false })));
        Unknown("flag-muscle-injury-signs", "urine unknown", Of(With(new Symptoms { SevereMusclePainOrSwelling = false })));

        Present("flag-fever", "high temperature with severe muscle pain", Of(With(new Symptoms { HighTemperature = true, SevereMusclePainOrSwelling = true })), Urgency.Urgent);
        Present("flag-fever", "high temperature alone", Of(With(new Symptoms { HighTemperature = true })), Urgency.Soon);
        Present("flag-fever", "high temperature, no severe pain", Of(With(new Symptoms { HighTemperature = true, SevereMusclePainOrSwelling = false })), Urgency.Soon);
        Absent("flag-fever", "no high temperature", Of(With(new Symptoms { HighTemperature = false, SevereMusclePainOrSwelling = true })));
        Unknown("flag-fever", "not asked", none);

        Present("flag-fluid-loss", "vomiting or diarrhoea", Of(With(new Lifestyle { RecentVomitingOrDiarrhea = true })), Urgency.Urgent);
        Absent("flag-fluid-loss", "none", Of(With(new Lifestyle { RecentVomitingOrDiarrhea = false })));
        Unknown("flag-fluid-loss", "not asked", none);

        var heat = new Lifestyle { HeatOrHeavySweating = true };
        Present("flag-heat-cramps-persisting", "in the heat, an episode over an hour", Of(With(heat), Episode() with { DurationSeconds = 3601 }), Urgency.Urgent);
        Present("flag-heat-cramps-persisting", "in the heat, longest 61 minutes reported", Of(With(heat) with { CrampPattern = new CrampPattern { LongestMinutes = 61 } }), Urgency.Urgent);
        Present("flag-heat-cramps-persisting", "in the heat with heart failure", Of(With(heat) with { Conditions = [new Condition("heart-failure")] }), Urgency.Urgent);
        Present("flag-heat-cramps-persisting", "in the heat on a low-salt diet", Of(With(heat with { LowSaltDiet = true })), Urgency.Urgent);
        Absent("flag-heat-cramps-persisting", "in the heat, an hour exactly, no heart or diet factor", Of(With(heat with { RestrictedDiet = false, LowSaltDiet = false }) with { Conditions = [] }, Episode() with { DurationSeconds = 3600 }));
        Absent("flag-heat-cramps-persisting", "a long cramp without heat or fluid loss", Of(With(new Lifestyle { HeatOrHeavySweating = false, RecentVomitingOrDiarrhea = false }), Episode() with { DurationSeconds = 4000 }));
        Unknown("flag-heat-cramps-persisting", "in the heat, length and history unknown", Of(With(heat)));
        Unknown("flag-heat-cramps-persisting", "in the heat, an episode of 5 minutes and one of unknown length, no heart or diet factor", Of(With(heat with { RestrictedDiet = false, LowSaltDiet = false }) with { Conditions = [] }, Episode() with { DurationSeconds = 300 }, Episode()));

        Present("flag-atypical-site", "an episode in the hand", Of(Episode(MuscleRegion.Hand)), Urgency.Routine);
        Present("flag-atypical-site", "an episode in the abdomen", Of(Episode(), Episode(MuscleRegion.Abdomen)), Urgency.Routine);
        Present("flag-atypical-site", "an episode in the arm", Of(Episode(MuscleRegion.Arm)), Urgency.Routine);
        Present("flag-atypical-site", "an episode in the neck", Of(Episode(MuscleRegion.Neck)), Urgency.Routine);
        Absent("flag-atypical-site", "calf and back episodes", Of(Episode(), Episode(MuscleRegion.Back)));
        Unknown("flag-atypical-site", "no diary", none);

        Present("flag-weakness-or-wasting", "new weakness", Of(With(new Symptoms { NewWeakness = true })), Urgency.Urgent);
        Present("flag-weakness-or-wasting", "wasting", Of(With(new Symptoms { MuscleWasting = true })), Urgency.Urgent);
        Absent("flag-weakness-or-wasting", "twitching alone", Of(With(new Symptoms { NewWeakness = false, MuscleWasting = false, MuscleTwitching = true })));
        Absent("flag-weakness-or-wasting", "none", Of(With(new Symptoms { NewWeakness = false, MuscleWasting = false, MuscleTwitching = false })));
        Unknown("flag-weakness-or-wasting", "wasting unknown", Of(With(new Symptoms { NewWeakness = false })));

        var statin = new Medication("simvastatin");
        Present("flag-statin-muscle-symptoms", "statin with CK 10 × the upper limit", Of(WithMedications(statin) with { Labs = [Lab("creatine-kinase", 2000, "U/L")] }), Urgency.Urgent);
        Present("flag-statin-muscle-symptoms", "statin with CK just over 4 × the upper limit", Of(WithMedications(statin) with { Labs = [Lab("creatine-kinase", 801, "U/L")] }), Urgency.Soon);
        Present("flag-statin-muscle-symptoms", "statin with severe muscle pain", Of(WithMedications(statin) with { Symptoms = new Symptoms { SevereMusclePainOrSwelling = true } }), Urgency.Soon);
        Present("flag-statin-muscle-symptoms", "statin with new weakness", Of(WithMedications(statin) with { Symptoms = new Symptoms { NewWeakness = true } }), Urgency.Soon);
        Absent("flag-statin-muscle-symptoms", "statin, CK 4 × the upper limit, no pain or weakness", Of(WithMedications(statin) with { Labs = [Lab("creatine-kinase", 800, "U/L")], Symptoms = new Symptoms { SevereMusclePainOrSwelling = false, NewWeakness = false } }));
        Absent("flag-statin-muscle-symptoms", "no statin, CK 3000", Of(noMedicines with { Labs = [Lab("creatine-kinase", 3000, "U/L")] }));
        Unknown("flag-statin-muscle-symptoms", "statin, nothing else known", Of(WithMedications(statin)));

        Present("flag-giant-cell-arteritis", "new headache at 70", Of(With(new Symptoms { NewHeadacheJawPainOrVisionChange = true }) with { AgeYears = 70 }), Urgency.Urgent);
        Present("flag-giant-cell-arteritis", "new headache, age unknown", Of(With(new Symptoms { NewHeadacheJawPainOrVisionChange = true })), Urgency.Urgent);
        Absent("flag-giant-cell-arteritis", "new headache at 49", Of(With(new Symptoms { NewHeadacheJawPainOrVisionChange = true }) with { AgeYears = 49 }));
        Absent("flag-giant-cell-arteritis", "no headache at 70", Of(With(new Symptoms { NewHeadacheJawPainOrVisionChange = false }) with { AgeYears = 70 }));
        Unknown("flag-giant-cell-arteritis", "not asked", Of(Nothing with { AgeYears = 70 }));

        Present("flag-widespread", "a leg and the back (trunk)", Of(Episode(MuscleRegion.Calf), Episode(MuscleRegion.Back)), Urgency.Soon);
        Present("flag-widespread", "a hand (arm area) and the neck in one episode", Of(Episode(MuscleRegion.Hand, MuscleRegion.Neck)), Urgency.Soon);
        Absent("flag-widespread", "three leg muscles are one area", Of(Episode(MuscleRegion.Calf, MuscleRegion.Foot), Episode(MuscleRegion.Thigh), Episode(MuscleRegion.Hip)));
        Absent("flag-widespread", "hand and arm are one area", Of(Episode(MuscleRegion.Hand, MuscleRegion.Arm)));
        Absent("flag-widespread", "chest, abdomen and back are one area", Of(Episode(MuscleRegion.Chest), Episode(MuscleRegion.Abdomen, MuscleRegion.Back)));
        Unknown("flag-widespread", "no diary", none);

        Present("flag-claudication", "walking pain eased by rest", Of(With(new Symptoms { LegPainWithWalkingEasedByRest = true })), Urgency.Soon);
        Absent("flag-claudication", "none", Of(With(new Symptoms { LegPainWithWalkingEasedByRest = false })));
        Unknown("flag-claudication", "not asked", none);

        Present("flag-heavy-alcohol", "15 drinks a week", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 15 })), Urgency.Soon);
        Absent("flag-heavy-alcohol", "2 drinks a week", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 2 })));
        Unknown("flag-heavy-alcohol", "not asked", none);

        // The diary rate: episodes of asOf - 27 ... asOf, divided by the days from the earliest of them to asOf (at least 7), times 7.
        CrampEpisode[] OnDaysBefore(params int[] days) => [.. days.Select(d => Episode() with { StartedAt = At(2026, 11, 25, 3, 0).AddDays(-d) })];
        Present("flag-frequent", "3 a week reported", Of(With(new CrampPattern { EpisodesPerWeek = 3 })), Urgency.Routine);
        Present("flag-frequent", "4 episodes in the last 6 days: 4 / 7 × 7 = 4 a week", Of(OnDaysBefore(0, 2, 4, 5)), Urgency.Routine);
        Present("flag-frequent", "13 episodes over asOf - 25 ... asOf: 13 / 26 × 7 = 3.5 a week", Of(OnDaysBefore([25, .. Enumerable.Range(0, 12).Select(i => i * 2)])), Urgency.Routine);
        Present("flag-frequent", "3 episodes in the last week", Of(OnDaysBefore(0, 3, 6)), Urgency.Routine);
        Absent("flag-frequent", "2.5 a week reported", Of(With(new CrampPattern { EpisodesPerWeek = 2.5 })));
        Absent("flag-frequent", "3 episodes in 28 days from asOf - 27: 0.75 a week", Of(OnDaysBefore(27, 14, 0)));
        Absent("flag-frequent", "2 episodes in the last week", Of(OnDaysBefore(0, 6)));
        Absent("flag-frequent", "3 episodes over 8 days: 2.6 a week", Of(OnDaysBefore(7, 3, 0)));
        Absent("flag-frequent", "episodes before the 28-day window do not count", Of(OnDaysBefore(28, 29, 30, 31, 32, 0)));
        var undated = Episode() with { StartedAt = null };
        Present("flag-frequent", "3 dated episodes in the last week and one undated", Of([.. OnDaysBefore(0, 1, 2), undated]), Urgency.Routine);
        Unknown("flag-frequent", "2 dated episodes in the last week and one undated that could be the third", Of([.. OnDaysBefore(0, 6), undated]));
        Unknown("flag-frequent", "no diary, not asked", none);
        Unknown("flag-frequent", "1 a week reported, but 1 dated and 3 undated episodes could be 4 in a week", Of(With(new CrampPattern { EpisodesPerWeek = 1 }), [.. OnDaysBefore(0), undated, undated, undated]));
        Present("flag-frequent", "3 a week reported, beside undated episodes", Of(With(new CrampPattern { EpisodesPerWeek = 3 }), [.. OnDaysBefore(0), undated]), Urgency.Routine);
        Absent("flag-frequent", "1 a week reported and a diary of 1 dated episode", Of(With(new CrampPattern { EpisodesPerWeek = 1 }), OnDaysBefore(0)));

        Present("flag-prolonged-or-unrelieved", "an episode of 601 s", Of(Episode() with { DurationSeconds = 601 }), Urgency.Routine);
        Present("flag-prolonged-or-unrelieved", "longest 11 minutes reported", Of(With(new CrampPattern { LongestMinutes = 11 })), Urgency.Routine);
        Present("flag-prolonged-or-unrelieved", "an episode stretching did not relieve", Of(Episode() with { DurationSeconds = 60, RelievedByStretching = false }), Urgency.Routine);
        Present("flag-prolonged-or-unrelieved", "stretching reported not to help", Of(With(new CrampPattern { RelievedByStretching = false })), Urgency.Routine);
        Absent("flag-prolonged-or-unrelieved", "600 s, relieved", Of(Episode() with { DurationSeconds = 600, RelievedByStretching = true }));
        Absent("flag-prolonged-or-unrelieved", "10 minutes reported, relieved", Of(With(new CrampPattern { LongestMinutes = 10, RelievedByStretching = true })));
        Unknown("flag-prolonged-or-unrelieved", "short, relief unknown", Of(Episode() with { DurationSeconds = 60 }));
        // Three-valued over the diary: an episode that does not say how long it lasted, or whether stretching helped, may be
        // the long or unrelieved one, unless the self-report covers it.
        Absent("flag-prolonged-or-unrelieved", "two short episodes, both relieved", Of(Episode() with { DurationSeconds = 60, RelievedByStretching = true }, Episode() with { DurationSeconds = 90, RelievedByStretching = true }));
        Unknown("flag-prolonged-or-unrelieved", "a short relieved episode and a short one that does not say", Of(Episode() with { DurationSeconds = 60, RelievedByStretching = true }, Episode() with { DurationSeconds = 60 }));
        Unknown("flag-prolonged-or-unrelieved", "a short relieved episode and a relieved one of unknown length", Of(Episode() with { DurationSeconds = 60, RelievedByStretching = true }, Episode() with { RelievedByStretching = true }));
        Present("flag-prolonged-or-unrelieved", "an episode of 601 s beside one of unknown length", Of(Episode() with { DurationSeconds = 601 }, Episode()), Urgency.Routine);
        Absent("flag-prolonged-or-unrelieved", "longest 5 minutes and relieved, reported, speak for an episode that does not say", Of(With(new CrampPattern { LongestMinutes = 5, RelievedByStretching = true }), Episode()));

        Present("flag-twitching", "twitching alone", Of(With(new Symptoms { MuscleTwitching = true })), Urgency.Routine);
        Absent("flag-twitching", "no twitching", Of(With(new Symptoms { MuscleTwitching = false })));
        Unknown("flag-twitching", "not asked", none);

        var dialysis = WithConditions(new Condition("hemodialysis"));
        Present("flag-dialysis-cramps", "on dialysis, cramps during sessions", Of(dialysis with { CrampPattern = new CrampPattern { DuringDialysis = true } }), Urgency.Routine);
        Present("flag-dialysis-cramps", "on dialysis, an episode during a session", Of(dialysis, Episode() with { Setting = EpisodeSetting.DuringDialysis }), Urgency.Routine);
        Absent("flag-dialysis-cramps", "on dialysis, not during sessions", Of(dialysis with { CrampPattern = new CrampPattern { DuringDialysis = false } }));
        Absent("flag-dialysis-cramps", "not on dialysis", Of(noConditions with { CrampPattern = new CrampPattern { DuringDialysis = false } }));
        Unknown("flag-dialysis-cramps", "on dialysis, timing unknown", Of(dialysis));
        return cases;
    }
}
