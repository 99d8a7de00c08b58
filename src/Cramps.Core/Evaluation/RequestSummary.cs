using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>Which fact of the diary or the cramp-pattern self-report a <see cref="DiaryFact"/> is.</summary>
internal enum DiaryFactKind
{
    AfterExercise,
    DuringDialysis,
    RelievedByStretching,
}

/// <summary>A fact the diary or the self-report decides, and what decided it: an episode's index, or -1 for the self-report.</summary>
internal readonly record struct DiaryFact(Truth Value, int Episode);

/// <summary>Where the counted results of one laboratory test are: any at all, and the latest collection date.</summary>
internal struct LabSlot
{
    public bool Any;
    public DateOnly? Date;
}

/// <summary>One <see cref="LabSlot"/> per laboratory test, held inline so summarising labs allocates nothing.</summary>
[System.Runtime.CompilerServices.InlineArray(Capacity)]
internal struct LabSlots
{
    /// <summary>The most laboratory tests a knowledge base may define.</summary>
    public const int Capacity = 16;

    private LabSlot _first;
}

/// <summary>
/// What a request says once summarised: which conditions and medicine classes it names (bit masks resolved when the
/// model was built), where the latest lab results are, the diary facts, and "today". Built once per evaluation and
/// cheap: evidence text is only formatted for findings that are present.
/// </summary>
internal sealed class RequestSummary
{
    private LabSlots _labs;

    public RequestSummary(AssessmentRequest request, KnowledgePolicies policies)
    {
        // Index loops: the lists are interfaces, and enumerating one would allocate an enumerator per evaluation.
        var patient = request.Patient;
        if (patient.Conditions is { } conditions)
        {
            for (var i = 0; i < conditions.Count; i++)
            {
                Conditions |= conditions[i].Matches;
            }
        }

        if (patient.Medications is { } medications)
        {
            for (var i = 0; i < medications.Count; i++)
            {
                Medicines |= medications[i].Classes;
            }
        }

        if (patient.Labs is { } labs)
        {
            for (var i = 0; i < labs.Count; i++)
            {
                Summarise(labs[i]);
            }
        }

        Today = request.AsOf ?? LatestDate(request);
        var pattern = patient.CrampPattern;
        var episodes = request.Episodes;
        OutsideMorning = Shown(pattern.OutsideMorning, episodes, policies, static (e, p) => e.StartedAt is { } s && (s.Hour < p.MorningStartHour || s.Hour >= p.MorningEndHour));
        AfterExercise = Shown(pattern.AfterExercise, episodes, policies, static (e, _) => e.Setting is EpisodeSetting.DuringExercise or EpisodeSetting.AfterExercise);
        DuringDialysis = Shown(pattern.DuringDialysis, episodes, policies, static (e, _) => e.Setting is EpisodeSetting.DuringDialysis);
        Relief = Relieved(pattern.RelievedByStretching, episodes);
        (LongestSeconds, LongestEpisode, LongestComplete) = Longest(pattern.LongestMinutes, episodes);
    }

    /// <summary>Gets the conditions the request names, one bit per knowledge-base condition.</summary>
    public ulong Conditions { get; }

    /// <summary>Gets the medicine classes the request names, one bit per medicine class.</summary>
    public ulong Medicines { get; }

    /// <summary>Gets whether any result of a known test has no collection date.</summary>
    public bool HasUndatedLabs { get; private set; }

    /// <summary>Gets where the counted results of a test are.</summary>
    /// <param name="test">The test's index.</param>
    /// <returns>The slot.</returns>
    public LabSlot Lab(int test) => _labs[test];

    /// <summary>Gets the date that counts as today, or <see langword="null"/> when the request has no date at all.</summary>
    public DateOnly? Today { get; }

    public DiaryFact OutsideMorning { get; }

    public DiaryFact AfterExercise { get; }

    public DiaryFact DuringDialysis { get; }

    /// <summary>
    /// Gets whether stretching relieves the cramps: false as soon as any report says it does not; true by the self-report,
    /// or when every episode says it does; unknown while an episode does not say and the self-report is missing.
    /// </summary>
    public DiaryFact Relief { get; }

