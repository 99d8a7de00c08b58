namespace Cramps.Core.Benchmarks.Engines;

/// <summary>Generates seeded patients for the head-to-head, and turns each into the request Cramps.Core evaluates.</summary>
public static class PatientGenerator
{
    private static readonly string[] Sexes = ["female", "male", "other", "unknown"];

    private static readonly string[] ConditionIds =
    [
        "heart-failure", "chronic-kidney-disease", "hemodialysis", "cirrhosis", "peripheral-artery-disease", "venous-insufficiency",
        "hypothyroidism", "hyperthyroidism", "diabetes", "peripheral-neuropathy", "lumbar-stenosis-radiculopathy",
        "motor-neuron-disease", "multiple-sclerosis", "myasthenia-gravis", "parkinsonism",
    ];

    /// <summary>ICD-10-CM codes: most map to a condition, a few (asthma, hypertension) to none.</summary>
    private static readonly string[] IcdCodes =
    [
        "I50.9", "N18.3", "Z99.2", "Z49.01", "K74.60", "K70.30", "I73.9", "I70.211", "I83.90", "I87.2", "E03.9", "E05.00",
        "E11.9", "E10.9", "E11.40", "G62.9", "G60.0", "M48.061", "M54.16", "G12.21", "G35", "G70.00", "G20", "G21.4", "J45.909", "I10",
    ];

    /// <summary>Generic names of every medicine class, and two medicines in none.</summary>
    private static readonly string[] MedicineNames =
    [
        "hydrochlorothiazide", "indapamide", "furosemide", "torsemide", "spironolactone", "amiloride", "atorvastatin", "rosuvastatin",
        "salmeterol", "formoterol", "salbutamol", "albuterol", "iron sucrose", "estradiol", "raloxifene", "teriparatide", "naproxen",
        "nifedipine", "imatinib", "prednisone", "lithium", "metformin", "lisinopril",
    ];

    private static readonly string[] AtcCodes =
    [
        "C03AA03", "C03BA11", "C03EA01", "C03CA01", "C03DA01", "C10AA05", "C10BA02", "R03AC12", "R03AK06", "R03AC02", "B03AC02",
        "G03CA03", "G03XC01", "H05AA02", "M01AE02", "C08CA05", "L01EA01", "C10AB05", "H02AB06", "N05AN01", "A02BA01", "A10BA02", "C09AA03",
    ];

    /// <summary>Lab tests in canonical units, with value ranges around their thresholds.</summary>
    private static readonly (string Test, double Low, double High, string Unit)[] Labs =
    [
        ("potassium", 2.8, 5.2, "mmol/L"), ("magnesium", 0.5, 1.0, "mmol/L"), ("calcium", 1.9, 2.6, "mmol/L"),
        ("ionized-calcium", 1.0, 1.35, "mmol/L"), ("albumin", 2.5, 5.0, "g/dL"), ("sodium", 128, 145, "mmol/L"),
        ("tsh", 0.1, 8.0, "mIU/L"), ("egfr", 20, 110, "mL/min/1.73m2"),
    ];

