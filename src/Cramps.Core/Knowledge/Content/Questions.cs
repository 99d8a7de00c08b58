using Cramps.Core.Evaluation;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>Edition 2026.1: follow-up questions (section 7) and advice (section 8), in table order.</summary>
public sealed partial class KnowledgeBase
{
    private List<FollowUpQuestion> BuildQuestions()
    {
        var list = new List<FollowUpQuestion>();
        void Ask(string id, int tier, bool seed, string text, string asksFor, InputField[] fields, bool openWhenAllUnknown = false, string[]? reveals = null, Func<EvaluationContext, bool>? appliesWhen = null, string? appliesWhenText = null) =>
            list.Add(new FollowUpQuestion(list.Count, id, tier, seed, text, asksFor, fields, openWhenAllUnknown, reveals, appliesWhen, appliesWhenText));

        string[] heartKidney = ["heart-failure", "chronic-kidney-disease", "hemodialysis"];
        var heartKidneyPaths = ConditionPaths(Conditions.Where(c => heartKidney.Contains(c.Id)));
        var otherConditionPaths = ConditionPaths(Conditions.Where(c => !heartKidney.Contains(c.Id)));
        string[] labTests = ["potassium", "magnesium", "calcium", "ionized-calcium", "sodium"];
        string[] labPaths = [.. labTests.Select(t => JsonPaths.Filter(JsonPaths.Labs, "test", t))];
        var hemodialysis = RuleIndex("hemodialysis");

        Ask("q-emergency-symptoms", 0, false,
            "Do you have chest pain, trouble breathing, confusion, fainting, a high temperature, a tight throat or a seizure?",
            "chestPainOrBreathlessness, confusionOrFainting, highTemperature, throatTighteningOrSeizure",
            [Inputs.ChestPainOrBreathlessness, Inputs.ConfusionOrFainting, Inputs.HighTemperature, Inputs.ThroatTighteningOrSeizure]);
        Ask("q-dark-urine", 0, false,
            "Is your urine dark (tea or cola coloured) or scant, with severe muscle pain, swelling or weakness?",
            "darkOrScantUrine, severeMusclePainOrSwelling",
            [Inputs.DarkOrScantUrine, Inputs.SevereMusclePainOrSwelling]);
        Ask("q-leg-swelling", 0, false,
            "Is one calf or leg swollen, warm, red or tender between cramps?",
            "oneSidedLegSwelling",
            [Inputs.OneSidedLegSwelling]);
        Ask("q-weakness", 0, false,
            "Have you noticed new weakness, muscles getting thinner, or twitching under the skin?",
            "newWeakness, muscleWasting, muscleTwitching",
            [Inputs.NewWeakness, Inputs.MuscleWasting, Inputs.MuscleTwitching]);
        Ask("q-tingling-spasm", 0, false,
            "Do you have numbness or tingling, tingling around the mouth, or hands or feet locking in spasm?",
            "numbnessOrTingling, tinglingAroundMouth, handsOrFeetLockingInSpasm",
            [Inputs.NumbnessOrTingling, Inputs.TinglingAroundMouth, Inputs.HandsOrFeetLockingInSpasm]);
        Ask("q-vomiting-sweating", 0, false,
            "Have you recently had heavy vomiting, diarrhoea, or heavy sweating or heat exposure?",
            "recentVomitingOrDiarrhea, heatOrHeavySweating",
            [Inputs.RecentVomitingOrDiarrhea, Inputs.HeatOrHeavySweating]);
        Ask("q-repetitive-motion", 1, true,
            "Do your muscles get tired easily after repetitive motion?",
            "repetitiveMotionFatigue",
            [Inputs.RepetitiveMotionFatigue]);
        Ask("q-other-times", 1, true,
            "Do the cramps happen at other times than in the morning?",
            "crampPattern.outsideMorning (or an episode outside 05:00-11:59)",
            [Inputs.OutsideMorning]);
        Ask("q-after-exercise", 1, true,
            "Do the cramps happen during or after exercise?",
            "crampPattern.afterExercise (or an episode during or after exercise)",
            [Inputs.AfterExercise]);
        Ask("q-diet-fluids", 1, true,
            "Are you on a restricted diet (for example low salt) or told to limit fluids?",
            "restrictedDiet, lowSaltDiet, fluidRestriction",
            [Inputs.RestrictedDiet, Inputs.LowSaltDiet, Inputs.FluidRestriction]);
        Ask("q-heart-kidney", 1, true,
            "Do you have heart failure, chronic kidney disease, or are you on dialysis?",
            "conditions (heart failure, kidney disease, dialysis)",
            [Inputs.Conditions], reveals: heartKidneyPaths);
        Ask("q-diuretic-statin", 1, true,
            "Do you take a water pill (diuretic) or a cholesterol medicine called a statin?",
            "medications",
            [Inputs.Medications]);
        Ask("q-coffee", 1, true,
            "How much coffee or other caffeine do you have a day?",
            "caffeineMgPerDay or caffeineServingsPerDay",
            [Inputs.CaffeineMgPerDay, Inputs.CaffeineServingsPerDay], openWhenAllUnknown: true);
        Ask("q-all-medicines", 1, false,
            "What medicines do you take, including inhalers, hormones, bone medicines, iron infusions and pain relievers, and when did you start each?",
            "medications with startedOn",
            [Inputs.MedicationStartDates], reveals: [JsonPaths.Medications]);
        Ask("q-pregnancy", 1, false,
            "Are you pregnant?",
            "pregnant",
            [Inputs.Pregnant],
            appliesWhen: static c => c.Patient.Sex is null or Sex.Female or Sex.Unknown && c.Patient.AgeYears is null or (>= 12 and <= 55),
            appliesWhenText: "sex is female or unknown, and age is unknown or 12-55");
        Ask("q-walking-pain", 1, false,
            "Does walking bring on leg pain that eases within minutes of stopping, or eases when you sit or bend forward?",
            "legPainWithWalkingEasedByRest, legPainEasedByBendingForward",
            [Inputs.LegPainWithWalkingEasedByRest, Inputs.LegPainEasedByBendingForward]);
        Ask("q-duration-stretching", 1, false,
            "How long does a cramp last, and does stretching stop it?",
            "episode durationSeconds / relievedByStretching, or crampPattern.longestMinutes / relievedByStretching",
            [Inputs.LongestMinutes, Inputs.RelievedByStretching]);
        Ask("q-other-conditions", 1, false,
            "Do you have cirrhosis, diabetes, thyroid disease, nerve damage, a pinched nerve or spinal stenosis, multiple sclerosis, myasthenia gravis or Parkinson's disease?",
            "conditions (others in 5a)",
            [Inputs.Conditions], reveals: otherConditionPaths);
        Ask("q-age-sex", 1, false,
            "How old are you, and what is your sex?",
            "ageYears, sex",
            [Inputs.AgeYears, Inputs.Sex]);
        Ask("q-frequency", 2, false,
            "How often do the cramps happen?",
            "crampPattern.episodesPerWeek (or at least one episode)",
            [Inputs.EpisodesPerWeek, Inputs.Diary], openWhenAllUnknown: true, reveals: [Inputs.EpisodesPerWeek.Path]);
        Ask("q-restless-legs", 2, false,
            "Is it more an urge to move your legs, eased by moving, than a painful knot?",
            "urgeToMoveLegs",
            [Inputs.UrgeToMoveLegs]);
        Ask("q-alcohol", 2, false,
            "How many alcoholic drinks do you have in a week?",
            "alcoholDrinksPerWeek",
            [Inputs.AlcoholDrinksPerWeek]);
        Ask("q-activity-posture", 2, false,
            "Do you sit or stand for long periods? Do you exercise or stretch regularly?",
            "prolongedSittingOrStanding, regularExerciseOrStretching",
            [Inputs.ProlongedSittingOrStanding, Inputs.RegularExerciseOrStretching]);
        Ask("q-lab-results", 2, false,
            "Do you have recent blood test results for potassium, magnesium, calcium or sodium?",
            "labs (potassium, magnesium, calcium, sodium)",
            [Inputs.Labs], reveals: labPaths);
        Ask("q-family-history", 2, false,
            "Does anyone in your family have frequent cramps?",
            "familyHistoryOfCramps",
            [Inputs.FamilyHistoryOfCramps]);
        Ask("q-quinine", 2, false,
            "Have you taken quinine or tonic water for cramps?",
            "usedQuinineForCramps",
            [Inputs.UsedQuinineForCramps]);
        Ask("q-dialysis-cramps", 2, false,
            "Do the cramps happen during dialysis sessions?",
            "crampPattern.duringDialysis",
            [Inputs.DuringDialysis],
            appliesWhen: c => c.Rules[hemodialysis].Outcome == Tri.True,
            appliesWhenText: "hemodialysis is present");
        return list;
    }

