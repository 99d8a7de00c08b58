using Cramps.Core.Internal;

namespace Cramps.Core.Evaluation;

/// <summary>One input a rule reads or a question asks for, with its JSON path and how to tell whether it is known.</summary>
internal abstract class InputField(string path)
{
    /// <summary>Gets the JSON path of the input in the request.</summary>
    public string Path { get; } = path;

    /// <summary>Gets the path without the <c>$.patient.</c> prefix, as the knowledge base writes input names.</summary>
    public string Name { get; } = path.StartsWith(JsonPaths.Patient + ".", StringComparison.Ordinal) ? path[(JsonPaths.Patient.Length + 1)..] : path[2..];

    public abstract bool IsKnown(EvaluationContext context);
}

/// <summary>A yes/no input of the patient's history.</summary>
internal sealed class BoolField(string path, Func<PatientHistory, bool?> read) : InputField(path)
{
    public bool? Read(EvaluationContext context) => read(context.Patient);

    public bool? Read(PatientHistory patient) => read(patient);

    public override bool IsKnown(EvaluationContext context) => read(context.Patient) is not null;
}

/// <summary>A numeric input of the patient's history.</summary>
internal sealed class NumberField(string path, Func<PatientHistory, double?> read) : InputField(path)
{
    public double? Read(EvaluationContext context) => read(context.Patient);

    public override bool IsKnown(EvaluationContext context) => read(context.Patient) is not null;
}

/// <summary>An input whose known-ness is derived, such as a list or a fact the diary can answer.</summary>
internal sealed class DerivedField(string path, Func<EvaluationContext, bool> isKnown) : InputField(path)
{
    public override bool IsKnown(EvaluationContext context) => isKnown(context);
}

/// <summary>Every input of the request that a rule reads or a question asks for.</summary>
internal static class Inputs
{
    public static readonly NumberField AgeYears = new(JsonPaths.AgeYears, p => p.AgeYears);
    public static readonly DerivedField Sex = new(JsonPaths.Sex, c => c.Patient.Sex is not (null or Core.Sex.Unknown));
    public static readonly BoolField Pregnant = new(JsonPaths.Pregnant, p => p.Pregnant);
    public static readonly BoolField FamilyHistoryOfCramps = new(JsonPaths.FamilyHistoryOfCramps, p => p.FamilyHistoryOfCramps);

    public static readonly DerivedField Conditions = new(JsonPaths.Conditions, c => c.Patient.Conditions is not null);
    public static readonly DerivedField Medications = new(JsonPaths.Medications, c => c.Patient.Medications is not null);
    public static readonly DerivedField MedicationStartDates = new(
        JsonPaths.Medications + "[*].startedOn",
        static c => c.Patient.Medications is { } list && AllDated(list));

    public static readonly DerivedField Labs = new(JsonPaths.Labs, c => c.Patient.Labs is not null);

    public static readonly NumberField CaffeineServingsPerDay = new(LifestylePath("caffeineServingsPerDay"), p => p.Lifestyle.CaffeineServingsPerDay);
    public static readonly NumberField CaffeineMgPerDay = new(LifestylePath("caffeineMgPerDay"), p => p.Lifestyle.CaffeineMgPerDay);
    public static readonly NumberField AlcoholDrinksPerWeek = new(LifestylePath("alcoholDrinksPerWeek"), p => p.Lifestyle.AlcoholDrinksPerWeek);
    public static readonly BoolField RestrictedDiet = new(LifestylePath("restrictedDiet"), p => p.Lifestyle.RestrictedDiet);
    public static readonly BoolField LowSaltDiet = new(LifestylePath("lowSaltDiet"), p => p.Lifestyle.LowSaltDiet);
    public static readonly BoolField FluidRestriction = new(LifestylePath("fluidRestriction"), p => p.Lifestyle.FluidRestriction);
    public static readonly BoolField RepetitiveMotionFatigue = new(LifestylePath("repetitiveMotionFatigue"), p => p.Lifestyle.RepetitiveMotionFatigue);
    public static readonly BoolField ProlongedSittingOrStanding = new(LifestylePath("prolongedSittingOrStanding"), p => p.Lifestyle.ProlongedSittingOrStanding);
    public static readonly BoolField RegularExerciseOrStretching = new(LifestylePath("regularExerciseOrStretching"), p => p.Lifestyle.RegularExerciseOrStretching);
    public static readonly BoolField HeatOrHeavySweating = new(LifestylePath("heatOrHeavySweating"), p => p.Lifestyle.HeatOrHeavySweating);
    public static readonly BoolField RecentVomitingOrDiarrhea = new(LifestylePath("recentVomitingOrDiarrhea"), p => p.Lifestyle.RecentVomitingOrDiarrhea);
    public static readonly BoolField HomeParenteralNutrition = new(LifestylePath("homeParenteralNutrition"), p => p.Lifestyle.HomeParenteralNutrition);
    public static readonly BoolField UsedQuinineForCramps = new(LifestylePath("usedQuinineForCramps"), p => p.Lifestyle.UsedQuinineForCramps);

