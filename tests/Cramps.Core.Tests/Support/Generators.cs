using Cramps.Core.Knowledge;
using CsCheck;

namespace Cramps.Core.Tests.Support;

/// <summary>CsCheck generators of valid requests that reach every rule: real codes, names, units and diary shapes.</summary>
public static class Generators
{
    public static readonly DateOnly Today = Requests.Today;

    private static readonly string[] ConditionIds = ["heart-failure", "hemodialysis", "cirrhosis", "diabetes", "motor-neuron-disease", "gout"];
    private static readonly string[] IcdCodes = ["N18.3", "I50.9", "K70.30", "I73.9", "E03.9", "E05.00", "G62.9", "M48.061", "G35", "G20", "I10", "Z99.2"];
    private static readonly string[] MedicineNames = ["hydrochlorothiazide", "furosemide", "spironolactone", "atorvastatin", "salmeterol", "albuterol", "naproxen", "nifedipine", "lithium", "lisinopril", "zzz", "LIPITOR 20 mg", "Symbicort", "Hydrochlorothiazide / lisinopril", "Lasix"];
    private static readonly string[] AtcCodes = ["C03AA03", "C03CA01", "C10AA05", "R03AC12", "G03XC01", "H05AA02", "C09AA05", "C03EA01"];
    private static readonly (string Test, string Unit, double Min, double Max)[] LabShapes =
    [
        ("potassium", "mmol/L", 2, 7), ("sodium", "mEq/L", 115, 145), ("magnesium", "mg/dL", 1, 3), ("calcium", "mg/dL", 6, 11),
        ("ionized-calcium", "mmol/L", 0.7, 1.4), ("albumin", "g/L", 20, 50), ("tsh", "mIU/L", 0.1, 8), ("creatine-kinase", "U/L", 50, 3000),
        ("egfr", "mL/min/1.73m2", 10, 110),
    ];

    public static readonly Gen<bool?> Answer = Gen.Bool.Nullable(0.5);

    public static readonly Gen<Symptoms> Symptoms = Answer.Array[Inputs.Symptoms.Count].Select(a => Answered(Core.Symptoms.Unknown, Inputs.Symptoms, a));

    public static readonly Gen<Lifestyle> Lifestyle = Gen.Select(
        Answer.Array[Inputs.LifestyleAnswers.Count], Gen.Double[0, 8].Nullable(0.5), Gen.Double[0, 800].Nullable(0.6), Gen.Double[0, 30].Nullable(0.5),
        (a, servings, mg, drinks) => Answered(new Lifestyle { CaffeineServingsPerDay = servings, CaffeineMgPerDay = mg, AlcoholDrinksPerWeek = drinks }, Inputs.LifestyleAnswers, a));

    public static readonly Gen<CrampPattern> Pattern = Gen.Select(
        Answer.Array[Inputs.PatternAnswers.Count], Gen.Double[0, 10].Nullable(0.5), Gen.Double[0, 30].Nullable(0.5),
        (a, perWeek, longest) => Answered(new CrampPattern { EpisodesPerWeek = perWeek, LongestMinutes = longest }, Inputs.PatternAnswers, a));

    public static readonly Gen<DateOnly?> PastDate = Gen.Int[0, 400].Select(d => Today.AddDays(-d)).Nullable(0.3);

    public static readonly Gen<Condition> Condition = Gen.OneOf(
        Gen.OneOf(ConditionIds).Select(id => new Condition(id)),
        Gen.OneOf(IcdCodes).Select(code => new Condition(ConditionCodeSystem.Icd10Cm, code)),
        Gen.OneOf("84114007", "86044005", "1234").Select(code => new Condition(ConditionCodeSystem.SnomedCt, code)));

    public static readonly Gen<Medication> Medication = Gen.Select(
        Gen.OneOf(
            Gen.OneOf(MedicineNames).Select(name => new Medication(name)),
            Gen.OneOf(AtcCodes).Select(code => new Medication(MedicationCodeSystem.Atc, code))),
        PastDate,
        (m, started) => m with { StartedOn = started });

    public static readonly Gen<LabResult> Lab = Gen.Select(
        Gen.Int[0, LabShapes.Length - 1], Gen.Double.Unit, PastDate,
        (i, fraction, collected) =>
        {
            var shape = LabShapes[i];
            return new LabResult(shape.Test, Math.Round(shape.Min + (fraction * (shape.Max - shape.Min)), 2), shape.Unit) { CollectedOn = collected };
        });

    public static readonly Gen<CrampEpisode> Episode = Gen.Select(
        Gen.Enum<MuscleRegion>().Array[1, 3], Gen.Int[0, 60], Gen.Int[0, 23], Gen.Int[1, 1200].Nullable(0.3),
        Gen.Enum<EpisodeSetting>().Nullable(0.3), Answer,
        (muscles, daysAgo, hour, seconds, setting, relieved) => new CrampEpisode(muscles.Distinct())
        {
            StartedAt = new DateTimeOffset(Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 15)), TimeSpan.FromHours(1)),
            DurationSeconds = seconds,
            Setting = setting,
            RelievedByStretching = relieved,
        });

    public static readonly Gen<PatientHistory> Patient = Gen.Select(
        Gen.Int[0, 100].Nullable(0.3), Gen.Enum<Sex>().Nullable(0.3), Answer, Answer,
        Condition.Array[0, 4].Null(0.3), Medication.Array[0, 4].Null(0.3), Lab.Array[0, 6].Null(0.3),
        Lifestyle, Pattern, Symptoms,
        (age, sex, pregnant, family, conditions, medications, labs, lifestyle, pattern, symptoms) => new PatientHistory
        {
            AgeYears = age,
            Sex = sex,
            Pregnant = pregnant,
            FamilyHistoryOfCramps = family,
            Conditions = conditions,
            Medications = medications,
            Labs = labs,
            Lifestyle = lifestyle,
            CrampPattern = pattern,
            Symptoms = symptoms,
        });

    public static readonly Gen<AssessmentRequest> Request = Gen.Select(
        Patient, Episode.Array[0, 8], Gen.Bool,
        (patient, episodes, withAsOf) => new AssessmentRequest(patient, episodes, withAsOf ? Today : null));

    /// <summary>Sets the catalog's yes/no answers of one object of the history, in declaration order.</summary>
    internal static T Answered<T>(T section, IReadOnlyList<YesNoInput<T>> answers, bool?[] values)
        where T : class
    {
        for (var i = 0; i < answers.Count; i++)
        {
            section = answers[i].Set(section, values[i]);
        }

        return section;
    }
}