    /// <summary>Gets the longest episode in seconds, from the self-report and the diary, or <see langword="null"/> when unknown.</summary>
    public double? LongestSeconds { get; }

    /// <summary>Gets the episode that decided <see cref="LongestSeconds"/>, or -1 for the self-report.</summary>
    public int LongestEpisode { get; }

    /// <summary>
    /// Gets whether <see cref="LongestSeconds"/> is known and the longest of all: the self-report gives it, or every
    /// episode has a duration. Otherwise it is unknown or only the longest known so far, and an episode of unknown length
    /// may be longer.
    /// </summary>
    public bool LongestComplete { get; }

    public DiaryFact this[DiaryFactKind kind] => kind switch
    {
        DiaryFactKind.AfterExercise => AfterExercise,
        DiaryFactKind.DuringDialysis => DuringDialysis,
        _ => Relief,
    };

    /// <summary>Gets the local calendar date of an episode's start (its own offset).</summary>
    public static DateOnly LocalDate(DateTimeOffset startedAt) => DateOnly.FromDateTime(startedAt.DateTime);

    public static string Date(DateOnly value) => CodeText.Date(value);

    /// <summary>Gets the path and text that explain a diary fact.</summary>
    public static (string Path, string Text) Explain(DiaryFactKind kind, DiaryFact fact, EvaluationContext context)
    {
        var truth = fact.Value == Truth.True ? "true" : "false";
        if (fact.Episode < 0)
        {
            return (SelfReportPath(kind), truth);
        }

        var episode = context.Episodes[fact.Episode];
        return kind switch
        {
            DiaryFactKind.RelievedByStretching => (JsonPaths.Episode(fact.Episode, "relievedByStretching"), truth),
            _ => (JsonPaths.Episode(fact.Episode, "setting"), WireNames.Of(episode.Setting!.Value)),
        };
    }

    public static string SelfReportPath(DiaryFactKind kind) => kind switch
    {
        DiaryFactKind.AfterExercise => Inputs.AfterExercise.Path,
        DiaryFactKind.DuringDialysis => Inputs.DuringDialysis.Path,
        _ => Inputs.RelievedByStretching.Path,
    };

    /// <summary>Lists what the knowledge base did not recognise, in request order; empty in the usual case, without allocating.</summary>
    public static IReadOnlyList<UnrecognisedInput> Unrecognised(AssessmentRequest request, KnowledgeBase knowledgeBase)
    {
        List<UnrecognisedInput>? list = null;
        var patient = request.Patient;
        var conditions = patient.Conditions ?? [];
        for (var i = 0; i < conditions.Count; i++)
        {
            if (conditions[i] is { Matches: 0 } condition)
            {
                (list ??= []).Add(condition.Id is { } id && knowledgeBase.FindCondition(id) is null
                    ? new UnrecognisedInput(JsonPaths.Condition(i), id, "unknown condition id")
                    : new UnrecognisedInput(JsonPaths.Condition(i), condition.Code ?? condition.Id!, "code not in the knowledge base"));
            }
        }

        var medications = patient.Medications ?? [];
        for (var i = 0; i < medications.Count; i++)
        {
            if (medications[i] is { Classes: 0 } medication)
            {
                (list ??= []).Add(medication.Name is { } name
                    ? new UnrecognisedInput(JsonPaths.Medication(i), name, "unknown medicine name")
                    : new UnrecognisedInput(JsonPaths.Medication(i), medication.Code!, "ATC code not in the knowledge base"));
            }
        }

        var labs = patient.Labs ?? [];
        for (var i = 0; i < labs.Count; i++)
        {
            if (labs[i] is { KnownTest: null } lab)
            {
                (list ??= []).Add(lab.Test is { } test && knowledgeBase.FindLabTest(test) is null
                    ? new UnrecognisedInput(JsonPaths.Lab(i), test, "unknown lab test id")
                    : new UnrecognisedInput(JsonPaths.Lab(i), lab.Loinc ?? lab.Test!, "unknown LOINC code"));
            }
        }

        return list is null ? [] : list.ToArray();
    }

