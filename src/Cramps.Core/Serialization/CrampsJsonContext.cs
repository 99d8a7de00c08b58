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
// at about twice the cost.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(AssessmentRequest))]
[JsonSerializable(typeof(CrampAssessment))]
[JsonSerializable(typeof(IReadOnlyList<ValidationError>))]
internal sealed partial class CrampsJsonContext : JsonSerializerContext;

/// <summary>Writes and reads an enum by its wire name.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal abstract class WireEnumConverter<TEnum>(EnumNames<TEnum> names) : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && names.TryParse(reader.GetString()!, out var value)
            ? value
            : throw new JsonException(typeof(TEnum).Name + " must be one of " + string.Join(", ", names.All) + ".");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(names.Name(value));
}

internal sealed class SexConverter() : WireEnumConverter<Sex>(WireNames.Sex);

internal sealed class SideConverter() : WireEnumConverter<Side>(WireNames.Side);

internal sealed class MuscleConverter() : WireEnumConverter<MuscleRegion>(WireNames.Muscle);

internal sealed class SettingConverter() : WireEnumConverter<EpisodeSetting>(WireNames.Setting);

internal sealed class ConditionSystemConverter() : WireEnumConverter<ConditionCodeSystem>(WireNames.ConditionSystem);

internal sealed class MedicationSystemConverter() : WireEnumConverter<MedicationCodeSystem>(WireNames.MedicationSystem);

internal sealed class UrgencyConverter() : WireEnumConverter<Urgency>(WireNames.Urgency);

internal sealed class StrengthConverter() : WireEnumConverter<EvidenceStrength>(WireNames.Strength);

internal sealed class OutcomeConverter() : WireEnumConverter<RuleOutcome>(WireNames.Outcome);
