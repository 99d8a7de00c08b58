using Ardalis.GuardClauses;
using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents a condition in a patient's history, named by knowledge-base id or by a code.</summary>
/// <remarks>
/// A condition the knowledge base does not recognise is not an error: the assessment lists it under
/// <see cref="CrampAssessment.UnrecognisedInputs"/> and otherwise ignores it. Instances are immutable.
/// </remarks>
public sealed record Condition
{
    /// <summary>Initializes a new instance of the <see cref="Condition"/> class from a knowledge-base condition, named by typed id so a misspelt id does not compile.</summary>
    /// <param name="id">The condition, for example <see cref="ConditionId.HeartFailure"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the <see langword="default"/> value.</exception>
    public Condition(ConditionId id)
        : this(id.Checked(nameof(id)), null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Condition"/> class from a condition id given as text; an id the knowledge base does not know is listed as unrecognised, not rejected.</summary>
    /// <param name="id">The knowledge-base condition id, for example <c>heart-failure</c>; in code, prefer <see cref="Condition(ConditionId)"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, white space or longer than <see cref="RequestLimits.MaxTextLength"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Condition(string id)
        : this(Guard.Against.Null(id), null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Condition"/> class from a coded entry.</summary>
    /// <param name="system">The code system.</param>
    /// <param name="code">The code, for example <c>N18.3</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, white space or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public Condition(ConditionCodeSystem system, string code)
        : this(null, system, Guard.Against.Null(code))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Condition"/> class from an id, a coded entry, or both.</summary>
    /// <param name="id">The knowledge-base condition id, or <see langword="null"/>.</param>
    /// <param name="system">The code system, or <see langword="null"/> when no code is given.</param>
    /// <param name="code">The code, or <see langword="null"/> when no code is given.</param>
    /// <exception cref="ArgumentException">Neither an id nor both a system and a code are given, only one of system and code is given, or a text is empty, white space or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="system"/> is not a defined value.</exception>
    public Condition(string? id, ConditionCodeSystem? system, string? code)
    {
        Id = Require.OptionalText(id, nameof(id));
        System = Require.Defined(system, nameof(system));
        Code = Require.OptionalText(code, nameof(code));
        if ((System is null) != (Code is null))
        {
            throw new ArgumentException("A coded condition needs both a system and a code.", System is null ? nameof(system) : nameof(code));
        }

        if (Id is null && Code is null)
        {
            throw new ArgumentException("A condition needs an id, or a system and a code.", nameof(id));
        }

        Matches = Knowledge.KnowledgeBase.Default.MatchConditions(this);
    }

    /// <summary>Gets the knowledge-base condition id, or <see langword="null"/> when the condition is given by code only.</summary>
    public string? Id { get; }

    /// <summary>Gets the code system, or <see langword="null"/> when the condition is given by id only.</summary>
    public ConditionCodeSystem? System { get; }

    /// <summary>Gets the code, or <see langword="null"/> when the condition is given by id only.</summary>
    public string? Code { get; }

    /// <summary>Gets a free-text display name; it is never used for matching and never echoed in messages.</summary>
    /// <value>The display text, or <see langword="null"/>; at most <see cref="RequestLimits.MaxTextLength"/> characters.</value>
    public string? Display
    {
        get;
        init => field = Require.OptionalText(value, nameof(Display));
    }

    /// <summary>Gets the knowledge-base conditions this entry names, one bit per <see cref="Knowledge.ConditionDefinition"/>; resolved once, here.</summary>
    internal ulong Matches { get; }
}
