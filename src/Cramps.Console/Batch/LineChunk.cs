using System.Buffers;
using System.Text.Json;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Batch;

/// <summary>A run of consecutive input lines that one worker turns into their output lines.</summary>
/// <remarks>
/// The reader fills a chunk, a worker processes it, the writer writes it in input order and returns its buffers to the
/// pool. Grouping lines keeps the per-line cost of handing work between threads negligible.
/// </remarks>
internal sealed class LineChunk
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };
    private readonly List<(long Number, int Start, int Length, LineKind Kind)> _lines = [];
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[] _data;
    private int _used;

    public LineChunk(int capacity, ArrayBufferWriter<byte> output)
    {
        _data = ArrayPool<byte>.Shared.Rent(capacity);
        Output = output;
    }

    /// <summary>Gets the number of lines in the chunk; each produces one output line.</summary>
    public int Count => _lines.Count;

    /// <summary>Gets the number of bytes of line content held.</summary>
    public int Bytes => _used;

    /// <summary>Gets the output lines, each ending in <c>\n</c>, once <see cref="Done"/> has completed.</summary>
    public ArrayBufferWriter<byte> Output { get; }

    /// <summary>Gets the number of invalid lines, once <see cref="Done"/> has completed.</summary>
    public int Invalid => InvalidLines.Count;

    /// <summary>Gets the numbers of the invalid lines, in order, once <see cref="Done"/> has completed.</summary>
    public List<long> InvalidLines { get; } = [];

    /// <summary>Gets a task that completes when a worker has processed the chunk.</summary>
    public Task Done => _done.Task;

    /// <summary>Gets the start of the line being read.</summary>
    public int LineStart { get; private set; }

    /// <summary>Appends bytes to the line being read.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (_used + bytes.Length > _data.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_data.Length * 2, _used + bytes.Length));
            _data.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_data);
            _data = larger;
        }

        bytes.CopyTo(_data.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Drops what was appended to the line being read (it is too long to keep).</summary>
    public void DropLine() => _used = LineStart;

    /// <summary>Ends the line being read; every line, blank or not, gets an output line.</summary>
    /// <param name="number">The line's number, from 1.</param>
    /// <param name="oversized">Whether the line was longer than the largest request.</param>
    public void EndLine(long number, bool oversized)
    {
        var line = _data.AsSpan(LineStart, _used - LineStart);
        var length = line.EndsWith("\r"u8) ? line.Length - 1 : line.Length;
        var kind = oversized ? LineKind.Oversized : line.Trim(" \t\r"u8).IsEmpty ? LineKind.Blank : LineKind.Request;
        _lines.Add((number, LineStart, kind == LineKind.Request ? length : 0, kind));
        _used = kind == LineKind.Request ? _used : LineStart;
        LineStart = _used;
    }

    /// <summary>Parses every line and writes its result (or its errors), then completes <see cref="Done"/>.</summary>
    /// <param name="writeResult">Writes the result of a valid request: in <c>cramps batch</c>, its assessment.</param>
    public void Process(Action<Utf8JsonWriter, AssessmentRequest> writeResult)
    {
        try
        {
            using var json = new Utf8JsonWriter(Output, WriterOptions);
            foreach (var (number, start, length, kind) in _lines)
            {
                var parsed = kind == LineKind.Request ? CrampJson.ParseRequest(_data.AsSpan(start, length)) : null;
                if (parsed is { IsValid: true })
                {
                    writeResult(json, parsed.Request);
                }
                else
                {
                    InvalidLines.Add(number);
                    json.WriteStartObject();
                    json.WriteNumber("line", number);
                    if (parsed?.RequestId is { } id)
                    {
                        json.WriteString("requestId", id);
                    }

                    ErrorJson.WriteErrors(json, parsed?.Errors ?? [kind == LineKind.Blank ? EmptyLine : TooLarge]);
                    json.WriteEndObject();
                }

                json.Flush();
                Output.Write("\n"u8);
                json.Reset();
            }

            _done.SetResult();
        }
        catch (Exception e)
        {
            _done.SetException(e);
        }
    }

    /// <summary>Returns the chunk's input buffer to the pool.</summary>
    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_data);
        _data = [];
    }

    /// <summary>The code of a blank or white-space-only line: it is answered, so output line N always answers input line N.</summary>
    public const string EmptyLineCode = "empty-line";

    private static ValidationError EmptyLine { get; } = new("$", EmptyLineCode, "The line is empty; every line must hold one request.");

    private static ValidationError TooLarge { get; } = new(
        "$",
        ValidationCodes.TooLarge,
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The line is longer than the largest request, {CrampJson.MaxRequestBytes} bytes."));
}

/// <summary>What an input line holds.</summary>
internal enum LineKind
{
    /// <summary>Something to parse as a request.</summary>
    Request,

    /// <summary>Nothing but spaces, tabs or a carriage return.</summary>
    Blank,

    /// <summary>More bytes than the largest request; they were not kept.</summary>
    Oversized,
}
