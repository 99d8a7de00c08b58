using System.Globalization;
using Cramps.Core.Internal;
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

/// <summary>
/// One term of a rule's trigger: a three-valued test over the request that logs its evidence, the inputs it read
/// and the inputs it missed, and describes itself for the catalog and the content hash.
/// </summary>
/// <remarks>Terms are immutable and shared by every evaluation; per-evaluation state lives in the context and the log.</remarks>
internal abstract class RuleTerm
{
    public abstract Tri Evaluate(EvaluationContext context, RuleLog log);

    public abstract string Describe();

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
        threshold.Name + " (" + CodeText.Number(threshold.DefaultValue) + (threshold.Unit.Length > 0 ? " " + threshold.Unit : string.Empty) + ")";
}

/// <summary>True when any part is true; false when every part is false; unknown otherwise.</summary>
internal sealed class AnyTerm(params RuleTerm[] parts) : RuleTerm
{
    public RuleTerm[] Parts { get; } = parts;

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var result = Tri.False;
        foreach (var part in Parts)
        {
            var evidenceMark = log.EvidenceCount;
            var missingMark = log.MissingCount;
            var value = part.Evaluate(context, log);
            log.Settle(evidenceMark, missingMark, value);
            result = TriLogic.Or(result, value);
        }

        return result;
    }

    public override string Describe() => string.Join(", or ", Parts.Select(p => p.Describe()));
}

/// <summary>True when every part is true; false when any part is false; unknown otherwise.</summary>
internal sealed class AllTerm(params RuleTerm[] parts) : RuleTerm
{
    public RuleTerm[] Parts { get; } = parts;

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var result = Tri.True;
        foreach (var part in Parts)
        {
            var evidenceMark = log.EvidenceCount;
            var missingMark = log.MissingCount;
            var value = part.Evaluate(context, log);
            log.Settle(evidenceMark, missingMark, value);
            result = TriLogic.And(result, value);
        }

        return result;
    }

    public override string Describe() =>
        string.Join(" and ", Parts.Select(p => p is AnyTerm ? "(" + p.Describe() + ")" : p.Describe()));
}

/// <summary>A yes/no input equals the expected answer.</summary>
internal sealed class BoolIs(BoolField field, bool expected) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (field.Read(context) is not { } value)
        {
            log.Missing(field.Path);
            return Tri.Unknown;
        }

        if (value != expected)
        {
            log.Input(field.Path);
            return Tri.False;
        }

        log.Evidence(field.Path, value ? "true" : "false");
        return Tri.True;
    }

    public override string Describe() => field.Name + " = " + (expected ? "true" : "false");
}

/// <summary>A yes/no input is true or unknown: only an explicit false makes it false.</summary>
internal sealed class BoolNotFalse(BoolField field) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var value = field.Read(context);
        if (value == false)
        {
            log.Input(field.Path);
            return Tri.False;
        }

        log.Evidence(field.Path, value == true ? "true" : "unknown");
        return Tri.True;
    }

    public override string Describe() => field.Name + " not false";
}

/// <summary>A numeric input compared with a threshold.</summary>
internal sealed class NumberIs(NumberField field, Comparison comparison, Threshold threshold) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (field.Read(context) is not { } value)
        {
            log.Missing(field.Path);
            return Tri.Unknown;
        }

        if (!Compare(value, comparison, context.Threshold(threshold)))
        {
            log.Input(field.Path);
            return Tri.False;
        }

        log.Evidence(field.Path, CodeText.Number(value));
        return Tri.True;
    }

    public override string Describe() => field.Name + " " + Symbol(comparison) + " " + Describe(threshold);
}

/// <summary>The patient's sex is the given one; <see cref="Sex.Unknown"/> counts as unknown.</summary>
internal sealed class SexIs(Sex sex) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Patient.Sex is not { } value || value == Sex.Unknown)
        {
            log.Missing(Inputs.Sex.Path);
            return Tri.Unknown;
        }

        if (value != sex)
        {
            log.Input(Inputs.Sex.Path);
            return Tri.False;
        }

        log.Evidence(Inputs.Sex.Path, WireNames.Of(value));
        return Tri.True;
    }

    public override string Describe() => "sex = " + WireNames.Of(sex);
}

/// <summary>The condition list names a knowledge-base condition, by id or by code.</summary>
internal sealed class HasCondition(ConditionDefinition condition) : RuleTerm
{
    public ConditionDefinition Condition { get; } = condition;

