namespace Cramps.Core.Knowledge;

/// <summary>Represents a condition the knowledge base recognises, with the codes that name it.</summary>
/// <remarks>
/// An ICD-10-CM code matches when it starts with one of <see cref="Icd10CmPrefixes"/> (dots ignored); a
/// SNOMED CT code matches when it equals one of <see cref="SnomedCtCodes"/> or a code the SNOMED CT table
/// (<see cref="KnowledgeBase.SnomedCtConditionCodes"/>) maps to the condition. Instances are immutable.
/// </remarks>
public sealed class ConditionDefinition
{
    internal ConditionDefinition(int index, string id, string name, IReadOnlyList<string> icd10CmPrefixes, IReadOnlyList<string> snomedCtCodes)
    {
        Index = index;
        Id = id;
        Name = name;
        Icd10CmPrefixes = icd10CmPrefixes;
        SnomedCtCodes = snomedCtCodes;
        MappedSnomedCtCodes = [.. CodeTables.SnomedFor(id)];
        NormalizedPrefixes = [.. icd10CmPrefixes.Select(CodeText.NormalizeIcd)];
    }

    /// <summary>Gets the condition id, for example <c>chronic-kidney-disease</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the ICD-10-CM code prefixes that name the condition.</summary>
    public IReadOnlyList<string> Icd10CmPrefixes { get; }

    /// <summary>Gets the SNOMED CT concept codes that name the condition (only where verified); the codes of <see cref="KnowledgeBase.SnomedCtConditionCodes"/> name it too.</summary>
    public IReadOnlyList<string> SnomedCtCodes { get; }

    internal int Index { get; }

    /// <summary>Gets the codes of the SNOMED CT table (<see cref="KnowledgeBase.SnomedCtConditionCodes"/>) that name the condition.</summary>
    internal string[] MappedSnomedCtCodes { get; }

    internal string[] NormalizedPrefixes { get; }

    /// <summary>Returns the condition id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;

    /// <summary>Gets whether a coded entry names this condition by its ICD-10-CM or SNOMED CT code (an entry's own id is looked up by the knowledge base).</summary>
    /// <param name="condition">The entry.</param>
    /// <param name="normalizedIcd">The entry's ICD-10-CM code, normalized once by the caller, or <see langword="null"/>.</param>
    internal bool MatchesCode(Condition condition, string? normalizedIcd) => condition switch
    {
        { System: ConditionCodeSystem.Icd10Cm } => StartsWithAny(normalizedIcd!, NormalizedPrefixes),
        { System: ConditionCodeSystem.SnomedCt, Code: { } snomed } => SnomedCtCodes.Contains(snomed.Trim(), StringComparer.Ordinal)
            || MappedSnomedCtCodes.Contains(snomed.Trim(), StringComparer.Ordinal),
        _ => false,
    };

    private static bool StartsWithAny(string code, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
