using Cramps.Core.Evaluation;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>
/// Every input of the request that a rule reads or a question asks for, declared once: its path, how to read it and, for a
/// yes/no answer, how to set it and how the interview names it.
/// </summary>
/// <remarks>
/// A new yes/no symptom is one line in <see cref="Symptoms"/> (beside its model property and its public API line): the
/// request reader binds the members of <c>symptoms</c> and <c>lifestyle</c> from these lists, and the console's interview
/// asks what a question's yes/no inputs name. The docs' contributing checklist lists the steps; <c>InputCatalogTests</c>
/// fails when a model answer has no declaration here.
/// </remarks>
internal static class Inputs
{
    public static readonly NumberInput AgeYears = new(JsonPaths.AgeYears, p => p.AgeYears);
    public static readonly DerivedInput Sex = new(JsonPaths.Sex, c => c.Patient.Sex is not (null or Core.Sex.Unknown));
    public static readonly YesNoInput<PatientHistory> Pregnant = Patient("pregnant", "pregnant", p => p.Pregnant, (p, v) => p with { Pregnant = v });
    public static readonly YesNoInput<PatientHistory> FamilyHistoryOfCramps = Patient("familyHistoryOfCramps", "family history of cramps", p => p.FamilyHistoryOfCramps, (p, v) => p with { FamilyHistoryOfCramps = v });

    public static readonly DerivedInput Conditions = new(JsonPaths.Conditions, c => c.Patient.Conditions is not null);
    public static readonly DerivedInput Medications = new(JsonPaths.Medications, c => c.Patient.Medications is not null);
    public static readonly DerivedInput MedicationStartDates = new(
        JsonPaths.Medications + "[*].startedOn",
        static c => c.Medications is { } list && AllDated(list));

    public static readonly DerivedInput Labs = new(JsonPaths.Labs, c => c.Patient.Labs is not null);

    public static readonly NumberInput CaffeineServingsPerDay = new(LifestylePath("caffeineServingsPerDay"), p => p.Lifestyle.CaffeineServingsPerDay);
    public static readonly NumberInput CaffeineMgPerDay = new(LifestylePath("caffeineMgPerDay"), p => p.Lifestyle.CaffeineMgPerDay);
    public static readonly NumberInput AlcoholDrinksPerWeek = new(LifestylePath("alcoholDrinksPerWeek"), p => p.Lifestyle.AlcoholDrinksPerWeek);
    public static readonly YesNoInput<Lifestyle> RestrictedDiet = Lifestyle("restrictedDiet", "a restricted diet", l => l.RestrictedDiet, (l, v) => l with { RestrictedDiet = v });
    public static readonly YesNoInput<Lifestyle> LowSaltDiet = Lifestyle("lowSaltDiet", "a low-salt diet", l => l.LowSaltDiet, (l, v) => l with { LowSaltDiet = v });
    public static readonly YesNoInput<Lifestyle> FluidRestriction = Lifestyle("fluidRestriction", "told to limit fluids", l => l.FluidRestriction, (l, v) => l with { FluidRestriction = v });
    public static readonly YesNoInput<Lifestyle> RepetitiveMotionFatigue = Lifestyle("repetitiveMotionFatigue", "muscles tired after repetitive motion", l => l.RepetitiveMotionFatigue, (l, v) => l with { RepetitiveMotionFatigue = v });
    public static readonly YesNoInput<Lifestyle> ProlongedSittingOrStanding = Lifestyle("prolongedSittingOrStanding", "Do you sit or stand for long periods?", l => l.ProlongedSittingOrStanding, (l, v) => l with { ProlongedSittingOrStanding = v });
    public static readonly YesNoInput<Lifestyle> RegularExerciseOrStretching = Lifestyle("regularExerciseOrStretching", "Do you exercise or stretch regularly?", l => l.RegularExerciseOrStretching, (l, v) => l with { RegularExerciseOrStretching = v });
    public static readonly YesNoInput<Lifestyle> HeatOrHeavySweating = Lifestyle("heatOrHeavySweating", "heavy sweating or heat exposure", l => l.HeatOrHeavySweating, (l, v) => l with { HeatOrHeavySweating = v });
    public static readonly YesNoInput<Lifestyle> RecentVomitingOrDiarrhea = Lifestyle("recentVomitingOrDiarrhea", "heavy vomiting or diarrhoea", l => l.RecentVomitingOrDiarrhea, (l, v) => l with { RecentVomitingOrDiarrhea = v });
    public static readonly YesNoInput<Lifestyle> HomeParenteralNutrition = Lifestyle("homeParenteralNutrition", "home parenteral nutrition (feeding through a drip)", l => l.HomeParenteralNutrition, (l, v) => l with { HomeParenteralNutrition = v });
    public static readonly YesNoInput<Lifestyle> UsedQuinineForCramps = Lifestyle("usedQuinineForCramps", "quinine or tonic water for cramps", l => l.UsedQuinineForCramps, (l, v) => l with { UsedQuinineForCramps = v });

