using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Identifies a medicine class of the knowledge base, for example <see cref="Statin"/>; used by <see cref="Medication.IsIn(MedicineClassId)"/>.</summary>
/// <remarks>
/// A medicine class id is the id of the risk factor that matches the class (see <see cref="Knowledge.RiskFactor.Medicines"/>).
/// Requests name medicines, not classes: <see cref="Medication.IsIn(MedicineClassId)"/> tells whether a medicine
/// belongs to a class, and <see cref="Knowledge.KnowledgeBase.FindMedicineClass(MedicineClassId)"/> lists a class's names
/// and codes. The <see langword="default"/> value names no class; members that take an id reject it.
/// </remarks>
public readonly record struct MedicineClassId
{
    private readonly string? _value;

    private MedicineClassId(string value) => _value = value;

    /// <summary>Gets the id of thiazide or thiazide-like diuretics: <c>diuretic-thiazide</c>.</summary>
    public static MedicineClassId DiureticThiazide { get; } = new("diuretic-thiazide");

    /// <summary>Gets the id of loop diuretics: <c>diuretic-loop</c>.</summary>
    public static MedicineClassId DiureticLoop { get; } = new("diuretic-loop");

    /// <summary>Gets the id of potassium-sparing diuretics: <c>diuretic-potassium-sparing</c>.</summary>
    public static MedicineClassId DiureticPotassiumSparing { get; } = new("diuretic-potassium-sparing");

    /// <summary>Gets the id of statins: <c>statin</c>.</summary>
    public static MedicineClassId Statin { get; } = new("statin");

    /// <summary>Gets the id of inhaled long-acting beta-agonists: <c>long-acting-beta-agonist</c>.</summary>
    public static MedicineClassId LongActingBetaAgonist { get; } = new("long-acting-beta-agonist");

    /// <summary>Gets the id of inhaled short-acting beta-agonists: <c>short-acting-beta-agonist</c>.</summary>
    public static MedicineClassId ShortActingBetaAgonist { get; } = new("short-acting-beta-agonist");

    /// <summary>Gets the id of intravenous iron sucrose: <c>iron-sucrose-iv</c>.</summary>
    public static MedicineClassId IronSucroseIv { get; } = new("iron-sucrose-iv");

    /// <summary>Gets the id of estrogens: <c>estrogen</c>.</summary>
    public static MedicineClassId Estrogen { get; } = new("estrogen");

    /// <summary>Gets the id of raloxifene: <c>raloxifene</c>.</summary>
    public static MedicineClassId Raloxifene { get; } = new("raloxifene");

    /// <summary>Gets the id of teriparatide: <c>teriparatide</c>.</summary>
    public static MedicineClassId Teriparatide { get; } = new("teriparatide");

    /// <summary>Gets the id of naproxen: <c>naproxen</c>.</summary>
    public static MedicineClassId Naproxen { get; } = new("naproxen");

    /// <summary>Gets the id of nifedipine: <c>nifedipine</c>.</summary>
    public static MedicineClassId Nifedipine { get; } = new("nifedipine");

    /// <summary>Gets the id of other medicines linked to cramps: <c>other-cramp-drug</c>.</summary>
    public static MedicineClassId OtherCrampDrug { get; } = new("other-cramp-drug");

    /// <summary>Gets every medicine class id, in the knowledge base's table order.</summary>
    public static IReadOnlyList<MedicineClassId> All { get; } = new ReadOnlyArray<MedicineClassId>([DiureticThiazide, DiureticLoop, DiureticPotassiumSparing, Statin, LongActingBetaAgonist, ShortActingBetaAgonist, IronSucroseIv, Estrogen, Raloxifene, Teriparatide, Naproxen, Nifedipine, OtherCrampDrug]);

    /// <summary>Gets the id as the knowledge base and the wire format write it, for example <c>diuretic-thiazide</c>.</summary>
    /// <value>The id, or an empty string for the <see langword="default"/> value.</value>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the medicine class id a text names, ignoring case.</summary>
    /// <param name="id">The id, for example <c>diuretic-thiazide</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The knowledge base has no medicine class with that id; the message lists the valid ids.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static MedicineClassId Parse(string id) => KnownIds.Find(id, Items, static i => i.Value, "medicine class", nameof(id));

    /// <summary>Finds the medicine class id a text names, ignoring case.</summary>
    /// <param name="id">The id, or <see langword="null"/>.</param>
    /// <param name="result">The id found, or the <see langword="default"/> value.</param>
    /// <returns><see langword="true"/> when the knowledge base has a medicine class with that id.</returns>
    public static bool TryParse(string? id, out MedicineClassId result) => KnownIds.TryFind(id, Items, static i => i.Value, out result);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The id, or an empty string for the <see langword="default"/> value.</returns>
    public override string ToString() => Value;

    /// <summary>Gets the id's text, or throws when it is the <see langword="default"/> value.</summary>
    internal string Checked(string parameterName) => KnownIds.Require(_value, "medicine class", parameterName);

    private static MedicineClassId[] Items => ((ReadOnlyArray<MedicineClassId>)All).Items;
}
