using System.Globalization;

namespace Cramps.Cli.Batch;

/// <summary>
/// One of <see cref="Count"/> shards of an NDJSON input: the lines whose index (line number − 1) modulo
/// <see cref="Count"/> is <see cref="Index"/>, so <c>COUNT</c> processes given <c>0/COUNT</c> … <c>COUNT−1/COUNT</c>
/// answer every line of one file exactly once, without splitting it first.
/// </summary>
/// <param name="Index">The shard, from 0 to <see cref="Count"/> − 1.</param>
/// <param name="Count">How many shards the input is split into, at least 1.</param>
internal readonly record struct Shard(int Index, int Count)
{
    /// <summary>Gets the shard that holds every line.</summary>
    public static Shard All { get; } = new(0, 1);

    /// <summary>Whether the line with this number (from 1) belongs to the shard.</summary>
    /// <param name="lineNumber">The line's number, from 1, counting every physical line of the input.</param>
    /// <returns><see langword="true"/> when the line's index modulo <see cref="Count"/> is <see cref="Index"/>.</returns>
    public bool Includes(long lineNumber) => (lineNumber - 1) % Count == Index;

    /// <summary>Reads <c>INDEX/COUNT</c>, two decimal integers with 0 ≤ INDEX &lt; COUNT.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="shard">The shard, when the text is one.</param>
    /// <returns>Whether the text is a valid shard.</returns>
    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1
            || index >= count)
        {
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }
}
