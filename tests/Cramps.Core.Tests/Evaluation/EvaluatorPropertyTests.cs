using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;
using CsCheck;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>Invariants of the evaluator over generated requests.</summary>
public sealed class EvaluatorPropertyTests
{
    private static readonly int Iterations = Budget.Iterations(400);
    private static readonly CrampEvaluator Evaluator = new();

    [Fact]
    public void Determinism_Meets_Specification()
    {
        var other = new CrampEvaluator();
        Generators.Request.Sample(
            request => Assert.Equal(CrampJson.Serialize(Evaluator.Evaluate(request, EvaluationOptions.WithTrace)), CrampJson.Serialize(other.Evaluate(request, EvaluationOptions.WithTrace))),
            iter: Iterations);
    }

    [Fact]
    public void Tracing_ChangesNothingButTheTrace()
    {
        Generators.Request.Sample(
            request =>
            {
                var plain = Evaluator.Evaluate(request);
                var traced = Evaluator.Evaluate(request, EvaluationOptions.WithTrace);

                Assert.Null(plain.Trace);
                Assert.Equal(Evaluator.KnowledgeBase.Rules.Count, traced.Trace!.Count);
                Assert.Equal(Meaning(plain, withTrace: false), Meaning(traced, withTrace: false));
                Assert.Equal(Evidence(plain), Evidence(traced));
            },
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
                foreach (var symptom in Inputs.Symptoms.Where(s => s.Get(request.Patient.Symptoms) is null))
                {
                    var after = Evaluator.Evaluate(With(request, symptom.With(request.Patient, true))).Urgency;
                    Assert.True(after >= before, symptom.Name + ": " + before + " became " + after);
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
                var assessment = Evaluator.Evaluate(request, EvaluationOptions.WithTrace);
                Assert.Equal(Evaluator.KnowledgeBase.Rules.Count, assessment.Trace!.Count);
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

    private static Lifestyle Merge(Lifestyle a, Lifestyle b) => Merge(
        new Lifestyle
        {
            CaffeineServingsPerDay = a.CaffeineServingsPerDay ?? b.CaffeineServingsPerDay,
            CaffeineMgPerDay = a.CaffeineMgPerDay ?? b.CaffeineMgPerDay,
            AlcoholDrinksPerWeek = a.AlcoholDrinksPerWeek ?? b.AlcoholDrinksPerWeek,
        },
        a,
        b,
        Inputs.LifestyleAnswers);

    private static CrampPattern Merge(CrampPattern a, CrampPattern b) => Merge(
        new CrampPattern
        {
            EpisodesPerWeek = a.EpisodesPerWeek ?? b.EpisodesPerWeek,
            LongestMinutes = a.LongestMinutes ?? b.LongestMinutes,
        },
        a,
        b,
        Inputs.PatternAnswers);

    private static Symptoms Merge(Symptoms a, Symptoms b) => Merge(a, a, b, Inputs.Symptoms);

    /// <summary>Keeps every known answer of <paramref name="a"/> and adds the ones only <paramref name="b"/> knows.</summary>
    private static T Merge<T>(T into, T a, T b, IReadOnlyList<YesNoInput<T>> answers)
        where T : class
    {
        foreach (var answer in answers)
        {
            into = answer.Set(into, answer.Get(a) ?? answer.Get(b));
        }

        return into;
    }

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
    private static string Evidence(CrampAssessment a) =>
        string.Join(",", a.RiskFactors.Concat<object>(a.RedFlags).Select(f => f switch
        {
            RiskFactorFinding r => r.Id + string.Concat(r.Evidence.Select(e => " " + e.Path + "=" + e.Value)),
            RedFlagFinding r => r.Id + string.Concat(r.Evidence.Select(e => " " + e.Path + "=" + e.Value)),
            _ => string.Empty,
        }));

    private static string Meaning(CrampAssessment a, bool withTrace = true) => string.Join(
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
        withTrace ? string.Join(",", (a.Trace ?? []).Select(t => t.Rule + ":" + t.Outcome)) : string.Empty);
}
