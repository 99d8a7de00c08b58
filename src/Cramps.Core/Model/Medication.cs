using Ardalis.GuardClauses;
using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents a medicine the patient takes, named by generic name, by code, or both.</summary>
/// <remarks>
/// Matching is by ATC code prefix and by generic name (case-insensitive, whole words); brand names are out
/// of scope for edition 2026.1. A medicine the knowledge base does not recognise is listed under
/// <see cref="CrampAssessment.UnrecognisedInputs"/>. Instances are immutable.
/// </remarks>
public sealed record Medication
{
    /// <summary>Initializes a new instance of the <see cref="Medication"/> class from a generic name.</summary>
    /// <param name="name">The generic name, for example <c>hydrochlorothiazide</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, white space or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Medication(string name)
        : this(Guard.Against.Null(name), null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Medication"/> class from a coded entry.</summary>
    /// <param name="system">The code system.</param>
    /// <param name="code">The code, for example the ATC code <c>C10AA05</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, white space or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public Medication(MedicationCodeSystem system, string code)
        : this(null, system, Guard.Against.Null(code))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Medication"/> class from a name, a coded entry, or both.</summary>
    /// <param name="name">The generic name, or <see langword="null"/>.</param>
    /// <param name="system">The code system, or <see langword="null"/> when no code is given.</param>
    /// <param name="code">The code, or <see langword="null"/> when no code is given.</param>
    /// <exception cref="ArgumentException">Neither a name nor both a system and a code are given, only one of system and code is given, or a text is empty, white space or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public Medication(string? name, MedicationCodeSystem? system, string? code)
    {
        Name = Require.OptionalText(name, nameof(name));
        System = Require.Defined(system, nameof(system));
        Code = Require.OptionalText(code, nameof(code));
        if ((System is null) != (Code is null))
        {
            throw new ArgumentException("A coded medication needs both a system and a code.", System is null ? nameof(system) : nameof(code));
        }

        if (Name is null && Code is null)
        {
            throw new ArgumentException("A medication needs a name, or a system and a code.", nameof(name));
        }

        Classes = Knowledge.KnowledgeBase.Default.MatchMedicines(this);
    }

    /// <summary>Gets the generic name, or <see langword="null"/> when the medicine is given by code only.</summary>
    public string? Name { get; }

    /// <summary>Gets the code system, or <see langword="null"/> when the medicine is given by name only.</summary>
    public MedicationCodeSystem? System { get; }

    /// <summary>Gets the code, or <see langword="null"/> when the medicine is given by name only.</summary>
    public string? Code { get; }

    /// <summary>Gets the date the patient started the medicine.</summary>
    /// <value>The start date, or <see langword="null"/> when unknown.</value>
    public DateOnly? StartedOn { get; init; }

    /// <summary>Tells whether the medicine belongs to a knowledge-base medicine class, by name or ATC code.</summary>
    /// <param name="medicineClass">The class, for example <see cref="MedicineClassId.Statin"/>.</param>
    /// <returns><see langword="true"/> when the name or code matches the class (see <see cref="Knowledge.MedicineClass"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="medicineClass"/> is the <see langword="default"/> value.</exception>
    public bool IsIn(MedicineClassId medicineClass) =>
        (Classes & (1UL << Knowledge.KnowledgeBase.Default.FindMedicineClass(medicineClass).Index)) != 0;

    /// <summary>Gets the knowledge-base medicine classes this entry belongs to, one bit per <see cref="Knowledge.MedicineClass"/>; resolved once, here.</summary>
    internal ulong Classes { get; }
}
