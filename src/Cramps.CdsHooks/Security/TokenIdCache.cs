using System.Collections.Concurrent;

namespace Cramps.CdsHooks.Security;

/// <summary>Remembers the <c>jti</c> of every accepted token until it expires, so a token is accepted once.</summary>
/// <remarks>
/// Bounded: expired ids are swept out as new ones arrive, and when the cache is full of unexpired ids a new token is
/// refused (failing closed) rather than forgetting one that could then be replayed. Thread-safe.
/// </remarks>
internal sealed class TokenIdCache(TimeProvider time, int capacity)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ids = new(StringComparer.Ordinal);
    private readonly Lock _sweep = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Gets how many ids are remembered.</summary>
    public int Count => _ids.Count;

    /// <summary>Remembers an id until a time.</summary>
    /// <returns>Whether it was new: <see langword="false"/> for a replay, or when the cache is full.</returns>
    public bool TryRemember(string id, DateTimeOffset until)
    {
        var now = time.GetUtcNow();
        if (now >= _nextSweep || _ids.Count >= capacity)
        {
            Sweep(now);
        }

        if (_ids.Count >= capacity)
        {
            return false;
        }

        return _ids.TryAdd(id, until);
    }

    private void Sweep(DateTimeOffset now)
    {
        lock (_sweep)
        {
            foreach (var (id, until) in _ids)
            {
                if (until < now)
                {
                    _ids.TryRemove(id, out _);
                }
            }

            _nextSweep = now.AddSeconds(10);
        }
    }
}