    /// <summary>Gets the path an unknown condition list is missing, naming this condition.</summary>
    public string MissingPath { get; } = JsonPaths.Filter(JsonPaths.Conditions, "id", condition.Id);

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Patient.Conditions is not { } conditions)
        {
            log.Missing(MissingPath);
            return Tri.Unknown;
        }

        if (context.Facts.ConditionMatches[Condition.Index] is not { } matches)
        {
            log.Input(JsonPaths.Conditions);
            return Tri.False;
        }

        foreach (var index in matches)
        {
            var entry = conditions[index];
            log.Evidence(JsonPaths.Condition(index), entry.Code ?? entry.Id!);
        }

        return Tri.True;
    }

    public override string Describe()
    {
        var codes = new List<string>(2);
        if (Condition.Icd10CmPrefixes.Count > 0)
        {
            codes.Add("ICD-10-CM " + string.Join(", ", Condition.Icd10CmPrefixes));
        }

        if (Condition.SnomedCtCodes.Count > 0)
        {
            codes.Add("SNOMED CT " + string.Join(", ", Condition.SnomedCtCodes));
        }

        return "condition " + Condition.Id + " (" + string.Join("; ", codes) + ")";
    }
}

/// <summary>At least one medicine belongs to a medicine class, by ATC prefix or generic name.</summary>
internal sealed class TakesMedicine(MedicineClass medicines) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Patient.Medications is not { } medications)
        {
            log.Missing(JsonPaths.Medications);
            return Tri.Unknown;
        }

        if (context.Facts.MedicineMatches[medicines.Index] is not { } matches)
        {
            log.Input(JsonPaths.Medications);
            return Tri.False;
        }

        foreach (var index in matches)
        {
            var entry = medications[index];
            log.Evidence(JsonPaths.Medication(index), entry.Name ?? entry.Code!);
        }

        return Tri.True;
    }

    public override string Describe() =>
        "a medicine with ATC code starting " + string.Join(", ", medicines.AtcPrefixes)
        + ", or named " + string.Join(", ", medicines.GenericNames);
}

/// <summary>The latest result of a laboratory test compared with a threshold (or a product of two).</summary>
internal sealed class LabIs(LabTest test, Comparison comparison, Threshold threshold, Threshold? multiplier = null) : RuleTerm
{
    public LabTest Test { get; } = test;

    public string MissingPath { get; } = JsonPaths.Filter(JsonPaths.Labs, "test", test.Id);

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Facts.LatestLabs[Test.Index] is not { Count: > 0 } readings)
        {
            log.Missing(MissingPath);
            return Tri.Unknown;
        }

        var limit = context.Threshold(threshold) * (multiplier is null ? 1 : context.Threshold(multiplier));
        var result = Tri.False;
        foreach (var reading in readings)
        {
            if (Compare(reading.Value, comparison, limit))
            {
                log.Evidence(JsonPaths.Lab(reading.Index), reading.Text);
                result = Tri.True;
            }
            else
            {
                log.Input(JsonPaths.Lab(reading.Index));
            }
        }

        return result;
    }

    public override string Describe() =>
        Test.Id + " " + Symbol(comparison) + " "
        + (multiplier is null ? Describe(threshold) : Describe(multiplier) + " × " + Describe(threshold));
}

/// <summary>
/// Total calcium corrected for albumin when albumin is known (corrected mg/dL = Ca + 0.8 × (4.0 − albumin g/dL)),
/// compared with a threshold in mmol/L.
/// </summary>
internal sealed class CorrectedCalciumIs(LabTest calcium, LabTest albumin, Comparison comparison, Threshold threshold) : RuleTerm
{
    /// <summary>The factor from calcium mg/dL to mmol/L.</summary>
    public const double MgPerDlToMmolPerL = 0.2495;

