using static Cramps.Core.Tests.Support.Requests;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Section 7: which questions are open, what they could reveal, their order and interview completeness.</summary>
public sealed class OpenQuestionTests
{
    private static readonly CrampEvaluator Evaluator = new();

    private static IReadOnlyList<OpenQuestion> Open(AssessmentRequest request) => Evaluator.Evaluate(request).OpenQuestions;

    private static IEnumerable<string> OpenIds(AssessmentRequest request) => Open(request).Select(q => q.Id);

    [Fact]
    public void Questions_NothingKnown_TierZeroFirstThenByReachThenTableOrder()
    {
        var open = Open(Of());

        AssertSpecOrder(open);
        Assert.Equal("q-emergency-symptoms", open[0].Id);
    }

    [Fact]
    public void Questions_LaterQuestionWithMoreReach_ComesFirst()
    {
        // With the emergency symptoms denied, q-leg-swelling could reveal one flag and q-dark-urine three, while the
        // later q-weakness could reveal four (in table order): it comes first.
        var symptoms = new Symptoms { ChestPainOrBreathlessness = false, ConfusionOrFainting = false, HighTemperature = false, ThroatTighteningOrSeizure = false };

        var open = Open(Of(With(symptoms)));

        AssertSpecOrder(open);
        Assert.Equal(
            ["flag-rhabdomyolysis", "flag-weakness-or-wasting", "flag-statin-muscle-symptoms", "flag-twitching"],
            Assert.Single(open, q => q.Id == "q-weakness").CouldReveal);
        Assert.Equal(
            ["flag-rhabdomyolysis", "flag-muscle-injury-signs", "flag-statin-muscle-symptoms"],
            Assert.Single(open, q => q.Id == "q-dark-urine").CouldReveal);
        Assert.Equal("q-weakness", open[0].Id);
    }

    /// <summary>Section 7: by tier, then by how many unknown rules a question could decide (more first), then table order.</summary>
    private static void AssertSpecOrder(IReadOnlyList<OpenQuestion> open)
    {
        var expected = open
            .OrderBy(q => q.Tier)
            .ThenByDescending(q => q.CouldReveal.Count)
            .ThenBy(q => q.Definition.Order)
            .Select(q => q.Id);
        Assert.Equal(expected, open.Select(q => q.Id));
    }

    [Fact]
    public void Questions_NothingKnown_EveryQuestionButTheDialysisAndHeadacheOnesIsOpen()
    {
        var ids = OpenIds(Of()).ToHashSet();

        // q-dialysis-cramps needs hemodialysis present; q-headache-jaw-vision needs morning stiffness reported.
        Assert.Equal(Evaluator.KnowledgeBase.Questions.Select(q => q.Id).Where(id => id is not ("q-dialysis-cramps" or "q-headache-jaw-vision")).ToHashSet(), ids);
    }

    [Fact]
    public void Questions_EmergencySymptoms_CouldRevealTheRulesNeedingThem()
    {
        var question = Assert.Single(Open(Of()), q => q.Id == "q-emergency-symptoms");

        // flag-leg-clot's emergency level also needs flag-chest-or-breathing, so chest pain is among its missing inputs;
        // flag-severe-calcium's emergency level needs a seizure or throat tightening among its symptoms.
        Assert.Equal(
            ["flag-chest-or-breathing", "flag-heat-stroke", "flag-tetany", "flag-severe-calcium", "flag-leg-clot", "flag-confusion-or-fainting", "flag-fever"],
            question.CouldReveal);
    }

    [Fact]
    public void Questions_HeartKidneyAndOtherConditions_SplitTheConditionRules()
    {
        var open = Open(Of());

        Assert.Equal(["hemodialysis", "chronic-kidney-disease", "heart-failure", "flag-heat-cramps-persisting", "flag-dialysis-cramps"], Assert.Single(open, q => q.Id == "q-heart-kidney").CouldReveal);
        var others = Assert.Single(open, q => q.Id == "q-other-conditions").CouldReveal;
        Assert.Contains("cirrhosis", others);
        Assert.Contains("parkinsonism", others);
        Assert.DoesNotContain("heart-failure", others);
    }

