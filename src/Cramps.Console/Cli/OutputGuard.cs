namespace Cramps.Cli;

/// <summary>Standard output could not be written: the reader went away (a closed pipe) or the device failed.</summary>
/// <remarks>Commands let it propagate; <see cref="CrampsCommand"/> turns it into <see cref="ExitCodes.BrokenPipe"/> or <see cref="ExitCodes.OutputFailed"/>, quietly.</remarks>
internal sealed class OutputFailedException : IOException
{
    public OutputFailedException(bool brokenPipe, Exception inner)
        : base(brokenPipe ? "Standard output was closed by its reader." : "Standard output could not be written.", inner)
    {
        BrokenPipe = brokenPipe;
    }

    /// <summary>Gets whether the reader closed the pipe (as <c>head</c> does after its lines).</summary>
    public bool BrokenPipe { get; }

    /// <summary>Gets the exit code that reports the failure.</summary>
    public int ExitCode => BrokenPipe ? ExitCodes.BrokenPipe : ExitCodes.OutputFailed;
}

/// <summary>A stream that can only be written: what both kinds of standard output below have in common.</summary>
internal abstract class WriteOnlyStream : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>Wraps standard output so that a failed write surfaces as <see cref="OutputFailedException"/> and stops the command.</summary>
internal sealed class GuardedOutputStream(Stream inner) : WriteOnlyStream
{
    /// <summary>The errno of a write to a pipe with no reader (the same on Linux and macOS).</summary>
    private const int EPIPE = 32;

    /// <summary>Gets whether an exception says that a pipe's reader went away.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>Whether it is a broken pipe.</returns>
    public static bool IsBrokenPipe(Exception exception) =>
        exception is IOException { HResult: EPIPE } || exception.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Guard(buffer, static (s, b) => s.Write(b));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => Guard([], static (s, _) => s.Flush());

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    private void Guard(ReadOnlySpan<byte> buffer, SpanAction action)
    {
        try
        {
            action(inner, buffer);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException && e is not OutputFailedException)
        {
            throw new OutputFailedException(IsBrokenPipe(e), e);
        }
    }

    private delegate void SpanAction(Stream stream, ReadOnlySpan<byte> buffer);
}

/// <summary>Standard output when the process was started without one (the descriptor is closed): every write fails.</summary>
internal sealed class ClosedOutputStream : WriteOnlyStream
{
    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Standard output is closed.");
}

/// <summary>Standard error that never throws: when it cannot be written (closed, a full disk), what was meant for it is dropped.</summary>
/// <remarks>Diagnostics must never turn a finished command into a crash; the exit code still says how the command went.</remarks>
internal sealed class QuietWriter(TextWriter inner) : TextWriter
{
    /// <summary>Gets whether a write has failed.</summary>
    public bool Failed { get; private set; }

    public override System.Text.Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => System.Globalization.CultureInfo.InvariantCulture;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void WriteLine() => Try(inner.WriteLine);

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    public override Task FlushAsync() => FlushAsync(CancellationToken.None);

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    private void Try(Action write)
    {
        if (Failed)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
        {
            Failed = true;
        }
    }
}
