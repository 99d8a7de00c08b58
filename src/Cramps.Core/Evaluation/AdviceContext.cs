namespace Cramps.Core.Evaluation;

/// <summary>What advice conditions read: the urgency and which rules are present.</summary>
internal readonly struct AdviceContext(RuleState[] rules, Urgency urgency)
{
    public Urgency Urgency { get; } = urgency;

    public bool Present(int rule) => rules[rule].Outcome == Tri.True;

    public bool AnyPresent(int[] rules)
    {
        foreach (var rule in rules)
        {
            if (Present(rule))
            {
                return true;
            }
        }

        return false;
    }
}
