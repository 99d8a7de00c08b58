using System.Globalization;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The condition list names a knowledge-base condition, by id or by code.</summary>
internal sealed class HasCondition(ConditionDefinition condition) : LeafTerm(JsonPaths.Filter(JsonPaths.Conditions, "id", condition.Id))
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Conditions is not { } conditions)
        {
            return Unknown(log);
        }

        var bit = 1UL << condition.Index;
        if ((context.RequestSummary.Conditions & bit) == 0)
        {
            return False(log, JsonPaths.Conditions);
        }

        for (var i = 0; i < conditions.Length; i++)
        {
            if ((conditions[i].Matches & bit) != 0)
            {
                log.Evidence(JsonPaths.Condition(i), conditions[i].Code ?? conditions[i].Id!);
            }
        }

        return Truth.True;
    }

    public override string Describe()
    {
        var codes = new List<string>(2);
        if (condition.Icd10CmPrefixes.Count > 0)
        {
            codes.Add("ICD-10-CM " + string.Join(", ", condition.Icd10CmPrefixes));
        }

        if (condition.SnomedCtCodes.Count > 0)
        {
            codes.Add("SNOMED CT " + string.Join(", ", condition.SnomedCtCodes));
        }

        return "condition " + condition.Id + " (" + string.Join("; ", codes) + ")";
    }
}

/// <summary>At least one medicine belongs to a medicine class, by ATC prefix or generic name.</summary>
internal sealed class TakesMedicine(MedicineClass medicines) : LeafTerm(JsonPaths.Medications)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Medications is not { } medications)
        {
            return Unknown(log);
        }

        var bit = 1UL << medicines.Index;
        if ((context.RequestSummary.Medicines & bit) == 0)
        {
            return False(log);
        }

        for (var i = 0; i < medications.Length; i++)
        {
            if ((medications[i].Classes & bit) != 0)
            {
                log.Evidence(JsonPaths.Medication(i), Describe(medications[i]));
            }
        }

        return Truth.True;
    }

    public override string Describe() =>
        "a medicine with ATC code starting " + string.Join(", ", medicines.AtcPrefixes)
        + ", or named " + string.Join(", ", medicines.GenericNames)
        + (medicines.BrandNames.Count > 0 ? " (brands " + string.Join(", ", medicines.BrandNames) + ")" : string.Empty);

    /// <summary>The medicine as given, and which name of the class matched when it is not the whole name.</summary>
    private string Describe(Medication medication)
    {
        if (medication.Name is not { } name)
        {
            return medication.Code!;
        }

        // A medicine with both an ATC code and a name may match by its code alone.
        return medicines.MatchedName(name) is { } matched && !string.Equals(matched, name, StringComparison.OrdinalIgnoreCase)
            ? name + " (matches " + matched + ")"
            : name;
    }
}

/// <summary>
/// The counted results of a laboratory test (all those of the latest collection date, and every undated one) compared
/// with a threshold, or a product of two.
/// </summary>
internal sealed class LabIs(LabTest test, Comparison comparison, Threshold threshold, Threshold? multiplier = null)
    : LeafTerm(JsonPaths.Filter(JsonPaths.Labs, "test", test.Id))
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var slot = context.Lab(test);
        if (!slot.Any)
        {
            return Unknown(log);
        }

        var limit = context.Threshold(threshold) * (multiplier is null ? 1 : context.Threshold(multiplier));
        var labs = context.Labs!;
        var result = Truth.False;
        for (var i = 0; i < labs.Length; i++)
        {
            var lab = labs[i];
            if (context.Counts(lab, test, slot))
            {
                if (Compare(lab.CanonicalValue, comparison, limit))
                {
                    log.Evidence(JsonPaths.Lab(i), RequestSummary.Describe(lab));
                    result = Truth.True;
                }
                else
                {
                    log.Input(JsonPaths.Lab(i));
                }
            }
        }

        return result;
    }

    public override string Describe() =>
        test.Id + " " + Symbol(comparison) + " "
        + (multiplier is null ? Describe(threshold) : Describe(multiplier) + " × " + Describe(threshold));
}

