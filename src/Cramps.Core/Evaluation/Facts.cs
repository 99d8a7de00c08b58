using System.Globalization;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>A fact the episode diary or the cramp-pattern self-report decides, with the input that decided it.</summary>
internal readonly record struct DiaryFact(Tri Value, string? Path, string? Text);

/// <summary>One laboratory reading among the latest results of its test, converted to the canonical unit.</summary>
internal readonly record struct LabReading(int Index, double Value, string Text);

/// <summary>What a request says once codes are matched, units converted and the diary summarised; built once per evaluation.</summary>
internal sealed class Facts
{
    private static readonly string[] NoWords = [];

    private Facts(int conditions, int medicines, int labs)
    {
        ConditionMatches = new List<int>?[conditions];
        MedicineMatches = new List<int>?[medicines];
        LatestLabs = new List<LabReading>?[labs];
    }

    /// <summary>Gets the date that counts as today, or <see langword="null"/> when the request has no date at all.</summary>
    public DateOnly? Today { get; private set; }

    public List<int>?[] ConditionMatches { get; }

    public List<int>?[] MedicineMatches { get; }

    public List<LabReading>?[] LatestLabs { get; }

    public DiaryFact OutsideMorning { get; private set; }

    public DiaryFact AfterExercise { get; private set; }

    public DiaryFact DuringDialysis { get; private set; }

    /// <summary>Gets whether stretching relieves the cramps: false as soon as any report says it does not.</summary>
    public DiaryFact RelievedByStretching { get; private set; }

    /// <summary>Gets the longest episode in seconds, from the self-report and the diary, or <see langword="null"/> when unknown.</summary>
    public double? LongestSeconds { get; private set; }

    public string? LongestPath { get; private set; }

    public string? LongestText { get; private set; }

    public List<UnrecognisedInput> Unrecognised { get; } = [];

    public static Facts Build(AssessmentRequest request, KnowledgeBase knowledgeBase)
    {
        var facts = new Facts(knowledgeBase.Conditions.Count, knowledgeBase.MedicineClasses.Count, knowledgeBase.LabTests.Count);
        var patient = request.Patient;
        facts.MatchConditions(patient.Conditions, knowledgeBase);
        facts.MatchMedicines(patient.Medications, knowledgeBase);
        facts.ReadLabs(patient.Labs, knowledgeBase);
        facts.Today = request.AsOf ?? LatestDate(request);
        facts.SummariseDiary(patient.CrampPattern, request.Episodes);
        return facts;
    }

    /// <summary>Gets the local calendar date of an episode's start (its own offset).</summary>
    public static DateOnly LocalDate(DateTimeOffset startedAt) => DateOnly.FromDateTime(startedAt.DateTime);

    public static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? LatestDate(AssessmentRequest request)
    {
        DateOnly? latest = null;
        foreach (var episode in request.Episodes)
        {
            if (episode.StartedAt is { } started)
            {
                latest = Max(latest, LocalDate(started));
            }
        }

        if (latest is not null)
        {
            return latest;
        }

        foreach (var lab in request.Patient.Labs ?? [])
        {
            latest = Max(latest, lab.CollectedOn);
        }

        foreach (var medication in request.Patient.Medications ?? [])
        {
            latest = Max(latest, medication.StartedOn);
        }

        return latest;
    }

    private static DateOnly? Max(DateOnly? left, DateOnly? right) =>
        left is null ? right : right is null ? left : left > right ? left : right;

    private static void Add<T>(List<T>?[] slots, int slot, T item) => (slots[slot] ??= new List<T>(2)).Add(item);

    private void MatchConditions(IReadOnlyList<Condition>? conditions, KnowledgeBase knowledgeBase)
    {
        if (conditions is null)
        {
            return;
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            var matched = false;
            foreach (var definition in knowledgeBase.Conditions)
            {
                if (definition.Matches(condition))
                {
                    Add(ConditionMatches, definition.Index, i);
                    matched = true;
                }
            }

            if (!matched)
            {
                var unknownId = condition.Id is not null && knowledgeBase.FindCondition(condition.Id) is null;
                Unrecognised.Add(unknownId
                    ? new UnrecognisedInput(JsonPaths.Condition(i), condition.Id!, "unknown condition id")
                    : new UnrecognisedInput(JsonPaths.Condition(i), condition.Code ?? condition.Id!, "code not in the knowledge base"));
            }
        }
    }

    private void MatchMedicines(IReadOnlyList<Medication>? medications, KnowledgeBase knowledgeBase)
    {
        if (medications is null)
        {
            return;
        }

        for (var i = 0; i < medications.Count; i++)
        {
            var medication = medications[i];
            var words = medication.Name is { } name ? CodeText.Words(name) : NoWords;
            var atc = medication is { System: MedicationCodeSystem.Atc, Code: { } code } ? CodeText.NormalizeAtc(code) : null;
            var matched = false;
            foreach (var medicineClass in knowledgeBase.MedicineClasses)
            {
                if (medicineClass.Matches(words, atc))
                {
                    Add(MedicineMatches, medicineClass.Index, i);
                    matched = true;
                }
            }

            if (!matched)
            {
                Unrecognised.Add(medication.Name is { } unknownName
                    ? new UnrecognisedInput(JsonPaths.Medication(i), unknownName, "unknown medicine name")
                    : new UnrecognisedInput(JsonPaths.Medication(i), medication.Code!, "ATC code not in the knowledge base"));
            }
        }
    }

