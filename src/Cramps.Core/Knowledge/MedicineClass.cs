namespace Cramps.Core.Knowledge;

/// <summary>Represents a class of medicines the knowledge base links to cramps, matched by ATC code prefix, generic or brand name.</summary>
/// <remarks>
/// A medicine matches when its ATC code starts with one of <see cref="AtcPrefixes"/>, or when its name contains one of
/// <see cref="GenericNames"/> or <see cref="BrandNames"/> as whole words anywhere in the name (case-insensitive), so
/// "Atorvastatin calcium 20 mg tablet", "LIPITOR" and "Hydrochlorothiazide / lisinopril" all match; a combination
/// product matches every class it names. Instances are immutable.
/// </remarks>
public sealed class MedicineClass
{
    internal MedicineClass(int index, string id, IReadOnlyList<string> atcPrefixes, IReadOnlyList<string> genericNames, IReadOnlyList<string> brandNames)
    {
        Index = index;
        Id = id;
        AtcPrefixes = atcPrefixes;
        GenericNames = genericNames;
        BrandNames = brandNames;
        Names = [.. genericNames, .. brandNames];
        NameWords = [.. Names.Select(CodeText.Words)];
    }

    /// <summary>Gets the class id, the id of the risk factor that matches it, for example <c>statin</c> (see <see cref="MedicineClassId"/>).</summary>
    public string Id { get; }

    /// <summary>Gets the ATC code prefixes of the class.</summary>
    public IReadOnlyList<string> AtcPrefixes { get; }

    /// <summary>Gets the generic names of the class, with their international and US spellings.</summary>
    public IReadOnlyList<string> GenericNames { get; }

    /// <summary>Gets the brand names (US and UK names in common use) of medicines of the class, combinations included.</summary>
    public IReadOnlyList<string> BrandNames { get; }

    internal int Index { get; }

    private string[] Names { get; }

    /// <summary>Gets the generic or brand name a medicine name contains as whole words, or <see langword="null"/>.</summary>
    internal string? MatchedName(string name)
    {
        var words = CodeText.Words(name);
        for (var i = 0; i < NameWords.Length; i++)
        {
            if (ContainsRun(words, NameWords[i]))
            {
                return Names[i];
            }
        }

        return null;
    }

    /// <summary>Gets the words of each name, generic names first, in the order of <see cref="GenericNames"/> and <see cref="BrandNames"/>.</summary>
    internal string[][] NameWords { get; }

    /// <summary>Gets whether a normalized ATC code starts with one of the class's prefixes.</summary>
    internal bool MatchesAtc(string atc)
    {
        foreach (var prefix in AtcPrefixes)
        {
            if (atc.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether <paramref name="run"/> is the run of words at <paramref name="start"/> in <paramref name="words"/>.</summary>
    /// <remarks>The caller checks that the run fits: <c>start + run.Length &lt;= words.Length</c>.</remarks>
    internal static bool RunAt(string[] words, int start, string[] run)
    {
        for (var k = 0; k < run.Length; k++)
        {
            if (!string.Equals(words[start + k], run[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsRun(string[] words, string[] run)
    {
        for (var start = 0; start + run.Length <= words.Length; start++)
        {
            if (RunAt(words, start, run))
            {
                return true;
            }
        }

        return false;
    }
}
