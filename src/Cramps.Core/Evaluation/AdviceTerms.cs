using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>
/// One term of an advice item's condition: a two-valued test over the rule outcomes, the urgency and the patient's
/// answers, that describes itself for the catalog, the documentation and the content hash.
/// </summary>
/// <remarks>Terms are immutable once the knowledge base is built; rule references are resolved while it is built.</remarks>
internal abstract class AdviceTerm
{
    public abstract bool Holds(in AdviceContext context);

    public abstract string Describe();

    public virtual void Bind(KnowledgeBase knowledgeBase)
    {
    }
}

/// <summary>Always holds.</summary>
internal sealed class Always : AdviceTerm
{
    public static Always Instance { get; } = new();

    public override bool Holds(in AdviceContext context) => true;

    public override string Describe() => "always";
}

/// <summary>A rule (risk factor or red flag) is present.</summary>
internal sealed class Present(string ruleId) : AdviceTerm
{
    private int _index = -1;

    public override bool Holds(in AdviceContext context) => context.Present(_index);

    public override string Describe() => ruleId + " present";

    public override void Bind(KnowledgeBase knowledgeBase) => _index = knowledgeBase.RuleIndex(ruleId);
}

/// <summary>Any risk factor of a category is present.</summary>
internal sealed class AnyFactorOf(string categoryId) : AdviceTerm
{
    private int[] _factors = [];

    public override bool Holds(in AdviceContext context) => context.AnyPresent(_factors);

    public override string Describe() => "any " + categoryId + " risk factor present";

    public override void Bind(KnowledgeBase knowledgeBase)
    {
        var category = knowledgeBase.Category(categoryId);
        _factors = [.. knowledgeBase.RiskFactors.Where(f => f.Category == category).Select(f => f.Index)];
    }
}

/// <summary>A yes/no answer is the given value; unknown does not hold.</summary>
internal sealed class AnswerIs(YesNoInput field, bool expected) : AdviceTerm
{
    public override bool Holds(in AdviceContext context) => field.Read(context.Patient) == expected;

    public override string Describe() => field.Name + " = " + (expected ? "true" : "false");
}

/// <summary>A yes/no answer is unknown.</summary>
internal sealed class AnswerUnknown(YesNoInput field) : AdviceTerm
{
    public override bool Holds(in AdviceContext context) => field.Read(context.Patient) is null;

    public override string Describe() => field.Name + " unknown";
}

/// <summary>The assessment's urgency is one of the given levels.</summary>
internal sealed class UrgencyIs(params Urgency[] levels) : AdviceTerm
{
    public override bool Holds(in AdviceContext context) => Array.IndexOf(levels, context.Urgency) >= 0;

    public override string Describe() => "urgency " + string.Join(" or ", levels.Select(WireNames.Of));
}

/// <summary>Holds when the inner term does not.</summary>
internal sealed class Not(AdviceTerm inner) : AdviceTerm
{
    public override bool Holds(in AdviceContext context) => !inner.Holds(context);

    public override string Describe() => "not (" + inner.Describe() + ")";

    public override void Bind(KnowledgeBase knowledgeBase) => inner.Bind(knowledgeBase);
}

/// <summary>Holds when any part holds.</summary>
internal sealed class AnyOf(params AdviceTerm[] parts) : AdviceTerm
{
    public override bool Holds(in AdviceContext context)
    {
        foreach (var part in parts)
        {
            if (part.Holds(context))
            {
                return true;
            }
        }

        return false;
    }

    public override string Describe() => string.Join(" or ", parts.Select(p => p.Describe()));

    public override void Bind(KnowledgeBase knowledgeBase)
    {
        foreach (var part in parts)
        {
            part.Bind(knowledgeBase);
        }
    }
}

/// <summary>Holds when every part holds.</summary>
internal sealed class AllOf(params AdviceTerm[] parts) : AdviceTerm
{
    public override bool Holds(in AdviceContext context)
    {
        foreach (var part in parts)
        {
            if (!part.Holds(context))
            {
                return false;
            }
        }

        return true;
    }

    public override string Describe() => string.Join(" and ", parts.Select(p => p is AnyOf ? "(" + p.Describe() + ")" : p.Describe()));

    public override void Bind(KnowledgeBase knowledgeBase)
    {
        foreach (var part in parts)
        {
            part.Bind(knowledgeBase);
        }
    }
}
