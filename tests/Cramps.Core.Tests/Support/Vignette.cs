using System.Text.Json;

namespace Cramps.Core.Tests.Support;

/// <summary>A worked case: a request and the conclusions it must lead to, as the shared vignette files write them.</summary>
public sealed class Vignette
{
    private Vignette(string file, string name, string requestJson, JsonElement expect)
    {
        File = file;
        Name = name;
        RequestJson = requestJson;
        Expect = expect;
    }

    public string File { get; }

    public string Name { get; }

    public string RequestJson { get; }

    public JsonElement Expect { get; }

    public static IEnumerable<string> Files(string folder = "vignettes") =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", folder), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Vignette Load(string file, string folder = "vignettes")
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", folder, file)));
        var root = document.RootElement;
        return new Vignette(file, root.GetProperty("name").GetString()!, root.GetProperty("request").GetRawText(), root.GetProperty("expect").Clone());
    }

    public IReadOnlyList<string> Strings(string property) =>
        Expect.TryGetProperty(property, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    public override string ToString() => File;
}
