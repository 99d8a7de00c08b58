using Ardalis.GuardClauses;

namespace Cramps.Core.Internal;

/// <summary>Parses the typed knowledge-base ids: an id names one of a fixed list, ignoring case, or is an error.</summary>
internal static class KnownIds
{
    /// <summary>Finds the id a text names, ignoring case.</summary>
    public static bool TryFind<T>(string? id, T[] all, Func<T, string> value, out T result)
        where T : struct
    {
        if (id is not null)
        {
            foreach (var candidate in all)
            {
                if (string.Equals(value(candidate), id, StringComparison.OrdinalIgnoreCase))
                {
                    result = candidate;
                    return true;
                }
            }
        }

        result = default;
        return false;
    }

    /// <summary>Finds the id a text names, or throws naming the valid ids; the text itself is not repeated.</summary>
    public static T Find<T>(string id, T[] all, Func<T, string> value, string what, string parameterName)
        where T : struct
    {
        Guard.Against.Null(id, parameterName);
        return TryFind(id, all, value, out var result)
            ? result
            : throw new ArgumentException(
                "The knowledge base has no " + what + " with that id; valid ids: " + string.Join(", ", all.Select(value)) + ".",
                parameterName);
    }

    /// <summary>Returns the id's text, or throws when the id is the default value (made without a member or <c>Parse</c>).</summary>
    public static string Require(string? value, string what, string parameterName) =>
        value ?? throw new ArgumentException("The " + what + " id is the default value; use one of its static members or Parse.", parameterName);
}
