namespace Cramps.Core.Evaluation;

/// <summary>A three-valued truth value ordered so that "or" is the maximum and "and" the minimum.</summary>
internal enum Truth : byte
{
    False = 0,
    Unknown = 1,
    True = 2,
}

internal static class TruthLogic
{
    public static Truth Or(Truth left, Truth right) => (Truth)Math.Max((byte)left, (byte)right);

    public static Truth And(Truth left, Truth right) => (Truth)Math.Min((byte)left, (byte)right);

    public static Truth From(bool? value) => value switch
    {
        true => Truth.True,
        false => Truth.False,
        null => Truth.Unknown,
    };

    public static RuleOutcome ToOutcome(this Truth value) => value switch
    {
        Truth.True => RuleOutcome.Present,
        Truth.False => RuleOutcome.Absent,
        _ => RuleOutcome.Unknown,
    };
}
