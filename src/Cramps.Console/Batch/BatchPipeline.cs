using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Batch;

/// <summary>The counts a batch run ends with.</summary>
/// <param name="Lines">The lines read, each answered by one output line.</param>
/// <param name="Invalid">The lines that were invalid requests (blank lines included).</param>
/// <param name="FirstInvalid">The numbers of the first <see cref="BatchPipeline.ListedInvalidLines"/> invalid lines, in order.</param>
internal readonly record struct BatchSummary(long Lines, long Invalid, IReadOnlyList<long> FirstInvalid);

/// <summary>
/// Streams NDJSON requests to NDJSON results: read → parallel parse, evaluate and serialize → write in input order.
/// </summary>
/// <remarks>
/// <para>
/// The reader cuts the input into chunks of consecutive lines and hands each to two bounded queues: the work queue,
/// which the workers (one per core) drain in any order, and the order queue, which the writer drains in input order,
/// waiting for each chunk to be done. The order queue's capacity bounds the chunks in flight, so memory depends on
/// the window and the chunk size, never on the length of the input.
/// </para>
/// <para>
/// Every line gets exactly one output line, so output line N answers input line N: a blank line (empty or white space
/// only) gets an <c>empty-line</c> error. Lines end with LF or CRLF; a final line without a newline is a line; a
/// byte-order mark at the start of the input is skipped. A lone CR is not a line ending.
/// </para>
/// </remarks>
internal sealed class BatchPipeline
{
    /// <summary>The most lines one chunk holds.</summary>
    public const int ChunkLines = 64;

    /// <summary>The most line bytes one chunk holds before it is handed on (a single longer line still fits).</summary>
    public const int ChunkBytes = 256 * 1024;

    /// <summary>How many invalid line numbers the summary lists before it stops with an ellipsis.</summary>
    public const int ListedInvalidLines = 20;

    private readonly Action<Utf8JsonWriter, AssessmentRequest> _writeResult;
    private readonly int _workers;
    private readonly int _window;
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> _outputs = [];

    /// <summary>Initializes a new instance of the <see cref="BatchPipeline"/> class that assesses every valid request.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="workers">How many worker threads parse, evaluate and serialize.</param>
    public BatchPipeline(CrampEvaluator evaluator, int workers)
        : this((json, request) => CrampJson.Write(json, evaluator.Evaluate(request, EvaluationOptions.WithTrace)), workers)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="BatchPipeline"/> class that writes what it is given for every valid
    /// request; the benchmarks measure the pipeline's floor with one that writes the request back.
    /// </summary>
    /// <param name="writeResult">Writes the output value of a valid request (invalid lines always get their error object).</param>
    /// <param name="workers">How many worker threads parse and write.</param>
    public BatchPipeline(Action<Utf8JsonWriter, AssessmentRequest> writeResult, int workers)
    {
        _writeResult = writeResult;
        _workers = Math.Max(1, workers);
        _window = 4 * _workers;
    }

