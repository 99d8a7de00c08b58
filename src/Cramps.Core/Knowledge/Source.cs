namespace Cramps.Core.Knowledge;

/// <summary>Represents a cited source of the knowledge base, such as <c>S2</c> (Allen and Kirby, Am Fam Physician 2012).</summary>
/// <remarks>Instances are immutable and belong to <see cref="KnowledgeBase"/>.</remarks>
public sealed class Source
{
    internal Source(string key, string citation)
    {
        Key = key;
        Citation = citation;
    }

    /// <summary>Gets the key rules cite the source by, for example <c>S7</c>.</summary>
    public string Key { get; }

    /// <summary>Gets the full citation.</summary>
    public string Citation { get; }

    /// <summary>Returns the source's key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
