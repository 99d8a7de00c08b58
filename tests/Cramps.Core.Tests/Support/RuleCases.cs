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
        Unknown("hypokalemia", "no potassium result", Of(WithLabs(Lab("sodium", 140, "mmol/L"))));

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
        Present("flag-rhabdomyolysis", "CK 1000 U/L, pain not denied", Of(WithLabs(Lab("creatine-kinase", 1000, "U/L"))), Urgency.Emergency);
        Absent("flag-rhabdomyolysis", "CK 1000 U/L, no pain, clear urine", Of(WithLabs(Lab("creatine-kinase", 1000, "IU/L")) with { Symptoms = new Symptoms { SevereMusclePainOrSwelling = false, DarkOrScantUrine = false } }));
        Absent("flag-rhabdomyolysis", "CK 999 U/L, clear urine", Of(WithLabs(Lab("creatine-kinase", 999, "U/L")) with { Symptoms = new Symptoms { DarkOrScantUrine = false } }));
        Unknown("flag-rhabdomyolysis", "nothing asked", none);

        Present("flag-severe-potassium", "potassium 2.4", Of(WithLabs(Lab("potassium", 2.4, "mmol/L"))), Urgency.Emergency);
        Present("flag-severe-potassium", "potassium 2.5", Of(WithLabs(Lab("potassium", 2.5, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 2.9", Of(WithLabs(Lab("potassium", 2.9, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 6.0", Of(WithLabs(Lab("potassium", 6.0, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-potassium", "potassium 6.5", Of(WithLabs(Lab("potassium", 6.5, "mmol/L"))), Urgency.Urgent);
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

        Present("flag-severe-calcium", "total calcium 1.74 mmol/L", Of(WithLabs(Lab("calcium", 1.74, "mmol/L"))), Urgency.Urgent);
        Present("flag-severe-calcium", "total calcium 6.8 mg/dL", Of(WithLabs(Lab("calcium", 6.8, "mg/dL"))), Urgency.Urgent);
        Present("flag-severe-calcium", "ionised calcium 0.79", Of(WithLabs(Lab("ionized-calcium", 0.79, "mmol/L"))), Urgency.Urgent);
        Absent("flag-severe-calcium", "total 1.80 corrected to 2.00 by albumin 3.0, ionised 0.80", Of(WithLabs(Lab("calcium", 1.80, "mmol/L"), Lab("albumin", 3.0, "g/dL"), Lab("ionized-calcium", 0.80, "mmol/L"))));
        Unknown("flag-severe-calcium", "total normal, ionised unknown", Of(WithLabs(Lab("calcium", 2.3, "mmol/L"))));

        Present("flag-leg-clot", "one swollen leg", Of(With(new Symptoms { OneSidedLegSwelling = true })), Urgency.Urgent);
        Present("flag-leg-clot", "one swollen leg with chest pain", Of(With(new Symptoms { OneSidedLegSwelling = true, ChestPainOrBreathlessness = true })), Urgency.Emergency);
        Absent("flag-leg-clot", "no swelling", Of(With(new Symptoms { OneSidedLegSwelling = false })));
        Unknown("flag-leg-clot", "not asked", none);

        Present("flag-fluid-loss", "vomiting or diarrhoea", Of(With(new Lifestyle { RecentVomitingOrDiarrhea = true })), Urgency.Urgent);
        Absent("flag-fluid-loss", "none", Of(With(new Lifestyle { RecentVomitingOrDiarrhea = false })));
        Unknown("flag-fluid-loss", "not asked", none);

        Present("flag-atypical-site", "an episode in the hand", Of(Episode(MuscleRegion.Hand)), Urgency.Urgent);
        Present("flag-atypical-site", "an episode in the abdomen", Of(Episode(), Episode(MuscleRegion.Abdomen)), Urgency.Urgent);
        Present("flag-atypical-site", "an episode in the arm", Of(Episode(MuscleRegion.Arm)), Urgency.Urgent);
        Present("flag-atypical-site", "an episode in the neck", Of(Episode(MuscleRegion.Neck)), Urgency.Urgent);
        Absent("flag-atypical-site", "calf and back episodes", Of(Episode(), Episode(MuscleRegion.Back)));
        Unknown("flag-atypical-site", "no diary", none);

        Present("flag-weakness-or-wasting", "new weakness", Of(With(new Symptoms { NewWeakness = true })), Urgency.Urgent);
        Present("flag-weakness-or-wasting", "wasting", Of(With(new Symptoms { MuscleWasting = true })), Urgency.Urgent);
        Present("flag-weakness-or-wasting", "twitching", Of(With(new Symptoms { MuscleTwitching = true })), Urgency.Urgent);
        Absent("flag-weakness-or-wasting", "none", Of(With(new Symptoms { NewWeakness = false, MuscleWasting = false, MuscleTwitching = false })));
        Unknown("flag-weakness-or-wasting", "twitching unknown", Of(With(new Symptoms { NewWeakness = false, MuscleWasting = false })));

        Present("flag-widespread", "three leg regions", Of(Episode(MuscleRegion.Calf, MuscleRegion.Foot), Episode(MuscleRegion.Thigh)), Urgency.Soon);
        Present("flag-widespread", "a leg and the back", Of(Episode(MuscleRegion.Calf), Episode(MuscleRegion.Back)), Urgency.Soon);
        Absent("flag-widespread", "calf and foot only", Of(Episode(MuscleRegion.Calf), Episode(MuscleRegion.Foot)));
        Absent("flag-widespread", "hand and arm only", Of(Episode(MuscleRegion.Hand, MuscleRegion.Arm)));
        Unknown("flag-widespread", "no diary", none);

        Present("flag-claudication", "walking pain eased by rest", Of(With(new Symptoms { LegPainWithWalkingEasedByRest = true })), Urgency.Soon);
        Absent("flag-claudication", "none", Of(With(new Symptoms { LegPainWithWalkingEasedByRest = false })));
        Unknown("flag-claudication", "not asked", none);

        Present("flag-heavy-alcohol", "15 drinks a week", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 15 })), Urgency.Soon);
        Absent("flag-heavy-alcohol", "2 drinks a week", Of(With(new Lifestyle { AlcoholDrinksPerWeek = 2 })));
        Unknown("flag-heavy-alcohol", "not asked", none);

        var twelveInWindow = Enumerable.Range(0, 12).Select(i => Episode() with { StartedAt = At(2026, 11, 25 - (i * 2), 3, 0) }).ToArray();
        var elevenInWindow = twelveInWindow[..11].Append(Episode() with { StartedAt = At(2026, 10, 28, 3, 0) }).ToArray();
        Present("flag-frequent", "3 a week reported", Of(With(new CrampPattern { EpisodesPerWeek = 3 })), Urgency.Routine);
        Present("flag-frequent", "12 episodes in the last 28 days", Of(twelveInWindow), Urgency.Routine);
        Absent("flag-frequent", "2.5 a week reported", Of(With(new CrampPattern { EpisodesPerWeek = 2.5 })));
        Absent("flag-frequent", "11 episodes in the window and one just before it", Of(elevenInWindow));
        var undated = Episode() with { StartedAt = null };
        Present("flag-frequent", "12 dated episodes in the window and one undated", Of([.. twelveInWindow, undated]), Urgency.Routine);
        Unknown("flag-frequent", "11 dated episodes in the window and one undated that could be the 12th", Of([.. twelveInWindow[..11], undated]));
        Unknown("flag-frequent", "no diary, not asked", none);

        Present("flag-prolonged-or-unrelieved", "an episode of 601 s", Of(Episode() with { DurationSeconds = 601 }), Urgency.Routine);
        Present("flag-prolonged-or-unrelieved", "longest 11 minutes reported", Of(With(new CrampPattern { LongestMinutes = 11 })), Urgency.Routine);
        Present("flag-prolonged-or-unrelieved", "an episode stretching did not relieve", Of(Episode() with { DurationSeconds = 60, RelievedByStretching = false }), Urgency.Routine);
        Present("flag-prolonged-or-unrelieved", "stretching reported not to help", Of(With(new CrampPattern { RelievedByStretching = false })), Urgency.Routine);
        Absent("flag-prolonged-or-unrelieved", "600 s, relieved", Of(Episode() with { DurationSeconds = 600, RelievedByStretching = true }));
        Absent("flag-prolonged-or-unrelieved", "10 minutes reported, relieved", Of(With(new CrampPattern { LongestMinutes = 10, RelievedByStretching = true })));
        Unknown("flag-prolonged-or-unrelieved", "short, relief unknown", Of(Episode() with { DurationSeconds = 60 }));

        var dialysis = WithConditions(new Condition("hemodialysis"));
        Present("flag-dialysis-cramps", "on dialysis, cramps during sessions", Of(dialysis with { CrampPattern = new CrampPattern { DuringDialysis = true } }), Urgency.Routine);
        Present("flag-dialysis-cramps", "on dialysis, an episode during a session", Of(dialysis, Episode() with { Setting = EpisodeSetting.DuringDialysis }), Urgency.Routine);
        Absent("flag-dialysis-cramps", "on dialysis, not during sessions", Of(dialysis with { CrampPattern = new CrampPattern { DuringDialysis = false } }));
        Absent("flag-dialysis-cramps", "not on dialysis", Of(noConditions with { CrampPattern = new CrampPattern { DuringDialysis = false } }));
        Unknown("flag-dialysis-cramps", "on dialysis, timing unknown", Of(dialysis));
        return cases;
    }
}