    /// <summary>
    /// Gets the shard of the input this run answers: only the lines whose index modulo its count is its index get an
    /// output line; the others are skipped unread. Line numbers still count every line of the input.
    /// </summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>Runs the batch to the end of the input.</summary>
    /// <param name="input">The NDJSON requests.</param>
    /// <param name="output">Where the NDJSON results go.</param>
    /// <param name="progress">Called now and then from the writer with the lines written so far, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The counts.</returns>
    /// <remarks>
    /// The reader, the workers and the writer each run on a thread of their own, blocking on bounded queues: the workers
    /// are busy for milliseconds per chunk, which would hold thread-pool threads the reader and the writer wait for.
    /// </remarks>
    public Task<BatchSummary> RunAsync(Stream input, Stream output, Action<long>? progress, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Run(input, output, progress, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private BatchSummary Run(Stream input, Stream output, Action<long>? progress, CancellationToken cancellationToken)
    {
        using var work = new BlockingCollection<LineChunk>(_window);
        using var order = new BlockingCollection<LineChunk>(_window);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        Exception? readFailure = null;

        var workers = Enumerable.Range(0, _workers).Select(_ => Start(() =>
        {
            foreach (var chunk in work.GetConsumingEnumerable(token))
            {
                chunk.Process(_writeResult);
            }
        })).ToList();
        var reader = Start(() =>
        {
            try
            {
                Read(input, work, order, token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                readFailure = e;
            }
            finally
            {
                work.CompleteAdding();
                order.CompleteAdding();
            }
        });

        try
        {
            var summary = Write(order, output, progress, token);
            reader.Join();
            if (readFailure is not null)
            {
                throw new IOException("Reading the input failed: " + readFailure.Message, readFailure);
            }

            workers.ForEach(w => w.Join());
            return summary;
        }
        catch
        {
            stop.Cancel();
            throw;
        }
    }

    /// <summary>Starts a chunk with an output buffer from the pool: at most a window's worth of buffers ever exist.</summary>
    private LineChunk NewChunk() => new(ChunkBytes, _outputs.TryTake(out var output) ? output : new ArrayBufferWriter<byte>(1024 * 1024));

    /// <summary>Starts a background thread; a cancelled or stopped run ends it quietly (the writer reports why the run stopped).</summary>
    private static Thread Start(Action body)
    {
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (OperationCanceledException)
            {
            }
            catch (ObjectDisposedException)
            {
                // The run stopped (stdout closed) and disposed its queues while this thread still held them: an
                // exception escaping a thread would abort the process, so the thread just ends.
            }
        })
        {
            IsBackground = true,
        };
        thread.Start();
        return thread;
    }

    private void Read(Stream input, BlockingCollection<LineChunk> work, BlockingCollection<LineChunk> order, CancellationToken token)
    {
        var buffer = new byte[64 * 1024];
        var chunk = NewChunk();
        long number = 1;
        long lineLength = 0;
        var oversized = false;
        var first = true;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            var start = first && buffer.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            first = false;
            while (start < read)
            {
                var span = buffer.AsSpan(start, read - start);
                var newline = span.IndexOf((byte)'\n');
                var part = newline < 0 ? span : span[..newline];
                var kept = Shard.Includes(number);
                lineLength += part.Length;
                if (kept && !oversized && lineLength > CrampJson.MaxRequestBytes)
                {
                    oversized = true;
                    chunk.DropLine();
                }

                if (kept && !oversized)
                {
                    chunk.Append(part);
                }

                if (newline < 0)
                {
                    break;
                }

                if (kept)
                {
                    chunk.EndLine(number, oversized);
                }

                number++;
                lineLength = 0;
                oversized = false;
                start += newline + 1;
                if (chunk.Count >= ChunkLines || chunk.Bytes >= ChunkBytes)
                {
                    HandOn(chunk, work, order, token);
                    chunk = NewChunk();
                }
            }
        }

        if (lineLength > 0 && Shard.Includes(number))
        {
            chunk.EndLine(number, oversized);
        }

        if (chunk.Count > 0)
        {
            HandOn(chunk, work, order, token);
        }
        else
        {
            chunk.Release();
        }
    }

    private static void HandOn(LineChunk chunk, BlockingCollection<LineChunk> work, BlockingCollection<LineChunk> order, CancellationToken token)
    {
        // Order first: the order queue's capacity is what bounds the chunks in flight.
        order.Add(chunk, token);
        work.Add(chunk, token);
    }

    private BatchSummary Write(BlockingCollection<LineChunk> order, Stream output, Action<long>? progress, CancellationToken token)
    {
        long lines = 0;
        long invalid = 0;
        var listed = new List<long>(ListedInvalidLines);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        foreach (var chunk in order.GetConsumingEnumerable(token))
        {
            chunk.Done.Wait(token);
            chunk.Release();
            output.Write(chunk.Output.WrittenSpan);
            chunk.Output.ResetWrittenCount();
            _outputs.Add(chunk.Output);
            lines += chunk.Count;
            invalid += chunk.Invalid;
            listed.AddRange(chunk.InvalidLines.Take(ListedInvalidLines - listed.Count));
            if (progress is not null && clock.Elapsed - lastReport >= TimeSpan.FromMilliseconds(250))
            {
                lastReport = clock.Elapsed;
                progress(lines);
            }
        }

        output.Flush();
        return new BatchSummary(lines, invalid, listed);
    }
}
