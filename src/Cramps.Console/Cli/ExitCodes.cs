namespace Cramps.Cli;

/// <summary>The exit codes of every command, as the JSON contract fixes them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work; for <c>assess</c>, whatever the urgency.</summary>
    public const int Success = 0;

    /// <summary>A request was invalid (its errors went to stderr, each with its JSON path); in a batch, at least one line was.</summary>
    public const int InvalidRequest = 1;

    /// <summary>The command line was wrong, or a file it names cannot be read or written.</summary>
    public const int UsageError = 2;

    /// <summary>Standard output could not be written (a full disk, a closed descriptor): the command stopped there (EX_IOERR of sysexits.h).</summary>
    public const int OutputFailed = 74;

    /// <summary>
    /// The reader of standard output closed the pipe (as <c>head</c> does): the command stopped quietly, with the code a
    /// shell reports for a process ended by SIGPIPE (128 + 13).
    /// </summary>
    public const int BrokenPipe = 141;
}