    public static readonly DerivedField OutsideMorning = new(PatternPath("outsideMorning"), c => c.Facts.OutsideMorning.Value != Tri.Unknown);
    public static readonly DerivedField AfterExercise = new(PatternPath("afterExercise"), c => c.Facts.AfterExercise.Value != Tri.Unknown);
    public static readonly DerivedField DuringDialysis = new(PatternPath("duringDialysis"), c => c.Facts.DuringDialysis.Value != Tri.Unknown);
    public static readonly DerivedField RelievedByStretching = new(PatternPath("relievedByStretching"), c => c.Facts.Relief.Value != Tri.Unknown);
    public static readonly DerivedField LongestMinutes = new(PatternPath("longestMinutes"), c => c.Facts.LongestSeconds is not null);
    public static readonly NumberField EpisodesPerWeek = new(PatternPath("episodesPerWeek"), p => p.CrampPattern.EpisodesPerWeek);
    public static readonly DerivedField Diary = new(JsonPaths.Episodes, c => c.Episodes.Length > 0);

    public static readonly BoolField ChestPainOrBreathlessness = Symptom("chestPainOrBreathlessness", s => s.ChestPainOrBreathlessness);
    public static readonly BoolField ConfusionOrFainting = Symptom("confusionOrFainting", s => s.ConfusionOrFainting);
    public static readonly BoolField HighTemperature = Symptom("highTemperature", s => s.HighTemperature);
    public static readonly BoolField DarkOrScantUrine = Symptom("darkOrScantUrine", s => s.DarkOrScantUrine);
    public static readonly BoolField SevereMusclePainOrSwelling = Symptom("severeMusclePainOrSwelling", s => s.SevereMusclePainOrSwelling);
    public static readonly BoolField OneSidedLegSwelling = Symptom("oneSidedLegSwelling", s => s.OneSidedLegSwelling);
    public static readonly BoolField NewWeakness = Symptom("newWeakness", s => s.NewWeakness);
    public static readonly BoolField MuscleWasting = Symptom("muscleWasting", s => s.MuscleWasting);
    public static readonly BoolField MuscleTwitching = Symptom("muscleTwitching", s => s.MuscleTwitching);
    public static readonly BoolField NumbnessOrTingling = Symptom("numbnessOrTingling", s => s.NumbnessOrTingling);
    public static readonly BoolField TinglingAroundMouth = Symptom("tinglingAroundMouth", s => s.TinglingAroundMouth);
    public static readonly BoolField HandsOrFeetLockingInSpasm = Symptom("handsOrFeetLockingInSpasm", s => s.HandsOrFeetLockingInSpasm);
    public static readonly BoolField ThroatTighteningOrSeizure = Symptom("throatTighteningOrSeizure", s => s.ThroatTighteningOrSeizure);
    public static readonly BoolField LegPainWithWalkingEasedByRest = Symptom("legPainWithWalkingEasedByRest", s => s.LegPainWithWalkingEasedByRest);
    public static readonly BoolField LegPainEasedByBendingForward = Symptom("legPainEasedByBendingForward", s => s.LegPainEasedByBendingForward);
    public static readonly BoolField UrgeToMoveLegs = Symptom("urgeToMoveLegs", s => s.UrgeToMoveLegs);
    public static readonly BoolField MorningStiffnessShouldersHips = Symptom("morningStiffnessShouldersHips", s => s.MorningStiffnessShouldersHips);
    public static readonly BoolField NewHeadacheJawPainOrVisionChange = Symptom("newHeadacheJawPainOrVisionChange", s => s.NewHeadacheJawPainOrVisionChange);

    private static bool AllDated(IReadOnlyList<Medication> medications)
    {
        foreach (var medication in medications)
        {
            if (medication.StartedOn is null)
            {
                return false;
            }
        }

        return true;
    }

    private static string LifestylePath(string member) => JsonPaths.Lifestyle + "." + member;

    private static string PatternPath(string member) => JsonPaths.CrampPattern + "." + member;

    private static BoolField Symptom(string member, Func<Symptoms, bool?> read) =>
        new(JsonPaths.Symptoms + "." + member, p => read(p.Symptoms));
}
