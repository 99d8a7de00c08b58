namespace Cramps.Core.Evaluation;

/// <summary>
/// Collects, while one rule is evaluated, the evidence for it and the questions whose inputs it missed; when tracing,
/// also the paths it read and missed.
/// </summary>
/// <remarks>
/// Combinators keep a child's evidence only when the child is true and its missing inputs only when the child is
/// unknown, so what remains at the root explains exactly the rule's outcome. One log serves a whole evaluation.
/// </remarks>
internal sealed class RuleLog(bool tracing)
{
    private readonly List<string>? _inputs = tracing ? new(8) : null;
    private readonly List<string>? _missing = tracing ? new(8) : null;
    private Evidence[] _evidence = new Evidence[8];
    private uint[] _missingQuestions = new uint[8];

    public bool Tracing => _inputs is not null;

    public int EvidenceCount { get; private set; }

    public int MissingCount { get; private set; }

    /// <summary>Starts the next rule (entries past the counts are overwritten, never read).</summary>
    public void Clear()
    {
        EvidenceCount = 0;
        MissingCount = 0;
        _inputs?.Clear();
        _missing?.Clear();
    }

    public void Evidence(string path, string value)
    {
        for (var i = 0; i < EvidenceCount; i++)
        {
            if (string.Equals(_evidence[i].Path, path, StringComparison.Ordinal) && string.Equals(_evidence[i].Value, value, StringComparison.Ordinal))
            {
                return;
            }
        }

        if (EvidenceCount == _evidence.Length)
        {
            Array.Resize(ref _evidence, _evidence.Length * 2);
        }

        _evidence[EvidenceCount++] = new Evidence(path, value);
    }

    /// <summary>Records an input that was read (only kept when tracing).</summary>
    public void Input(string path)
    {
        if (_inputs is not null)
        {
            AddDistinct(_inputs, path);
        }
    }

    /// <summary>Records an input that is unknown, with the follow-up questions that ask for it.</summary>
    public void Missing(string path, uint questions)
    {
        if (MissingCount == _missingQuestions.Length)
        {
            Array.Resize(ref _missingQuestions, _missingQuestions.Length * 2);
        }

        _missingQuestions[MissingCount++] = questions;
        _missing?.Add(path);
    }

    /// <summary>Drops what a child added when it does not explain the parent's outcome.</summary>
    public void Settle(int evidenceMark, int missingMark, Truth child)
    {
        if (child != Truth.True)
        {
            EvidenceCount = evidenceMark;
        }

        if (child != Truth.Unknown)
        {
            _missing?.RemoveRange(missingMark, MissingCount - missingMark);
            MissingCount = missingMark;
        }
    }

    /// <summary>Brings in the explanation of a rule evaluated earlier.</summary>
    public void CopyFrom(in RuleState rule, RuleTrace? trace)
    {
        foreach (var evidence in rule.Evidence ?? [])
        {
            Evidence(evidence.Path, evidence.Value);
        }

        if (rule.Outcome == Truth.Unknown)
        {
            if (trace is null)
            {
                Missing(string.Empty, rule.Questions);
            }
            else
            {
                foreach (var path in trace.Missing)
                {
                    Missing(path, rule.Questions);
                }
            }
        }

        foreach (var input in trace?.Inputs ?? [])
        {
            Input(input);
        }
    }

    /// <summary>Finishes a rule: its state, and when tracing its trace paths.</summary>
    public RuleState Finish(Truth outcome, Urgency urgency, out RuleTrace? trace)
    {
        var questions = 0u;
        if (outcome == Truth.Unknown)
        {
            for (var i = 0; i < MissingCount; i++)
            {
                questions |= _missingQuestions[i];
            }
        }

        trace = _inputs is null ? null : outcome switch
        {
            Truth.True => new RuleTrace(EvidencePaths(), []),
            Truth.False => new RuleTrace([.. _inputs], []),
            _ => new RuleTrace([], Distinct(_missing!)),
        };
        return new RuleState(outcome, urgency, questions, outcome == Truth.True ? _evidence.AsSpan(0, EvidenceCount).ToArray() : null);
    }

    private string[] EvidencePaths()
    {
        var paths = new List<string>(EvidenceCount);
        for (var i = 0; i < EvidenceCount; i++)
        {
            AddDistinct(paths, _evidence[i].Path);
        }

        return [.. paths];
    }

    private static string[] Distinct(List<string> paths)
    {
        var list = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            AddDistinct(list, path);
        }

        return [.. list];
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

/// <summary>The outcome of one rule: present (with its evidence and, for a red flag, its urgency), absent, or unknown (with the questions that could decide it).</summary>
/// <remarks>Sixteen bytes, so the per-evaluation array of all rules stays small.</remarks>
internal readonly struct RuleState(Truth outcome, Urgency urgency, uint questions, Evidence[]? evidence)
{
    private readonly byte _urgency = (byte)urgency;

    public Evidence[]? Evidence { get; } = evidence;

    public uint Questions { get; } = questions;

    public Truth Outcome { get; } = outcome;

    public Urgency Urgency => (Urgency)_urgency;
}

/// <summary>The inputs that decided a rule, or those it missed; kept only when tracing.</summary>
internal sealed record RuleTrace(string[] Inputs, string[] Missing);