/// <summary>
/// Total calcium corrected for albumin when albumin is known (corrected mg/dL = Ca + 0.8 × (4.0 − albumin g/dL)),
/// compared with a threshold in mmol/L.
/// </summary>
internal sealed class CorrectedCalciumIs(LabTest calcium, LabTest albumin, Comparison comparison, Threshold threshold)
    : LeafTerm(JsonPaths.Filter(JsonPaths.Labs, "test", calcium.Id))
{
    /// <summary>The factor from calcium mg/dL to mmol/L.</summary>
    public const double MgPerDlToMmolPerL = 0.2495;

    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var calciumSlot = context.Lab(calcium);
        if (!calciumSlot.Any)
        {
            return Unknown(log);
        }

        var albuminSlot = context.Lab(albumin);
        var labs = context.Labs!;
        var limit = context.Threshold(threshold);
        var result = Truth.False;
        for (var i = 0; i < labs.Length; i++)
        {
            if (!context.Counts(labs[i], calcium, calciumSlot))
            {
                continue;
            }

            if (!albuminSlot.Any)
            {
                result = TruthLogic.Or(result, Check(labs, i, -1, labs[i].CanonicalValue, limit, log));
            }
            else
            {
                // Several counted albumin results: any combination that meets the threshold counts.
                for (var j = 0; j < labs.Length; j++)
                {
                    if (context.Counts(labs[j], albumin, albuminSlot))
                    {
                        var corrected = labs[i].CanonicalValue + (0.8 * (4.0 - labs[j].CanonicalValue) * MgPerDlToMmolPerL);
                        result = TruthLogic.Or(result, Check(labs, i, j, corrected, limit, log));
                    }
                }
            }
        }

        return result;
    }

    public override string Describe() => "calcium corrected for albumin " + Symbol(comparison) + " " + Describe(threshold);


    private Truth Check(LabResult[] labs, int calciumIndex, int albuminIndex, double corrected, double limit, RuleLog log)
    {
        if (!Compare(corrected, comparison, limit))
        {
            log.Input(JsonPaths.Lab(calciumIndex));
            return Truth.False;
        }

        var described = RequestSummary.Describe(labs[calciumIndex]);
        if (albuminIndex < 0)
        {
            log.Evidence(JsonPaths.Lab(calciumIndex), described + "; albumin unknown, uncorrected");
            return Truth.True;
        }

        log.Evidence(JsonPaths.Lab(calciumIndex), described + "; corrected " + CodeText.Number(Math.Round(corrected, 2)) + " mmol/L");
        log.Evidence(JsonPaths.Lab(albuminIndex), RequestSummary.Describe(labs[albuminIndex]));
        return Truth.True;
    }
}

/// <summary>A fact the diary or the cramp-pattern self-report decides equals the expected value.</summary>
internal sealed class DiaryFactIs(DiaryFactKind kind, bool expected) : LeafTerm(RequestSummary.SelfReportPath(kind))
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var fact = context.RequestSummary[kind];
        if (fact.Value == Truth.Unknown)
        {
            return Unknown(log);
        }

        var (path, text) = RequestSummary.Explain(kind, fact, context);
        return (fact.Value == Truth.True) == expected ? True(log, path, text) : False(log, path);
    }

    public override string Describe() => Input.Path[(JsonPaths.Patient.Length + 1)..] + " = " + (expected ? "true" : "false") + " (self-report or diary)";
}