    public string MissingPath { get; } = JsonPaths.Filter(JsonPaths.Labs, "test", calcium.Id);

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Facts.LatestLabs[calcium.Index] is not { Count: > 0 } readings)
        {
            log.Missing(MissingPath);
            return Tri.Unknown;
        }

        var albumins = context.Facts.LatestLabs[albumin.Index];
        var limit = context.Threshold(threshold);
        var result = Tri.False;
        foreach (var reading in readings)
        {
            if (albumins is not { Count: > 0 })
            {
                result = TriLogic.Or(result, Check(reading, null, reading.Value, limit, log));
                continue;
            }

            foreach (var albuminReading in albumins)
            {
                var corrected = reading.Value + (0.8 * (4.0 - albuminReading.Value) * MgPerDlToMmolPerL);
                result = TriLogic.Or(result, Check(reading, albuminReading, corrected, limit, log));
            }
        }

        return result;
    }

    public override string Describe() =>
        "calcium corrected for albumin " + Symbol(comparison) + " " + Describe(threshold);

    private Tri Check(LabReading calciumReading, LabReading? albuminReading, double corrected, double limit, RuleLog log)
    {
        if (!Compare(corrected, comparison, limit))
        {
            log.Input(JsonPaths.Lab(calciumReading.Index));
            return Tri.False;
        }

        var text = albuminReading is null
            ? calciumReading.Text + "; albumin unknown, uncorrected"
            : calciumReading.Text + "; corrected " + CodeText.Number(Math.Round(corrected, 2)) + " mmol/L";
        log.Evidence(JsonPaths.Lab(calciumReading.Index), text);
        if (albuminReading is { } a)
        {
            log.Evidence(JsonPaths.Lab(a.Index), a.Text);
        }

        return Tri.True;
    }
}

/// <summary>Which diary fact a <see cref="DiaryFactIs"/> term reads.</summary>
internal enum DiaryFactKind
{
    OutsideMorning,
    AfterExercise,
    DuringDialysis,
    RelievedByStretching,
}

/// <summary>A fact the diary or the cramp-pattern self-report decides equals the expected value.</summary>
internal sealed class DiaryFactIs(DiaryFactKind kind, bool expected) : RuleTerm
{
    private readonly DerivedField _field = kind switch
    {
        DiaryFactKind.OutsideMorning => Inputs.OutsideMorning,
        DiaryFactKind.AfterExercise => Inputs.AfterExercise,
        DiaryFactKind.DuringDialysis => Inputs.DuringDialysis,
        _ => Inputs.RelievedByStretching,
    };

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var fact = kind switch
        {
            DiaryFactKind.OutsideMorning => context.Facts.OutsideMorning,
            DiaryFactKind.AfterExercise => context.Facts.AfterExercise,
            DiaryFactKind.DuringDialysis => context.Facts.DuringDialysis,
            _ => context.Facts.RelievedByStretching,
        };

        if (fact.Value == Tri.Unknown)
        {
            log.Missing(_field.Path);
            return Tri.Unknown;
        }

        if ((fact.Value == Tri.True) != expected)
        {
            log.Input(fact.Path!);
            return Tri.False;
        }

        log.Evidence(fact.Path!, fact.Text!);
        return Tri.True;
    }

    public override string Describe() => _field.Name + " = " + (expected ? "true" : "false") + " (self-report or diary)";
}

/// <summary>
/// Some episode in the diary shows something. Without a diary the term is false when it only adds evidence to other
/// inputs, and unknown when the diary is the rule's only input.
/// </summary>
internal sealed class EpisodeShows(string description, Func<CrampEpisode, (string Member, string Text)?> shows, bool unknownWithoutDiary) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var episodes = context.Episodes;
        if (episodes.Count == 0)
        {
            if (unknownWithoutDiary)
            {
                log.Missing(JsonPaths.Episodes);
                return Tri.Unknown;
            }

            return Tri.False;
        }

        for (var i = 0; i < episodes.Count; i++)
        {
            if (shows(episodes[i]) is { } shown)
            {
                log.Evidence(JsonPaths.Episode(i, shown.Member), shown.Text);
                return Tri.True;
            }
        }

        log.Input(JsonPaths.Episodes);
        return Tri.False;
    }

    public override string Describe() => description;

    public static (string Member, string Text)? InMuscles(CrampEpisode episode, params MuscleRegion[] regions)
    {
        foreach (var muscle in episode.Muscles)
        {
            if (Array.IndexOf(regions, muscle) >= 0)
            {
                return ("muscles", WireNames.Of(muscle));
            }
        }

        return null;
    }

    public static (string Member, string Text)? WithSetting(CrampEpisode episode, params EpisodeSetting[] settings) =>
        episode.Setting is { } setting && Array.IndexOf(settings, setting) >= 0 ? ("setting", WireNames.Of(setting)) : null;
}

/// <summary>The longest episode (self-report or diary) is longer than a threshold in seconds.</summary>
internal sealed class LongestEpisodeAbove(Threshold seconds) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var facts = context.Facts;
        if (facts.LongestSeconds is not { } longest)
        {
            log.Missing(Inputs.LongestMinutes.Path);
            return Tri.Unknown;
        }

        if (longest <= context.Threshold(seconds))
        {
            log.Input(facts.LongestPath!);
            return Tri.False;
        }

        log.Evidence(facts.LongestPath!, facts.LongestText!);
        return Tri.True;
    }

    public override string Describe() =>
        "an episode longer than " + Describe(seconds) + ", or crampPattern.longestMinutes above it";
}

