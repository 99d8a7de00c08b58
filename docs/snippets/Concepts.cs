using Cramps.Core;
using Cramps.Core.Knowledge;

namespace Cramps.Docs.Snippets;

/// <summary>The examples of the concepts article: reading scores, unknowns and the trace of an assessment.</summary>
internal static class Concepts
{
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
    public static void ExplainUnknowns(CrampAssessment assessment)
    {
        #region explain-unknowns
        foreach (var entry in assessment.Trace.Where(t => t.Outcome == RuleOutcome.Unknown).Take(4))
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
