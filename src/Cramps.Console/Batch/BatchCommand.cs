using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Cramps.Core;

namespace Cramps.Cli.Batch;

/// <summary><c>cramps batch [--input FILE]</c>: NDJSON requests in, one NDJSON result or error line out per request, in input order.</summary>
internal static class BatchCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var input = new Option<string?>("--input", "-i")
        {
            Description = "Read the NDJSON requests from this file instead of standard input.",
            HelpName = "FILE",
        };
        var shard = new Option<Shard>("--shard")
        {
            Description = "Answer only the lines whose index (line number - 1) modulo COUNT is INDEX, so COUNT processes "
                + "given 0/COUNT to COUNT-1/COUNT share one file without splitting it. Line numbers still count every line.",
            HelpName = "INDEX/COUNT",
            DefaultValueFactory = _ => Shard.All,
            CustomParser = result =>
            {
                if (Shard.TryParse(result.Tokens[0].Value, out var parsed))
                {
                    return parsed;
                }

                result.AddError("--shard must be INDEX/COUNT, two whole numbers with COUNT at least 1 and INDEX below COUNT, for example 0/4.");
                return Shard.All;
            },
        };
        var command = new Command(
            "batch",
            "Assess NDJSON requests (one per line) and write one result or error line for every line, in input order. "
            + "Exit codes: 0 every line valid, 1 some line invalid (one summary line on stderr), 141 stdout closed by its reader.")
        {
            input,
            shard,
        };
        command.SetAction((parse, token) => RunAsync(host, parse.GetValue(input), parse.GetValue(shard), token));
        return command;
    }

    private static async Task<int> RunAsync(ConsoleHost host, string? path, Shard shard, CancellationToken token)
    {
        Stream source;
        if (path is null)
        {
            source = host.Input;
        }
        else if (!FileArguments.TryOpenRead(host, path, out source))
        {
            return ExitCodes.UsageError;
        }

        await using (source.ConfigureAwait(false))
        {
            await host.Out.FlushAsync(token).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            Action<long>? progress = host.ErrorIsTerminal ? lines => Report(host, lines, clock.Elapsed, final: false) : null;
            var pipeline = new BatchPipeline(new CrampEvaluator(), Environment.ProcessorCount) { Shard = shard };
            var summary = await pipeline.RunAsync(source, host.OutputStream, progress, token).ConfigureAwait(false);
            if (progress is not null)
            {
                Report(host, summary.Lines, clock.Elapsed, final: true);
            }

            if (summary.Invalid == 0)
            {
                return ExitCodes.Success;
            }

            host.Error.WriteLine(Summary(summary));
            return ExitCodes.InvalidRequest;
        }
    }

    /// <summary>Says which lines were invalid, in one line: <c>3 of 1000 lines were invalid: 2, 17, 999</c>.</summary>
    /// <param name="summary">The run's counts.</param>
    /// <returns>The line, its list of numbers cut after <see cref="BatchPipeline.ListedInvalidLines"/> with an ellipsis.</returns>
    public static string Summary(BatchSummary summary)
    {
        var numbers = string.Join(", ", summary.FirstInvalid.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        var more = summary.Invalid > summary.FirstInvalid.Count ? ", …" : string.Empty;
        var verb = summary.Invalid == 1 ? "was" : "were";
        var noun = summary.Lines == 1 ? "line" : "lines";
        return string.Create(CultureInfo.InvariantCulture, $"{summary.Invalid} of {summary.Lines} {noun} {verb} invalid: {numbers}{more}");
    }

    private static void Report(ConsoleHost host, long lines, TimeSpan elapsed, bool final)
    {
        var rate = elapsed.TotalSeconds > 0 ? lines / elapsed.TotalSeconds : 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"\rcramps batch: {lines:N0} lines, {rate:N0} lines/s   ");
        host.Error.Write(final ? text + "\n" : text);
    }
}
