using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using Cramps.Core.Benchmarks.Batch;

namespace Cramps.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks (<c>dotnet run -c Release -- --filter '*'</c>, any BenchmarkDotNet option; exit code 1 when a
/// benchmark failed), or one of the batch tools: <c>generate LINES [SEED]</c> writes seeded NDJSON requests, <c>batch assess|echo</c> runs the console's batch
/// pipeline from stdin (or <c>--input FILE</c>) to stdout, <c>fhir-corpus FOLDER</c> reads every FHIR bundle of a folder in every output format and reports gaps.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["generate", ..])
        {
            return BatchTools.Generate(args[1..]);
        }

        if (args is ["fhir-corpus", ..])
        {
            return Fhir.FhirCorpus.Run(args[1..]);
        }

        if (args is ["batch", ..])
        {
            return BatchTools.Batch(args[1..]);
        }

        // A benchmark whose set-up throws (the head-to-head's agreement check) fails the run, so CI's dry run catches it.
        var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
