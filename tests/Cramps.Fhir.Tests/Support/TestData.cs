using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Fhir.Tests.Support;

/// <summary>Reads the test data files copied next to the tests.</summary>
public static class TestData
{
    /// <summary>The date every example bundle is read as of.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static string Text(params string[] path) => File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "TestData", .. path]));

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", folder), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    /// <summary>Reads an example bundle as of <see cref="Today"/> and asserts it is valid.</summary>
    /// <remarks>Every read through here is also read by the strict parser alone, and the two must agree.</remarks>
    public static ValidRead Bundle(string file, DateOnly? asOf = null) => Valid(ReadPaths.ReadBoth(Text("bundles", file), new FhirReadOptions { AsOf = asOf ?? Today }));

    /// <summary>Reads FHIR JSON text as of <see cref="Today"/> and asserts it is valid.</summary>
    /// <remarks>Every read through here is also read by the strict parser alone, and the two must agree.</remarks>
    public static ValidRead Json(string json, DateOnly? asOf = null) => Valid(ReadPaths.ReadBoth(json, new FhirReadOptions { AsOf = asOf ?? Today }));

    public static ValidRead Valid(FhirReadResult read)
    {
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Empty(read.Errors);
        Assert.Same(read.Unmapped, read.Context.Unmapped);
        return new ValidRead(read.Request, read.Context, read.Unmapped);
    }

    public static AssessmentRequest Request(string json)
    {
        var parsed = CrampJson.ParseRequest(json);
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return parsed.Request;
    }
}

/// <summary>A read the test asserted to be valid, with nothing nullable left.</summary>
public sealed record ValidRead(AssessmentRequest Request, FhirMappingContext Context, IReadOnlyList<UnmappedItem> Unmapped)
{
    public PatientHistory Patient => Request.Patient;
}
