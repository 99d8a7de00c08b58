using System.Text.Json;
using Cramps.Core;
using Cramps.Fhir.Tests.Support;
using static Cramps.Fhir.Tests.Support.Resources;

namespace Cramps.Fhir.Tests.Writing;

/// <summary>The summary card stays short on a whole record: ten unmapped items at most, the rest counted.</summary>
public sealed class CdsHooksShortDetailTests
{
    [Fact]
    public void SummaryCard_ManyUnmappedItems_TenListedTheRestCountedAndResourcesByType()
    {
        var resources = new List<string> { Patient() };
        resources.AddRange(Enumerable.Range(0, 30).Select(i => Condition("c" + i, FhirSystems.SnomedCt, "44054006", clinicalStatus: "resolved")));
        resources.AddRange(Enumerable.Range(0, 5).Select(i => "{ \"resourceType\": \"Encounter\", \"id\": \"e" + i + "\", \"status\": \"finished\", \"class\": { \"code\": \"AMB\" } }"));
        var read = TestData.Json(Bundle([.. resources]));

        var json = CdsHooksWriter.Write(new CrampEvaluator().Evaluate(read.Request), read.Context);

        using var document = JsonDocument.Parse(json);
        var detail = document.RootElement.GetProperty("cards").EnumerateArray().Last().GetProperty("detail").GetString()!;
        Assert.Equal(10, detail.Split('\n').Count(l => l.StartsWith("- Condition/", StringComparison.Ordinal)));
        Assert.Contains("- and 20 more: 20 inactive\n", detail, StringComparison.Ordinal);
        Assert.Contains("- Resources of types the assessment does not use: Encounter 5\n", detail, StringComparison.Ordinal);
    }
}
