using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;
using CsCheck;

namespace Cramps.Core.Tests.Serialization;

/// <summary>Robustness: mutated requests (dropped, duplicated, retyped, truncated, injected bytes) never make the entry point throw.</summary>
public sealed class RequestFuzzTests
{
    /// <summary>At least 100 000 cases in the suite's time budget.</summary>
    private const int Cases = 100_000;

    private static readonly CrampEvaluator Evaluator = new();

    private static List<string> Generated(int count)
    {
        var requests = new List<string>();
        Generators.Request.Sample(
            r =>
            {
                lock (requests)
                {
                    requests.Add(CrampJson.Serialize(r));
                }
            },
            iter: count,
            threads: 1);
        return requests;
    }

    /// <remarks>Slow by design; mutation testing filters it out (it kills no mutant the focused tests do not).</remarks>
    [Fact]
    [Trait("Category", "Slow")]
    public void ParseRequest_MutatedInput_ReturnsARequestOrErrorsAndNeverThrows()
    {
        var seeds = Vignette.Files().Select(f => Vignette.Load(f).RequestJson)
            .Append(TestFiles.Text("contract-example-request.json"))
            .Concat(Generated(40))
            .ToArray();

        var outcomes = new int[2];
        Parallel.For(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(i);
            var seed = seeds[random.Next(seeds.Length)];
            var bytes = random.Next(2) == 0 ? JsonMutator.Bytes(seed, random) : System.Text.Encoding.UTF8.GetBytes(JsonMutator.Structural(seed, random));

            var result = CrampJson.ParseRequest(bytes);

            if (result.IsValid)
            {
                Assert.Empty(result.Errors);
                Assert.NotNull(Evaluator.Evaluate(result.Request));
            }
            else
            {
                Assert.NotEmpty(result.Errors);
                Assert.All(result.Errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
            }

            Interlocked.Increment(ref outcomes[result.IsValid ? 1 : 0]);
        });

        Assert.Equal(Cases, outcomes[0] + outcomes[1]);
        Assert.True(outcomes[0] > Cases / 4 && outcomes[1] > Cases / 20, "rejected " + outcomes[0] + ", accepted " + outcomes[1]);
    }
}
