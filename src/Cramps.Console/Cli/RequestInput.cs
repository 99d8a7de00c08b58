using System.Text.Json;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli;

/// <summary>Reads one request from a file or standard input and reports what is wrong with it.</summary>
internal static class RequestInput
{
    /// <summary>The argument that means "read standard input".</summary>
    public const string StandardInput = "-";

    /// <summary>Reads and validates a request.</summary>
    /// <param name="host">The console.</param>
    /// <param name="path">A file path, or <c>-</c> for standard input.</param>
    /// <param name="jsonErrors">Whether to write validation errors to stderr as JSON instead of lines.</param>
    /// <param name="request">The request, when it is valid.</param>
    /// <returns><see cref="ExitCodes.Success"/>, <see cref="ExitCodes.InvalidRequest"/> (errors written) or <see cref="ExitCodes.UsageError"/> (the file cannot be read).</returns>
    public static int TryRead(ConsoleHost host, string path, bool jsonErrors, out AssessmentRequest? request)
    {
        request = null;
        var exit = TryReadBytes(host, path, out var bytes);
        if (bytes is not { } read)
        {
            return exit;
        }

        var parsed = CrampJson.ParseRequest(read);
        if (!parsed.IsValid)
        {
            WriteErrors(host, path == StandardInput ? "standard input" : path, parsed.Errors, jsonErrors, parsed.ErrorCount);
            return ExitCodes.InvalidRequest;
        }

        request = parsed.Request;
        return ExitCodes.Success;
    }

    /// <summary>Reads the bytes of a file or standard input, at most one byte more than the largest request.</summary>
    /// <param name="host">The console.</param>
    /// <param name="path">A file path, or <c>-</c> for standard input.</param>
    /// <param name="bytes">The bytes, or <see langword="null"/> when the file cannot be read.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.UsageError"/> (the file cannot be read; said on stderr).</returns>
    public static int TryReadBytes(ConsoleHost host, string path, out byte[]? bytes) => TryReadBytes(host, path, CrampJson.MaxRequestBytes, out bytes);

    /// <summary>Reads the bytes of a file or standard input, at most one byte more than a limit, without a leading UTF-8 byte-order mark.</summary>
    /// <param name="host">The console.</param>
    /// <param name="path">A file path, or <c>-</c> for standard input.</param>
    /// <param name="limit">The largest input accepted; one byte more is read, so the reader can report the input as too large.</param>
    /// <param name="bytes">The bytes, or <see langword="null"/> when the file cannot be read.</param>
    /// <returns><see cref="ExitCodes.Success"/>, or <see cref="ExitCodes.UsageError"/> (the file cannot be read; said on stderr).</returns>
    public static int TryReadBytes(ConsoleHost host, string path, int limit, out byte[]? bytes)
    {
        bytes = null;
        if (path == StandardInput)
        {
            bytes = ReadBounded(host.Input, limit);
            return ExitCodes.Success;
        }

        if (!FileArguments.TryOpenRead(host, path, out var stream))
        {
            return ExitCodes.UsageError;
        }

        using (stream)
        {
            bytes = ReadBounded(stream, limit);
        }

        return ExitCodes.Success;
    }

    /// <summary>Writes validation errors to stderr: one <c>path: message (code)</c> line each, or one JSON object.</summary>
    /// <param name="host">The console.</param>
    /// <param name="source">What was read, for the heading line.</param>
    /// <param name="errors">The errors.</param>
    /// <param name="json">Whether to write <c>{"errors": [...]}</c> instead of lines.</param>
    /// <param name="total">How many errors there were in all, when more than are listed.</param>
    /// <remarks>Lines are passed through <see cref="SafeText.Escape(string)"/>: a path may name a property the request made up.</remarks>
    public static void WriteErrors(ConsoleHost host, string source, IReadOnlyList<ValidationError> errors, bool json, int? total = null)
    {
        if (json)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                ErrorJson.WriteErrors(writer, errors);
                writer.WriteEndObject();
            }

            host.Error.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            return;
        }

        host.Error.WriteLine(SafeText.Escape($"cramps: the request in {source} is invalid ({Count(total ?? errors.Count)}):"));
        foreach (var error in errors)
        {
            host.Error.WriteLine("  " + SafeText.Escape(error.ToString()));
        }
    }

    /// <summary>
    /// Reads at most one byte more than the limit (after a leading UTF-8 byte-order mark, which is dropped), so that an
    /// oversized input is reported, not buffered whole.
    /// </summary>
    private static byte[] ReadBounded(Stream stream, int limit)
    {
        var most = (long)limit + 1 + Bom.Length;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < most && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, most - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        var all = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return all.StartsWith(Bom) ? all[Bom.Length..].ToArray() : all.ToArray();
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private static string Count(int n) => n == 1 ? "1 error" : n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " errors";
}
