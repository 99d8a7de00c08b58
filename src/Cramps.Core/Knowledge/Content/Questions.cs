using Cramps.Core.Evaluation;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>Edition 2026.2: follow-up questions, in table order.</summary>
public sealed partial class KnowledgeBase
{
    private List<FollowUpQuestion> BuildQuestions()
    {
        var list = new List<FollowUpQuestion>();
        void Ask(string id, int tier, bool seed, string text, string asksFor, PatientInput[] fields, bool openWhenAllUnknown = false, string[]? reveals = null, Func<EvaluationContext, bool>? appliesWhen = null, string? appliesWhenText = null) =>
            list.Add(new FollowUpQuestion(list.Count, id, tier, seed, text, asksFor, fields, openWhenAllUnknown, reveals, appliesWhen, appliesWhenText));

        string[] heartKidney = ["heart-failure", "chronic-kidney-disease", "hemodialysis"];
        var heartKidneyPaths = ConditionPaths(Conditions.Where(c => heartKidney.Contains(c.Id)));
        var otherConditionPaths = ConditionPaths(Conditions.Where(c => !heartKidney.Contains(c.Id)));
        string[] labTests = ["potassium", "magnesium", "calcium", "ionized-calcium", "sodium"];
        string[] labPaths = [.. labTests.Select(t => JsonPaths.Filter(JsonPaths.Labs, "test", t))];
        var hemodialysis = RuleIndex("hemodialysis");
        var olderAge = Threshold("olderAgeYears");

        Ask("q-emergency-symptoms", 0, false,
            "Do you have chest pain or trouble breathing? Are you confused, or have you fainted? Do you have a high fever, a tight throat or a seizure?",
            "chestPainOrBreathlessness, confusionOrFainting, highTemperature, throatTighteningOrSeizure",
            [Inputs.ChestPainOrBreathlessness, Inputs.ConfusionOrFainting, Inputs.HighTemperature, Inputs.ThroatTighteningOrSeizure]);
        Ask("q-dark-urine", 0, false,
            "Is your urine dark (like tea or cola) or scant? Do you have bad muscle pain or swelling?",
            "darkOrScantUrine, severeMusclePainOrSwelling",
            [Inputs.DarkOrScantUrine, Inputs.SevereMusclePainOrSwelling]);
        Ask("q-leg-swelling", 0, false,
            "Is one calf or leg swollen, warm, red or sore between cramps?",
            "oneSidedLegSwelling",
            [Inputs.OneSidedLegSwelling]);
        Ask("q-weakness", 0, false,
            "Have you noticed new weakness, muscles getting thinner, or twitching under the skin?",
            "newWeakness, muscleWasting, muscleTwitching",
            [Inputs.NewWeakness, Inputs.MuscleWasting, Inputs.MuscleTwitching]);
        Ask("q-tingling-spasm", 0, false,
            "Do you have numbness or tingling? Tingling around the mouth? Hands or feet that lock in a spasm?",
            "numbnessOrTingling, tinglingAroundMouth, handsOrFeetLockingInSpasm",
            [Inputs.NumbnessOrTingling, Inputs.TinglingAroundMouth, Inputs.HandsOrFeetLockingInSpasm]);
        Ask("q-headache-jaw-vision", 0, false,
            "Do you have a new headache, pain in the jaw when chewing, a sore scalp, or any change in your eyesight?",
            "newHeadacheJawPainOrVisionChange",
            [Inputs.NewHeadacheJawPainOrVisionChange],
            appliesWhen: static c => c.Patient.Symptoms.MorningStiffnessShouldersHips == true,
            appliesWhenText: "morningStiffnessShouldersHips = true (or polymyalgia-pattern present, which implies it)");
        Ask("q-vomiting-sweating", 0, false,
            "Have you recently had heavy vomiting or diarrhea? Heavy sweating, or time in the heat?",
            "recentVomitingOrDiarrhea, heatOrHeavySweating",
            [Inputs.RecentVomitingOrDiarrhea, Inputs.HeatOrHeavySweating]);
        Ask("q-repetitive-motion", 1, true,
            "Do your muscles get tired easily after you do the same motion over and over?",
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
            "Are you on a special diet (for example low salt)? Have you been told to limit how much you drink?",
            "restrictedDiet, lowSaltDiet, fluidRestriction",
            [Inputs.RestrictedDiet, Inputs.LowSaltDiet, Inputs.FluidRestriction]);
        Ask("q-heart-kidney", 1, true,
            "Do you have heart failure or long-term kidney disease? Are you on dialysis?",
            "conditions (heart failure, kidney disease, dialysis)",
            [Inputs.Conditions], reveals: heartKidneyPaths);
        Ask("q-diuretic-statin", 1, true,
            "Do you take a water pill (diuretic)? Do you take a statin, a drug for high cholesterol?",
            "medications",
            [Inputs.Medications]);
        Ask("q-coffee", 1, true,
            "How much coffee or other caffeine do you have a day?",
            "caffeineMgPerDay or caffeineServingsPerDay",
            [Inputs.CaffeineMgPerDay, Inputs.CaffeineServingsPerDay], openWhenAllUnknown: true);
        Ask("q-all-medicines", 1, false,
            "What medicines do you take, and when did you start each one? Include inhalers, hormones, bone medicines, iron drips and pain pills.",
            "medications with startedOn",
            [Inputs.MedicationStartDates], reveals: [JsonPaths.Medications]);
        Ask("q-pregnancy", 1, false,
            "Are you pregnant?",
            "pregnant",
            [Inputs.Pregnant],
            appliesWhen: static c => c.Patient.Sex is null or Sex.Female or Sex.Unknown && c.Patient.AgeYears is null or (>= 12 and <= 55),
            appliesWhenText: "sex is female or unknown, and age is unknown or 12-55");
        Ask("q-walking-pain", 1, false,
            "Does walking bring on leg pain that eases within minutes of stopping? Does leg pain ease when you sit or bend forward?",
            "legPainWithWalkingEasedByRest, legPainEasedByBendingForward",
            [Inputs.LegPainWithWalkingEasedByRest, Inputs.LegPainEasedByBendingForward]);
        Ask("q-duration-stretching", 1, false,
            "How long does a cramp last, and does stretching stop it?",
            "episode durationSeconds / relievedByStretching, or crampPattern.longestMinutes / relievedByStretching",
            [Inputs.LongestMinutes, Inputs.RelievedByStretching]);
        Ask("q-other-conditions", 1, false,
            "Do you have diabetes, thyroid disease, liver scarring, or nerve damage? Do you have a pinched nerve or a narrow spine? What about MS, myasthenia gravis, or Parkinson's disease?",
            "conditions (the other conditions of the knowledge base)",
            [Inputs.Conditions], reveals: otherConditionPaths);
        Ask("q-age-sex", 1, false,
            "How old are you, and what is your sex?",
            "ageYears, sex",
            [Inputs.AgeYears, Inputs.Sex]);
        Ask("q-morning-stiffness", 1, false,
            "When you wake up, are your shoulders or hips stiff and aching for more than 45 minutes?",
            "morningStiffnessShouldersHips",
            [Inputs.MorningStiffnessShouldersHips],
            appliesWhen: c => c.Patient.AgeYears is not { } age || age >= c.Threshold(olderAge),
            appliesWhenText: "age is unknown or at least olderAgeYears");
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
            "Do you have recent blood tests for potassium, magnesium, calcium or sodium?",
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
            appliesWhen: c => c.Rules[hemodialysis].Outcome == Truth.True,
            appliesWhenText: "hemodialysis is present");
        return list;
    }


    private static string[] ConditionPaths(IEnumerable<ConditionDefinition> conditions) =>
        [.. conditions.Select(c => JsonPaths.Filter(JsonPaths.Conditions, "id", c.Id))];
}
