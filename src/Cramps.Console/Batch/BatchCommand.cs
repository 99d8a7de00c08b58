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
        var command = new Command(
            "batch",
            "Assess NDJSON requests (one per line, blank lines skipped) and write one result or error line each, in input order.")
        {
            input,
        };
        command.SetAction((parse, token) => RunAsync(host, parse.GetValue(input), token));
        return command;
    }

    private static async Task<int> RunAsync(ConsoleHost host, string? path, CancellationToken token)
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
            var pipeline = new BatchPipeline(new CrampEvaluator(), Environment.ProcessorCount);
            var summary = await pipeline.RunAsync(source, host.OutputStream, progress, token).ConfigureAwait(false);
            if (progress is not null)
            {
                Report(host, summary.Lines, clock.Elapsed, final: true);
            }

            return summary.Invalid == 0 ? ExitCodes.Success : ExitCodes.InvalidRequest;
        }
    }

    private static void Report(ConsoleHost host, long lines, TimeSpan elapsed, bool final)
    {
        var rate = elapsed.TotalSeconds > 0 ? lines / elapsed.TotalSeconds : 0;
        var text = string.Create(CultureInfo.InvariantCulture, $"\rcramps batch: {lines:N0} lines, {rate:N0} lines/s   ");
        host.Error.Write(final ? text + "\n" : text);
    }
}
