using Ardalis.GuardClauses;
using System.Globalization;

namespace Cramps.Core.Serialization;

/// <summary>Represents the limits the request reader applies before it reads a request's content.</summary>
/// <remarks>
/// <para>
/// A request past a limit gets one error and nothing else: <see cref="ValidationCodes.TooLarge"/> or
/// <see cref="ValidationCodes.TooDeep"/>. The defaults are the contract's: 16 MiB and 16 levels. An embedding app that
/// reads requests from untrusted senders may lower them; the reader's time and memory grow linearly with the input,
/// whatever it holds, so the size limit bounds both.
/// </para>
/// <para>Instances are immutable; the limits are validated as they are set.</para>
/// </remarks>
public sealed class RequestReadOptions
{
    /// <summary>The largest depth that can be configured.</summary>
    public const int DeepestAllowed = 256;

    /// <summary>Initializes a new instance of the <see cref="RequestReadOptions"/> class with the contract's limits.</summary>
    public RequestReadOptions()
    {
    }

    /// <summary>Gets the options with the contract's limits.</summary>
    public static RequestReadOptions Default { get; } = new();

    /// <summary>Gets the largest request accepted, in bytes of UTF-8 (a leading byte-order mark included).</summary>
    /// <value>The limit, at least 1; by default <see cref="CrampJson.MaxRequestBytes"/> (16 MiB).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxRequestBytes
    {
        get;
        init
        {
            field = Guard.Against.OutOfRange(value, nameof(value), 1, int.MaxValue, "MaxRequestBytes must be 1 or more.");
        }
    } = CrampJson.MaxRequestBytes;

    /// <summary>Gets the deepest nesting of objects and arrays accepted: <c>[[1]]</c> nests 2 levels.</summary>
    /// <value>The limit, from 1 to <see cref="DeepestAllowed"/>; by default <see cref="CrampJson.MaxDepth"/> (16).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to <see cref="DeepestAllowed"/>.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            field = Guard.Against.OutOfRange(value, nameof(value), 1, DeepestAllowed, string.Create(CultureInfo.InvariantCulture, $"MaxDepth must be from 1 to {DeepestAllowed}."));
        }
    } = CrampJson.MaxDepth;
}