    private void ReadLabs(IReadOnlyList<LabResult>? labs, KnowledgeBase knowledgeBase)
    {
        if (labs is null)
        {
            return;
        }

        var latestDates = new DateOnly?[LatestLabs.Length];
        for (var i = 0; i < labs.Count; i++)
        {
            var lab = labs[i];
            var resolved = LabCatalog.Resolve(lab.Test, lab.Loinc, knowledgeBase);
            if (resolved.Test is not { } test)
            {
                Unrecognised.Add(lab.Test is not null && knowledgeBase.FindLabTest(lab.Test) is null
                    ? new UnrecognisedInput(JsonPaths.Lab(i), lab.Test, "unknown lab test id")
                    : new UnrecognisedInput(JsonPaths.Lab(i), lab.Loinc ?? lab.Test!, "unknown LOINC code"));
                continue;
            }

            if (test.Convert(lab.Value, lab.Unit) is not { } value)
            {
                // The model's constructor rejects such units; this guards results built around it.
                Unrecognised.Add(new UnrecognisedInput(JsonPaths.Lab(i), lab.Unit, "unit not accepted for " + test.Id));
                continue;
            }

            // The latest result per test wins; results sharing the latest date (or all undated ones) all count.
            var slot = test.Index;
            var current = LatestLabs[slot];
            var date = lab.CollectedOn;
            if (current is not null && Compare(date, latestDates[slot]) < 0)
            {
                continue;
            }

            if (current is not null && Compare(date, latestDates[slot]) > 0)
            {
                current.Clear();
            }

            latestDates[slot] = date;
            Add(LatestLabs, slot, new LabReading(i, value, Describe(lab, value, test)));
        }
    }

    private static int Compare(DateOnly? left, DateOnly? right) =>
        (left, right) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => left.Value.CompareTo(right.Value),
        };

    private static string Describe(LabResult lab, double canonical, LabTest test)
    {
        var given = CodeText.Number(lab.Value) + " " + lab.Unit;
        return string.Equals(lab.Unit, test.CanonicalUnit, StringComparison.Ordinal)
            ? given
            : given + " (" + CodeText.Number(Math.Round(canonical, 3)) + " " + test.CanonicalUnit + ")";
    }

    private void SummariseDiary(CrampPattern pattern, IReadOnlyList<CrampEpisode> episodes)
    {
        OutsideMorning = DiaryTrue(pattern.OutsideMorning, "outsideMorning", episodes, static e =>
            e.StartedAt is { } s && (s.Hour < 5 || s.Hour >= 12) ? ("startedAt", Timestamp(s)) : null);
        AfterExercise = DiaryTrue(pattern.AfterExercise, "afterExercise", episodes, static e =>
            e.Setting is EpisodeSetting.DuringExercise or EpisodeSetting.AfterExercise ? ("setting", WireNames.Of(e.Setting.Value)) : null);
        DuringDialysis = DiaryTrue(pattern.DuringDialysis, "duringDialysis", episodes, static e =>
            e.Setting is EpisodeSetting.DuringDialysis ? ("setting", WireNames.Of(e.Setting.Value)) : null);
        RelievedByStretching = Relief(pattern.RelievedByStretching, episodes);
        Longest(pattern.LongestMinutes, episodes);
    }

    /// <summary>A diary fact is true when the self-report or any episode shows it, and false only by an explicit false self-report.</summary>
    private static DiaryFact DiaryTrue(bool? selfReport, string member, IReadOnlyList<CrampEpisode> episodes, Func<CrampEpisode, (string Member, string Text)?> shows)
    {
        var path = JsonPaths.CrampPattern + "." + member;
        if (selfReport == true)
        {
            return new DiaryFact(Tri.True, path, "true");
        }

        for (var i = 0; i < episodes.Count; i++)
        {
            if (shows(episodes[i]) is { } shown)
            {
                return new DiaryFact(Tri.True, JsonPaths.Episode(i, shown.Member), shown.Text);
            }
        }

        return selfReport == false ? new DiaryFact(Tri.False, path, "false") : new DiaryFact(Tri.Unknown, null, null);
    }

    private static DiaryFact Relief(bool? selfReport, IReadOnlyList<CrampEpisode> episodes)
    {
        var path = JsonPaths.CrampPattern + ".relievedByStretching";
        if (selfReport == false)
        {
            return new DiaryFact(Tri.False, path, "false");
        }

        var relievedAt = -1;
        for (var i = 0; i < episodes.Count; i++)
        {
            switch (episodes[i].RelievedByStretching)
            {
                case false:
                    return new DiaryFact(Tri.False, JsonPaths.Episode(i, "relievedByStretching"), "false");
                case true when relievedAt < 0:
                    relievedAt = i;
                    break;
            }
        }

        return selfReport == true ? new DiaryFact(Tri.True, path, "true")
            : relievedAt >= 0 ? new DiaryFact(Tri.True, JsonPaths.Episode(relievedAt, "relievedByStretching"), "true")
            : new DiaryFact(Tri.Unknown, null, null);
    }

    private void Longest(double? selfReportMinutes, IReadOnlyList<CrampEpisode> episodes)
    {
        if (selfReportMinutes is { } minutes)
        {
            LongestSeconds = minutes * 60;
            LongestPath = JsonPaths.CrampPattern + ".longestMinutes";
            LongestText = CodeText.Number(minutes) + " min";
        }

        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].DurationSeconds is { } seconds && (LongestSeconds is null || seconds > LongestSeconds))
            {
                LongestSeconds = seconds;
                LongestPath = JsonPaths.Episode(i, "durationSeconds");
                LongestText = seconds.ToString(CultureInfo.InvariantCulture) + " s";
            }
        }
    }
}
