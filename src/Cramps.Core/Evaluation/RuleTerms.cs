using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>A comparison of a value with a threshold.</summary>
internal enum Comparison
{
    AtLeast,
    Above,
    Below,
    AtMost,
}

/// <summary>An input a term can miss: its path, and the follow-up questions that ask for it (bound once the questions exist).</summary>
internal sealed class MissingInput(string path)
{
    public string Path { get; } = path;

    public uint Questions { get; private set; }

    public void Bind(KnowledgeBase knowledgeBase) => Questions = knowledgeBase.QuestionsAsking(Path);
}

/// <summary>
/// One term of a rule's trigger: a three-valued test over the request that logs its evidence, the inputs it read
/// and the inputs it missed, and describes itself for the catalog and the content hash.
/// </summary>
/// <remarks>
/// Terms are shared by every evaluation and immutable once the knowledge base is built (binding happens during the
/// build); per-evaluation state lives in the context and the log.
/// </remarks>
internal abstract class RuleTerm
{
    public abstract Truth Evaluate(EvaluationContext context, RuleLog log);

    public abstract string Describe();

    /// <summary>Resolves references to other rules and to the questions, once, while the knowledge base is built.</summary>
    public virtual void Bind(KnowledgeBase knowledgeBase, int owner)
    {
    }

    /// <summary>Adds the index of every rule whose outcome this term reads (after binding).</summary>
    public virtual void AddRulesRead(ICollection<int> rules)
    {
    }

    public static string Symbol(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.Above => ">",
        Comparison.Below => "<",
        _ => "≤",
    };

    public static bool Compare(double value, Comparison comparison, double limit) => comparison switch
    {
        Comparison.AtLeast => value >= limit,
        Comparison.Above => value > limit,
        Comparison.Below => value < limit,
        _ => value <= limit,
    };

    public static string Describe(Threshold threshold) =>
        threshold.Name + " (" + CodeText.Number(threshold.DefaultValue) + " " + threshold.Unit + ")";
}

/// <summary>A term that reads one input and misses it when unknown.</summary>
internal abstract class LeafTerm(string path) : RuleTerm
{
    protected MissingInput Input { get; } = new(path);

    public override void Bind(KnowledgeBase knowledgeBase, int owner) => Input.Bind(knowledgeBase);

    protected Truth Unknown(RuleLog log)
    {
        log.Missing(Input.Path, Input.Questions);
        return Truth.Unknown;
    }

    protected Truth False(RuleLog log, string? path = null)
    {
        log.Input(path ?? Input.Path);
        return Truth.False;
    }

    protected static Truth True(RuleLog log, string path, string text)
    {
        log.Evidence(path, text);
        return Truth.True;
    }
}

/// <summary>
/// A combination of parts under three-valued logic: each part's explanation is kept only where it explains the
/// combined outcome (evidence of true parts, missing inputs of unknown parts).
/// </summary>
internal abstract class CompositeTerm(Truth identity, RuleTerm[] parts) : RuleTerm
{
    protected RuleTerm[] Parts { get; } = parts;

    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var result = identity;
        foreach (var part in Parts)
        {
            var evidenceMark = log.EvidenceCount;
            var missingMark = log.MissingCount;
            var value = part.Evaluate(context, log);
            log.Settle(evidenceMark, missingMark, value);
            result = Combine(result, value);
        }

        return result;
    }

    public override void AddRulesRead(ICollection<int> rules)
    {
        foreach (var part in Parts)
        {
            part.AddRulesRead(rules);
        }
    }

    public override void Bind(KnowledgeBase knowledgeBase, int owner)
    {
        foreach (var part in Parts)
        {
            part.Bind(knowledgeBase, owner);
        }
    }

    protected abstract Truth Combine(Truth left, Truth right);
}