/// <summary>Caffeine per day, from milligrams or from servings (each counting a threshold's milligrams), reaches a threshold.</summary>
internal sealed class CaffeineAtLeast(Threshold milligrams, Threshold perServing) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var lifestyle = context.Patient.Lifestyle;
        if (lifestyle.CaffeineMgPerDay is null && lifestyle.CaffeineServingsPerDay is null)
        {
            log.Missing(Inputs.CaffeineMgPerDay.Path);
            log.Missing(Inputs.CaffeineServingsPerDay.Path);
            return Tri.Unknown;
        }

        var limit = context.Threshold(milligrams);
        var result = Tri.False;
        if (lifestyle.CaffeineMgPerDay is { } mg)
        {
            result = Check(mg >= limit, Inputs.CaffeineMgPerDay.Path, CodeText.Number(mg) + " mg/day", log);
        }

        if (lifestyle.CaffeineServingsPerDay is { } servings)
        {
            var estimate = servings * context.Threshold(perServing);
            var text = CodeText.Number(servings) + " servings/day (" + CodeText.Number(estimate) + " mg)";
            result = TriLogic.Or(result, Check(estimate >= limit, Inputs.CaffeineServingsPerDay.Path, text, log));
        }

        return result;
    }

    public override string Describe() =>
        "caffeine ≥ " + Describe(milligrams) + " per day; a serving counts " + Describe(perServing);

    private static Tri Check(bool reached, string path, string text, RuleLog log)
    {
        if (!reached)
        {
            log.Input(path);
            return Tri.False;
        }

        log.Evidence(path, text);
        return Tri.True;
    }
}

/// <summary>
/// A medicine started within a window before the first recorded episode, or before today when there is no dated episode.
/// </summary>
internal sealed class NewMedicineWithin(Threshold days) : RuleTerm
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Patient.Medications is not { } medications)
        {
            log.Missing(JsonPaths.Medications);
            return Tri.Unknown;
        }

        if (medications.Count == 0)
        {
            log.Input(JsonPaths.Medications);
            return Tri.False;
        }

        var (reference, referencePath) = Reference(context);
        if (reference is not { } date)
        {
            log.Missing(JsonPaths.AsOf);
            return Tri.Unknown;
        }

        var window = context.Threshold(days);
        var result = Tri.False;
        for (var i = 0; i < medications.Count; i++)
        {
            var path = JsonPaths.Medication(i, "startedOn");
            if (medications[i].StartedOn is not { } started)
            {
                log.Missing(path);
                result = TriLogic.Or(result, Tri.Unknown);
                continue;
            }

            var before = date.DayNumber - started.DayNumber;
            if (before >= 0 && before <= window)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{Facts.Date(started)} ({before} days before {Facts.Date(date)})");
                log.Evidence(path, text);
                result = Tri.True;
            }
            else
            {
                log.Input(path);
            }
        }

        log.Input(referencePath);
        return result;
    }

    public override string Describe() =>
        "a medicine with startedOn within " + Describe(days) + " before the first recorded episode, or before asOf when there are no episodes";

    private static (DateOnly? Date, string Path) Reference(EvaluationContext context)
    {
        DateOnly? first = null;
        var path = JsonPaths.AsOf;
        var episodes = context.Episodes;
        for (var i = 0; i < episodes.Count; i++)
        {
            if (episodes[i].StartedAt is { } started && (first is null || Facts.LocalDate(started) < first))
            {
                first = Facts.LocalDate(started);
                path = JsonPaths.Episode(i, "startedAt");
            }
        }

        return (first ?? context.Facts.Today, path);
    }
}

/// <summary>Episodes per week reach a threshold, from the self-report or from the diary's last 28 days.</summary>
internal sealed class FrequencyAtLeast(Threshold perWeek) : RuleTerm
{
    /// <summary>The diary window, in days, ending on today.</summary>
    public const int WindowDays = 28;

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var limit = context.Threshold(perWeek);
        var result = Tri.Unknown;
        var known = false;
        if (context.Patient.CrampPattern.EpisodesPerWeek is { } reported)
        {
            known = true;
            if (reported >= limit)
            {
                log.Evidence(Inputs.EpisodesPerWeek.Path, CodeText.Number(reported));
                result = Tri.True;
            }
            else
            {
                log.Input(Inputs.EpisodesPerWeek.Path);
            }
        }

