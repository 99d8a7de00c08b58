namespace Cramps.Core;

/// <summary>Maps every enum that crosses the wire to the kebab-case names of the knowledge base and the JSON contract.</summary>
/// <remarks>
/// This is the one place those names live: the JSON reader, the JSON writer (through <see cref="Serialization.WireEnumConverter{TEnum}"/>),
/// the schema, the evidence texts and, through <see cref="Serialization.CrampJson.WireName{TEnum}(TEnum)"/>, the console all use it.
/// </remarks>
internal static class WireNames
{
    public static readonly EnumNames<Sex> Sex = new([
        (Core.Sex.Female, "female"), (Core.Sex.Male, "male"), (Core.Sex.Other, "other"), (Core.Sex.Unknown, "unknown")]);

    public static readonly EnumNames<Side> Side = new([
        (Core.Side.Left, "left"), (Core.Side.Right, "right"), (Core.Side.Both, "both")]);

    public static readonly EnumNames<MuscleRegion> Muscle = new([
        (MuscleRegion.Foot, "foot"), (MuscleRegion.Calf, "calf"), (MuscleRegion.Thigh, "thigh"), (MuscleRegion.Hip, "hip"),
        (MuscleRegion.Back, "back"), (MuscleRegion.Abdomen, "abdomen"), (MuscleRegion.Chest, "chest"),
        (MuscleRegion.Hand, "hand"), (MuscleRegion.Arm, "arm"), (MuscleRegion.Neck, "neck")]);

    public static readonly EnumNames<EpisodeSetting> Setting = new([
        (EpisodeSetting.Asleep, "asleep"), (EpisodeSetting.OnWaking, "on-waking"), (EpisodeSetting.Resting, "resting"),
        (EpisodeSetting.DuringExercise, "during-exercise"), (EpisodeSetting.AfterExercise, "after-exercise"),
        (EpisodeSetting.DuringDialysis, "during-dialysis"), (EpisodeSetting.InHeat, "in-heat"), (EpisodeSetting.Working, "working")]);

    public static readonly EnumNames<ConditionCodeSystem> ConditionSystem = new([
        (ConditionCodeSystem.Icd10Cm, "icd-10-cm"), (ConditionCodeSystem.SnomedCt, "snomed-ct")]);

    public static readonly EnumNames<MedicationCodeSystem> MedicationSystem = new([(MedicationCodeSystem.Atc, "atc")]);

    public static readonly EnumNames<Urgency> Urgency = new([
        (Core.Urgency.SelfCare, "self-care"), (Core.Urgency.Routine, "routine"), (Core.Urgency.Soon, "soon"),
        (Core.Urgency.Urgent, "urgent"), (Core.Urgency.Emergency, "emergency")]);

    public static readonly EnumNames<EvidenceStrength> Strength = new([
        (EvidenceStrength.Strong, "strong"), (EvidenceStrength.Moderate, "moderate"), (EvidenceStrength.Weak, "weak"),
        (EvidenceStrength.ExpertOpinion, "expert-opinion")]);

    public static readonly EnumNames<RuleOutcome> Outcome = new([
        (RuleOutcome.Present, "present"), (RuleOutcome.Absent, "absent"), (RuleOutcome.Unknown, "unknown")]);

    /// <summary>Gets the table of an enum type, or <see langword="null"/> when the type does not cross the wire.</summary>
    /// <param name="type">The enum type.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    public static IEnumNames? Of(Type type) =>
        type == typeof(Core.Sex) ? Sex
        : type == typeof(Core.Side) ? Side
        : type == typeof(MuscleRegion) ? Muscle
        : type == typeof(EpisodeSetting) ? Setting
        : type == typeof(ConditionCodeSystem) ? ConditionSystem
        : type == typeof(MedicationCodeSystem) ? MedicationSystem
        : type == typeof(Core.Urgency) ? Urgency
        : type == typeof(EvidenceStrength) ? Strength
        : type == typeof(RuleOutcome) ? Outcome
        : null;

    public static string Of(Sex value) => Sex.Name(value);

    public static string Of(MuscleRegion value) => Muscle.Name(value);

    public static string Of(EpisodeSetting value) => Setting.Name(value);

    public static string Of(Urgency value) => Urgency.Name(value);

    public static string Of(EvidenceStrength value) => Strength.Name(value);

    public static string Of(RuleOutcome value) => Outcome.Name(value);
}

/// <summary>The wire names of one enum type, looked up once per type.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Gets the table of <typeparamref name="TEnum"/>, or <see langword="null"/> when it does not cross the wire.</summary>
    public static readonly EnumNames<TEnum>? Table = (EnumNames<TEnum>?)WireNames.Of(typeof(TEnum));
}

/// <summary>The wire names of one enum, whatever its type.</summary>
internal interface IEnumNames
{
    /// <summary>Gets every wire name, in the contract's order.</summary>
    IReadOnlyList<string> All { get; }
}

/// <summary>The wire names of one enum, both ways.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>
/// Plain arrays on purpose: with at most ten names a linear search is as fast as a hash lookup, and a frozen dictionary
/// per enum cost the first process a measurable share of its start-up in JIT compilation of its generic code.
/// </remarks>
internal sealed class EnumNames<TEnum> : IEnumNames
    where TEnum : struct, Enum
{
    private readonly string[] _all;
    private readonly byte[][] _utf8;
    private readonly TEnum[] _values;
    private readonly string[] _names;

    public EnumNames((TEnum Value, string Name)[] pairs)
    {
        _all = new string[pairs.Length];
        _values = new TEnum[pairs.Length];
        var largest = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            (_values[i], _all[i]) = pairs[i];
            largest = Math.Max(largest, ToInt32(pairs[i].Value));
        }

        _utf8 = [.. _all.Select(System.Text.Encoding.UTF8.GetBytes)];
        _names = new string[largest + 1];
        for (var i = 0; i < pairs.Length; i++)
        {
            _names[ToInt32(_values[i])] = _all[i];
        }
    }

    /// <summary>Gets every wire name, in the contract's order.</summary>
    public IReadOnlyList<string> All => _all;

    public string Name(TEnum value) => _names[ToInt32(value)];

    /// <summary>Gets whether <paramref name="value"/> is one of the enum's named values.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value has a wire name.</returns>
    public bool Has(TEnum value) => (uint)ToInt32(value) < (uint)_names.Length && _names[ToInt32(value)] is not null;

    public bool TryParse(string name, out TEnum value)
    {
        for (var i = 0; i < _all.Length; i++)
        {
            if (string.Equals(_all[i], name, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses a wire name from its UTF-8 bytes, as written in a JSON string without escapes.</summary>
    public bool TryParse(ReadOnlySpan<byte> utf8Name, out TEnum value)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (utf8Name.SequenceEqual(_utf8[i]))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    private static int ToInt32(TEnum value) => System.Runtime.CompilerServices.Unsafe.As<TEnum, int>(ref value);
}