/// <summary>
/// Some episode in the diary shows something. Without a diary the term is false when it only adds evidence to other
/// inputs, and unknown when the diary is the rule's only input.
/// </summary>
internal sealed class EpisodeShows(string description, Func<CrampEpisode, (string Member, string Text)?> shows, bool unknownWithoutDiary)
    : LeafTerm(JsonPaths.Episodes)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var episodes = context.Episodes;
        if (episodes.Length == 0)
        {
            return unknownWithoutDiary ? Unknown(log) : Truth.False;
        }

        for (var i = 0; i < episodes.Length; i++)
        {
            if (shows(episodes[i]) is { } shown)
            {
                return True(log, JsonPaths.Episode(i, shown.Member), shown.Text);
            }
        }

        return False(log);
    }

    public override string Describe() => description;

    /// <summary>Finds the first of an episode's muscles that is in a set of regions (one bit per region).</summary>
    public static (string Member, string Text)? InMuscles(CrampEpisode episode, int regions)
    {
        foreach (var muscle in ReadOnlyArray<MuscleRegion>.Of(episode.Muscles))
        {
            if ((regions & (1 << (int)muscle)) != 0)
            {
                return ("muscles", WireNames.Of(muscle));
            }
        }

        return null;
    }

    public static (string Member, string Text)? WithSetting(CrampEpisode episode, EpisodeSetting setting) =>
        episode.Setting == setting ? ("setting", WireNames.Of(setting)) : null;
}

/// <summary>
/// The longest episode (self-report or diary) is longer than a threshold, given in seconds or in minutes
/// (<paramref name="secondsPerUnit"/> 1 or 60). Unknown, not false, while an episode of unknown length could be longer.
/// </summary>
internal sealed class LongestEpisodeAbove(Threshold limit, int secondsPerUnit) : LeafTerm(Inputs.LongestMinutes.Path)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var facts = context.RequestSummary;
        if (facts.LongestSeconds is not { } longest)
        {
            return Unknown(log);
        }

        var path = facts.LongestEpisode < 0 ? Input.Path : JsonPaths.Episode(facts.LongestEpisode, "durationSeconds");
        if (longest <= context.Threshold(limit) * secondsPerUnit)
        {
            return facts.LongestComplete ? False(log, path) : Unknown(log);
        }

        var text = facts.LongestEpisode < 0
            ? CodeText.Number(longest / 60) + " min"
            : longest.ToString(CultureInfo.InvariantCulture) + " s";
        return True(log, path, text);
    }

    public override string Describe() =>
        "an episode longer than " + Describe(limit) + ", or crampPattern.longestMinutes above it";
}

/// <summary>Caffeine per day, from milligrams or from servings (each counting a threshold's milligrams), reaches a threshold.</summary>
internal sealed class CaffeineAtLeast(Threshold milligrams, Threshold perServing) : RuleTerm
{
    private readonly MissingInput _mg = new(Inputs.CaffeineMgPerDay.Path);
    private readonly MissingInput _servings = new(Inputs.CaffeineServingsPerDay.Path);

    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var lifestyle = context.Patient.Lifestyle;
        if (lifestyle.CaffeineMgPerDay is null && lifestyle.CaffeineServingsPerDay is null)
        {
            log.Missing(_mg.Path, _mg.Questions);
            log.Missing(_servings.Path, _servings.Questions);
            return Truth.Unknown;
        }

        var limit = context.Threshold(milligrams);
        var result = Truth.False;
        if (lifestyle.CaffeineMgPerDay is { } mg)
        {
            result = Check(mg >= limit, _mg.Path, mg, null, log);
        }

        if (lifestyle.CaffeineServingsPerDay is { } servings)
        {
            var estimate = servings * context.Threshold(perServing);
            result = TruthLogic.Or(result, Check(estimate >= limit, _servings.Path, estimate, servings, log));
        }

        return result;
    }

    public override string Describe() =>
        "caffeine ≥ " + Describe(milligrams) + " per day; a serving counts " + Describe(perServing);

    public override void Bind(KnowledgeBase knowledgeBase, int owner)
    {
        _mg.Bind(knowledgeBase);
        _servings.Bind(knowledgeBase);
    }

    private static Truth Check(bool reached, string path, double mg, double? servings, RuleLog log)
    {
        if (!reached)
        {
            log.Input(path);
            return Truth.False;
        }

        log.Evidence(path, servings is { } s ? CodeText.Number(s) + " servings/day (" + CodeText.Number(mg) + " mg)" : CodeText.Number(mg) + " mg/day");
        return Truth.True;
    }
}

