using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Docs.Snippets;

/// <summary>The examples of the getting-started article and the package readme.</summary>
internal static class GettingStarted
{
    /// <summary>Builds a request in code, evaluates it and prints what the assessment found.</summary>
    public static CrampAssessment FirstAssessment()
    {
        #region evaluate
        var evaluator = new CrampEvaluator();   // immutable and thread-safe: create one, share it

        var history = new PatientHistory
        {
            AgeYears = 74,
            Sex = Sex.Male,
            Medications = [new Medication("hydrochlorothiazide") { StartedOn = new DateOnly(2026, 10, 14) }],
            Labs = [new LabResult(LabTestId.Potassium, 3.2, "mmol/L") { CollectedOn = new DateOnly(2026, 11, 20) }],
        };
        var nightCramp = new CrampEpisode([MuscleRegion.Calf])
        {
            StartedAt = new DateTimeOffset(2026, 11, 20, 2, 40, 0, TimeSpan.FromHours(-5)),
            DurationSeconds = 180,
            Setting = EpisodeSetting.Asleep,
            RelievedByStretching = true,
        };
        var request = new AssessmentRequest(history, [nightCramp], asOf: new DateOnly(2026, 11, 25));

        CrampAssessment assessment = evaluator.Evaluate(request);
        #endregion

        #region print-findings
        Console.WriteLine($"Urgency: {assessment.Urgency} ({string.Join(", ", assessment.UrgencyReasons)})");
        foreach (var factor in assessment.RiskFactors)
        {
            var sources = string.Join(" ", factor.Sources);
            Console.WriteLine($"Risk factor {factor.Id}, {factor.Strength}, sources {sources}");
            foreach (var evidence in factor.Evidence)
            {
                Console.WriteLine($"    because {evidence.Path} = {evidence.Value}");
            }
        }

        foreach (var flag in assessment.RedFlags)
        {
            Console.WriteLine($"Red flag {flag.Id} calls for {flag.Urgency}");
        }

        foreach (var category in assessment.CauseCategories)
        {
            Console.WriteLine($"Possible cause: {category.Name} (score {category.Score})");
        }

        foreach (var question in assessment.OpenQuestions.Take(3))   // the most useful questions come first
        {
            Console.WriteLine($"Ask next: {question.Text}");
        }

        foreach (var advice in assessment.Advice)
        {
            Console.WriteLine($"Advice {advice.Id}: {advice.Text}");
        }

        Console.WriteLine(assessment.Disclaimer);
        #endregion
        return assessment;
    }

    /// <summary>Reads a request from JSON, evaluates it and writes the result as JSON; returns the exit code.</summary>
    public static int AssessJsonFile(ICrampEvaluator evaluator, string path)
    {
        #region assess-json
        byte[] utf8Json = File.ReadAllBytes(path);
        RequestParseResult parsed = CrampJson.ParseRequest(utf8Json);   // never throws for bad input
        if (!parsed.IsValid)
        {
            foreach (ValidationError error in parsed.Errors)               // every problem, not just the first
            {
                Console.Error.WriteLine(error);                            // path: message (code)
            }

            return 1;
        }

        CrampAssessment assessment = evaluator.Evaluate(parsed.Request, EvaluationOptions.WithTrace);   // the contract's JSON carries the trace
        Console.WriteLine(CrampJson.Serialize(assessment));                // the same bytes for the same request
        return 0;
        #endregion
    }
}
