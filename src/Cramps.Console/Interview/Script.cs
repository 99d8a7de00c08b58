using Cramps.Core;

namespace Cramps.Cli.Interview;

/// <summary>How the interview asks each knowledge-base question, by question id (the knowledge base's follow-up questions, <see cref="Cramps.Core.Knowledge.KnowledgeBase.Questions"/>).</summary>
/// <remarks>Numbers are held to the request's own limits (<see cref="RequestLimits"/>), so every answer makes a valid request.</remarks>
internal static class Script
{
    private static readonly Dictionary<string, Step> Steps = new(StringComparer.Ordinal)
    {
        ["q-emergency-symptoms"] = new FlagGroup(
            safety: true,
            noMeansAllNo: true,
            Flag.Symptom("chest pain or trouble breathing", s => s.ChestPainOrBreathlessness, (s, v) => s with { ChestPainOrBreathlessness = v }),
            Flag.Symptom("confusion or fainting", s => s.ConfusionOrFainting, (s, v) => s with { ConfusionOrFainting = v }),
            Flag.Symptom("a high temperature", s => s.HighTemperature, (s, v) => s with { HighTemperature = v }),
            Flag.Symptom("a tight throat or a seizure", s => s.ThroatTighteningOrSeizure, (s, v) => s with { ThroatTighteningOrSeizure = v })),
        ["q-dark-urine"] = new FlagGroup(
            safety: true,
            noMeansAllNo: false,
            Flag.Symptom("dark (tea or cola coloured) or scant urine", s => s.DarkOrScantUrine, (s, v) => s with { DarkOrScantUrine = v }),
            Flag.Symptom("severe muscle pain or swelling", s => s.SevereMusclePainOrSwelling, (s, v) => s with { SevereMusclePainOrSwelling = v })),
        ["q-leg-swelling"] = new FlagGroup(
            safety: true,
            noMeansAllNo: true,
            Flag.Symptom("one calf or leg swollen, warm, red or tender", s => s.OneSidedLegSwelling, (s, v) => s with { OneSidedLegSwelling = v })),
        ["q-weakness"] = new FlagGroup(
            safety: true,
            noMeansAllNo: true,
            Flag.Symptom("new weakness", s => s.NewWeakness, (s, v) => s with { NewWeakness = v }),
            Flag.Symptom("muscles getting thinner", s => s.MuscleWasting, (s, v) => s with { MuscleWasting = v }),
            Flag.Symptom("twitching under the skin", s => s.MuscleTwitching, (s, v) => s with { MuscleTwitching = v })),
        ["q-tingling-spasm"] = new FlagGroup(
            safety: true,
            noMeansAllNo: true,
            Flag.Symptom("numbness or tingling", s => s.NumbnessOrTingling, (s, v) => s with { NumbnessOrTingling = v }),
            Flag.Symptom("tingling around the mouth", s => s.TinglingAroundMouth, (s, v) => s with { TinglingAroundMouth = v }),
            Flag.Symptom("hands or feet locking in spasm", s => s.HandsOrFeetLockingInSpasm, (s, v) => s with { HandsOrFeetLockingInSpasm = v })),
        ["q-headache-jaw-vision"] = new FlagGroup(
            safety: true,
            noMeansAllNo: true,
            Flag.Symptom("a new headache, jaw pain when chewing, a sore scalp or a change in eyesight", s => s.NewHeadacheJawPainOrVisionChange, (s, v) => s with { NewHeadacheJawPainOrVisionChange = v })),
        ["q-vomiting-sweating"] = new FlagGroup(
            safety: true,
            noMeansAllNo: true,
            Flag.Lifestyle("heavy vomiting or diarrhoea", l => l.RecentVomitingOrDiarrhea, (l, v) => l with { RecentVomitingOrDiarrhea = v }),
            Flag.Lifestyle("heavy sweating or heat exposure", l => l.HeatOrHeavySweating, (l, v) => l with { HeatOrHeavySweating = v })),
        ["q-repetitive-motion"] = One(Flag.Lifestyle("muscles tired after repetitive motion", l => l.RepetitiveMotionFatigue, (l, v) => l with { RepetitiveMotionFatigue = v })),
        ["q-other-times"] = One(Flag.Pattern("cramps at other times than the morning", p => p.OutsideMorning, (p, v) => p with { OutsideMorning = v })),
        ["q-after-exercise"] = One(Flag.Pattern("cramps during or after exercise", p => p.AfterExercise, (p, v) => p with { AfterExercise = v })),
        ["q-diet-fluids"] = new FlagGroup(
            safety: false,
            noMeansAllNo: true,
            Flag.Lifestyle("a restricted diet", l => l.RestrictedDiet, (l, v) => l with { RestrictedDiet = v }),
            Flag.Lifestyle("a low-salt diet", l => l.LowSaltDiet, (l, v) => l with { LowSaltDiet = v }),
            Flag.Lifestyle("told to limit fluids", l => l.FluidRestriction, (l, v) => l with { FluidRestriction = v })),
        ["q-heart-kidney"] = new ConditionGroup(
            ("Heart failure", ConditionId.HeartFailure),
            ("Chronic kidney disease", ConditionId.ChronicKidneyDisease),
            ("Dialysis", ConditionId.Hemodialysis)),
        ["q-diuretic-statin"] = new DiureticStatin(),
        ["q-coffee"] = new Caffeine(),
        ["q-all-medicines"] = new Medicines(),
        ["q-pregnancy"] = One(new Flag("pregnant", h => h.Pregnant, (h, v) => h with { Pregnant = v })),
        ["q-walking-pain"] = new FlagGroup(
            safety: false,
            noMeansAllNo: true,
            Flag.Symptom("leg pain on walking that eases within minutes of stopping", s => s.LegPainWithWalkingEasedByRest, (s, v) => s with { LegPainWithWalkingEasedByRest = v }),
            Flag.Symptom("leg pain that eases when you sit or bend forward", s => s.LegPainEasedByBendingForward, (s, v) => s with { LegPainEasedByBendingForward = v })),
        ["q-duration-stretching"] = new Form(
            new Amount("How many minutes does the longest cramp last?", new NumberRange(0, RequestLimits.MaxLongestMinutes, false), NoMeansZero: false, h => h.CrampPattern.LongestMinutes, (h, v) => h with { CrampPattern = h.CrampPattern with { LongestMinutes = v } }),
            Flag.Pattern("Does stretching stop a cramp?", p => p.RelievedByStretching, (p, v) => p with { RelievedByStretching = v })),
        ["q-other-conditions"] = new ConditionGroup(
            ("Cirrhosis of the liver", ConditionId.Cirrhosis),
            ("Diabetes", ConditionId.Diabetes),
            ("An underactive thyroid", ConditionId.Hypothyroidism),
            ("An overactive thyroid", ConditionId.Hyperthyroidism),
            ("Nerve damage (peripheral neuropathy)", ConditionId.PeripheralNeuropathy),
            ("A pinched nerve or spinal stenosis", ConditionId.LumbarStenosisRadiculopathy),
            ("Multiple sclerosis", ConditionId.MultipleSclerosis),
            ("Myasthenia gravis", ConditionId.MyastheniaGravis),
            ("Parkinson's disease", ConditionId.Parkinsonism)),
        ["q-age-sex"] = new Form(
            new Amount("How old are you, in years?", new NumberRange(0, RequestLimits.MaxAgeYears, true), NoMeansZero: false, h => h.AgeYears, (h, v) => h with { AgeYears = (int)v }),
            new SexChoice()),
        ["q-morning-stiffness"] = One(Flag.Symptom("stiff, aching shoulders or hips for more than 45 minutes after waking", s => s.MorningStiffnessShouldersHips, (s, v) => s with { MorningStiffnessShouldersHips = v })),
        ["q-frequency"] = new Form(
            new Amount("How many cramps a week, on average?", new NumberRange(0, RequestLimits.MaxEpisodesPerWeek, false), NoMeansZero: true, h => h.CrampPattern.EpisodesPerWeek, (h, v) => h with { CrampPattern = h.CrampPattern with { EpisodesPerWeek = v } })),
        ["q-restless-legs"] = One(Flag.Symptom("an urge to move the legs", s => s.UrgeToMoveLegs, (s, v) => s with { UrgeToMoveLegs = v })),
        ["q-alcohol"] = new Form(
            new Amount("Drinks a week", new NumberRange(0, RequestLimits.MaxIntakeQuantity, false), NoMeansZero: true, h => h.Lifestyle.AlcoholDrinksPerWeek, (h, v) => h with { Lifestyle = h.Lifestyle with { AlcoholDrinksPerWeek = v } })),
        ["q-activity-posture"] = new Form(
            Flag.Lifestyle("Do you sit or stand for long periods?", l => l.ProlongedSittingOrStanding, (l, v) => l with { ProlongedSittingOrStanding = v }),
            Flag.Lifestyle("Do you exercise or stretch regularly?", l => l.RegularExerciseOrStretching, (l, v) => l with { RegularExerciseOrStretching = v })),
        ["q-lab-results"] = new LabResults(
            (LabTestId.Potassium, "Potassium"),
            (LabTestId.Magnesium, "Magnesium"),
            (LabTestId.Calcium, "Calcium (total)"),
            (LabTestId.Sodium, "Sodium")),
        ["q-family-history"] = One(new Flag("family history of cramps", h => h.FamilyHistoryOfCramps, (h, v) => h with { FamilyHistoryOfCramps = v })),
        ["q-quinine"] = One(Flag.Lifestyle("quinine or tonic water for cramps", l => l.UsedQuinineForCramps, (l, v) => l with { UsedQuinineForCramps = v })),
        ["q-dialysis-cramps"] = One(Flag.Pattern("cramps during dialysis", p => p.DuringDialysis, (p, v) => p with { DuringDialysis = v })),
    };

    /// <summary>The question asked before all others while it is open: age and sex.</summary>
    public const string AskedFirst = "q-age-sex";

    /// <summary>Finds how to ask a question.</summary>
    /// <param name="questionId">The question id.</param>
    /// <returns>The step, or <see langword="null"/> for a question this console does not know how to ask.</returns>
    public static Step? For(string questionId) => Steps.GetValueOrDefault(questionId);

    private static FlagGroup One(Flag flag) => new(safety: false, noMeansAllNo: true, flag);
}