    /// <summary>Generates patients; the same count and seed always give the same patients.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The patients.</returns>
    public static PatientRecord[] Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var asOf = new DateTime(2026, 11, 25);
        var patients = new PatientRecord[count];
        for (var i = 0; i < count; i++)
        {
            patients[i] = new PatientRecord
            {
                AsOf = asOf,
                AgeYears = random.Next(18, 95),
                Sex = Sexes[random.Next(Sexes.Length)],
                Conditions = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(2) == 0
                    ? new ConditionRecord { Id = ConditionIds[random.Next(ConditionIds.Length)] }
                    : new ConditionRecord { Icd10Cm = IcdCodes[random.Next(IcdCodes.Length)] })],
                Medications = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(2) == 0
                    ? new MedicationRecord { Name = MedicineNames[random.Next(MedicineNames.Length)], StartedOn = asOf.AddDays(-random.Next(0, 400)) }
                    : new MedicationRecord { Atc = AtcCodes[random.Next(AtcCodes.Length)], StartedOn = asOf.AddDays(-random.Next(0, 400)) })],
                Labs = [.. Labs.Where(_ => random.Next(5) < 2).Select(lab => new LabRecord
                {
                    Test = lab.Test,
                    Value = Math.Round(lab.Low + (random.NextDouble() * (lab.High - lab.Low)), 2),
                    Unit = lab.Unit,
                })],
                Lifestyle = new LifestyleRecord
                {
                    CaffeineMgPerDay = random.Next(0, 700),
                    CaffeineServingsPerDay = random.Next(0, 7),
                    AlcoholDrinksPerWeek = random.Next(0, 25),
                    RestrictedDiet = random.Next(6) == 0,
                    LowSaltDiet = random.Next(6) == 0,
                    FluidRestriction = random.Next(10) == 0,
                    RepetitiveMotionFatigue = random.Next(5) == 0,
                    ProlongedSittingOrStanding = random.Next(4) == 0,
                    RegularExerciseOrStretching = random.Next(3) != 0,
                    HeatOrHeavySweating = random.Next(6) == 0,
                    RecentVomitingOrDiarrhea = random.Next(15) == 0,
                    HomeParenteralNutrition = random.Next(40) == 0,
                },
                LegPainWithWalkingEasedByRest = random.Next(10) == 0,
                NumbnessOrTingling = random.Next(8) == 0,
                LegPainEasedByBendingForward = random.Next(10) == 0,
                CrampsDuringDialysis = random.Next(20) == 0,
            };
        }

        return patients;
    }

    /// <summary>Builds the request Cramps.Core evaluates from a patient: the same facts, in the library's model.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>The request, with no diary and every other input unknown.</returns>
    public static AssessmentRequest ToRequest(PatientRecord patient)
    {
        var lifestyle = patient.Lifestyle;
        return new AssessmentRequest(
            new PatientHistory
            {
                AgeYears = patient.AgeYears,
                Sex = patient.Sex switch
                {
                    "female" => Sex.Female,
                    "male" => Sex.Male,
                    "other" => Sex.Other,
                    _ => Sex.Unknown,
                },
                Conditions = [.. patient.Conditions.Select(c => c.Id is { } id ? new Condition(id) : new Condition(ConditionCodeSystem.Icd10Cm, c.Icd10Cm!))],
                Medications = [.. patient.Medications.Select(m => (m.Name is { } name ? new Medication(name) : new Medication(MedicationCodeSystem.Atc, m.Atc!)) with
                {
                    StartedOn = DateOnly.FromDateTime(m.StartedOn),
                })],
                Labs = [.. patient.Labs.Select(l => new LabResult(l.Test, l.Value, l.Unit))],
                Lifestyle = new Lifestyle
                {
                    CaffeineMgPerDay = lifestyle.CaffeineMgPerDay,
                    CaffeineServingsPerDay = lifestyle.CaffeineServingsPerDay,
                    AlcoholDrinksPerWeek = lifestyle.AlcoholDrinksPerWeek,
                    RestrictedDiet = lifestyle.RestrictedDiet,
                    LowSaltDiet = lifestyle.LowSaltDiet,
                    FluidRestriction = lifestyle.FluidRestriction,
                    RepetitiveMotionFatigue = lifestyle.RepetitiveMotionFatigue,
                    ProlongedSittingOrStanding = lifestyle.ProlongedSittingOrStanding,
                    RegularExerciseOrStretching = lifestyle.RegularExerciseOrStretching,
                    HeatOrHeavySweating = lifestyle.HeatOrHeavySweating,
                    RecentVomitingOrDiarrhea = lifestyle.RecentVomitingOrDiarrhea,
                    HomeParenteralNutrition = lifestyle.HomeParenteralNutrition,
                },
                Symptoms = new Symptoms
                {
                    LegPainWithWalkingEasedByRest = patient.LegPainWithWalkingEasedByRest,
                    NumbnessOrTingling = patient.NumbnessOrTingling,
                    LegPainEasedByBendingForward = patient.LegPainEasedByBendingForward,
                },
                CrampPattern = new CrampPattern { DuringDialysis = patient.CrampsDuringDialysis },
            },
            episodes: [],
            asOf: DateOnly.FromDateTime(patient.AsOf));
    }
}
