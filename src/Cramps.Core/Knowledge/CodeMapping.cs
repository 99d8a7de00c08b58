namespace Cramps.Core.Knowledge;

/// <summary>Represents one code of an outside terminology the knowledge base maps to its own ids or names, with its source.</summary>
/// <remarks>
/// The tables of <see cref="KnowledgeBase.SnomedCtConditionCodes"/>, <see cref="KnowledgeBase.RxNormMedicineCodes"/>,
/// <see cref="KnowledgeBase.ExtraLoincCodes"/> and <see cref="KnowledgeBase.LabUnitForms"/> hold these. Instances are
/// immutable.
/// </remarks>
public sealed class CodeMapping
{
    internal CodeMapping(string code, string display, IReadOnlyList<string> targets, string source)
    {
        Code = code;
        Display = display;
        Targets = targets;
        Source = source;
    }

    /// <summary>Gets the code (or, for a unit form, the unit as written), for example <c>44054006</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the code means, as the terminology names it.</summary>
    public string Display { get; }

    /// <summary>Gets what the code maps to: condition ids, generic medicine names, a lab id, or a canonical unit.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Gets where the mapping comes from, for example the terminology release or the data set the code was seen in.</summary>
    public string Source { get; }

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
