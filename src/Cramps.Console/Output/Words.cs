using System.Globalization;
using System.Text;
using Cramps.Core;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Output;

/// <summary>Turns ids, enum values and JSON paths into words a person without clinical background can read.</summary>
internal static class Words
{
    private static readonly Dictionary<string, string> Lists = new(StringComparer.Ordinal)
    {
        ["episodes"] = "cramp",
        ["conditions"] = "condition",
        ["medications"] = "medicine",
        ["labs"] = "blood test",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["ageYears"] = "age",
        ["crampPattern"] = "cramps in general",
        ["startedAt"] = "started",
        ["durationSeconds"] = "length (seconds)",
        ["longestMinutes"] = "longest cramp (minutes)",
    };

    /// <summary>Gets the meaning of an urgency shown to a person, from the knowledge base.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns>For example "Get medical advice today.".</returns>
    public static string Meaning(Urgency urgency) => KnowledgeBase.Default.UrgencyLevels.First(l => l.Urgency == urgency).Meaning;

    /// <summary>Gets the short title of an urgency, for example <c>URGENT</c> or <c>SELF-CARE</c>.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns>The title.</returns>
    public static string Title(Urgency urgency) => CrampJson.WireName(urgency).ToUpperInvariant();

    /// <summary>Gets the colour of an urgency.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns>The tone.</returns>
    public static Tone ToneOf(Urgency urgency) => urgency switch
    {
        Urgency.SelfCare => Tone.Good,
        Urgency.Routine => Tone.Info,
        Urgency.Soon => Tone.Caution,
        Urgency.Urgent => Tone.Warning,
        _ => Tone.Danger,
    };

    /// <summary>Describes how strong the evidence for a risk factor is.</summary>
    /// <param name="strength">The strength.</param>
    /// <returns>For example "moderate evidence".</returns>
    public static string Strength(EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.Strong => "strong evidence",
        EvidenceStrength.Moderate => "moderate evidence",
        EvidenceStrength.Weak => "weak evidence",
        _ => "expert opinion",
    };

    /// <summary>Describes an input value that explains a finding, for example "tingling around mouth: yes".</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The description.</returns>
    /// <remarks>The value may be text from the request, so it is passed through <see cref="SafeText.Escape(string)"/>.</remarks>
    public static string Describe(Evidence evidence) => SafeText.Escape(Path(evidence.Path) + ": " + Value(evidence.Value));

    /// <summary>Turns a JSON path of the request into words: <c>$.episodes[2].muscles</c> becomes "cramp 3, muscles".</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns>The words.</returns>
    public static string Path(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.TrimStart('$', '.').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (name is "patient" or "symptoms" or "lifestyle" && bracket < 0)
            {
                continue;
            }

            if (bracket >= 0 && Lists.TryGetValue(name, out var item)
                && int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                parts.Add(item + " " + (index + 1).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                parts.Add(Field(name));
            }
        }

        return parts.Count == 0 ? "the request" : string.Join(", ", parts);
    }

    /// <summary>Turns a camelCase field name into lower-case words: <c>tinglingAroundMouth</c> becomes "tingling around mouth".</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The words.</returns>
    public static string Field(string name)
    {
        if (Fields.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Value(string value) => value switch
    {
        "true" => "yes",
        "false" => "no",
        _ => value,
    };
}
