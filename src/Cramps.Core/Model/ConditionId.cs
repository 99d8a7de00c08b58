using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Identifies a condition of the knowledge base, for example <see cref="HeartFailure"/>; used by <see cref="Condition(ConditionId)"/>.</summary>
/// <remarks>
/// Every condition of <see cref="Knowledge.KnowledgeBase.Conditions"/> has a static member, and every member is one of
/// them, so a misspelt id does not compile; <see cref="Parse(string)"/> checks an id known only at run time. The wire
/// format keeps text ids: a JSON request naming an unknown condition is not an error but an unrecognised input. The
/// <see langword="default"/> value names no condition; the constructors that take an id reject it.
/// </remarks>
public readonly record struct ConditionId
{
    private readonly string? _value;

    private ConditionId(string value) => _value = value;

    /// <summary>Gets the id of heart failure: <c>heart-failure</c>.</summary>
    public static ConditionId HeartFailure { get; } = new("heart-failure");

    /// <summary>Gets the id of chronic kidney disease: <c>chronic-kidney-disease</c>.</summary>
    public static ConditionId ChronicKidneyDisease { get; } = new("chronic-kidney-disease");

    /// <summary>Gets the id of hemodialysis: <c>hemodialysis</c>.</summary>
    public static ConditionId Hemodialysis { get; } = new("hemodialysis");

    /// <summary>Gets the id of cirrhosis: <c>cirrhosis</c>.</summary>
    public static ConditionId Cirrhosis { get; } = new("cirrhosis");

    /// <summary>Gets the id of peripheral artery disease: <c>peripheral-artery-disease</c>.</summary>
    public static ConditionId PeripheralArteryDisease { get; } = new("peripheral-artery-disease");

    /// <summary>Gets the id of venous insufficiency: <c>venous-insufficiency</c>.</summary>
    public static ConditionId VenousInsufficiency { get; } = new("venous-insufficiency");

    /// <summary>Gets the id of hypothyroidism: <c>hypothyroidism</c>.</summary>
    public static ConditionId Hypothyroidism { get; } = new("hypothyroidism");

    /// <summary>Gets the id of hyperthyroidism: <c>hyperthyroidism</c>.</summary>
    public static ConditionId Hyperthyroidism { get; } = new("hyperthyroidism");

    /// <summary>Gets the id of diabetes: <c>diabetes</c>.</summary>
    public static ConditionId Diabetes { get; } = new("diabetes");

    /// <summary>Gets the id of peripheral neuropathy: <c>peripheral-neuropathy</c>.</summary>
    public static ConditionId PeripheralNeuropathy { get; } = new("peripheral-neuropathy");

    /// <summary>Gets the id of lumbar spinal stenosis or radiculopathy: <c>lumbar-stenosis-radiculopathy</c>.</summary>
    public static ConditionId LumbarStenosisRadiculopathy { get; } = new("lumbar-stenosis-radiculopathy");

    /// <summary>Gets the id of motor neuron disease: <c>motor-neuron-disease</c>.</summary>
    public static ConditionId MotorNeuronDisease { get; } = new("motor-neuron-disease");

    /// <summary>Gets the id of multiple sclerosis: <c>multiple-sclerosis</c>.</summary>
    public static ConditionId MultipleSclerosis { get; } = new("multiple-sclerosis");

    /// <summary>Gets the id of myasthenia gravis: <c>myasthenia-gravis</c>.</summary>
    public static ConditionId MyastheniaGravis { get; } = new("myasthenia-gravis");

    /// <summary>Gets the id of parkinsonism: <c>parkinsonism</c>.</summary>
    public static ConditionId Parkinsonism { get; } = new("parkinsonism");

    /// <summary>Gets every condition id, in the knowledge base's table order.</summary>
    public static IReadOnlyList<ConditionId> All { get; } = new ReadOnlyArray<ConditionId>([HeartFailure, ChronicKidneyDisease, Hemodialysis, Cirrhosis, PeripheralArteryDisease, VenousInsufficiency, Hypothyroidism, Hyperthyroidism, Diabetes, PeripheralNeuropathy, LumbarStenosisRadiculopathy, MotorNeuronDisease, MultipleSclerosis, MyastheniaGravis, Parkinsonism]);

    /// <summary>Gets the id as the knowledge base and the wire format write it, for example <c>heart-failure</c>.</summary>
    /// <value>The id, or an empty string for the <see langword="default"/> value.</value>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the condition id a text names, ignoring case.</summary>
    /// <param name="id">The id, for example <c>heart-failure</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The knowledge base has no condition with that id; the message lists the valid ids.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static ConditionId Parse(string id) => KnownIds.Find(id, Items, static i => i.Value, "condition", nameof(id));

    /// <summary>Finds the condition id a text names, ignoring case.</summary>
    /// <param name="id">The id, or <see langword="null"/>.</param>
    /// <param name="result">The id found, or the <see langword="default"/> value.</param>
    /// <returns><see langword="true"/> when the knowledge base has a condition with that id.</returns>
    public static bool TryParse(string? id, out ConditionId result) => KnownIds.TryFind(id, Items, static i => i.Value, out result);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The id, or an empty string for the <see langword="default"/> value.</returns>
    public override string ToString() => Value;

    /// <summary>Gets the id's text, or throws when it is the <see langword="default"/> value.</summary>
    internal string Checked(string parameterName) => KnownIds.Require(_value, "condition", parameterName);

    private static ConditionId[] Items => ((ReadOnlyArray<ConditionId>)All).Items;
}
