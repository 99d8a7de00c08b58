namespace Cramps.Fhir;

/// <summary>Represents something in the FHIR input that did not become part of the assessment request, and why.</summary>
/// <remarks>
/// Nothing the reader skips is dropped silently: every resource, and every element it could not use, is either in the
/// request or listed as an unmapped item. Messages are invariant English and never echo patient values. Instances are
/// immutable, compare by value and are safe to share across threads.
/// </remarks>
public sealed record UnmappedItem
{
    internal UnmappedItem(FhirSource source, string code, string? value, string message)
    {
        Source = source;
        Code = code;
        Value = value;
        Message = message;
    }

    /// <summary>Gets the resource the item belongs to.</summary>
    public FhirSource Source { get; }

    /// <summary>Gets the stable reason code, one of <see cref="UnmappedCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Gets the code, unit or status that could not be mapped, or <see langword="null"/> when there is none to show.</summary>
    public string? Value { get; }

    /// <summary>Gets the message, which says what the reader needed.</summary>
    public string Message { get; }

    /// <summary>Returns the item as <c>source: message (code)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source + ": " + Message + " (" + Code + ")";
}

/// <summary>Provides the stable reason codes of <see cref="UnmappedItem"/>.</summary>
public static class UnmappedCodes
{
    /// <summary>The reader does not read this resource type (or reads it only through a reference, which nothing made).</summary>
    public const string UnsupportedResource = "unsupported-resource";

    /// <summary>The condition's clinical status or the medicine's status is not active, or is missing.</summary>
    public const string Inactive = "inactive";

    /// <summary>The resource is entered in error, refuted, cancelled, or an observation not yet (or no longer) resulted.</summary>
    public const string UnusableStatus = "unusable-status";

    /// <summary>No coding is in a code system the reader maps, or the code names nothing the knowledge base reads.</summary>
    public const string NoUsableCode = "no-usable-code";

    /// <summary>The observation has no value, or a value of a type the reader does not read.</summary>
    public const string NoValue = "no-value";

    /// <summary>The observation's value carries a comparator (such as <c>&lt;</c>) and a threshold of the test lies within the range it allows.</summary>
    public const string InexactValue = "inexact-value";

    /// <summary>The observation's unit is not a UCUM unit the knowledge base accepts for the test.</summary>
    public const string UnsupportedUnit = "unsupported-unit";

    /// <summary>A value is out of the range a request accepts.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A later result of the same test (or a later pregnancy status) supersedes this one.</summary>
    public const string Superseded = "superseded";

    /// <summary>Another result of the same test counted now cannot be read, so the test is unknown and this result does not stand in for it.</summary>
    public const string TestUnknown = "test-unknown";

    /// <summary>A pregnancy status is too old to say anything about today.</summary>
    public const string Stale = "stale";

    /// <summary>The resource is dated after <c>asOf</c>.</summary>
    public const string AfterAsOf = "after-as-of";

    /// <summary>The age cannot be computed: the birth date is partial and the age ambiguous, lies after the date, or there is no date to compute it at.</summary>
    public const string AgeUnknown = "age-unknown";

    /// <summary>Pregnancy statements of the same latest date disagree, so pregnancy stays unknown.</summary>
    public const string Conflicting = "conflicting";

    /// <summary>A reference to a Medication resource could not be resolved in the input.</summary>
    public const string UnresolvedReference = "unresolved-reference";

    /// <summary>A request list is full (see <see cref="Cramps.Core.RequestLimits"/>).</summary>
    public const string TooManyItems = "too-many-items";

    /// <summary>A code is longer than <see cref="Cramps.Core.RequestLimits.MaxTextLength"/> characters.</summary>
    public const string TooLong = "too-long";
}

/// <summary>Provides the stable codes of the errors that make the reader reject a FHIR input whole.</summary>
/// <remarks>Malformed JSON is reported with <see cref="Cramps.Core.Serialization.ValidationCodes.MalformedJson"/>, input over the size limit with <see cref="Cramps.Core.Serialization.ValidationCodes.TooLarge"/>.</remarks>
public static class FhirValidationCodes
{
    /// <summary>The FHIR R4 parser rejects the input: an unknown resource type or element, a wrong type, a bad literal, a missing required element.</summary>
    public const string InvalidFhir = "invalid-fhir";

    /// <summary>The input is JSON but no FHIR resource or Bundle (for example a CDS Hooks request or a request of the JSON contract).</summary>
    public const string NotFhir = "not-fhir";

    /// <summary>The input holds more than one Patient resource.</summary>
    public const string MultiplePatients = "multiple-patients";

    /// <summary>A resource's subject is not the input's patient, so the input mixes patients.</summary>
    public const string OtherPatient = "other-patient";
}
