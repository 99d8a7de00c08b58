using System.Text;

namespace Cramps.Cli;

/// <summary>The process's standard streams and the facts about them that decide how output looks.</summary>
/// <remarks>
/// Commands read and write only through a host, never through <see cref="Console"/> directly, so that all of them
/// agree on encoding (UTF-8 without a byte-order mark), line endings (<c>\n</c>) and terminal detection.
/// </remarks>
internal sealed class ConsoleHost
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private ConsoleHost(Stream input, Stream output, TextWriter error, bool inputIsTerminal, bool outputIsTerminal, bool errorIsTerminal, Func<string, string?> environment)
    {
        Input = input;
        OutputStream = output;
        Out = new StreamWriter(output, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\n" };
        Error = error;
        InputIsTerminal = inputIsTerminal;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        Environment = environment;
    }

    /// <summary>Gets standard input as bytes.</summary>
    public Stream Input { get; }

    /// <summary>Gets standard output as bytes; flush <see cref="Out"/> before writing here.</summary>
    public Stream OutputStream { get; }

    /// <summary>Gets standard output as UTF-8 text with <c>\n</c> line endings.</summary>
    public TextWriter Out { get; }

    /// <summary>Gets standard error as UTF-8 text with <c>\n</c> line endings, flushed on every write.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets whether standard input is a terminal (not redirected).</summary>
    public bool InputIsTerminal { get; }

    /// <summary>Gets whether standard output is a terminal (not redirected).</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>Gets whether standard error is a terminal (not redirected).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Gets the process environment variables, by name.</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>Creates a host over the process's own standard streams.</summary>
    /// <returns>The host.</returns>
    public static ConsoleHost FromSystem()
    {
        var error = new QuietWriter(new StreamWriter(Open(Console.OpenStandardError), Utf8, bufferSize: 1024, leaveOpen: true) { NewLine = "\n", AutoFlush = true });
        return new ConsoleHost(
            Open(Console.OpenStandardInput),
            new GuardedOutputStream(OpenStandardOutput()),
            error,
            !Console.IsInputRedirected,
            !Console.IsOutputRedirected,
            !Console.IsErrorRedirected,
            System.Environment.GetEnvironmentVariable);
    }

    /// <summary>
    /// Opens standard output so that a closed pipe is seen: the console stream ignores EPIPE (a batch piped into
    /// <c>head</c> would run on forever), so a pipe or terminal is written through a file stream on descriptor 1. A
    /// regular file keeps the console stream, which moves the descriptor's shared offset as it writes.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows())
        {
            return Open(Console.OpenStandardOutput);
        }

        try
        {
            var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek)
            {
                return stream;
            }

            stream.Dispose();
            return Console.OpenStandardOutput();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Descriptor 1 is closed: every write fails, and the command ends with ExitCodes.OutputFailed.
            return new ClosedOutputStream();
        }
    }

    /// <summary>Opens a standard stream, or an empty one when the process has none (its descriptor is closed).</summary>
    private static Stream Open(Func<Stream> open)
    {
        try
        {
            return open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Stream.Null;
        }
    }

    /// <summary>Decides how text written to standard output looks.</summary>
    /// <returns>The style for standard output.</returns>
    public TerminalStyle OutputStyle() => TerminalStyle.Detect(OutputIsTerminal, Environment);

    /// <summary>Decides how text written to standard error looks.</summary>
    /// <returns>The style for standard error.</returns>
    public TerminalStyle ErrorStyle() => TerminalStyle.Detect(ErrorIsTerminal, Environment);
}
