namespace Cramps.Core.Evaluation;

/// <summary>What advice conditions read: the urgency, which rules are present, and the patient's answers.</summary>
internal readonly struct AdviceContext(RuleState[] rules, Urgency urgency, PatientHistory patient)
{
    public Urgency Urgency { get; } = urgency;

    public PatientHistory Patient { get; } = patient;

    public bool Present(int rule) => rules[rule].Outcome == Truth.True;

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
