using System.Buffers;

namespace Cramps.CdsHooks;

/// <summary>Reads a body whole, but never more than a limit: the limit holds for chunked bodies too.</summary>
internal static class BoundedBody
{
    /// <summary>Reads an HTTP response's content.</summary>
    /// <returns>The bytes, or <see langword="null"/> when the content is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, limit, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a stream to its end.</summary>
    /// <returns>The bytes, or <see langword="null"/> when the stream holds more than <paramref name="limit"/> bytes.</returns>
    public static async Task<byte[]?> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await stream.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