    public static readonly YesNoInput<CrampPattern> OutsideMorning = Pattern("outsideMorning", "cramps at other times than the morning", p => p.OutsideMorning, (p, v) => p with { OutsideMorning = v }, c => c.RequestSummary.OutsideMorning.Value != Truth.Unknown);
    public static readonly YesNoInput<CrampPattern> AfterExercise = Pattern("afterExercise", "cramps during or after exercise", p => p.AfterExercise, (p, v) => p with { AfterExercise = v }, c => c.RequestSummary.AfterExercise.Value != Truth.Unknown);
    public static readonly YesNoInput<CrampPattern> DuringDialysis = Pattern("duringDialysis", "cramps during dialysis", p => p.DuringDialysis, (p, v) => p with { DuringDialysis = v }, c => c.RequestSummary.DuringDialysis.Value != Truth.Unknown);
    public static readonly YesNoInput<CrampPattern> RelievedByStretching = Pattern("relievedByStretching", "Does stretching stop a cramp?", p => p.RelievedByStretching, (p, v) => p with { RelievedByStretching = v }, c => c.RequestSummary.Relief.Value != Truth.Unknown);
    public static readonly DerivedInput LongestMinutes = new(PatternPath("longestMinutes"), c => c.RequestSummary.LongestComplete);
    public static readonly NumberInput EpisodesPerWeek = new(PatternPath("episodesPerWeek"), p => p.CrampPattern.EpisodesPerWeek);
    public static readonly DerivedInput Diary = new(JsonPaths.Episodes, c => c.Episodes.Length > 0);

    public static readonly YesNoInput<Symptoms> ChestPainOrBreathlessness = Symptom("chestPainOrBreathlessness", "chest pain or trouble breathing", s => s.ChestPainOrBreathlessness, (s, v) => s with { ChestPainOrBreathlessness = v });
    public static readonly YesNoInput<Symptoms> ConfusionOrFainting = Symptom("confusionOrFainting", "confusion or fainting", s => s.ConfusionOrFainting, (s, v) => s with { ConfusionOrFainting = v });
    public static readonly YesNoInput<Symptoms> HighTemperature = Symptom("highTemperature", "a high temperature", s => s.HighTemperature, (s, v) => s with { HighTemperature = v });
    public static readonly YesNoInput<Symptoms> DarkOrScantUrine = Symptom("darkOrScantUrine", "dark (tea or cola coloured) or scant urine", s => s.DarkOrScantUrine, (s, v) => s with { DarkOrScantUrine = v });
    public static readonly YesNoInput<Symptoms> SevereMusclePainOrSwelling = Symptom("severeMusclePainOrSwelling", "severe muscle pain or swelling", s => s.SevereMusclePainOrSwelling, (s, v) => s with { SevereMusclePainOrSwelling = v });
    public static readonly YesNoInput<Symptoms> OneSidedLegSwelling = Symptom("oneSidedLegSwelling", "one calf or leg swollen, warm, red or tender", s => s.OneSidedLegSwelling, (s, v) => s with { OneSidedLegSwelling = v });
    public static readonly YesNoInput<Symptoms> NewWeakness = Symptom("newWeakness", "new weakness", s => s.NewWeakness, (s, v) => s with { NewWeakness = v });
    public static readonly YesNoInput<Symptoms> MuscleWasting = Symptom("muscleWasting", "muscles getting thinner", s => s.MuscleWasting, (s, v) => s with { MuscleWasting = v });
    public static readonly YesNoInput<Symptoms> MuscleTwitching = Symptom("muscleTwitching", "twitching under the skin", s => s.MuscleTwitching, (s, v) => s with { MuscleTwitching = v });
    public static readonly YesNoInput<Symptoms> NumbnessOrTingling = Symptom("numbnessOrTingling", "numbness or tingling", s => s.NumbnessOrTingling, (s, v) => s with { NumbnessOrTingling = v });
    public static readonly YesNoInput<Symptoms> TinglingAroundMouth = Symptom("tinglingAroundMouth", "tingling around the mouth", s => s.TinglingAroundMouth, (s, v) => s with { TinglingAroundMouth = v });
    public static readonly YesNoInput<Symptoms> HandsOrFeetLockingInSpasm = Symptom("handsOrFeetLockingInSpasm", "hands or feet locking in spasm", s => s.HandsOrFeetLockingInSpasm, (s, v) => s with { HandsOrFeetLockingInSpasm = v });
    public static readonly YesNoInput<Symptoms> ThroatTighteningOrSeizure = Symptom("throatTighteningOrSeizure", "a tight throat or a seizure", s => s.ThroatTighteningOrSeizure, (s, v) => s with { ThroatTighteningOrSeizure = v });
    public static readonly YesNoInput<Symptoms> LegPainWithWalkingEasedByRest = Symptom("legPainWithWalkingEasedByRest", "leg pain on walking that eases within minutes of stopping", s => s.LegPainWithWalkingEasedByRest, (s, v) => s with { LegPainWithWalkingEasedByRest = v });
    public static readonly YesNoInput<Symptoms> LegPainEasedByBendingForward = Symptom("legPainEasedByBendingForward", "leg pain that eases when you sit or bend forward", s => s.LegPainEasedByBendingForward, (s, v) => s with { LegPainEasedByBendingForward = v });
    public static readonly YesNoInput<Symptoms> UrgeToMoveLegs = Symptom("urgeToMoveLegs", "an urge to move the legs", s => s.UrgeToMoveLegs, (s, v) => s with { UrgeToMoveLegs = v });
    public static readonly YesNoInput<Symptoms> MorningStiffnessShouldersHips = Symptom("morningStiffnessShouldersHips", "stiff, aching shoulders or hips for more than 45 minutes after waking", s => s.MorningStiffnessShouldersHips, (s, v) => s with { MorningStiffnessShouldersHips = v });
    public static readonly YesNoInput<Symptoms> NewHeadacheJawPainOrVisionChange = Symptom("newHeadacheJawPainOrVisionChange", "a new headache, jaw pain when chewing, a sore scalp or a change in eyesight", s => s.NewHeadacheJawPainOrVisionChange, (s, v) => s with { NewHeadacheJawPainOrVisionChange = v });

