using System.CommandLine;
using System.CommandLine.Invocation;
using Cramps.Cli.Batch;
using Cramps.Cli.Commands;
using Cramps.Cli.Interview;

namespace Cramps.Cli;

/// <summary>Builds the <c>cramps</c> command line with System.CommandLine and runs it.</summary>
internal static class CrampsCommand
{
    /// <summary>The exit code of an unexpected failure: a bug in the console or the library (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Parses the arguments, runs the command they name and returns its exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="host">The console.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(string[] args, ConsoleHost host)
    {
        var root = Build(host);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false };
        int exit;
        try
        {
            exit = await parsed.InvokeAsync(configuration).ConfigureAwait(false);

            // System.CommandLine reports its own parse errors with exit code 1; the contract gives usage errors 2.
            exit = parsed.Action is ParseErrorAction ? ExitCodes.UsageError : exit;
        }
        catch (OutputFailedException e)
        {
            // Quietly: a reader that went away (cramps batch | head) is normal use, and a broken stdout has no audience.
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            host.Error.WriteLine("cramps: cancelled.");
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            host.Error.WriteLine($"cramps: unexpected error, please report it: {e.GetType().Name}: {e.Message}");
            return InternalError;
        }

        try
        {
            await host.Out.FlushAsync().ConfigureAwait(false);
        }
        catch (OutputFailedException e)
        {
            return e.ExitCode;
        }

        return exit;
    }

    /// <summary>Builds the root command and its subcommands.</summary>
    /// <param name="host">The console the actions write to.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Build(ConsoleHost host)
    {
        var root = new RootCommand(
            "Assess muscle cramps with Cramps.Core: how soon to act, warning signs, possible causes, follow-up questions and "
            + "advice, every finding explained. General information, never a diagnosis. Exit codes: 0 success (whatever the "
            + "urgency), 1 invalid request (errors on stderr with their JSON paths; for batch, any invalid line), 2 usage error.")
        {
            AssessCommand.Create(host),
            BatchCommand.Create(host),
            InterviewCommand.Create(host),
            CatalogCommand.Create(host),
            SchemaCommand.Create(host),
            ExamplesCommand.Create(host),
        };
        return root;
    }

    /// <summary>Creates the <c>--format</c> option shared by the commands that can print text or JSON.</summary>
    /// <param name="textMeans">What the text form is, for the help.</param>
    /// <param name="jsonMeans">What the JSON form is, for the help.</param>
    /// <returns>The option.</returns>
    public static Option<string> FormatOption(string textMeans, string jsonMeans)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: 'text' ({textMeans}) or 'json' ({jsonMeans}).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }
}
