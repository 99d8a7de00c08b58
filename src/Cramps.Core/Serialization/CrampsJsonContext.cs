using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cramps.Core.Serialization;

/// <summary>The source-generated System.Text.Json context of the wire format: requests, results and validation errors.</summary>
/// <remarks>
/// Reflection-free, trim- and AOT-safe. camelCase names, kebab-case enums, ISO 8601 dates, <see langword="null"/> values
/// omitted. Callers reach it through <see cref="CrampJson.TypeInfoResolver"/>; requests are read through
/// <see cref="CrampJson.ParseRequest(ReadOnlySpan{byte})"/>, which validates.
/// </remarks>
// The enums carry their wire-name converters as attributes rather than in Converters here: a converter in the options
// turns off the generated fast-path writers for every type, and writing then goes through the metadata-driven converters
// at about twice the cost. The four enum members of a result (urgency twice, strength, outcome) are written through
// string members that read the same table (WireNames) instead: an enum-typed member makes System.Text.Json build metadata
// generic over that enum on first use, which no ReadyToRun image holds; measured on `cramps assess`, that is 167 more
// methods compiled at start-up and about 8 ms (benchmarks/results/wire-names-cold-start.md).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(AssessmentRequest))]
[JsonSerializable(typeof(CrampAssessment))]
[JsonSerializable(typeof(IReadOnlyList<ValidationError>))]
internal sealed partial class CrampsJsonContext : JsonSerializerContext;

/// <summary>Writes and reads an enum by its name in <see cref="WireNames"/>; the one converter of every wire enum.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class WireEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly EnumNames<TEnum> _names = WireNames<TEnum>.Table
        ?? throw new InvalidOperationException(typeof(TEnum).Name + " has no wire names.");

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && _names.TryParse(reader.GetString()!, out var value)
            ? value
            : throw new JsonException(typeof(TEnum).Name + " must be one of " + string.Join(", ", _names.All) + ".");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(_names.Name(value));
}