/// <summary>True when any part is true; false when every part is false; unknown otherwise.</summary>
internal sealed class AnyTerm(params RuleTerm[] parts) : CompositeTerm(Truth.False, parts)
{
    public override string Describe() => string.Join(", or ", Parts.Select(p => p.Describe()));

    protected override Truth Combine(Truth left, Truth right) => TruthLogic.Or(left, right);
}

/// <summary>True when every part is true; false when any part is false; unknown otherwise.</summary>
internal sealed class AllTerm(params RuleTerm[] parts) : CompositeTerm(Truth.True, parts)
{
    public override string Describe() =>
        string.Join(" and ", Parts.Select(p => p is AnyTerm ? "(" + p.Describe() + ")" : p.Describe()));

    protected override Truth Combine(Truth left, Truth right) => TruthLogic.And(left, right);
}

/// <summary>A yes/no input equals the expected answer.</summary>
internal sealed class BoolIs(YesNoInput field, bool expected) : LeafTerm(field.Path)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log) => field.Read(context) switch
    {
        null => Unknown(log),
        { } value when value != expected => False(log),
        { } value => True(log, field.Path, value ? "true" : "false"),
    };

    public override string Describe() => field.Name + " = " + (expected ? "true" : "false");
}

/// <summary>A yes/no input is true or unknown: only an explicit false makes it false.</summary>
internal sealed class BoolNotFalse(YesNoInput field) : LeafTerm(field.Path)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log) => field.Read(context) switch
    {
        false => False(log),
        true => True(log, field.Path, "true"),
        null => True(log, field.Path, "unknown"),
    };

    public override string Describe() => field.Name + " not false";
}

/// <summary>A numeric input compared with a threshold.</summary>
internal sealed class NumberIs(NumberInput field, Comparison comparison, Threshold threshold) : LeafTerm(field.Path)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        if (field.Read(context) is not { } value)
        {
            return Unknown(log);
        }

        return Compare(value, comparison, context.Threshold(threshold)) ? True(log, field.Path, CodeText.Number(value)) : False(log);
    }

    public override string Describe() => field.Name + " " + Symbol(comparison) + " " + Describe(threshold);
}

/// <summary>The patient's sex is the given one; <see cref="Sex.Unknown"/> counts as unknown.</summary>
internal sealed class SexIs(Sex sex) : LeafTerm(Inputs.Sex.Path)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log) => context.Patient.Sex switch
    {
        null or Sex.Unknown => Unknown(log),
        { } value when value != sex => False(log),
        { } value => True(log, Input.Path, WireNames.Of(value)),
    };

    public override string Describe() => "sex = " + WireNames.Of(sex);
}

/// <summary>A numeric input reaches a threshold, or is unknown: only a known value below it makes the term false.</summary>
internal sealed class NumberAtLeastOrUnknown(NumberInput field, Threshold threshold) : LeafTerm(field.Path)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        if (field.Read(context) is not { } value)
        {
            return True(log, field.Path, "unknown");
        }

        return value >= context.Threshold(threshold) ? True(log, field.Path, CodeText.Number(value)) : False(log);
    }

    public override string Describe() => field.Name + " ≥ " + Describe(threshold) + " or unknown";
}

/// <summary>The outcome of another rule, evaluated earlier in table order, with its explanation.</summary>
internal sealed class RuleIs(string ruleId) : RuleTerm
{
    private int _index = -1;

    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        ref readonly var rule = ref context.Rules[_index];
        log.CopyFrom(rule, context.Traces?[_index]);
        return rule.Outcome;
    }

    public override string Describe() => ruleId + " present";

    public override void AddRulesRead(ICollection<int> rules) => rules.Add(_index);

    public override void Bind(KnowledgeBase knowledgeBase, int owner)
    {
        _index = knowledgeBase.RuleIndex(ruleId);
        if (_index >= owner)
        {
            throw new InvalidOperationException("Rule " + knowledgeBase.Rules[owner].Id + " refers to " + ruleId + ", which is not earlier in table order.");
        }
    }
}
