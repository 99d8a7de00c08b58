namespace Cramps.Core.Tests.Support;

/// <summary>Short builders for requests in tests; every default is "unknown".</summary>
public static class Requests
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static PatientHistory Nothing => PatientHistory.Unknown;

    public static AssessmentRequest Of(PatientHistory? patient = null, params CrampEpisode[] episodes) => new(patient, episodes, Today);

    public static AssessmentRequest Of(params CrampEpisode[] episodes) => new(null, episodes, Today);

    public static PatientHistory With(Symptoms symptoms) => Nothing with { Symptoms = symptoms };

    public static PatientHistory With(Lifestyle lifestyle) => Nothing with { Lifestyle = lifestyle };

    public static PatientHistory With(CrampPattern pattern) => Nothing with { CrampPattern = pattern };

    public static PatientHistory WithConditions(params Condition[] conditions) => Nothing with { Conditions = conditions };

    public static PatientHistory WithMedications(params Medication[] medications) => Nothing with { Medications = medications };

    public static PatientHistory WithLabs(params LabResult[] labs) => Nothing with { Labs = labs };

    public static Condition Icd(string code) => new(ConditionCodeSystem.Icd10Cm, code);

    public static Condition Snomed(string code) => new(ConditionCodeSystem.SnomedCt, code);

    public static Medication Atc(string code) => new(MedicationCodeSystem.Atc, code);

    public static LabResult Lab(string test, double value, string unit) => new(test, value, unit);

    /// <summary>A calf episode at 02:40 local time, five days before <see cref="Today"/>.</summary>
    public static CrampEpisode Episode(params MuscleRegion[] muscles) =>
        new(muscles.Length == 0 ? [MuscleRegion.Calf] : muscles) { StartedAt = At(2026, 11, 20, 2, 40) };

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(-5));
}
