using Cramps.Core.Serialization;

namespace Cramps.Core.Tests.Support;

/// <summary>Reads the test data files copied next to the tests.</summary>
public static class TestFiles
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static AssessmentRequest Request(string name)
    {
        var parsed = CrampJson.ParseRequest(Text(name));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return parsed.Request;
    }

    /// <summary>The request of the JSON contract's example (thiazide, low potassium, low magnesium).</summary>
    public static AssessmentRequest ContractExample => Request("contract-example-request.json");
}