    [Fact]
    public void Questions_OneAnswerOfSeveral_KeepsTheQuestionOpen()
    {
        Assert.Contains("q-weakness", OpenIds(Of(With(new Symptoms { NewWeakness = false }))));
        Assert.DoesNotContain("q-weakness", OpenIds(Of(With(new Symptoms { NewWeakness = false, MuscleWasting = false, MuscleTwitching = false }))));
    }

    [Fact]
    public void Questions_Coffee_ClosedByEitherCaffeineAnswer()
    {
        Assert.DoesNotContain("q-coffee", OpenIds(Of(With(new Lifestyle { CaffeineServingsPerDay = 0 }))));
        Assert.DoesNotContain("q-coffee", OpenIds(Of(With(new Lifestyle { CaffeineMgPerDay = 0 }))));
    }

    [Fact]
    public void Questions_AllMedicines_OpenWhileAStartDateIsMissing()
    {
        var undated = Of(WithMedications(new Medication("lisinopril")));
        var dated = Of(WithMedications(new Medication("lisinopril") { StartedOn = new DateOnly(2025, 1, 1) }));

        Assert.Equal(["new-medicine-temporal", "flag-new-medicine"], Assert.Single(Open(undated), q => q.Id == "q-all-medicines").CouldReveal);
        Assert.DoesNotContain("q-diuretic-statin", OpenIds(undated));
        Assert.DoesNotContain("q-all-medicines", OpenIds(dated));
    }

    [Fact]
    public void Questions_Frequency_AnsweredByAnyEpisode()
    {
        Assert.DoesNotContain("q-frequency", OpenIds(Of(Episode())));
        Assert.DoesNotContain("q-frequency", OpenIds(Of(With(new CrampPattern { EpisodesPerWeek = 1 }))));
    }

