using Cramps.Core.Serialization;

namespace Cramps.Core.Benchmarks.Fixtures;

/// <summary>The typical request: the wire contract's example (a man of 74 on a new thiazide, potassium 3.2 mmol/L, a statin, heart failure).</summary>
public static class TypicalRequest
{
    /// <summary>Reads the example's UTF-8 JSON, copied beside the benchmarks from the core tests' data.</summary>
    /// <returns>The bytes.</returns>
    public static byte[] Utf8Json() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "contract-example-request.json"));

    /// <summary>Parses the example into the model.</summary>
    /// <returns>The request.</returns>
    /// <exception cref="InvalidOperationException">The example no longer parses.</exception>
    public static AssessmentRequest Model()
    {
        var parsed = CrampJson.ParseRequest(Utf8Json());
        return parsed.IsValid
            ? parsed.Request
            : throw new InvalidOperationException("The contract example is invalid: " + string.Join("; ", parsed.Errors.Select(e => e.Path + " " + e.Code)));
    }
}
