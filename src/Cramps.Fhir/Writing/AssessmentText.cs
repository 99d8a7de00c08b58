using System.Globalization;
using Cramps.Core;
using Cramps.Core.Knowledge;

namespace Cramps.Fhir.Writing;

/// <summary>The texts both writers take from an assessment and the knowledge base, written once.</summary>
internal static class AssessmentText
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Default;

    public static UrgencyLevel Level(Urgency urgency) => Knowledge.UrgencyLevels.First(l => l.Urgency == urgency);

    /// <summary>Describes the urgency: <c>Urgency: soon. See a clinician within a few days.</c></summary>
    public static string Urgency(Urgency urgency)
    {
        var level = Level(urgency);
        return "Urgency: " + level.Id + ". " + level.Meaning;
    }

    /// <summary>Describes a warning as Markdown: <c>`$.patient.labs[1]` (undated-lab-counted): message</c>.</summary>
    public static string Warning(AssessmentWarning warning) =>
        Markdown.Code(warning.Path) + " (" + Markdown.Escape(warning.Code) + "): " + Markdown.Escape(warning.Message);

    public static string Citation(string sourceKey) =>
        Knowledge.Sources.FirstOrDefault(s => s.Key == sourceKey)?.Citation ?? sourceKey;

    /// <summary>Names a rule with its id, <c>Statin (statin)</c>, unless the name already ends with it.</summary>
    public static string Named(string ruleId, string? name = null)
    {
        name ??= Knowledge.FindRule(ruleId)?.Name ?? ruleId;
        return name.EndsWith("(" + ruleId + ")", StringComparison.Ordinal) ? name : name + " (" + ruleId + ")";
    }

    /// <summary>Gets the distinct source keys among the given ones, in the knowledge base's order.</summary>
    public static IEnumerable<string> InSourceOrder(IEnumerable<string> keys)
    {
        var cited = keys.ToHashSet(StringComparer.Ordinal);
        return Knowledge.Sources.Select(s => s.Key).Where(cited.Contains);
    }

    /// <summary>Says which date counted as today when the reader took it from the input, or <see langword="null"/> when the caller gave it.</summary>
    public static string? Today(FhirMappingContext? context) =>
        context is { ReferenceDateFromInput: true, ReferenceDate: { } date }
            ? "Assessed as of " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                + ", the latest date in the record (no asOf was given): new medicines, pregnancy and age are judged on that date."
            : null;

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Names what a category's score rests on: its risk factors and red flags by name and id, and any episode pattern.</summary>
    public static string Basis(CauseCategoryFinding category)
    {
        var parts = new List<string>(3);
        if (category.RiskFactors.Count > 0)
        {
            parts.Add("risk factors " + string.Join(", ", category.RiskFactors.Select(id => Named(id))));
        }

        if (category.RedFlags.Count > 0)
        {
            parts.Add("red flags " + string.Join(", ", category.RedFlags.Select(id => Named(id))));
        }

        foreach (var contribution in category.Contributions)
        {
            switch (contribution.Source)
            {
                case CategoryContribution.BenignEpisodePattern:
                    parts.Add("a benign episode pattern (brief calf or foot cramps at night or rest, eased by stretching)");
                    break;
                case CategoryContribution.RestlessLegs:
                    parts.Add("an urge to move the legs rather than a painful knot");
                    break;
            }
        }

        return string.Join("; ", parts);
    }

    /// <summary>Gets the resources behind the evidence of the risk factors, then the red flags, each once, in order.</summary>
    public static IReadOnlyList<FhirSource> EvidenceSources(CrampAssessment assessment, FhirMappingContext? context)
    {
        if (context is null)
        {
            return [];
        }

        return assessment.RiskFactors.SelectMany(f => f.Evidence)
            .Concat(assessment.RedFlags.SelectMany(f => f.Evidence))
            .Select(e => context.FindSource(e.Path))
            .OfType<FhirSource>()
            .Distinct()
            .ToList();
    }

    /// <summary>Describes the knowledge base: <c>cramps-kb edition 2026.1, content hash sha256:…</c>, with any overridden thresholds.</summary>
    public static string Edition(KnowledgeBaseIdentity identity)
    {
        var text = identity.Id + " edition " + identity.Edition + ", content hash " + identity.ContentHash;
        return identity.Overrides.Count == 0
            ? text
            : text + "; thresholds overridden: " + string.Join(", ", identity.Overrides.Select(o => o.Key + " = " + Number(o.Value)));
    }
}