    [Theory]
    [InlineData(4, 59, false)]
    [InlineData(5, 0, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    public void Questions_OtherTimes_OpenWhileEveryEpisodeStartsBetween5And12(int hour, int minute, bool open)
    {
        // Section 9: an episode starting outside 05:00–11:59 (local time) answers "other times than the morning".
        var episode = Episode() with { StartedAt = At(2026, 11, 20, hour, minute) };

        Assert.Equal(open, OpenIds(Of(episode)).Contains("q-other-times"));
    }

    [Fact]
    public void Questions_DiaryAnswersTimingAndExercise()
    {
        var morning = new CrampEpisode([MuscleRegion.Calf]) { StartedAt = At(2026, 11, 20, 6, 0), Setting = EpisodeSetting.DuringExercise, DurationSeconds = 30, RelievedByStretching = true };
        var night = morning with { StartedAt = At(2026, 11, 20, 23, 0) };

        Assert.Contains("q-other-times", OpenIds(Of(morning)));
        Assert.DoesNotContain("q-other-times", OpenIds(Of(night)));
        Assert.DoesNotContain("q-after-exercise", OpenIds(Of(morning)));
        Assert.DoesNotContain("q-duration-stretching", OpenIds(Of(morning)));
    }

    [Fact]
    public void Questions_DurationAndStretching_StayOpenWhileAnEpisodeDoesNotSay()
    {
        // Section 7 asks each episode's durationSeconds and relievedByStretching (or the self-report): an episode that
        // does not say leaves the question open, and flag-prolonged-or-unrelieved unknown, whatever the others say.
        var told = new CrampEpisode([MuscleRegion.Calf]) { StartedAt = At(2026, 11, 20, 2, 0), DurationSeconds = 30, RelievedByStretching = true };

        Assert.DoesNotContain("q-duration-stretching", OpenIds(Of(told, told)));
        Assert.Contains("q-duration-stretching", OpenIds(Of(told, told with { DurationSeconds = null })));
        Assert.Contains("q-duration-stretching", OpenIds(Of(told, told with { RelievedByStretching = null })));
        Assert.Contains("flag-prolonged-or-unrelieved", Evaluator.Evaluate(Of(told, told with { DurationSeconds = null })).OpenQuestions.Single(q => q.Id == "q-duration-stretching").CouldReveal);
        Assert.DoesNotContain("q-duration-stretching", OpenIds(Of(With(new CrampPattern { LongestMinutes = 2, RelievedByStretching = true }), told with { DurationSeconds = null, RelievedByStretching = null })));
    }

    [Theory]
    [InlineData(Sex.Female, 30, true)]
    [InlineData(Sex.Female, 12, true)]
    [InlineData(Sex.Female, 55, true)]
    [InlineData(Sex.Female, 11, false)]
    [InlineData(Sex.Female, 56, false)]
    [InlineData(Sex.Unknown, 30, true)]
    [InlineData(Sex.Male, 30, false)]
    [InlineData(Sex.Other, 30, false)]
    public void Questions_Pregnancy_AskedOnlyOfWomenOrUnknownSexAged12To55(Sex sex, int age, bool asked)
    {
        Assert.Equal(asked, OpenIds(Of(Nothing with { Sex = sex, AgeYears = age })).Contains("q-pregnancy"));
    }

    [Fact]
    public void Questions_Pregnancy_AskedWhenSexAndAgeUnknown()
    {
        Assert.Contains("q-pregnancy", OpenIds(Of()));
    }

    [Fact]
    public void Questions_DialysisCramps_AskedOnlyOnDialysis()
    {
        var question = Assert.Single(Open(Of(WithConditions(new Condition("hemodialysis")))), q => q.Id == "q-dialysis-cramps");

        Assert.Equal(["flag-dialysis-cramps"], question.CouldReveal);
    }

    [Fact]
    public void Questions_LabResults_ClosedOnceTheListIsKnown()
    {
        Assert.DoesNotContain("q-lab-results", OpenIds(Of(WithLabs())));
        Assert.Equal(
            ["hypokalemia", "hypomagnesemia", "hypocalcemia", "hyponatremia", "flag-severe-potassium", "flag-severe-sodium", "flag-severe-calcium", "flag-severe-magnesium"],
            Assert.Single(Open(Of()), q => q.Id == "q-lab-results").CouldReveal);
    }

    [Fact]
    public void InterviewComplete_NoTierZeroOrOneQuestionOpen()
    {
        var assessment = Evaluator.Evaluate(TestCompleteInterview());

        Assert.True(assessment.InterviewComplete);
        Assert.All(assessment.OpenQuestions, q => Assert.Equal(2, q.Tier));
    }

    [Fact]
    public void InterviewComplete_NothingKnown_IsFalse()
    {
        Assert.False(Evaluator.Evaluate(Of()).InterviewComplete);
    }

    /// <summary>Every tier 0 and tier 1 input answered, nothing of tier 2.</summary>
    internal static AssessmentRequest TestCompleteInterview() => Of(
        new PatientHistory
        {
            AgeYears = 40,
            Sex = Sex.Male,
            Conditions = [],
            Medications = [],
            Lifestyle = new Lifestyle
            {
                RepetitiveMotionFatigue = false,
                RestrictedDiet = false,
                LowSaltDiet = false,
                FluidRestriction = false,
                CaffeineServingsPerDay = 1,
                RecentVomitingOrDiarrhea = false,
                HeatOrHeavySweating = false,
            },
            CrampPattern = new CrampPattern { OutsideMorning = true, AfterExercise = false, LongestMinutes = 2, RelievedByStretching = true },
            Symptoms = new Symptoms
            {
                ChestPainOrBreathlessness = false,
                ConfusionOrFainting = false,
                HighTemperature = false,
                ThroatTighteningOrSeizure = false,
                DarkOrScantUrine = false,
                SevereMusclePainOrSwelling = false,
                OneSidedLegSwelling = false,
                NewWeakness = false,
                MuscleWasting = false,
                MuscleTwitching = false,
                NumbnessOrTingling = false,
                TinglingAroundMouth = false,
                HandsOrFeetLockingInSpasm = false,
                LegPainWithWalkingEasedByRest = false,
                LegPainEasedByBendingForward = false,
            },
        });
}
