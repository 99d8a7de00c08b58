using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;
using CsCheck;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Invariants of the evaluator over generated requests.</summary>
public sealed class EvaluatorPropertyTests
{
    private static readonly int Iterations = Budget.Iterations(400);
    private static readonly CrampEvaluator Evaluator = new();

    private static readonly (string Name, Func<Symptoms, bool?> Read, Func<Symptoms, Symptoms> SetTrue)[] SymptomFields =
    [
        ("chestPainOrBreathlessness", s => s.ChestPainOrBreathlessness, s => s with { ChestPainOrBreathlessness = true }),
        ("confusionOrFainting", s => s.ConfusionOrFainting, s => s with { ConfusionOrFainting = true }),
        ("highTemperature", s => s.HighTemperature, s => s with { HighTemperature = true }),
        ("darkOrScantUrine", s => s.DarkOrScantUrine, s => s with { DarkOrScantUrine = true }),
        ("severeMusclePainOrSwelling", s => s.SevereMusclePainOrSwelling, s => s with { SevereMusclePainOrSwelling = true }),
        ("oneSidedLegSwelling", s => s.OneSidedLegSwelling, s => s with { OneSidedLegSwelling = true }),
        ("newWeakness", s => s.NewWeakness, s => s with { NewWeakness = true }),
        ("muscleWasting", s => s.MuscleWasting, s => s with { MuscleWasting = true }),
        ("muscleTwitching", s => s.MuscleTwitching, s => s with { MuscleTwitching = true }),
        ("numbnessOrTingling", s => s.NumbnessOrTingling, s => s with { NumbnessOrTingling = true }),
        ("tinglingAroundMouth", s => s.TinglingAroundMouth, s => s with { TinglingAroundMouth = true }),
        ("handsOrFeetLockingInSpasm", s => s.HandsOrFeetLockingInSpasm, s => s with { HandsOrFeetLockingInSpasm = true }),
        ("throatTighteningOrSeizure", s => s.ThroatTighteningOrSeizure, s => s with { ThroatTighteningOrSeizure = true }),
        ("legPainWithWalkingEasedByRest", s => s.LegPainWithWalkingEasedByRest, s => s with { LegPainWithWalkingEasedByRest = true }),
        ("legPainEasedByBendingForward", s => s.LegPainEasedByBendingForward, s => s with { LegPainEasedByBendingForward = true }),
        ("urgeToMoveLegs", s => s.UrgeToMoveLegs, s => s with { UrgeToMoveLegs = true }),
        ("morningStiffnessShouldersHips", s => s.MorningStiffnessShouldersHips, s => s with { MorningStiffnessShouldersHips = true }),
        ("newHeadacheJawPainOrVisionChange", s => s.NewHeadacheJawPainOrVisionChange, s => s with { NewHeadacheJawPainOrVisionChange = true }),
    ];

    [Fact]
    public void Determinism_Meets_Specification()
    {
        var other = new CrampEvaluator();
        Generators.Request.Sample(
            request => Assert.Equal(CrampJson.Serialize(Evaluator.Evaluate(request)), CrampJson.Serialize(other.Evaluate(request))),
            iter: Iterations);
    }

    [Fact]
    public void InputListOrder_Meets_Specification()
    {
        Generators.Request.Select(Gen.Int).Sample(
            (request, seed) =>
            {
                var random = new Random(seed);
                var patient = request.Patient with
                {
                    Conditions = Shuffle(request.Patient.Conditions, random),
                    Medications = Shuffle(request.Patient.Medications, random),
                    Labs = Shuffle(request.Patient.Labs, random),
                };
                var shuffled = new AssessmentRequest(patient, Shuffle(request.Episodes, random), request.AsOf);

                Assert.Equal(Meaning(Evaluator.Evaluate(request)), Meaning(Evaluator.Evaluate(shuffled)));
            },
            iter: Iterations);
    }

    [Fact]
    public void UnknownSymptomTurnedTrue_NeverLowersUrgency_Meets_Specification()
    {
        Generators.Request.Sample(
            request =>
            {
                var before = Evaluator.Evaluate(request).Urgency;
                foreach (var field in SymptomFields.Where(f => f.Read(request.Patient.Symptoms) is null))
                {
                    var after = Evaluator.Evaluate(With(request, request.Patient with { Symptoms = field.SetTrue(request.Patient.Symptoms) })).Urgency;
                    Assert.True(after >= before, field.Name + ": " + before + " became " + after);
                }
            },
            iter: Iterations);
    }