    private List<AdviceRule> BuildAdvice()
    {
        var list = new List<AdviceRule>();
        void Give(string id, string text, string shownWhen, Func<AdviceContext, bool> applies) =>
            list.Add(new AdviceRule(list.Count, id, text, shownWhen, applies));

        var fluidLossHeat = RuleIndex("fluid-loss-heat");
        var exerciseRelated = RuleIndex("exercise-related");
        var fluidRestriction = RuleIndex("fluid-restriction");
        var highCaffeine = RuleIndex("high-caffeine");
        var heavyAlcohol = RuleIndex("heavy-alcohol");
        var hemodialysis = RuleIndex("hemodialysis");
        var pregnancy = RuleIndex("pregnancy");
        var prolongedSitting = RuleIndex("prolonged-sitting-standing");
        var deconditioning = RuleIndex("deconditioning");
        var frequent = RuleIndex("flag-frequent");
        var olderAge = RuleIndex("older-age");
        var medicines = FactorsIn("medication-induced");
        var electrolytes = FactorsIn("electrolyte-disturbance");

        Give("advice-emergency",
            "Call emergency services (911 in the US) or go to the nearest emergency department now.",
            "urgency = emergency",
            static c => c.Urgency == Urgency.Emergency);
        Give("advice-urgent",
            "Contact a doctor or urgent care today.",
            "urgency = urgent",
            static c => c.Urgency == Urgency.Urgent);
        Give("advice-stretch-during",
            "During a cramp, stretch the muscle (pull the toes toward the shin) and massage it.",
            "always unless emergency",
            static c => c.Urgency != Urgency.Emergency);
        Give("advice-stretch-bedtime",
            "Stretch calves and hamstrings before bed (seed advice; trial evidence is mixed).",
            "always unless emergency",
            static c => c.Urgency != Urgency.Emergency);
        Give("advice-hydration",
            "Drink during activity and heat; replace salt with heavy sweating; do not over-drink.",
            "fluid-loss-heat or exercise-related present, and fluid-restriction not present",
            c => (c.Present(fluidLossHeat) || c.Present(exerciseRelated)) && !c.Present(fluidRestriction));
        Give("advice-heat-rest",
            "Stop, rest somewhere cool, sip water or a sports drink until the cramps pass.",
            "fluid-loss-heat present",
            c => c.Present(fluidLossHeat));
        Give("advice-caffeine-alcohol",
            "Cut down caffeine and alcohol, especially in the evening.",
            "high-caffeine or heavy-alcohol present",
            c => c.Present(highCaffeine) || c.Present(heavyAlcohol));
        Give("advice-medicine-review",
            "Ask your prescriber whether a medicine could be involved; do not stop it on your own.",
            "any medication-induced risk factor present",
            c => c.AnyPresent(medicines));
        Give("advice-fluid-restriction",
            "Keep to the fluid limit your care team set; tell them about the cramps.",
            "fluid-restriction or hemodialysis present",
            c => c.Present(fluidRestriction) || c.Present(hemodialysis));
        Give("advice-pregnancy",
            "Mention the cramps at your next antenatal visit; ask before taking supplements.",
            "pregnancy present",
            c => c.Present(pregnancy));
        Give("advice-posture",
            "Break up long sitting or standing; light activity and stretching help.",
            "prolonged-sitting-standing or deconditioning present",
            c => c.Present(prolongedSitting) || c.Present(deconditioning));
        Give("advice-follow-up",
            "Follow up with your primary care clinician, who can take a fuller history and examine you.",
            "urgency routine or higher, or flag-frequent fired",
            c => c.Urgency >= Urgency.Routine || c.Present(frequent));
        Give("advice-no-quinine",
            "Do not take quinine (or tonic water) for cramps: serious blood and heart side effects (FDA 2006/2010, MHRA).",
            "always",
            static _ => true);
        Give("advice-magnesium",
            "Magnesium supplements are unlikely to help night cramps in older adults.",
            "older-age present and no electrolyte-disturbance risk factor present",
            c => c.Present(olderAge) && !c.AnyPresent(electrolytes));
        return list;
    }

    private int[] FactorsIn(string categoryId) => [.. RiskFactors.Where(f => f.Category.Id == categoryId).Select(f => f.Index)];

    private static string[] ConditionPaths(IEnumerable<ConditionDefinition> conditions) =>
        [.. conditions.Select(c => JsonPaths.Filter(JsonPaths.Conditions, "id", c.Id))];
}
