using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Identifies a laboratory test of the knowledge base, for example <see cref="Potassium"/>; used by <see cref="LabResult(LabTestId, double, string)"/>.</summary>
/// <remarks>
/// Every laboratory test of <see cref="Knowledge.KnowledgeBase.LabTests"/> has a static member, and every member is one of
/// them, so a misspelt id does not compile; <see cref="Parse(string)"/> checks an id known only at run time. The wire
/// format keeps text ids: a JSON request naming an unknown laboratory test is not an error but an unrecognised input. The
/// <see langword="default"/> value names no laboratory test; the constructors that take an id reject it.
/// </remarks>
public readonly record struct LabTestId
{
    private readonly string? _value;

    private LabTestId(string value) => _value = value;

    /// <summary>Gets the id of potassium: <c>potassium</c>.</summary>
    public static LabTestId Potassium { get; } = new("potassium");

    /// <summary>Gets the id of sodium: <c>sodium</c>.</summary>
    public static LabTestId Sodium { get; } = new("sodium");

    /// <summary>Gets the id of magnesium: <c>magnesium</c>.</summary>
    public static LabTestId Magnesium { get; } = new("magnesium");

    /// <summary>Gets the id of total calcium: <c>calcium</c>.</summary>
    public static LabTestId Calcium { get; } = new("calcium");

    /// <summary>Gets the id of ionised calcium: <c>ionized-calcium</c>.</summary>
    public static LabTestId IonizedCalcium { get; } = new("ionized-calcium");

    /// <summary>Gets the id of albumin: <c>albumin</c>.</summary>
    public static LabTestId Albumin { get; } = new("albumin");

    /// <summary>Gets the id of thyroid-stimulating hormone: <c>tsh</c>.</summary>
    public static LabTestId Tsh { get; } = new("tsh");

    /// <summary>Gets the id of creatine kinase: <c>creatine-kinase</c>.</summary>
    public static LabTestId CreatineKinase { get; } = new("creatine-kinase");

    /// <summary>Gets the id of estimated glomerular filtration rate: <c>egfr</c>.</summary>
    public static LabTestId Egfr { get; } = new("egfr");

    /// <summary>Gets every laboratory test id, in the knowledge base's table order.</summary>
    public static IReadOnlyList<LabTestId> All { get; } = new ReadOnlyArray<LabTestId>([Potassium, Sodium, Magnesium, Calcium, IonizedCalcium, Albumin, Tsh, CreatineKinase, Egfr]);

    /// <summary>Gets the id as the knowledge base and the wire format write it, for example <c>potassium</c>.</summary>
    /// <value>The id, or an empty string for the <see langword="default"/> value.</value>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the laboratory test id a text names, ignoring case.</summary>
    /// <param name="id">The id, for example <c>potassium</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The knowledge base has no laboratory test with that id; the message lists the valid ids.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static LabTestId Parse(string id) => KnownIds.Find(id, Items, static i => i.Value, "laboratory test", nameof(id));

    /// <summary>Finds the laboratory test id a text names, ignoring case.</summary>
    /// <param name="id">The id, or <see langword="null"/>.</param>
    /// <param name="result">The id found, or the <see langword="default"/> value.</param>
    /// <returns><see langword="true"/> when the knowledge base has a laboratory test with that id.</returns>
    public static bool TryParse(string? id, out LabTestId result) => KnownIds.TryFind(id, Items, static i => i.Value, out result);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The id, or an empty string for the <see langword="default"/> value.</returns>
    public override string ToString() => Value;

    /// <summary>Gets the id's text, or throws when it is the <see langword="default"/> value.</summary>
    internal string Checked(string parameterName) => KnownIds.Require(_value, "laboratory test", parameterName);

    private static LabTestId[] Items => ((ReadOnlyArray<LabTestId>)All).Items;
}
