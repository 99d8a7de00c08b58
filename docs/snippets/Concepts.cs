using Cramps.Core;
using Cramps.Core.Knowledge;

namespace Cramps.Docs.Snippets;

/// <summary>The examples of the concepts article: reading scores, unknowns and the trace of an assessment.</summary>
internal static class Concepts
{
    /// <summary>Names a condition, a lab test and a medicine class by typed id, and checks an id known only at run time.</summary>
    public static void TypedIds()
    {
        #region typed-ids
        var history = new PatientHistory
        {
            Conditions = [new Condition(ConditionId.HeartFailure), new Condition(ConditionCodeSystem.Icd10Cm, "N18.3")],
            Labs = [new LabResult(LabTestId.Magnesium, 1.4, "mg/dL")],
        };
        var assessment = new CrampEvaluator().Evaluate(new AssessmentRequest(history));
        Console.WriteLine("Present: " + string.Join(", ", assessment.RiskFactors.Select(f => f.Id)));

        LabTest magnesium = KnowledgeBase.Default.FindLabTest(LabTestId.Magnesium);
        Console.WriteLine($"{magnesium.Name} is accepted in {string.Join(", ", magnesium.AcceptedUnits)}");

        var lipitor = new Medication("Lipitor 20 mg");
        Console.WriteLine($"Lipitor is a statin: {lipitor.IsIn(MedicineClassId.Statin)}");

        try
        {
            LabTestId.Parse("potasium");   // an id known only at run time, from a file or a form
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    /// <summary>Prints how each listed cause category's score adds up.</summary>
    public static void ExplainCategories(CrampAssessment assessment)
    {
        #region explain-categories
        foreach (var category in assessment.CauseCategories)
        {
            var parts = category.Contributions.Select(c => $"{c.Source} {c.Weight}");
            Console.WriteLine($"{category.Id} = {category.Score}: {string.Join(" + ", parts)}");
        }
        #endregion
    }

    /// <summary>Prints the rules that are unknown, what they miss, and the questions that would settle them.</summary>
    public static void ExplainUnknowns(CrampEvaluator evaluator, AssessmentRequest request)
    {
        #region explain-unknowns
        var assessment = evaluator.Evaluate(request, EvaluationOptions.WithTrace);   // the trace is asked for up front
        foreach (var entry in assessment.Trace!.Where(t => t.Outcome == RuleOutcome.Unknown).Take(4))
        {
            Console.WriteLine($"{entry.Rule} is unknown: missing {string.Join(", ", entry.Missing)}");
        }

        foreach (var question in assessment.OpenQuestions.Where(q => q.Tier == 0))
        {
            Console.WriteLine($"{question.Id} could reveal {string.Join(", ", question.CouldReveal)}");
        }

        Console.WriteLine($"Interview complete: {assessment.InterviewComplete}");
        #endregion
    }

    /// <summary>Prints a rule's definition from the catalog, as an app would show it.</summary>
    public static void DescribeRule(string id)
    {
        #region describe-rule
        Rule rule = KnowledgeBase.Default.FindRule(id)
            ?? throw new ArgumentException($"No rule is named {id}.", nameof(id));
        Console.WriteLine($"{rule.Id}: {rule.Name}, counts toward {rule.Category.Id}");
        Console.WriteLine($"Present when: {rule.Trigger}");
        foreach (var source in rule.Sources)
        {
            Console.WriteLine($"{source.Key}: {source.Citation}");
        }
        #endregion
    }
}
