using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Docs.Tests;

/// <summary>
/// docs/articles/clinical-safety.md: each reading the library chose where the specification leaves room, as the article
/// states it. A change to one of these is a change of clinical behaviour and must change the article too.
/// </summary>
public sealed class ClinicalSafetyTests
{
    private static readonly CrampEvaluator Evaluator = new();
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static readonly CrampEpisode NightCalf = new([MuscleRegion.Calf])
    {
        StartedAt = new DateTimeOffset(2026, 11, 20, 2, 40, 0, TimeSpan.FromHours(-5)),
        DurationSeconds = 120,
        Setting = EpisodeSetting.Asleep,
        RelievedByStretching = true,
    };

    private static RuleOutcome Outcome(AssessmentRequest request, string rule) => Assert.Single(Evaluator.Evaluate(request, EvaluationOptions.WithTrace).Trace!, t => t.Rule == rule).Outcome;

    private static AssessmentRequest Labs(params LabResult[] labs) => new(new PatientHistory { Labs = labs }, [NightCalf], Today);

    [Fact]
    public void NothingKnownAboutTheEpisodes_IsRoutineEvenWhenTheHistoryIsKnown()
    {
        var history = new PatientHistory { AgeYears = 40, Sex = Sex.Female, Conditions = [], Medications = [] };

        var nothingAtAll = Evaluator.Evaluate(new AssessmentRequest(asOf: Today));
        var historyOnly = Evaluator.Evaluate(new AssessmentRequest(history, asOf: Today));
        var oneBenignEpisode = Evaluator.Evaluate(new AssessmentRequest(history, [NightCalf], Today));

        Assert.Equal(Urgency.Routine, nothingAtAll.Urgency);
        Assert.Equal([BaselineReasons.NothingKnown], nothingAtAll.UrgencyReasons);
        Assert.Equal(Urgency.Routine, historyOnly.Urgency);
        Assert.Equal([BaselineReasons.NothingKnown], historyOnly.UrgencyReasons);
        Assert.Equal(Urgency.SelfCare, oneBenignEpisode.Urgency);
    }