/// <summary>
/// A medicine started within a window before the first recorded episode, or before today when there is no dated episode.
/// </summary>
internal sealed class NewMedicineWithin(Threshold days) : RuleTerm
{
    private readonly MissingInput _medications = new(JsonPaths.Medications);
    private readonly MissingInput _asOf = new(JsonPaths.AsOf);
    private uint _startDateQuestions;

    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Medications is not { } medications)
        {
            log.Missing(_medications.Path, _medications.Questions);
            return Truth.Unknown;
        }

        if (medications.Length == 0)
        {
            log.Input(JsonPaths.Medications);
            return Truth.False;
        }

        var (reference, referencePath) = Reference(context);
        if (reference is not { } date)
        {
            log.Missing(_asOf.Path, _asOf.Questions);
            return Truth.Unknown;
        }

        var window = context.Threshold(days);
        var result = Truth.False;
        for (var i = 0; i < medications.Length; i++)
        {
            // A plain null test, not "is not { } started": mutation testing cannot compile its mutants of that pattern
            // and would then leave this whole method unmutated.
            var started = medications[i].StartedOn;
            if (started is null)
            {
                log.Missing(log.Tracing ? JsonPaths.Medication(i, "startedOn") : string.Empty, _startDateQuestions);
                result = TruthLogic.Or(result, Truth.Unknown);
                continue;
            }

            var before = date.DayNumber - started.Value.DayNumber;
            if (before >= 0 && before <= window)
            {
                log.Evidence(JsonPaths.Medication(i, "startedOn"), RequestSummary.Date(started.Value) + " (" + CodeText.Number(before) + " days before " + RequestSummary.Date(date) + ")");
                result = Truth.True;
            }
            else
            {
                log.Input(log.Tracing ? JsonPaths.Medication(i, "startedOn") : string.Empty);
            }
        }

        log.Input(referencePath);
        return result;
    }

    public override string Describe() =>
        "a medicine with startedOn within " + Describe(days) + " before the first recorded episode, or before asOf when there are no episodes";

    public override void Bind(KnowledgeBase knowledgeBase, int owner)
    {
        _medications.Bind(knowledgeBase);
        _asOf.Bind(knowledgeBase);
        _startDateQuestions = knowledgeBase.QuestionsAsking(JsonPaths.Medication(0, "startedOn"));
    }

    private static (DateOnly? Date, string Path) Reference(EvaluationContext context)
    {
        DateOnly? first = null;
        var index = 0;
        var episodes = context.Episodes;
        for (var i = 0; i < episodes.Length; i++)
        {
            if (episodes[i].StartedAt is { } started && (first is null || RequestSummary.LocalDate(started) < first))
            {
                first = RequestSummary.LocalDate(started);
                index = i;
            }
        }

        return first is null ? (context.RequestSummary.Today, JsonPaths.AsOf) : (first, JsonPaths.Episode(index, "startedAt"));
    }
}

/// <summary>
/// Episodes per week reach a threshold, from the self-report or from the diary's own rate: the episodes of the 28 days
/// up to today, divided by the days from the earliest of them to today (at least 7), times 7. The larger counts.
/// </summary>
internal sealed class FrequencyAtLeast(Threshold perWeek) : LeafTerm(Inputs.EpisodesPerWeek.Path)
{
    /// <summary>The diary window, in days, ending on today.</summary>
    public const int WindowDays = 28;

