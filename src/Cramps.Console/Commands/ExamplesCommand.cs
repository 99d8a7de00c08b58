using System.CommandLine;

namespace Cramps.Cli.Commands;

/// <summary>
/// <c>cramps examples [NAME] [--output FOLDER]</c>: lists the bundled example requests, prints one, or writes them all
/// to a folder as files.
/// </summary>
internal static class ExamplesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "The example to print as request JSON (see the list without NAME).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write every example to this folder as NAME.json (the folder is created if needed).",
            HelpName = "FOLDER",
        };
        var command = new Command(
            "examples",
            "List the bundled example requests, print one (NAME), or write them all to a folder (--output). "
            + "'cramps assess --example NAME' assesses one.")
        {
            name,
            output,
        };
        command.SetAction(parse => Run(host, parse.GetValue(name), parse.GetValue(output)));
        return command;
    }

    private static int Run(ConsoleHost host, string? name, string? folder)
    {
        if (folder is not null)
        {
            return Write(host, folder, name);
        }

        if (name is not null)
        {
            var bytes = Examples.Read(name);
            if (bytes is null)
            {
                Examples.WriteUnknown(host);
                return ExitCodes.UsageError;
            }

            host.Out.Write(System.Text.Encoding.UTF8.GetString(bytes));
            return ExitCodes.Success;
        }

        var width = Examples.Names.Max(n => n.Length);
        foreach (var example in Examples.Names)
        {
            host.Out.WriteLine(example.PadRight(width) + "  " + Examples.Describe(example));
        }

        host.Out.WriteLine();
        host.Out.WriteLine("Assess one with: cramps assess --example " + Examples.Names[0]);
        return ExitCodes.Success;
    }

    private static int Write(ConsoleHost host, string folder, string? only)
    {
        if (only is not null && Examples.Read(only) is null)
        {
            Examples.WriteUnknown(host);
            return ExitCodes.UsageError;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            host.Error.WriteLine($"cramps: cannot create the folder '{folder}': {e.Message}");
            return ExitCodes.UsageError;
        }

        foreach (var example in only is null ? Examples.Names : [only.EndsWith(".json", StringComparison.Ordinal) ? only[..^".json".Length] : only])
        {
            var path = Path.Combine(folder, example + ".json");
            if (!FileArguments.TryWrite(host, path, System.Text.Encoding.UTF8.GetString(Examples.Read(example)!)))
            {
                return ExitCodes.UsageError;
            }

            host.Out.WriteLine("wrote " + path);
        }

        return ExitCodes.Success;
    }
}
