using System.CommandLine;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Commands;

/// <summary><c>cramps schema [--result]</c>: prints the JSON Schema of the request, or of the result.</summary>
internal static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var result = new Option<bool>("--result")
        {
            Description = "Print the schema of the assessment result instead of the request.",
        };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the request, or with --result of the result.")
        {
            result,
        };
        command.SetAction(parse =>
        {
            host.Out.WriteLine(parse.GetValue(result) ? CrampJsonSchema.Result() : CrampJsonSchema.Request());
            return ExitCodes.Success;
        });
        return command;
    }
}
