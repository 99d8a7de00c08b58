using Cramps.Core;
using Cramps.Core.Knowledge;

namespace Cramps.Cli.Interview;

/// <summary>How the interview asks each knowledge-base question, by question id (the knowledge base's follow-up questions, <see cref="Cramps.Core.Knowledge.KnowledgeBase.Questions"/>).</summary>
/// <remarks>Numbers are held to the request's own limits (<see cref="RequestLimits"/>), so every answer makes a valid request.</remarks>
internal static class Script
{
    /// <summary>The questions over yes/no inputs alone whose "no" does not answer every part: their parts are joined by "with".</summary>
    private static readonly string[] NoAnswersNotEveryPart = ["q-dark-urine"];

    /// <summary>How the questions that are not asked as a plain yes/no group are asked.</summary>
    private static readonly Dictionary<string, Step> Explicit = new(StringComparer.Ordinal)
    {
        ["q-heart-kidney"] = new ConditionGroup(
            ("Heart failure", ConditionId.HeartFailure),
            ("Chronic kidney disease", ConditionId.ChronicKidneyDisease),
            ("Dialysis", ConditionId.Hemodialysis)),
        ["q-diuretic-statin"] = new DiureticStatin(),
        ["q-coffee"] = new Caffeine(),
        ["q-all-medicines"] = new Medicines(),
        ["q-duration-stretching"] = new Form([
            new Amount("How many minutes does the longest cramp last?", new NumberRange(0, RequestLimits.MaxLongestMinutes, false), NoMeansZero: false, h => h.CrampPattern.LongestMinutes, (h, v) => h with { CrampPattern = h.CrampPattern with { LongestMinutes = v } }),
            .. YesNoOf("q-duration-stretching")]),
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
        ["q-frequency"] = new Form(
            new Amount("How many cramps a week, on average?", new NumberRange(0, RequestLimits.MaxEpisodesPerWeek, false), NoMeansZero: true, h => h.CrampPattern.EpisodesPerWeek, (h, v) => h with { CrampPattern = h.CrampPattern with { EpisodesPerWeek = v } })),
        ["q-alcohol"] = new Form(
            new Amount("Drinks a week", new NumberRange(0, RequestLimits.MaxIntakeQuantity, false), NoMeansZero: true, h => h.Lifestyle.AlcoholDrinksPerWeek, (h, v) => h with { Lifestyle = h.Lifestyle with { AlcoholDrinksPerWeek = v } })),
        ["q-activity-posture"] = new Form([.. YesNoOf("q-activity-posture")]),
        ["q-lab-results"] = new LabResults(
            (LabTestId.Potassium, "Potassium"),
            (LabTestId.Magnesium, "Magnesium"),
            (LabTestId.Calcium, "Calcium (total)"),
            (LabTestId.Sodium, "Sodium")),
    };

    /// <summary>Every question's step: the explicit ones, and a yes/no group for each question over yes/no inputs alone, named by the inputs' own prompts.</summary>
    private static readonly Dictionary<string, Step> Steps = Build();

    /// <summary>The question asked before all others while it is open: age and sex.</summary>
    public const string AskedFirst = "q-age-sex";

    /// <summary>Finds how to ask a question.</summary>
    /// <param name="questionId">The question id.</param>
    /// <returns>The step, or <see langword="null"/> for a question this console does not know how to ask.</returns>
    public static Step? For(string questionId) => Steps.GetValueOrDefault(questionId);

    private static Dictionary<string, Step> Build()
    {
        var steps = new Dictionary<string, Step>(Explicit, StringComparer.Ordinal);
        foreach (var question in KnowledgeBase.Default.Questions)
        {
            if (!steps.ContainsKey(question.Id) && question.Inputs.All(i => i is YesNoInput))
            {
                // A safety question (tier 0) takes the safer reading of a "yes" that names nothing (see FlagGroup).
                steps[question.Id] = new FlagGroup(
                    safety: question.Tier == 0,
                    noMeansAllNo: !NoAnswersNotEveryPart.Contains(question.Id, StringComparer.Ordinal),
                    YesNoOf(question.Id));
            }
        }

        return steps;
    }

    private static Flag[] YesNoOf(string questionId) =>
        [.. KnowledgeBase.Default.Questions.First(q => string.Equals(q.Id, questionId, StringComparison.Ordinal)).Inputs.OfType<YesNoInput>().Select(Flag.Of)];
}