        if (DiaryRate(context, limit) is { } diary)
        {
            known = true;
            if (diary.Rate >= limit)
            {
                log.Evidence(JsonPaths.Episodes, string.Create(CultureInfo.InvariantCulture, $"{diary.Count} episodes in the {WindowDays} days to {Facts.Date(context.Facts.Today!.Value)}"));
                result = Tri.True;
            }
            else
            {
                log.Input(JsonPaths.Episodes);
            }
        }

        if (result == Tri.True)
        {
            return Tri.True;
        }

        if (known)
        {
            return Tri.False;
        }

        log.Missing(Inputs.EpisodesPerWeek.Path);
        return Tri.Unknown;
    }

    public override string Describe() =>
        "episodes per week ≥ " + Describe(perWeek) + ", from crampPattern.episodesPerWeek or the episodes in the "
        + WindowDays.ToString(CultureInfo.InvariantCulture) + " days up to asOf divided by 4";

    /// <summary>Gets the diary's rate, or <see langword="null"/> when the diary cannot tell (no diary, no date, or undated episodes below the limit).</summary>
    private static (int Count, double Rate)? DiaryRate(EvaluationContext context, double limit)
    {
        var episodes = context.Episodes;
        if (episodes.Count == 0 || context.Facts.Today is not { } today)
        {
            return null;
        }

        var count = 0;
        var undated = 0;
        foreach (var episode in episodes)
        {
            if (episode.StartedAt is not { } started)
            {
                undated++;
                continue;
            }

            var daysBefore = today.DayNumber - Facts.LocalDate(started).DayNumber;
            if (daysBefore >= 0 && daysBefore < WindowDays)
            {
                count++;
            }
        }

        var rate = count / (WindowDays / 7.0);
        return undated > 0 && rate < limit
            ? null
            : (count, rate);
    }
}

/// <summary>The diary's episodes span several muscle regions, or both an upper-body and a leg region.</summary>
internal sealed class WidespreadEpisodes(Threshold regions) : RuleTerm
{
    private static readonly MuscleRegion[] UpperBody =
        [MuscleRegion.Hand, MuscleRegion.Arm, MuscleRegion.Neck, MuscleRegion.Chest, MuscleRegion.Abdomen, MuscleRegion.Back];

    private static readonly MuscleRegion[] Legs = [MuscleRegion.Foot, MuscleRegion.Calf, MuscleRegion.Thigh, MuscleRegion.Hip];

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var episodes = context.Episodes;
        if (episodes.Count == 0)
        {
            log.Missing(JsonPaths.Episodes);
            return Tri.Unknown;
        }

        var seen = 0;
        var firstSeen = new int[16];
        for (var i = 0; i < episodes.Count; i++)
        {
            foreach (var muscle in episodes[i].Muscles)
            {
                var bit = 1 << (int)muscle;
                if ((seen & bit) == 0)
                {
                    seen |= bit;
                    firstSeen[(int)muscle] = i;
                }
            }
        }

        var distinct = System.Numerics.BitOperations.PopCount((uint)seen);
        var upper = Any(seen, UpperBody);
        var leg = Any(seen, Legs);
        if (distinct < context.Threshold(regions) && !(upper && leg))
        {
            log.Input(JsonPaths.Episodes);
            return Tri.False;
        }

        foreach (var muscle in Enum.GetValues<MuscleRegion>())
        {
            if ((seen & (1 << (int)muscle)) != 0)
            {
                log.Evidence(JsonPaths.Episode(firstSeen[(int)muscle], "muscles"), WireNames.Of(muscle));
            }
        }

        return Tri.True;
    }

    public override string Describe() =>
        "episodes in ≥ " + Describe(regions) + " distinct muscle regions, or in both an upper-body region (hand, arm, neck, chest, abdomen, back) and a leg region (foot, calf, thigh, hip)";

    private static bool Any(int seen, MuscleRegion[] regions)
    {
        foreach (var region in regions)
        {
            if ((seen & (1 << (int)region)) != 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The outcome of another rule, evaluated earlier in table order, with its explanation.</summary>
internal sealed class RuleIs(string ruleId) : RuleTerm
{
    public string RuleId { get; } = ruleId;

    public int RuleIndex { get; internal set; } = -1;

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var result = context.Results[RuleIndex];
        log.CopyFrom(result);
        return result.Outcome;
    }

    public override string Describe() => RuleId + " present";
}
