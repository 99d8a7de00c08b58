using System.Collections;

namespace Cramps.Core.Internal;

/// <summary>
/// A read-only list over an array nobody else holds: the public model exposes it as <see cref="IReadOnlyList{T}"/>,
/// while the evaluator reads <see cref="Items"/> directly, without interface dispatch.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ReadOnlyArray<T>(T[] items) : IReadOnlyList<T>
{
    public static readonly ReadOnlyArray<T> Empty = new([]);

    public T[] Items { get; } = items;

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    /// <summary>Gets the array behind a list the model built, or a copy of any other list.</summary>
    public static T[] Of(IReadOnlyList<T> list) => list is ReadOnlyArray<T> array ? array.Items : [.. list];
}
