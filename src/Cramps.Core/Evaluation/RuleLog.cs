namespace Cramps.Core.Evaluation;

/// <summary>Collects, while one rule is evaluated, the evidence for it, the inputs it read and the inputs it missed.</summary>
/// <remarks>
/// Combinators keep a child's evidence only when the child is true and its missing inputs only when the child is
/// unknown, so what remains at the root explains exactly the rule's outcome.
/// </remarks>
internal sealed class RuleLog
{
    private readonly List<Evidence> _evidence = new(8);
    private readonly List<string> _inputs = new(8);
    private readonly List<string> _missing = new(8);

    public int EvidenceCount => _evidence.Count;

    public int MissingCount => _missing.Count;

    public void Clear()
    {
        _evidence.Clear();
        _inputs.Clear();
        _missing.Clear();
    }

    public void Evidence(string path, string value)
    {
        foreach (var existing in _evidence)
        {
            if (string.Equals(existing.Path, path, StringComparison.Ordinal) && string.Equals(existing.Value, value, StringComparison.Ordinal))
            {
                return;
            }
        }

        _evidence.Add(new Evidence(path, value));
        Input(path);
    }

    public void Input(string path) => AddDistinct(_inputs, path);

    public void Missing(string path) => AddDistinct(_missing, path);

    /// <summary>Drops what a child added when it does not explain the parent's outcome.</summary>
    public void Settle(int evidenceMark, int missingMark, Tri child)
    {
        if (child != Tri.True && _evidence.Count > evidenceMark)
        {
            _evidence.RemoveRange(evidenceMark, _evidence.Count - evidenceMark);
        }

        if (child != Tri.Unknown && _missing.Count > missingMark)
        {
            _missing.RemoveRange(missingMark, _missing.Count - missingMark);
        }
    }

    public void CopyFrom(RuleResult result)
    {
        foreach (var evidence in result.Evidence)
        {
            Evidence(evidence.Path, evidence.Value);
        }

        foreach (var input in result.Inputs)
        {
            Input(input);
        }

        foreach (var missing in result.Missing)
        {
            Missing(missing);
        }
    }

    public RuleResult ToResult(Tri outcome, Urgency? urgency) => outcome switch
    {
        Tri.True => new RuleResult(outcome, urgency, [.. _evidence], DistinctPaths(_evidence), []),
        Tri.False => new RuleResult(outcome, null, [], [.. _inputs], []),
        _ => new RuleResult(outcome, null, [], [], [.. _missing]),
    };

    private static string[] DistinctPaths(List<Evidence> evidence)
    {
        var paths = new List<string>(evidence.Count);
        foreach (var item in evidence)
        {
            AddDistinct(paths, item.Path);
        }

        return [.. paths];
    }

    private static void AddDistinct(List<string> list, string path)
    {
        foreach (var existing in list)
        {
            if (string.Equals(existing, path, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(path);
    }
}

/// <summary>The outcome of one rule, with what explains it.</summary>
internal sealed class RuleResult(Tri outcome, Urgency? urgency, Evidence[] evidence, string[] inputs, string[] missing)
{
    public static readonly RuleResult NotEvaluated = new(Tri.Unknown, null, [], [], []);

    public Tri Outcome { get; } = outcome;

    public Urgency? Urgency { get; } = urgency;

    public Evidence[] Evidence { get; } = evidence;

    public string[] Inputs { get; } = inputs;

    public string[] Missing { get; } = missing;
}