    /// <summary>Describes a lab result as given, with its canonical value when the unit differs (formatted once, when the result was built).</summary>
    public static string Describe(LabResult lab) => lab.Text!;

    /// <summary>Records a result of a known test in its test's slot: an undated one counts, a dated one only from the latest date.</summary>
    private void Summarise(LabResult lab)
    {
        if (lab.KnownTest is not { } test)
        {
            return;
        }

        ref var slot = ref _labs[test.Index];
        slot.Any = true;
        if (lab.CollectedOn is null)
        {
            HasUndatedLabs = true;
        }
        else if (Later(lab.CollectedOn, slot.Date))
        {
            slot.Date = lab.CollectedOn;
        }
    }

    /// <summary>Gets whether a result collected on one date is later than the latest so far (dated results beat undated ones).</summary>
    private static bool Later(DateOnly? date, DateOnly? latest) => date is { } d && (latest is null || d > latest.Value);

    private static DateOnly? LatestDate(AssessmentRequest request)
    {
        DateOnly? latest = null;
        var episodes = request.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].StartedAt is { } started && Later(LocalDate(started), latest))
            {
                latest = LocalDate(started);
            }
        }

        if (latest is not null)
        {
            return latest;
        }

        var labs = request.Patient.Labs ?? [];
        for (var i = 0; i < labs.Count; i++)
        {
            if (Later(labs[i].CollectedOn, latest))
            {
                latest = labs[i].CollectedOn;
            }
        }

        var medications = request.Patient.Medications ?? [];
        for (var i = 0; i < medications.Count; i++)
        {
            if (Later(medications[i].StartedOn, latest))
            {
                latest = medications[i].StartedOn;
            }
        }

        return latest;
    }

    /// <summary>A diary fact is true when the self-report or any episode shows it, and false only by an explicit false self-report.</summary>
    /// <remarks>The test is a static lambda given the policies, so no closure is allocated per evaluation.</remarks>
    private static DiaryFact Shown(bool? selfReport, IReadOnlyList<CrampEpisode> episodes, KnowledgePolicies policies, Func<CrampEpisode, KnowledgePolicies, bool> shows)
    {
        if (selfReport == true)
        {
            return new DiaryFact(Truth.True, -1);
        }

        for (var i = 0; i < episodes.Count; i++)
        {
            if (shows(episodes[i], policies))
            {
                return new DiaryFact(Truth.True, i);
            }
        }

        return new DiaryFact(selfReport == false ? Truth.False : Truth.Unknown, -1);
    }

    private static DiaryFact Relieved(bool? selfReport, IReadOnlyList<CrampEpisode> episodes)
    {
        if (selfReport == false)
        {
            return new DiaryFact(Truth.False, -1);
        }

        // An episode that does not say leaves the diary undecided: it may be the one stretching did not relieve.
        var relievedAt = -1;
        var undecided = false;
        for (var i = 0; i < episodes.Count; i++)
        {
            switch (episodes[i].RelievedByStretching)
            {
                case false:
                    return new DiaryFact(Truth.False, i);
                case true when relievedAt < 0:
                    relievedAt = i;
                    break;
                case null:
                    undecided = true;
                    break;
            }
        }

        if (selfReport == true)
        {
            return new DiaryFact(Truth.True, -1);
        }

        return relievedAt >= 0 && !undecided ? new DiaryFact(Truth.True, relievedAt) : new DiaryFact(Truth.Unknown, -1);
    }

    /// <summary>
    /// The longest cramp: the self-report or the longest episode, whichever is longer. The self-report speaks for the
    /// episodes of unknown length; without it, an episode of unknown length leaves the longest incomplete.
    /// </summary>
    private static (double? Seconds, int Episode, bool Complete) Longest(double? selfReportMinutes, IReadOnlyList<CrampEpisode> episodes)
    {
        double? longest = selfReportMinutes * 60;
        var episode = -1;
        var complete = true;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].DurationSeconds is not { } seconds)
            {
                complete = false;
            }
            else if (longest is null || seconds > longest)
            {
                longest = seconds;
                episode = i;
            }
        }

        return (longest, episode, longest is not null && (complete || selfReportMinutes is not null));
    }
}
