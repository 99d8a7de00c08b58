using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;

namespace Cramps.Core.Tests.Evaluation;

/// <summary>The public vignettes: each request must lead to the conclusions its file expects.</summary>
public sealed class VignetteTests
{
    private static readonly CrampEvaluator Evaluator = new();

    public static TheoryData<string> Files() => [.. Vignette.Files()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Vignette_Evaluated_MeetsItsExpectations(string file)
    {
        var vignette = Vignette.Load(file);
        var parsed = CrampJson.ParseRequest(vignette.RequestJson);

        if (vignette.Expect.TryGetProperty("invalid", out var invalid) && invalid.GetBoolean())
        {
            Assert.False(parsed.IsValid);
            foreach (var mention in vignette.Strings("errorsMention"))
            {
                Assert.Contains(parsed.Errors, e => e.Path.Contains(mention, StringComparison.Ordinal));
            }

            return;
        }

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var assessment = Evaluator.Evaluate(parsed.Request);
        VignetteExpectations.Check(vignette, assessment);
    }
}
