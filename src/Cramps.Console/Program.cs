namespace Cramps.Cli;

/// <summary>The entry point of the <c>cramps</c> command.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => CrampsCommand.RunAsync(args, ConsoleHost.FromSystem());
}
