using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Cramps.Cli.Batch;
using Cramps.Core.Benchmarks.Fixtures;
using Cramps.Core.Serialization;

namespace Cramps.Core.Benchmarks.Batch;

/// <summary>
/// The batch throughput tools: the seeded request generator, and the console's batch pipeline run with the evaluator
/// (<c>assess</c>, what <c>cramps batch</c> does) or with only parsing and writing the request back (<c>echo</c>, the
/// floor), on the same reader, chunks, workers and writer.
/// </summary>
public static class BatchTools
{
    /// <summary><c>generate LINES [SEED]</c>: writes seeded NDJSON requests to stdout.</summary>
    /// <param name="args">The arguments after <c>generate</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Generate(string[] args)
    {
        var lines = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : RequestLines.DefaultSeed;
        using var output = Console.OpenStandardOutput();
        RequestLines.Write(output, lines, seed);
        return 0;
    }

    /// <summary>
    /// <c>batch assess|echo [--input FILE]</c>: runs the batch pipeline from stdin or the file to stdout on every core, and
    /// writes the lines, the seconds and the lines per second of the pipeline (start-up excluded) to stderr.
    /// </summary>
    /// <param name="args">The arguments after <c>batch</c>.</param>
    /// <returns>The exit code: 0, or 2 for a usage error.</returns>
    public static int Batch(string[] args)
    {
        Action<Utf8JsonWriter, AssessmentRequest>? writeResult = args.FirstOrDefault() switch
        {
            "assess" => Assess(new CrampEvaluator()),
            "echo" => static (json, request) => JsonSerializer.Serialize(json, request, CrampJson.RequestTypeInfo),
            _ => null,
        };
        if (writeResult is null)
        {
            Console.Error.WriteLine("usage: batch assess|echo [--input FILE]");
            return 2;
        }

        using var input = args is [_, "--input", var path] ? File.OpenRead(path) : Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        var clock = Stopwatch.StartNew();
        var summary = new BatchPipeline(writeResult, Environment.ProcessorCount).RunAsync(input, output, null, CancellationToken.None).GetAwaiter().GetResult();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{args[0]}: {summary.Lines} lines ({summary.Invalid} invalid) in {seconds:F2} s, {summary.Lines / seconds:F0} lines/s"));
        return 0;
    }

    private static Action<Utf8JsonWriter, AssessmentRequest> Assess(CrampEvaluator evaluator) =>
        (json, request) => CrampJson.Write(json, evaluator.Evaluate(request, EvaluationOptions.WithTrace));
}
