namespace Cramps.Docs.Tests.Support;

/// <summary>Tests that capture the console run alone: the console is process-wide.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "Console";
}

/// <summary>Captures what a snippet writes to standard output and standard error.</summary>
public static class ConsoleOutput
{
    public static (string Out, string Error) Capture(Action action)
    {
        var (output, error) = (Console.Out, Console.Error);
        using var capturedOut = new StringWriter { NewLine = "\n" };
        using var capturedError = new StringWriter { NewLine = "\n" };
        Console.SetOut(capturedOut);
        Console.SetError(capturedError);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }

        return (capturedOut.ToString(), capturedError.ToString());
    }

    public static string Of(Action action) => Capture(action).Out;

    /// <summary>Runs a snippet without letting it print, and returns its result.</summary>
    public static T Quietly<T>(Func<T> snippet)
    {
        T result = default!;
        Capture(() => result = snippet());
        return result;
    }
}
