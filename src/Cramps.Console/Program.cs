namespace Cramps.Cli;

/// <summary>The entry point of the <c>cramps</c> command.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        try
        {
            return await CrampsCommand.RunAsync(args, ConsoleHost.FromSystem()).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The last resort, when even reporting failed: an exit code, never an abort.
            return CrampsCommand.InternalError;
        }
    }
}
