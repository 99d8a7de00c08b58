namespace Cramps.Cli;

/// <summary>The example requests bundled with the console, embedded in its assembly so an installed tool reaches them.</summary>
internal static class Examples
{
    private const string Prefix = "examples/";

    /// <summary>What each example is, for the list; an embedded example missing here is listed without a description.</summary>
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["morning-cramps"] = "frequent morning cramps in the hips and thighs (routine)",
        ["thiazide-low-potassium"] = "a man of 74 on a new thiazide diuretic, potassium 3.2 mmol/L, a statin, heart failure (soon)",
        ["night-calf-cramps"] = "a woman of 67 with brief night calf cramps eased by stretching, nothing else (self-care)",
    };

    /// <summary>Gets the names of the examples (file names without <c>.json</c>), in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(Examples).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>Gets what an example is.</summary>
    /// <param name="name">The example's name.</param>
    /// <returns>The description, or an empty string.</returns>
    public static string Describe(string name) => Descriptions.GetValueOrDefault(name, string.Empty);

    /// <summary>Gets the bytes of an example by name (with or without <c>.json</c>).</summary>
    /// <param name="name">The example's name.</param>
    /// <returns>The bytes, or <see langword="null"/> when there is no such example.</returns>
    public static byte[]? Read(string name)
    {
        var key = name.EndsWith(".json", StringComparison.Ordinal) ? name[..^".json".Length] : name;
        if (!Names.Contains(key, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = typeof(Examples).Assembly.GetManifestResourceStream(Prefix + key + ".json")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the message for a name that is not an example, with the names there are.</summary>
    /// <param name="host">The console.</param>
    public static void WriteUnknown(ConsoleHost host) =>
        host.Error.WriteLine("cramps: no such example; the examples are: " + string.Join(", ", Names) + ".");
}
