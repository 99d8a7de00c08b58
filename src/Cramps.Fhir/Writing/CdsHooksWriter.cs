using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using Cramps.Core;
using Cramps.Fhir.Writing;

namespace Cramps.Fhir;

/// <summary>Writes an assessment as a CDS Hooks 2.0 service response: one card per red flag, then one summary card.</summary>
/// <remarks>
/// <para>
/// Red flag cards come first, most urgent first (table order among equals), so the card a clinician must act on leads.
/// Each card has a <c>summary</c> of at most <see cref="MaxSummaryLength"/> characters, an <c>indicator</c>
/// (<c>critical</c> for emergency and urgent, <c>warning</c> for soon and routine, <c>info</c> for self-care), a Markdown
/// <c>detail</c> with the evidence (request path, value and, with a mapping context, the FHIR resource it came from), the
/// cited sources and the disclaimer, and a <c>source</c> whose label names the knowledge base edition and the source keys
/// and whose <c>topic</c> codes the red flag (<see cref="FhirSystems.RedFlag"/>). The summary card carries the overall
/// urgency, the cause categories, risk factors, advice, the open safety and history questions, and what was not
/// recognised or mapped, kept short: at most <see cref="MaxNotUsedItems"/> items, the rest counted by reason, and the
/// resources of types it does not use counted by type. When the reader took today from the input, the summary card says so.
/// </para>
/// <para>
/// Each card's <c>uuid</c> is derived from its content by SHA-256 (an RFC 9562 version 8 UUID), so equal assessments
/// give byte-identical responses. Values from the input are escaped before they enter Markdown. All members are pure and
/// thread-safe.
/// </para>
/// </remarks>
public static class CdsHooksWriter
{
    /// <summary>The longest card summary written; CDS Hooks 2.0 requires fewer than 140 characters.</summary>
    public const int MaxSummaryLength = 139;

    /// <summary>The most items the summary card lists as not recognised or not mapped; the rest are counted by reason.</summary>
    public const int MaxNotUsedItems = 10;