    /// <summary>The shortest span, in days, a diary rate is taken over.</summary>
    public const int MinimumSpanDays = 7;

    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        // The larger of the two counts, three-valued: either one at the limit shows it, and a diary that cannot tell
        // leaves a lower self-report undecided.
        var limit = context.Threshold(perWeek);
        Truth? reported = context.Patient.CrampPattern.EpisodesPerWeek is { } perWeekReported
            ? perWeekReported >= limit ? True(log, Input.Path, CodeText.Number(perWeekReported)) : False(log)
            : null;
        var diary = DiaryShows(context, limit, log);
        var result = reported is null && diary is null ? Truth.Unknown : TruthLogic.Or(reported ?? Truth.False, diary ?? Truth.False);
        return result == Truth.Unknown ? Unknown(log) : result;
    }

    public override string Describe() =>
        "episodes per week ≥ " + Describe(perWeek) + ", from crampPattern.episodesPerWeek or the diary: the episodes of the "
        + WindowDays.ToString(CultureInfo.InvariantCulture) + " days up to asOf, divided by the days from the earliest of them to asOf (at least "
        + MinimumSpanDays.ToString(CultureInfo.InvariantCulture) + "), times 7";

    /// <summary>
    /// Gets whether the diary's rate reaches the limit, or <see langword="null"/> when there is no diary. Unknown when the
    /// diary cannot tell: no date to count from, or undated episodes while the dated ones stay below the limit.
    /// </summary>
    private Truth? DiaryShows(EvaluationContext context, double limit, RuleLog log)
    {
        var episodes = context.Episodes;
        if (episodes.Length == 0)
        {
            return null;
        }

        if (context.RequestSummary.Today is not { } today)
        {
            return Truth.Unknown;
        }

        var count = 0;
        var undated = 0;
        var earliest = 0;
        foreach (var episode in episodes)
        {
            // A plain null test, for the same reason as in NewMedicineWithin.
            var started = episode.StartedAt;
            if (started is null)
            {
                undated++;
                continue;
            }

            var daysBefore = today.DayNumber - RequestSummary.LocalDate(started.Value).DayNumber;
            if (daysBefore is >= 0 and < WindowDays)
            {
                count++;
                earliest = Math.Max(earliest, daysBefore);
            }
        }

        var span = Math.Max(earliest + 1, MinimumSpanDays);
        var perWeek = count * 7.0 / span;
        return perWeek >= limit
            ? True(log, JsonPaths.Episodes, string.Create(CultureInfo.InvariantCulture, $"{count} episodes in the {span} days to {RequestSummary.Date(today)}"))
            : undated > 0 ? Truth.Unknown : False(log, JsonPaths.Episodes);
    }
}

/// <summary>The diary's episodes span several body areas: leg (foot, calf, thigh, hip), arm (hand, arm), trunk (chest, abdomen, back) and neck.</summary>
internal sealed class WidespreadEpisodes(Threshold areas) : LeafTerm(JsonPaths.Episodes)
{
    public override Truth Evaluate(EvaluationContext context, RuleLog log)
    {
        var episodes = context.Episodes;
        if (episodes.Length == 0)
        {
            return Unknown(log);
        }

        var seen = 0;
        foreach (var episode in episodes)
        {
            foreach (var muscle in ReadOnlyArray<MuscleRegion>.Of(episode.Muscles))
            {
                seen |= 1 << AreaOf(muscle);
            }
        }

        if (System.Numerics.BitOperations.PopCount((uint)seen) < context.Threshold(areas))
        {
            return False(log);
        }

        // Evidence: the first muscle of each area, in diary order.
        for (var i = 0; seen != 0; i++)
        {
            foreach (var muscle in ReadOnlyArray<MuscleRegion>.Of(episodes[i].Muscles))
            {
                var bit = 1 << AreaOf(muscle);
                if ((seen & bit) != 0)
                {
                    seen &= ~bit;
                    log.Evidence(JsonPaths.Episode(i, "muscles"), WireNames.Of(muscle));
                }
            }
        }

        return Truth.True;
    }

    public override string Describe() =>
        "episodes in ≥ " + Describe(areas) + " distinct body areas: leg (foot, calf, thigh, hip), arm (hand, arm), trunk (chest, abdomen, back), neck";

    /// <summary>Gets the body area of a muscle region: 0 leg, 1 arm, 2 trunk, 3 neck.</summary>
    public static int AreaOf(MuscleRegion muscle) => muscle switch
    {
        MuscleRegion.Foot or MuscleRegion.Calf or MuscleRegion.Thigh or MuscleRegion.Hip => 0,
        MuscleRegion.Hand or MuscleRegion.Arm => 1,
        MuscleRegion.Neck => 3,
        _ => 2,
    };
}