    [Fact]
    public void NothingKnownAboutTheEpisodes_OneCrampPatternAnswerIsEnough()
    {
        var answered = new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 1 } };

        Assert.Equal(Urgency.SelfCare, Evaluator.Evaluate(new AssessmentRequest(answered, asOf: Today)).Urgency);
    }

    [Fact]
    public void LabResults_SameLatestDate_AnyAbnormalOneCounts()
    {
        var day = new DateOnly(2026, 11, 20);

        var request = Labs(new LabResult("potassium", 4.0, "mmol/L") { CollectedOn = day }, new LabResult("potassium", 3.2, "mmol/L") { CollectedOn = day });

        Assert.Equal(RuleOutcome.Present, Outcome(request, "hypokalemia"));
    }

    [Fact]
    public void LabResults_ALaterResult_ReplacesAnEarlierOne()
    {
        var request = Labs(
            new LabResult("potassium", 3.2, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 1) },
            new LabResult("potassium", 4.0, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 20) });

        Assert.Equal(RuleOutcome.Absent, Outcome(request, "hypokalemia"));
    }

    [Fact]
    public void LabResults_UndatedOnesCountBesideTheLatestDatedOnes_AndAreReported()
    {
        var undatedLow = new LabResult("potassium", 3.2, "mmol/L");

        var assessment = Evaluator.Evaluate(Labs(undatedLow, new LabResult("potassium", 4.0, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 1) }), EvaluationOptions.WithTrace);

        Assert.Equal(RuleOutcome.Present, Assert.Single(assessment.Trace!, t => t.Rule == "hypokalemia").Outcome);
        var warning = Assert.Single(assessment.Warnings);
        Assert.Equal((WarningCodes.UndatedLabCounted, "$.patient.labs[0]"), (warning.Code, warning.Path));
        Assert.Equal(RuleOutcome.Present, Outcome(Labs(undatedLow, new LabResult("potassium", 4.0, "mmol/L")), "hypokalemia"));
    }

    [Fact]
    public void UndatedLabCounted_OnlyWhenTheRuleWouldNotBePresentWithoutTheUndatedResults()
    {
        // A dated low result shows hypokalemia on its own: the undated one changes nothing, so nothing is reported.
        var datedLow = new LabResult("potassium", 3.3, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 20) };

        Assert.Empty(Evaluator.Evaluate(Labs(new LabResult("potassium", 3.2, "mmol/L"), datedLow)).Warnings);

        // An undated 2.4 fires flag-severe-potassium, which the dated 3.3 alone does not: reported with its path.
        var severe = Evaluator.Evaluate(Labs(datedLow, new LabResult("potassium", 2.4, "mmol/L")));
        Assert.Equal(Urgency.Emergency, severe.Urgency);
        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[1]")], severe.Warnings.Select(w => (w.Code, w.Path)));
    }

    [Fact]
    public void UndatedLabCounted_AlsoWhenARedFlagsLevelRestsOnTheUndatedResult()
    {
        var datedUrgent = new LabResult("potassium", 2.9, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 20) };

        var assessment = Evaluator.Evaluate(Labs(datedUrgent, new LabResult("potassium", 2.4, "mmol/L")));

        Assert.Equal(Urgency.Emergency, assessment.Urgency);
        Assert.Equal([(WarningCodes.UndatedLabCounted, "$.patient.labs[1]")], assessment.Warnings.Select(w => (w.Code, w.Path)));
    }

    [Fact]
    public void PregnantAge_IsReportedAtTheAge_AndPregnantNotFemaleAtPregnant()
    {
        var tooOld = Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { AgeYears = 65, Sex = Sex.Female, Pregnant = true }, [NightCalf], Today));
        var male = Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { AgeYears = 30, Sex = Sex.Male, Pregnant = true }, [NightCalf], Today));

        Assert.Equal([(WarningCodes.PregnantAge, "$.patient.ageYears")], tooOld.Warnings.Select(w => (w.Code, w.Path)));
        Assert.Equal([(WarningCodes.PregnantNotFemale, "$.patient.pregnant")], male.Warnings.Select(w => (w.Code, w.Path)));

        // Warnings never change the urgency, and the stated values are used as given.
        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(new PatientHistory { AgeYears = 30, Sex = Sex.Male, Pregnant = true }, [NightCalf], Today), "pregnancy"));
    }

    [Fact]
    public void BaselineReasons_AreListedByTheirOwnIds()
    {
        AssessmentRequest With(PatientHistory history) => new(history, [NightCalf], Today);

        var cirrhosis = Evaluator.Evaluate(With(new PatientHistory { Conditions = [new Condition("cirrhosis")] }));
        var loopDiuretic = Evaluator.Evaluate(With(new PatientHistory { Medications = [new Medication("furosemide") { StartedOn = new DateOnly(2020, 1, 1) }] }));
        var quinine = Evaluator.Evaluate(With(new PatientHistory { Lifestyle = new Lifestyle { UsedQuinineForCramps = true } }));

        Assert.All([cirrhosis, loopDiuretic, quinine], a => Assert.Equal(Urgency.Routine, a.Urgency));
        Assert.Equal([BaselineReasons.Factor], cirrhosis.UrgencyReasons);
        Assert.Equal([BaselineReasons.MedicineOrElectrolyte], loopDiuretic.UrgencyReasons);
        Assert.Equal([BaselineReasons.QuinineUsed], quinine.UrgencyReasons);

        // Once a red flag fires, the fired flags are the reasons, also when the highest of them is routine.
        var twitchingWithCirrhosis = Evaluator.Evaluate(With(new PatientHistory { Conditions = [new Condition("cirrhosis")], Symptoms = new Symptoms { MuscleTwitching = true } }));
        Assert.Equal(Urgency.Routine, twitchingWithCirrhosis.Urgency);
        Assert.Equal(["flag-twitching"], twitchingWithCirrhosis.UrgencyReasons);
    }

    [Fact]
    public void Ranking_IdiopathicNightCramps_ComeLastWhateverTheirScore()
    {
        // Older age and female sex give idiopathic-nocturnal 5; a low potassium gives electrolyte-disturbance 3.
        var patient = PatientHistory.Unknown with
        {
            AgeYears = 70,
            Sex = Sex.Female,
            Labs = [new LabResult("potassium", 3.2, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 20) }],
        };

        var categories = new CrampEvaluator().Evaluate(new AssessmentRequest(patient, [], new DateOnly(2026, 11, 25))).CauseCategories;

        Assert.Equal(["electrolyte-disturbance", "idiopathic-nocturnal"], categories.Select(c => c.Id));
        Assert.True(categories[1].Score > categories[0].Score);
    }

    [Fact]
    public void GiantCellArteritis_FiresWhileAgeIsUnknown()
    {
        var symptoms = new Symptoms { NewHeadacheJawPainOrVisionChange = true };

        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(new PatientHistory { Symptoms = symptoms }, [NightCalf], Today), "flag-giant-cell-arteritis"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(new PatientHistory { AgeYears = 40, Symptoms = symptoms }, [NightCalf], Today), "flag-giant-cell-arteritis"));
    }

    [Fact]
    public void LabUnits_SevenPointSixMgPerDlOfCalcium_IsBelowTheUrgentCutOff()
    {
        // 7.6 mg/dL × 0.2495 = 1.8962 mmol/L, below calciumUrgent (1.90 mmol/L), which the spec also writes as "7.6 mg/dL".
        var assessment = Evaluator.Evaluate(Labs(new LabResult("calcium", 7.6, "mg/dL")));

        var flag = Assert.Single(assessment.RedFlags, f => f.Id == "flag-severe-calcium");
        Assert.Equal(Urgency.Urgent, flag.Urgency);
        Assert.Contains(flag.Evidence, e => e.Value == "7.6 mg/dL (1.896 mmol/L); albumin unknown, uncorrected");
    }

    [Fact]
    public void LabUnits_PointNineSevenMgPerDlOfMagnesium_IsBelowTheUrgentCutOff()
    {
        // 0.97 mg/dL × 0.4114 = 0.39906 mmol/L, below magnesiumUrgent (0.40 mmol/L = 0.97 mg/dL).
        Assert.Equal(RuleOutcome.Present, Outcome(Labs(new LabResult("magnesium", 0.97, "mg/dL")), "flag-severe-magnesium"));
        Assert.Equal(RuleOutcome.Absent, Outcome(Labs(new LabResult("magnesium", 0.40, "mmol/L")), "flag-severe-magnesium"));
    }

    [Fact]
    public void LabUnits_EightAndAHalfMgPerDlOfCalcium_IsNotLow()
    {
        // 8.5 mg/dL × 0.2495 = 2.12075 mmol/L, not below calciumLow (2.12 mmol/L = 8.5 mg/dL). Not absent either: the
        // ionised calcium the rule also reads is unknown.
        Assert.Equal(RuleOutcome.Unknown, Outcome(Labs(new LabResult("calcium", 8.5, "mg/dL")), "hypocalcemia"));
        Assert.Equal(RuleOutcome.Absent, Outcome(Labs(new LabResult("calcium", 8.5, "mg/dL"), new LabResult("ionized-calcium", 1.2, "mmol/L")), "hypocalcemia"));
        Assert.Equal(RuleOutcome.Present, Outcome(Labs(new LabResult("calcium", 8.49, "mg/dL")), "hypocalcemia"));
    }

    [Fact]
    public void LabUnits_OnePointSevenMgPerDlOfMagnesium_IsLow()
    {
        // 1.7 mg/dL × 0.4114 = 0.69938 mmol/L, below magnesiumLow (0.70 mmol/L = 1.7 mg/dL).
        Assert.Equal(RuleOutcome.Present, Outcome(Labs(new LabResult("magnesium", 1.7, "mg/dL")), "hypomagnesemia"));
        Assert.Equal(RuleOutcome.Absent, Outcome(Labs(new LabResult("magnesium", 0.70, "mmol/L")), "hypomagnesemia"));
    }

    [Fact]
    public void Calcium_WithoutAlbumin_IsJudgedUncorrected()
    {
        Assert.Equal(RuleOutcome.Present, Outcome(Labs(new LabResult("calcium", 2.0, "mmol/L")), "hypocalcemia"));
        // Corrected for albumin: 2.0 + 0.8 × (4.0 − 2.5) × 0.2495 = 2.299 mmol/L, not low.
        Assert.Equal(RuleOutcome.Unknown, Outcome(Labs(new LabResult("calcium", 2.0, "mmol/L"), new LabResult("albumin", 2.5, "g/dL")), "hypocalcemia"));
    }

    [Fact]
    public void Hydration_UnknownFluidRestriction_IsAdvisedAndTheQuestionStaysOpen()
    {
        var exercise = NightCalf with { Setting = EpisodeSetting.AfterExercise };

        var unknown = Evaluator.Evaluate(new AssessmentRequest(null, [exercise], Today));
        var restricted = Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { Lifestyle = new Lifestyle { FluidRestriction = true } }, [exercise], Today));

        Assert.Contains(unknown.Advice, a => a.Id == "advice-hydration");
        Assert.Contains(unknown.OpenQuestions, q => q.Id == "q-diet-fluids");
        Assert.DoesNotContain(restricted.Advice, a => a.Id == "advice-hydration");
        Assert.Contains(restricted.Advice, a => a.Id == "advice-fluid-restriction");
    }

    [Fact]
    public void AsOf_Absent_TheLatestEpisodesLocalDateIsToday_AndLaterLabDatesDoNotMoveIt()
    {
        // The episode starts on 20 November at 23:30 in UTC-5 (21 November in UTC); its local date is the 20th.
        var late = NightCalf with { StartedAt = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.FromHours(-5)) };
        var medicine = new Medication("furosemide") { StartedOn = new DateOnly(2026, 8, 22) };
        var history = new PatientHistory { Medications = [medicine], Labs = [new LabResult("sodium", 140, "mmol/L") { CollectedOn = new DateOnly(2026, 12, 31) }] };

        var trace = Assert.Single(Evaluator.Evaluate(new AssessmentRequest(history, [late]), EvaluationOptions.WithTrace).Trace!, t => t.Rule == "new-medicine-temporal");

        // 90 days before the first episode (20 November) is 22 August: the medicine counts as new.
        Assert.Equal(RuleOutcome.Present, trace.Outcome);
    }

    [Fact]
    public void AsOf_Absent_NoDateAnywhere_TimeRulesAreUnknown()
    {
        var request = new AssessmentRequest(new PatientHistory { Medications = [new Medication("furosemide")] }, [new CrampEpisode([MuscleRegion.Calf])]);

        Assert.Equal(RuleOutcome.Unknown, Outcome(request, "new-medicine-temporal"));
        Assert.Equal(RuleOutcome.Unknown, Outcome(request, "flag-frequent"));
    }

    [Fact]
    public void Diary_NeverMakesAFactFalse_OnlyAnExplicitAnswerDoes()
    {
        var nightOnly = Evaluator.Evaluate(new AssessmentRequest(null, [NightCalf], Today), EvaluationOptions.WithTrace);
        var answeredNo = Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { CrampPattern = new CrampPattern { AfterExercise = false } }, [NightCalf], Today), EvaluationOptions.WithTrace);

        Assert.Equal(RuleOutcome.Unknown, Assert.Single(nightOnly.Trace!, t => t.Rule == "exercise-related").Outcome);
        Assert.Equal(RuleOutcome.Absent, Assert.Single(answeredNo.Trace!, t => t.Rule == "exercise-related").Outcome);
    }

    [Fact]
    public void BenignEpisodePattern_NeedsAtLeastOneEpisode()
    {
        var noDiary = Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 1 } }, asOf: Today));
        var oneNightCalf = Evaluator.Evaluate(new AssessmentRequest(null, [NightCalf], Today));

        Assert.Empty(noDiary.CauseCategories);
        Assert.Equal([CategoryContribution.BenignEpisodePattern], Assert.Single(oneNightCalf.CauseCategories).Contributions.Select(c => c.Source));
    }

    [Fact]
    public void NewMedicine_CountsFromTheFirstRecordedEpisode_AndNotAfterIt()
    {
        var history = new PatientHistory { Medications = [new Medication("furosemide") { StartedOn = new DateOnly(2026, 6, 1) }] };
        var august = NightCalf with { StartedAt = new DateTimeOffset(2026, 8, 1, 2, 0, 0, TimeSpan.Zero) };

        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(history, [NightCalf, august], Today), "new-medicine-temporal"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(history, [NightCalf], Today), "new-medicine-temporal"));
        var startedAfter = new PatientHistory { Medications = [new Medication("furosemide") { StartedOn = new DateOnly(2026, 11, 21) }] };
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(startedAfter, [NightCalf], Today), "new-medicine-temporal"));
    }

    [Fact]
    public void Frequency_EitherTheSelfReportOrTheDiaryCanShowIt()
    {
        var often = new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 4 } };
        var rarely = new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 1 } };
        CrampEpisode[] twelveInFourWeeks = [.. Enumerable.Range(0, 12).Select(i => NightCalf with { StartedAt = NightCalf.StartedAt!.Value.AddDays(-2 * i) })];

        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(often, [NightCalf], Today), "flag-frequent"));
        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(rarely, twelveInFourWeeks, Today), "flag-frequent"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(rarely, [NightCalf], Today), "flag-frequent"));
    }

    [Fact]
    public void Frequency_UndatedEpisodesThatCouldReachTheLimit_LeaveItUnknown()
    {
        CrampEpisode[] diary = [NightCalf, new CrampEpisode([MuscleRegion.Calf])];

        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(null, diary, Today), "flag-frequent"));
    }

    [Fact]
    public void Frequency_ALowerOwnCount_DoesNotDecideWhileTheDiaryCannotTell()
    {
        var undated = new CrampEpisode([MuscleRegion.Calf]);
        CrampEpisode[] diary = [NightCalf, undated, undated, undated];

        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 1 } }, diary, Today), "flag-frequent"));
        Assert.Equal(RuleOutcome.Present, Outcome(new AssessmentRequest(new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 3 } }, diary, Today), "flag-frequent"));

        // With no date anywhere there is no today to count the diary from: a lower own count does not decide either.
        var oneAWeek = new PatientHistory { CrampPattern = new CrampPattern { EpisodesPerWeek = 1 } };
        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(oneAWeek, [undated, undated, undated], null), "flag-frequent"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(oneAWeek, [], null), "flag-frequent"));
    }

    [Fact]
    public void LongOrUnrelieved_AnEpisodeThatDoesNotSay_LeavesItUnknown_UnlessThePersonsOwnAnswersCoverIt()
    {
        var silent = new CrampEpisode([MuscleRegion.Calf]) { StartedAt = NightCalf.StartedAt, Setting = EpisodeSetting.Asleep };
        var ownAnswers = new PatientHistory { CrampPattern = new CrampPattern { LongestMinutes = 2, RelievedByStretching = true } };

        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(null, [NightCalf, NightCalf], Today), "flag-prolonged-or-unrelieved"));
        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(null, [NightCalf, NightCalf with { DurationSeconds = null }], Today), "flag-prolonged-or-unrelieved"));
        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(null, [NightCalf, NightCalf with { RelievedByStretching = null }], Today), "flag-prolonged-or-unrelieved"));
        Assert.Equal(RuleOutcome.Absent, Outcome(new AssessmentRequest(ownAnswers, [NightCalf, silent], Today), "flag-prolonged-or-unrelieved"));
        Assert.Contains("flag-prolonged-or-unrelieved", Evaluator.Evaluate(new AssessmentRequest(null, [NightCalf, silent], Today)).OpenQuestions.Single(q => q.Id == "q-duration-stretching").CouldReveal);
    }

    [Fact]
    public void MedicineNames_AldactazideIsAThiazideToo_AsItsGenericNamesAre()
    {
        static string[] Diuretics(string name) =>
            [.. Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { Medications = [new Medication(name)] }, [NightCalf], Today)).RiskFactors.Select(f => f.Id).Where(id => id.StartsWith("diuretic-", StringComparison.Ordinal))];

        Assert.Equal(["diuretic-thiazide", "diuretic-potassium-sparing"], Diuretics("Aldactazide"));
        Assert.Equal(Diuretics("spironolactone / hydrochlorothiazide"), Diuretics("Aldactazide"));
    }

    [Fact]
    public void MedicineNames_RxNormsWordOrderOfConjugatedEstrogens_IsRecognised()
    {
        var assessment = Evaluator.Evaluate(new AssessmentRequest(new PatientHistory { Medications = [new Medication("Estrogens, Conjugated 0.625 MG Oral Tablet")] }, [NightCalf], Today));

        Assert.Contains("estrogen", assessment.RiskFactors.Select(f => f.Id));
        Assert.Empty(assessment.UnrecognisedInputs);
    }

    [Fact]
    public void SexUnknown_IsUnknown_NotAnAnswer()
    {
        Assert.Equal(RuleOutcome.Unknown, Outcome(new AssessmentRequest(new PatientHistory { Sex = Sex.Unknown }, [NightCalf], Today), "female-sex"));
    }

    [Fact]
    public void Validation_ErrorsAreListedObjectByObject_MembersInContractOrder()
    {
        var parsed = CrampJson.ParseRequest("""{"schemaVersion":"1","episodes":[{"muscles":["calf"],"painScore":11,"setting":"sleeping"}],"patient":{"ageYears":200}}""");

        Assert.Equal(["$.patient.ageYears", "$.episodes[0].setting", "$.episodes[0].painScore"], parsed.Errors.Select(e => e.Path));
    }
}
