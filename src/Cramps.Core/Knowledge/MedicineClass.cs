namespace Cramps.Core.Knowledge;

/// <summary>Represents a class of medicines the knowledge base links to cramps, matched by ATC code prefix or generic name.</summary>
/// <remarks>
/// A medicine matches when its ATC code starts with one of <see cref="AtcPrefixes"/>, or when its name contains one of
/// <see cref="GenericNames"/> as whole words (case-insensitive). Instances are immutable.
/// </remarks>
public sealed class MedicineClass
{
    internal MedicineClass(int index, IReadOnlyList<string> atcPrefixes, IReadOnlyList<string> genericNames)
    {
        Index = index;
        AtcPrefixes = atcPrefixes;
        GenericNames = genericNames;
        NameWords = [.. genericNames.Select(CodeText.Words)];
    }

    /// <summary>Gets the ATC code prefixes of the class.</summary>
    public IReadOnlyList<string> AtcPrefixes { get; }

    /// <summary>Gets the generic names of the class, with their international and US spellings.</summary>
    public IReadOnlyList<string> GenericNames { get; }

    internal int Index { get; }

    private string[][] NameWords { get; }

    internal bool Matches(string[] words, string? atc)
    {
        if (atc is not null)
        {
            foreach (var prefix in AtcPrefixes)
            {
                if (atc.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        if (words.Length > 0)
        {
            foreach (var name in NameWords)
            {
                if (ContainsRun(words, name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsRun(string[] words, string[] run)
    {
        for (var start = 0; start + run.Length <= words.Length; start++)
        {
            var all = true;
            for (var k = 0; k < run.Length && all; k++)
            {
                all = string.Equals(words[start + k], run[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