    /// <summary>Gets the yes/no answers of <c>lifestyle</c>, in the contract's member order (the reader reports errors in this order).</summary>
    public static IReadOnlyList<YesNoInput<Lifestyle>> LifestyleAnswers { get; } =
    [
        RestrictedDiet, LowSaltDiet, FluidRestriction, RepetitiveMotionFatigue, ProlongedSittingOrStanding, RegularExerciseOrStretching,
        HeatOrHeavySweating, RecentVomitingOrDiarrhea, HomeParenteralNutrition, UsedQuinineForCramps,
    ];

    /// <summary>Gets the answers of <c>symptoms</c> (all yes/no), in the contract's member order (the reader reports errors in this order).</summary>
    public static IReadOnlyList<YesNoInput<Symptoms>> Symptoms { get; } =
    [
        ChestPainOrBreathlessness, ConfusionOrFainting, HighTemperature, DarkOrScantUrine, SevereMusclePainOrSwelling, OneSidedLegSwelling,
        NewWeakness, MuscleWasting, MuscleTwitching, NumbnessOrTingling, TinglingAroundMouth, HandsOrFeetLockingInSpasm,
        ThroatTighteningOrSeizure, LegPainWithWalkingEasedByRest, LegPainEasedByBendingForward, UrgeToMoveLegs,
        MorningStiffnessShouldersHips, NewHeadacheJawPainOrVisionChange,
    ];

    /// <summary>Gets the yes/no answers of <c>crampPattern</c>, in the contract's member order.</summary>
    public static IReadOnlyList<YesNoInput<CrampPattern>> PatternAnswers { get; } = [OutsideMorning, AfterExercise, DuringDialysis, RelievedByStretching];

    /// <summary>Gets every yes/no answer of the history: the patient's own, then lifestyle, cramp pattern and symptoms.</summary>
    public static IReadOnlyList<YesNoInput> YesNoAnswers { get; } = [Pregnant, FamilyHistoryOfCramps, .. LifestyleAnswers, .. PatternAnswers, .. Symptoms];

    private static bool AllDated(Medication[] medications)
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

    private static YesNoInput<PatientHistory> Patient(string member, string prompt, Func<PatientHistory, bool?> get, Func<PatientHistory, bool?, PatientHistory> set) =>
        new(JsonPaths.Patient, member, prompt, static p => p, static (_, p) => p, get, set);

    private static YesNoInput<Lifestyle> Lifestyle(string member, string prompt, Func<Lifestyle, bool?> get, Func<Lifestyle, bool?, Lifestyle> set) =>
        new(JsonPaths.Lifestyle, member, prompt, static p => p.Lifestyle, static (p, l) => p with { Lifestyle = l }, get, set);

    private static YesNoInput<CrampPattern> Pattern(string member, string prompt, Func<CrampPattern, bool?> get, Func<CrampPattern, bool?, CrampPattern> set, Func<EvaluationContext, bool> isKnown) =>
        new(JsonPaths.CrampPattern, member, prompt, static p => p.CrampPattern, static (p, c) => p with { CrampPattern = c }, get, set, isKnown);

    private static YesNoInput<Symptoms> Symptom(string member, string prompt, Func<Symptoms, bool?> get, Func<Symptoms, bool?, Symptoms> set) =>
        new(JsonPaths.Symptoms, member, prompt, static p => p.Symptoms, static (p, s) => p with { Symptoms = s }, get, set);
}
