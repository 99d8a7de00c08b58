namespace Cramps.Core.Evaluation;

/// <summary>A three-valued truth value ordered so that "or" is the maximum and "and" the minimum.</summary>
internal enum Tri : byte
{
    False = 0,
    Unknown = 1,
    True = 2,
}

internal static class TriLogic
{
    public static Tri Or(Tri left, Tri right) => (Tri)Math.Max((byte)left, (byte)right);

    public static Tri And(Tri left, Tri right) => (Tri)Math.Min((byte)left, (byte)right);

    public static Tri From(bool? value) => value switch
    {
        true => Tri.True,
        false => Tri.False,
        null => Tri.Unknown,
    };

    public static RuleOutcome ToOutcome(this Tri value) => value switch
    {
        Tri.True => RuleOutcome.Present,
        Tri.False => RuleOutcome.Absent,
        _ => RuleOutcome.Unknown,
    };
}
