using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cramps.Core;
using Cramps.Core.Knowledge;
using Cramps.Fhir;

namespace Cramps.CdsHooks.Hooks;

/// <summary>The order-select service's logic: which selected orders are cramp-linked medicines, and the card when the record shows a reason to care.</summary>
internal static class OrderSelectCards
{
    /// <summary>The medicine risk factors an order-select card is about, in knowledge-base order.</summary>
    public static readonly IReadOnlyList<string> LinkedMedicines =
        ["diuretic-thiazide", "diuretic-loop", "diuretic-potassium-sparing", "statin", "long-acting-beta-agonist"];

    /// <summary>The risk factors of the record that make such an order worth a card.</summary>
    public static readonly IReadOnlyList<string> RecordFindings =
        ["hypokalemia", "hypomagnesemia", "hyponatremia", "hypocalcemia", "chronic-kidney-disease", "hemodialysis", "heart-failure"];

    /// <summary>The system of the card topic: the knowledge base's risk factor ids.</summary>
    public const string RiskFactorSystem = "urn:cramps-kb:risk-factor";

    private static readonly string[] CrampIcdPrefixes = ["R252", "G4762"];
    private static readonly string[] CrampSnomedCodes = ["55300003"];

    /// <summary>Gets the selected draft MedicationRequests, each made active so the FHIR reader reads it, with the draft's Medications.</summary>
    /// <returns>A Bundle of them as JSON, or <see langword="null"/> when no selection is a MedicationRequest.</returns>
    public static string? SelectedMedicines(JsonElement draftOrders, IReadOnlyList<string> selections)
    {
        if (!draftOrders.TryGetProperty("entry", out var entries))
        {
            return null;
        }

        var selected = new JsonArray();
        var medications = new JsonArray();
        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("resource", out var resource))
            {
                continue;
            }

            var type = Prefetch.ResourceType(resource);
            if (type == "Medication")
            {
                medications.Add(new JsonObject { ["resource"] = JsonNode.Parse(resource.GetRawText()) });
            }
            else if (type == "MedicationRequest" && IsSelected(resource, entry, selections))
            {
                var copy = JsonNode.Parse(resource.GetRawText())!.AsObject();
                copy["status"] = "active";
                selected.Add(new JsonObject { ["resource"] = copy });
            }
        }

        if (selected.Count == 0)
        {
            return null;
        }

        foreach (var medication in medications.ToList())
        {
            medications.Remove(medication);
            selected.Add(medication);
        }

        return new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = selected }.ToJsonString();
    }

    /// <summary>Gets the linked medicine classes an assessment of the selected medicines found, in knowledge-base order.</summary>
    public static IReadOnlyList<RiskFactorFinding> Linked(CrampAssessment medicines) =>
        [.. medicines.RiskFactors.Where(f => LinkedMedicines.Contains(f.Id, StringComparer.Ordinal))];

    /// <summary>Writes the cards: one per linked medicine class, when the record shows cramps or a finding that makes the class matter.</summary>
    public static JsonObject Write(IReadOnlyList<RiskFactorFinding> ordered, CrampAssessment record, AssessmentRequest recordRequest, FhirMappingContext context)
    {
        var findings = record.RiskFactors.Where(f => RecordFindings.Contains(f.Id, StringComparer.Ordinal)).ToList();
        var cramps = Cramps(recordRequest).ToList();
        var cards = new JsonArray();
        if (findings.Count == 0 && cramps.Count == 0)
        {
            return new JsonObject { ["cards"] = cards };
        }

        var shows = cramps.Select(_ => "muscle cramps").Take(1).Concat(findings.Select(f => f.Name)).ToList();
        foreach (var medicine in ordered)
        {
            var summary = CardText.Summary(medicine.Name + " selected; the record shows " + string.Join(", ", shows) + ".");
            var detail = new StringBuilder()
                .Append("**").Append(CardText.Escape(medicine.Name)).Append("** is being ordered. The Cramps knowledge base lists it as a cause of muscle cramps")
                .Append(medicine.Id.StartsWith("diuretic", StringComparison.Ordinal) ? ", and diuretics also lower potassium, magnesium and sodium and the body's water" : string.Empty)
                .Append(". Consider the record below when deciding on the order and its monitoring.\n\n**The record shows**\n");
            foreach (var (path, value, name) in cramps)
            {
                Line(detail, name, path, value, context);
            }

            foreach (var finding in findings)
            {
                foreach (var evidence in finding.Evidence)
                {
                    Line(detail, finding.Name, evidence.Path, evidence.Value, context);
                }
            }

            var sources = medicine.Sources.Concat(findings.SelectMany(f => f.Sources)).Distinct(StringComparer.Ordinal).ToList();
            detail.Append("\n**Sources**\n");
            foreach (var source in KnowledgeBase.Default.Sources.Where(s => sources.Contains(s.Key, StringComparer.Ordinal)))
            {
                detail.Append("- ").Append(CardText.Escape(source.Key + ": " + source.Citation)).Append('\n');
            }

            detail.Append("\n*").Append(CardText.Escape(record.Disclaimer)).Append('*');
            var label = "Cramps knowledge base " + record.KnowledgeBase.Edition + " (" + string.Join(", ", medicine.Sources) + ")";
            var text = detail.ToString();
            cards.Add(new JsonObject
            {
                ["uuid"] = CardText.Uuid(string.Join('\u001F', summary, text, label, medicine.Id)),
                ["summary"] = summary,
                ["indicator"] = "warning",
                ["detail"] = text,
                ["source"] = new JsonObject
                {
                    ["label"] = label,
                    ["topic"] = new JsonObject { ["system"] = RiskFactorSystem, ["code"] = medicine.Id, ["display"] = medicine.Name },
                },
            });
        }

        return new JsonObject { ["cards"] = cards };
    }

    private static void Line(StringBuilder detail, string name, string path, string value, FhirMappingContext context)
    {
        detail.Append("- ").Append(CardText.Escape(name)).Append(": `").Append(path).Append("` = ").Append(CardText.Escape(value));
        if (context.FindSource(path) is { } source)
        {
            detail.Append(" (from ").Append(CardText.Escape(source.ToString())).Append(')');
        }

        detail.Append('\n');
    }

    /// <summary>Finds the conditions of the record that are muscle cramps: ICD-10-CM R25.2 or G47.62, or SNOMED CT 55300003.</summary>
    private static IEnumerable<(string Path, string Value, string Name)> Cramps(AssessmentRequest request)
    {
        var conditions = request.Patient.Conditions ?? [];
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            var code = condition.Code ?? string.Empty;
            var isCramp = condition.System switch
            {
                ConditionCodeSystem.Icd10Cm => CrampIcdPrefixes.Any(p => string.Concat(code.Where(char.IsLetterOrDigit)).ToUpperInvariant().StartsWith(p, StringComparison.Ordinal)),
                ConditionCodeSystem.SnomedCt => CrampSnomedCodes.Contains(code, StringComparer.Ordinal),
                _ => false,
            };
            if (isCramp)
            {
                yield return ("$.patient.conditions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", code, "Muscle cramps");
            }
        }
    }

    private static bool IsSelected(JsonElement resource, JsonElement entry, IReadOnlyList<string> selections)
    {
        var id = resource.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var fullUrl = entry.TryGetProperty("fullUrl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        return selections.Any(s =>
            (id is not null && (s == "MedicationRequest/" + id || s.EndsWith("/MedicationRequest/" + id, StringComparison.Ordinal)))
            || (fullUrl is not null && s == fullUrl));
    }
}
