using Cramps.Core.Serialization;
using Cramps.Docs.Tests.Support;
using Cramps.Fhir;

namespace Cramps.Docs.Tests;

/// <summary>docs/articles/interop.md, "Real record: worked example": the request the article shows is the reader's.</summary>
public sealed class InteropRealRecordTests
{
    [Fact]
    public void RealRecordExample_RequestIsTheOneTheArticleShows()
    {
        var read = FhirRequestReader.Read(Repository.Text("tests/Cramps.Fhir.Tests/TestData/bundles/synthea-shaped-record.json"));

        Assert.True(read.IsValid);
        Assert.Contains(CrampJson.Serialize(read.Request!), Repository.Text("docs/articles/interop.md"), StringComparison.Ordinal);
    }
}
