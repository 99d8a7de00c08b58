using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>One coding of a concept that carries a code: its system, its trimmed code and its display.</summary>
internal readonly record struct Coded(string System, string Code, string? Display);

/// <summary>Reads codings out of FHIR CodeableConcepts.</summary>
internal static class Codes
{
    /// <summary>Gets the codings of a system that carry a code, in order.</summary>
    public static IEnumerable<Coded> In(R4.CodeableConcept? concept, string system)
    {
        if (concept is null)
        {
            yield break;
        }

        foreach (var coding in concept.Coding)
        {
            if (string.Equals(coding.System, system, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(coding.Code))
            {
                yield return new Coded(system, coding.Code.Trim(), coding.Display);
            }
        }
    }

    /// <summary>Gets whether a concept holds a coding with the system and one of the codes.</summary>
    public static bool Has(R4.CodeableConcept? concept, string system, params string[] codes) =>
        In(concept, system).Any(c => codes.Contains(c.Code, StringComparer.Ordinal));

    /// <summary>Gets the code of a bare code element, such as a status, as written.</summary>
    public static string? Literal<TEnum>(R4.Code<TEnum>? code)
        where TEnum : struct, Enum =>
        code?.JsonValue as string;

    /// <summary>Describes the first coding of a concept as <c>system|code</c>, for an unmapped item.</summary>
    public static string? Describe(R4.CodeableConcept? concept) =>
        concept?.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Code)) is { } coding
            ? (coding.System is null ? coding.Code : coding.System + "|" + coding.Code)
            : null;

    /// <summary>Gets the first code of any system in a concept.</summary>
    public static string? AnyCode(R4.CodeableConcept concept) =>
        concept.Coding.Select(c => c.Code).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();

    /// <summary>Gets the first display of a concept's codings in a system, else its text, else any coding's display.</summary>
    public static string? Display(R4.CodeableConcept? concept, string preferredSystem)
    {
        if (concept is null)
        {
            return null;
        }

        return FirstText(In(concept, preferredSystem).Select(c => c.Display))
            ?? FirstText([concept.Text])
            ?? FirstText(concept.Coding.Select(c => c.Display));
    }

    /// <summary>Clips a text to the longest a request accepts, on a word boundary where there is one.</summary>
    public static string Clip(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= Cramps.Core.RequestLimits.MaxTextLength)
        {
            return trimmed;
        }

        var cut = trimmed[..Cramps.Core.RequestLimits.MaxTextLength];
        var space = cut.LastIndexOf(' ');
        return space > 0 ? cut[..space] : cut;
    }

    private static string? FirstText(IEnumerable<string?> texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
}