    /// <summary>Writes the CDS Hooks response of an assessment as JSON: <c>{ "cards": [ … ] }</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="context">The mapping context of the FHIR input the request was read from, or <see langword="null"/> when it was not read from FHIR.</param>
    /// <param name="pretty">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <example><code>Console.WriteLine(CdsHooksWriter.Write(evaluator.Evaluate(read.Request), read.Context));</code></example>
    public static string Write(CrampAssessment assessment, FhirMappingContext? context = null, bool pretty = false)
    {
        Guard.Against.Null(assessment);
        var cards = assessment.RedFlags
            .OrderByDescending(f => f.Urgency)
            .Select(f => RedFlagCard(f, assessment, context))
            .Append(SummaryCard(assessment, context));

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("cards");
            foreach (var card in cards)
            {
                card.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Gets the card indicator of an urgency.</summary>
    internal static string Indicator(Urgency urgency) =>
        urgency switch
        {
            Urgency.Emergency or Urgency.Urgent => "critical",
            Urgency.Soon or Urgency.Routine => "warning",
            _ => "info",
        };

    /// <summary>Shortens a summary to <see cref="MaxSummaryLength"/> characters, ending in an ellipsis when cut.</summary>
    internal static string Summary(string text) =>
        text.Length <= MaxSummaryLength ? text : text[..(MaxSummaryLength - 1)].TrimEnd() + "\u2026";

    private static Card RedFlagCard(RedFlagFinding flag, CrampAssessment assessment, FhirMappingContext? context)
    {
        var level = AssessmentText.Level(flag.Urgency);
        var detail = new StringBuilder()
            .Append("**Red flag: ").Append(Markdown.Escape(flag.Name)).Append(".** ")
            .Append(Markdown.Escape(AssessmentText.Urgency(flag.Urgency))).Append("\n\n")
            .Append("**Evidence**\n");
        AppendEvidence(detail, flag.Evidence, context);
        AppendSources(detail, flag.Sources);
        AppendDisclaimer(detail, assessment);
        return new Card(
            Summary(flag.Name + ": " + level.Meaning),
            Indicator(flag.Urgency),
            detail.ToString(),
            Label(assessment) + " (" + string.Join(", ", flag.Sources) + ")",
            (FhirSystems.RedFlag, flag.Id, flag.Name));
    }

    private static Card SummaryCard(CrampAssessment assessment, FhirMappingContext? context)
    {
        var level = AssessmentText.Level(assessment.Urgency);
        var summary = "Muscle cramp assessment: " + level.Id + ". " + level.Meaning
            + (assessment.RedFlags.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Red flags: {assessment.RedFlags.Count}."));
        var detail = new StringBuilder().Append("**").Append(Markdown.Escape(AssessmentText.Urgency(assessment.Urgency))).Append("**");
        if (assessment.UrgencyReasons.Count > 0)
        {
            detail.Append(" Reasons: ").Append(Markdown.Escape(string.Join(", ", assessment.UrgencyReasons))).Append('.');
        }

        detail.Append("\n\n");
        if (AssessmentText.Today(context) is { } today)
        {
            detail.Append(Markdown.Escape(today)).Append("\n\n");
        }

        AppendCategories(detail, assessment);
        AppendRiskFactors(detail, assessment, context);
        AppendList(detail, "Warnings", assessment.Warnings.Select(AssessmentText.Warning));
        AppendList(detail, "Advice", assessment.Advice.Select(a => Markdown.Escape(a.Text)));
        AppendList(
            detail,
            "Still to ask",
            assessment.OpenQuestions.Where(q => q.Tier <= 1).Select(q => Markdown.Escape(q.Text) + " (" + Markdown.Escape(q.Id) + ")"));
        AppendNotUsed(detail, assessment, context);
        AppendSources(detail, assessment.RiskFactors.SelectMany(f => f.Sources).Concat(assessment.RedFlags.SelectMany(f => f.Sources)));
        AppendDisclaimer(detail, assessment);
        return new Card(Summary(summary), Indicator(assessment.Urgency), detail.ToString(), Label(assessment), null);
    }

    private static string Label(CrampAssessment assessment) => "Cramps knowledge base " + assessment.KnowledgeBase.Edition;

    private static void AppendCategories(StringBuilder detail, CrampAssessment assessment)
    {
        if (assessment.CauseCategories.Count == 0)
        {
            return;
        }

        detail.Append("**Possible cause categories**\n");
        var rank = 1;
        foreach (var category in assessment.CauseCategories)
        {
            detail.Append(rank++.ToString(CultureInfo.InvariantCulture)).Append(". ")
                .Append(Markdown.Escape(category.Name)).Append(": score ").Append(Markdown.Escape(AssessmentText.Number(category.Score)))
                .Append(", from ").Append(Markdown.Escape(AssessmentText.Basis(category))).Append('\n');
        }

        detail.Append('\n');
    }

    private static void AppendRiskFactors(StringBuilder detail, CrampAssessment assessment, FhirMappingContext? context)
    {
        if (assessment.RiskFactors.Count == 0)
        {
            return;
        }

        detail.Append("**Risk factors**\n");
        foreach (var factor in assessment.RiskFactors)
        {
            detail.Append("- ").Append(Markdown.Escape(AssessmentText.Named(factor.Id, factor.Name))).Append(":\n");
            foreach (var evidence in factor.Evidence)
            {
                detail.Append("  ");
                AppendEvidenceLine(detail, evidence, context);
            }
        }

        detail.Append('\n');
    }

    /// <summary>
    /// Lists what was not used, kept short: the unrecognised inputs and the unmapped items that are not whole unread
    /// resources, at most <see cref="MaxNotUsedItems"/>, the rest counted by reason; then the unread resources counted by type.
    /// </summary>
    private static void AppendNotUsed(StringBuilder detail, CrampAssessment assessment, FhirMappingContext? context)
    {
        var unread = (context?.Unmapped ?? []).Where(u => u.Code == UnmappedCodes.UnsupportedResource).ToList();
        var items = assessment.UnrecognisedInputs
            .Select(u => (Reason: u.Reason, Line: Markdown.Code(u.Path) + ": " + Markdown.Escape(u.Value + ", " + u.Reason) + From(context?.FindSource(u.Path))))
            .Concat((context?.Unmapped ?? []).Where(u => u.Code != UnmappedCodes.UnsupportedResource).Select(u => (Reason: u.Code, Line: Markdown.Escape(u.Source + ": " + u.Message))))
            .ToList();
        var lines = items.Take(MaxNotUsedItems).Select(i => i.Line).ToList();
        if (items.Count > MaxNotUsedItems)
        {
            var rest = items.Skip(MaxNotUsedItems).GroupBy(i => i.Reason, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
            lines.Add(Markdown.Escape(string.Create(CultureInfo.InvariantCulture, $"and {items.Count - MaxNotUsedItems} more: ") + string.Join(", ", rest)));
        }

        if (unread.Count > 0)
        {
            var byType = unread.GroupBy(u => u.Source.ResourceType, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));
            lines.Add(Markdown.Escape("Resources of types the assessment does not use: " + string.Join(", ", byType)));
        }

        AppendList(detail, "Not recognised or not read from the record", lines);
    }

    private static void AppendEvidence(StringBuilder detail, IEnumerable<Evidence> evidence, FhirMappingContext? context)
    {
        foreach (var item in evidence)
        {
            AppendEvidenceLine(detail, item, context);
        }

        detail.Append('\n');
    }

    /// <summary>Writes one evidence line: the path, the value, and with a mapping context the resource and, for a lab, how the source wrote it and when.</summary>
    private static void AppendEvidenceLine(StringBuilder detail, Evidence evidence, FhirMappingContext? context)
    {
        detail.Append("- ").Append(Markdown.Code(evidence.Path)).Append(": ").Append(Markdown.Escape(evidence.Value));
        var source = context?.FindSource(evidence.Path);
        if (context?.FindReading(evidence.Path) is { } reading && source is not null)
        {
            detail.Append(" (written ").Append(Markdown.Escape(reading)).Append("; from ").Append(Markdown.Escape(source.ToString())).Append(')');
        }
        else
        {
            detail.Append(From(source));
        }

        detail.Append('\n');
    }

    private static string From(FhirSource? source) => source is null ? string.Empty : " (from " + Markdown.Escape(source.ToString()) + ")";

    private static void AppendSources(StringBuilder detail, IEnumerable<string> keys) =>
        AppendList(detail, "Sources", AssessmentText.InSourceOrder(keys).Select(k => Markdown.Escape(k + ": " + AssessmentText.Citation(k))));

    private static void AppendList(StringBuilder detail, string heading, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (first)
            {
                detail.Append("**").Append(heading).Append("**\n");
                first = false;
            }

            detail.Append("- ").Append(item).Append('\n');
        }

        if (!first)
        {
            detail.Append('\n');
        }
    }

    private static void AppendDisclaimer(StringBuilder detail, CrampAssessment assessment) =>
        detail.Append('*').Append(Markdown.Escape(assessment.Disclaimer)).Append('*');

    /// <summary>One CDS Hooks card; its UUID is derived from everything else it says.</summary>
    private sealed record Card(string Summary, string Indicator, string Detail, string SourceLabel, (string System, string Code, string Display)? Topic)
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteString("uuid", ContentUuid.From(string.Join('\u001F', Summary, Indicator, Detail, SourceLabel, Topic?.System, Topic?.Code)));
            writer.WriteString("summary", Summary);
            writer.WriteString("indicator", Indicator);
            writer.WriteString("detail", Detail);
            writer.WriteStartObject("source");
            writer.WriteString("label", SourceLabel);
            if (Topic is { } topic)
            {
                writer.WriteStartObject("topic");
                writer.WriteString("system", topic.System);
                writer.WriteString("code", topic.Code);
                writer.WriteString("display", topic.Display);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