    /// <remarks>
    /// "Today" is held fixed (explicit asOf): without it, today is derived from the request's latest date, so adding a
    /// later lab date moves today itself and can move a medicine out of its window, as the contract specifies.
    /// </remarks>
    [Fact]
    public void UnknownInputGivenAValue_NeverRemovesAPresentRiskFactor_Meets_Specification()
    {
        Gen.Select(Generators.Request.Where(r => r.AsOf is not null), Generators.Patient).Sample(
            (request, donor) =>
            {
                var present = Evaluator.Evaluate(request).RiskFactors.Select(f => f.Id).ToList();
                foreach (var (name, filled) in Fill(request.Patient, donor))
                {
                    var after = Evaluator.Evaluate(With(request, filled)).RiskFactors.Select(f => f.Id).ToHashSet();
                    Assert.All(present, id => Assert.True(after.Contains(id), name + " removed " + id));
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Urgency_IsTheHighestFiredRedFlag_OrTheBaseline_Meets_Specification()
    {
        Generators.Request.Sample(
            request =>
            {
                var assessment = Evaluator.Evaluate(request);
                Assert.Equal(Evaluator.KnowledgeBase.Rules.Count, assessment.Trace.Count);
                if (assessment.RedFlags.Count > 0)
                {
                    Assert.Equal(assessment.RedFlags.Max(f => f.Urgency), assessment.Urgency);
                    Assert.Equal(assessment.RedFlags.Select(f => f.Id), assessment.UrgencyReasons);
                }
                else
                {
                    Assert.True(assessment.Urgency <= Urgency.Routine);
                    Assert.Equal(assessment.Urgency == Urgency.Routine, assessment.UrgencyReasons.Count > 0);
                }
            },
            iter: Iterations);
    }

    private static AssessmentRequest With(AssessmentRequest request, PatientHistory patient) => new(patient, request.Episodes, request.AsOf);

    /// <summary>Every way to give one unknown history field (scalar, answer or list) the donor's known value.</summary>
    private static IEnumerable<(string Name, PatientHistory Filled)> Fill(PatientHistory p, PatientHistory donor)
    {
        if (p.AgeYears is null && donor.AgeYears is not null)
        {
            yield return ("ageYears", p with { AgeYears = donor.AgeYears });
        }

        if (p.Sex is null or Sex.Unknown && donor.Sex is not (null or Sex.Unknown))
        {
            yield return ("sex", p with { Sex = donor.Sex });
        }

        if (p.Pregnant is null && donor.Pregnant is not null)
        {
            yield return ("pregnant", p with { Pregnant = donor.Pregnant });
        }

        if (p.FamilyHistoryOfCramps is null && donor.FamilyHistoryOfCramps is not null)
        {
            yield return ("familyHistoryOfCramps", p with { FamilyHistoryOfCramps = donor.FamilyHistoryOfCramps });
        }

        if (p.Conditions is null && donor.Conditions is not null)
        {
            yield return ("conditions", p with { Conditions = donor.Conditions });
        }

        if (p.Medications is null && donor.Medications is not null)
        {
            yield return ("medications", p with { Medications = donor.Medications });
        }

        if (p.Labs is null && donor.Labs is not null)
        {
            yield return ("labs", p with { Labs = donor.Labs });
        }

        yield return ("lifestyle", p with { Lifestyle = Merge(p.Lifestyle, donor.Lifestyle) });
        yield return ("crampPattern", p with { CrampPattern = Merge(p.CrampPattern, donor.CrampPattern) });
        yield return ("symptoms", p with { Symptoms = Merge(p.Symptoms, donor.Symptoms) });
    }

    private static Lifestyle Merge(Lifestyle a, Lifestyle b) => new()
    {
        CaffeineServingsPerDay = a.CaffeineServingsPerDay ?? b.CaffeineServingsPerDay,
        CaffeineMgPerDay = a.CaffeineMgPerDay ?? b.CaffeineMgPerDay,
        AlcoholDrinksPerWeek = a.AlcoholDrinksPerWeek ?? b.AlcoholDrinksPerWeek,
        RestrictedDiet = a.RestrictedDiet ?? b.RestrictedDiet,
        LowSaltDiet = a.LowSaltDiet ?? b.LowSaltDiet,
        FluidRestriction = a.FluidRestriction ?? b.FluidRestriction,
        RepetitiveMotionFatigue = a.RepetitiveMotionFatigue ?? b.RepetitiveMotionFatigue,
        ProlongedSittingOrStanding = a.ProlongedSittingOrStanding ?? b.ProlongedSittingOrStanding,
        RegularExerciseOrStretching = a.RegularExerciseOrStretching ?? b.RegularExerciseOrStretching,
        HeatOrHeavySweating = a.HeatOrHeavySweating ?? b.HeatOrHeavySweating,
        RecentVomitingOrDiarrhea = a.RecentVomitingOrDiarrhea ?? b.RecentVomitingOrDiarrhea,
        HomeParenteralNutrition = a.HomeParenteralNutrition ?? b.HomeParenteralNutrition,
        UsedQuinineForCramps = a.UsedQuinineForCramps ?? b.UsedQuinineForCramps,
    };

    private static CrampPattern Merge(CrampPattern a, CrampPattern b) => new()
    {
        OutsideMorning = a.OutsideMorning ?? b.OutsideMorning,
        AfterExercise = a.AfterExercise ?? b.AfterExercise,
        DuringDialysis = a.DuringDialysis ?? b.DuringDialysis,
        EpisodesPerWeek = a.EpisodesPerWeek ?? b.EpisodesPerWeek,
        LongestMinutes = a.LongestMinutes ?? b.LongestMinutes,
        RelievedByStretching = a.RelievedByStretching ?? b.RelievedByStretching,
    };

    private static Symptoms Merge(Symptoms a, Symptoms b) =>
        a with
        {
            ChestPainOrBreathlessness = a.ChestPainOrBreathlessness ?? b.ChestPainOrBreathlessness,
            ConfusionOrFainting = a.ConfusionOrFainting ?? b.ConfusionOrFainting,
            HighTemperature = a.HighTemperature ?? b.HighTemperature,
            DarkOrScantUrine = a.DarkOrScantUrine ?? b.DarkOrScantUrine,
            SevereMusclePainOrSwelling = a.SevereMusclePainOrSwelling ?? b.SevereMusclePainOrSwelling,
            OneSidedLegSwelling = a.OneSidedLegSwelling ?? b.OneSidedLegSwelling,
            NewWeakness = a.NewWeakness ?? b.NewWeakness,
            MuscleWasting = a.MuscleWasting ?? b.MuscleWasting,
            MuscleTwitching = a.MuscleTwitching ?? b.MuscleTwitching,
            NumbnessOrTingling = a.NumbnessOrTingling ?? b.NumbnessOrTingling,
            TinglingAroundMouth = a.TinglingAroundMouth ?? b.TinglingAroundMouth,
            HandsOrFeetLockingInSpasm = a.HandsOrFeetLockingInSpasm ?? b.HandsOrFeetLockingInSpasm,
            ThroatTighteningOrSeizure = a.ThroatTighteningOrSeizure ?? b.ThroatTighteningOrSeizure,
            LegPainWithWalkingEasedByRest = a.LegPainWithWalkingEasedByRest ?? b.LegPainWithWalkingEasedByRest,
            LegPainEasedByBendingForward = a.LegPainEasedByBendingForward ?? b.LegPainEasedByBendingForward,
            UrgeToMoveLegs = a.UrgeToMoveLegs ?? b.UrgeToMoveLegs,
            MorningStiffnessShouldersHips = a.MorningStiffnessShouldersHips ?? b.MorningStiffnessShouldersHips,
            NewHeadacheJawPainOrVisionChange = a.NewHeadacheJawPainOrVisionChange ?? b.NewHeadacheJawPainOrVisionChange,
        };

    private static T[]? Shuffle<T>(IReadOnlyList<T>? items, Random random)
    {
        if (items is null)
        {
            return null;
        }

        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy;
    }

    /// <summary>Everything an assessment concludes, without the positions of evidence in the caller's lists.</summary>
    private static string Meaning(CrampAssessment a) => string.Join(
        "\n",
        WireNames.Of(a.Urgency),
        string.Join(",", a.UrgencyReasons),
        string.Join(",", a.RiskFactors.Select(f => f.Id)),
        string.Join(",", a.RedFlags.Select(f => f.Id + ":" + WireNames.Of(f.Urgency))),
        string.Join(",", a.CauseCategories.Select(c => c.Id + "=" + c.Score + "[" + string.Join(" ", c.RiskFactors) + "|" + string.Join(" ", c.RedFlags) + "]")),
        string.Join(",", a.OpenQuestions.Select(q => q.Id + "[" + string.Join(" ", q.CouldReveal) + "]")),
        a.InterviewComplete,
        string.Join(",", a.Advice.Select(x => x.Id)),
        string.Join(",", a.UnrecognisedInputs.Select(u => u.Value + ":" + u.Reason).Order(StringComparer.Ordinal)),
        string.Join(",", a.Trace.Select(t => t.Rule + ":" + t.Outcome)));
}
