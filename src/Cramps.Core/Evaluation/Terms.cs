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

/// <summary>An input a term can miss: its path, and the follow-up questions that ask for it (bound once the questions exist).</summary>
internal sealed class MissingInput(string path)
{
    public string Path { get; } = path;

    public uint Questions { get; private set; }

    public void Bind(KnowledgeBase knowledgeBase) => Questions = knowledgeBase.QuestionsAsking(Path);
}

/// <summary>
/// One term of a rule's trigger: a three-valued test over the request that logs its evidence, the inputs it read
/// and the inputs it missed, and describes itself for the catalog and the content hash.
/// </summary>
/// <remarks>
/// Terms are shared by every evaluation and immutable once the knowledge base is built (binding happens during the
/// build); per-evaluation state lives in the context and the log.
/// </remarks>
internal abstract class RuleTerm
{
    public abstract Tri Evaluate(EvaluationContext context, RuleLog log);

    public abstract string Describe();

    /// <summary>Resolves references to other rules and to the questions, once, while the knowledge base is built.</summary>
    public virtual void Bind(KnowledgeBase knowledgeBase, int owner)
    {
    }

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
        threshold.Name + " (" + CodeText.Number(threshold.DefaultValue) + " " + threshold.Unit + ")";
}

/// <summary>A term that reads one input and misses it when unknown.</summary>
internal abstract class LeafTerm(string path) : RuleTerm
{
    protected MissingInput Input { get; } = new(path);

    public override void Bind(KnowledgeBase knowledgeBase, int owner) => Input.Bind(knowledgeBase);

    protected Tri Unknown(RuleLog log)
    {
        log.Missing(Input.Path, Input.Questions);
        return Tri.Unknown;
    }

    protected Tri False(RuleLog log, string? path = null)
    {
        log.Input(path ?? Input.Path);
        return Tri.False;
    }

    protected static Tri True(RuleLog log, string path, string text)
    {
        log.Evidence(path, text);
        return Tri.True;
    }
}

/// <summary>
/// A combination of parts under three-valued logic: each part's explanation is kept only where it explains the
/// combined outcome (evidence of true parts, missing inputs of unknown parts).
/// </summary>
internal abstract class CompositeTerm(Tri identity, RuleTerm[] parts) : RuleTerm
{
    protected RuleTerm[] Parts { get; } = parts;

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var result = identity;
        foreach (var part in Parts)
        {
            var evidenceMark = log.EvidenceCount;
            var missingMark = log.MissingCount;
            var value = part.Evaluate(context, log);
            log.Settle(evidenceMark, missingMark, value);
            result = Combine(result, value);
        }

        return result;
    }

    public override void Bind(KnowledgeBase knowledgeBase, int owner)
    {
        foreach (var part in Parts)
        {
            part.Bind(knowledgeBase, owner);
        }
    }

    protected abstract Tri Combine(Tri left, Tri right);
}

/// <summary>True when any part is true; false when every part is false; unknown otherwise.</summary>
internal sealed class AnyTerm(params RuleTerm[] parts) : CompositeTerm(Tri.False, parts)
{
    public override string Describe() => string.Join(", or ", Parts.Select(p => p.Describe()));

    protected override Tri Combine(Tri left, Tri right) => TriLogic.Or(left, right);
}

/// <summary>True when every part is true; false when any part is false; unknown otherwise.</summary>
internal sealed class AllTerm(params RuleTerm[] parts) : CompositeTerm(Tri.True, parts)
{
    public override string Describe() =>
        string.Join(" and ", Parts.Select(p => p is AnyTerm ? "(" + p.Describe() + ")" : p.Describe()));

    protected override Tri Combine(Tri left, Tri right) => TriLogic.And(left, right);
}

/// <summary>A yes/no input equals the expected answer.</summary>
internal sealed class BoolIs(YesNoInput field, bool expected) : LeafTerm(field.Path)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log) => field.Read(context) switch
    {
        null => Unknown(log),
        { } value when value != expected => False(log),
        { } value => True(log, field.Path, value ? "true" : "false"),
    };

    public override string Describe() => field.Name + " = " + (expected ? "true" : "false");
}

/// <summary>A yes/no input is true or unknown: only an explicit false makes it false.</summary>
internal sealed class BoolNotFalse(YesNoInput field) : LeafTerm(field.Path)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log) => field.Read(context) switch
    {
        false => False(log),
        true => True(log, field.Path, "true"),
        null => True(log, field.Path, "unknown"),
    };

    public override string Describe() => field.Name + " not false";
}

/// <summary>A numeric input compared with a threshold.</summary>
internal sealed class NumberIs(NumberInput field, Comparison comparison, Threshold threshold) : LeafTerm(field.Path)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (field.Read(context) is not { } value)
        {
            return Unknown(log);
        }

        return Compare(value, comparison, context.Threshold(threshold)) ? True(log, field.Path, CodeText.Number(value)) : False(log);
    }

    public override string Describe() => field.Name + " " + Symbol(comparison) + " " + Describe(threshold);
}

/// <summary>The patient's sex is the given one; <see cref="Sex.Unknown"/> counts as unknown.</summary>
internal sealed class SexIs(Sex sex) : LeafTerm(Inputs.Sex.Path)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log) => context.Patient.Sex switch
    {
        null or Sex.Unknown => Unknown(log),
        { } value when value != sex => False(log),
        { } value => True(log, Input.Path, WireNames.Of(value)),
    };

    public override string Describe() => "sex = " + WireNames.Of(sex);
}

/// <summary>The condition list names a knowledge-base condition, by id or by code.</summary>
internal sealed class HasCondition(ConditionDefinition condition) : LeafTerm(JsonPaths.Filter(JsonPaths.Conditions, "id", condition.Id))
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Conditions is not { } conditions)
        {
            return Unknown(log);
        }

        var bit = 1UL << condition.Index;
        if ((context.Facts.Conditions & bit) == 0)
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

        return Tri.True;
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
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Medications is not { } medications)
        {
            return Unknown(log);
        }

        var bit = 1UL << medicines.Index;
        if ((context.Facts.Medicines & bit) == 0)
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

        return Tri.True;
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
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var slot = context.Facts.Lab(test.Index);
        if (!slot.Any)
        {
            return Unknown(log);
        }

        var limit = context.Threshold(threshold) * (multiplier is null ? 1 : context.Threshold(multiplier));
        var labs = context.Labs!;
        var result = Tri.False;
        for (var i = 0; i < labs.Length; i++)
        {
            var lab = labs[i];
            if (context.Counts(lab, test, slot))
            {
                if (Compare(lab.CanonicalValue, comparison, limit))
                {
                    log.Evidence(JsonPaths.Lab(i), Facts.Describe(lab));
                    result = Tri.True;
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

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var calciumSlot = context.Facts.Lab(calcium.Index);
        if (!calciumSlot.Any)
        {
            return Unknown(log);
        }

        var albuminSlot = context.Facts.Lab(albumin.Index);
        var labs = context.Labs!;
        var limit = context.Threshold(threshold);
        var result = Tri.False;
        for (var i = 0; i < labs.Length; i++)
        {
            if (!context.Counts(labs[i], calcium, calciumSlot))
            {
                continue;
            }

            if (!albuminSlot.Any)
            {
                result = TriLogic.Or(result, Check(labs, i, -1, labs[i].CanonicalValue, limit, log));
            }
            else
            {
                // Several counted albumin results: any combination that meets the threshold counts.
                for (var j = 0; j < labs.Length; j++)
                {
                    if (context.Counts(labs[j], albumin, albuminSlot))
                    {
                        var corrected = labs[i].CanonicalValue + (0.8 * (4.0 - labs[j].CanonicalValue) * MgPerDlToMmolPerL);
                        result = TriLogic.Or(result, Check(labs, i, j, corrected, limit, log));
                    }
                }
            }
        }

        return result;
    }

    public override string Describe() => "calcium corrected for albumin " + Symbol(comparison) + " " + Describe(threshold);


    private Tri Check(LabResult[] labs, int calciumIndex, int albuminIndex, double corrected, double limit, RuleLog log)
    {
        if (!Compare(corrected, comparison, limit))
        {
            log.Input(JsonPaths.Lab(calciumIndex));
            return Tri.False;
        }

        var described = Facts.Describe(labs[calciumIndex]);
        if (albuminIndex < 0)
        {
            log.Evidence(JsonPaths.Lab(calciumIndex), described + "; albumin unknown, uncorrected");
            return Tri.True;
        }

        log.Evidence(JsonPaths.Lab(calciumIndex), described + "; corrected " + CodeText.Number(Math.Round(corrected, 2)) + " mmol/L");
        log.Evidence(JsonPaths.Lab(albuminIndex), Facts.Describe(labs[albuminIndex]));
        return Tri.True;
    }
}

/// <summary>A fact the diary or the cramp-pattern self-report decides equals the expected value.</summary>
internal sealed class DiaryFactIs(DiaryFactKind kind, bool expected) : LeafTerm(Facts.SelfReportPath(kind))
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var fact = context.Facts[kind];
        if (fact.Value == Tri.Unknown)
        {
            return Unknown(log);
        }

        var (path, text) = Facts.Explain(kind, fact, context);
        return (fact.Value == Tri.True) == expected ? True(log, path, text) : False(log, path);
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
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var episodes = context.Episodes;
        if (episodes.Length == 0)
        {
            return unknownWithoutDiary ? Unknown(log) : Tri.False;
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
/// (<paramref name="secondsPerUnit"/> 1 or 60).
/// </summary>
internal sealed class LongestEpisodeAbove(Threshold limit, int secondsPerUnit) : LeafTerm(Inputs.LongestMinutes.Path)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var facts = context.Facts;
        if (facts.LongestSeconds is not { } longest)
        {
            return Unknown(log);
        }

        var path = facts.LongestEpisode < 0 ? Input.Path : JsonPaths.Episode(facts.LongestEpisode, "durationSeconds");
        if (longest <= context.Threshold(limit) * secondsPerUnit)
        {
            return False(log, path);
        }

        var text = facts.LongestEpisode < 0
            ? CodeText.Number(longest / 60) + " min"
            : longest.ToString(CultureInfo.InvariantCulture) + " s";
        return True(log, path, text);
    }

    public override string Describe() =>
        "an episode longer than " + Describe(limit) + ", or crampPattern.longestMinutes above it";
}

/// <summary>A numeric input reaches a threshold, or is unknown: only a known value below it makes the term false.</summary>
internal sealed class NumberAtLeastOrUnknown(NumberInput field, Threshold threshold) : LeafTerm(field.Path)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (field.Read(context) is not { } value)
        {
            return True(log, field.Path, "unknown");
        }

        return value >= context.Threshold(threshold) ? True(log, field.Path, CodeText.Number(value)) : False(log);
    }

    public override string Describe() => field.Name + " ≥ " + Describe(threshold) + " or unknown";
}

/// <summary>Caffeine per day, from milligrams or from servings (each counting a threshold's milligrams), reaches a threshold.</summary>
internal sealed class CaffeineAtLeast(Threshold milligrams, Threshold perServing) : RuleTerm
{
    private readonly MissingInput _mg = new(Inputs.CaffeineMgPerDay.Path);
    private readonly MissingInput _servings = new(Inputs.CaffeineServingsPerDay.Path);

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var lifestyle = context.Patient.Lifestyle;
        if (lifestyle.CaffeineMgPerDay is null && lifestyle.CaffeineServingsPerDay is null)
        {
            log.Missing(_mg.Path, _mg.Questions);
            log.Missing(_servings.Path, _servings.Questions);
            return Tri.Unknown;
        }

        var limit = context.Threshold(milligrams);
        var result = Tri.False;
        if (lifestyle.CaffeineMgPerDay is { } mg)
        {
            result = Check(mg >= limit, _mg.Path, mg, null, log);
        }

        if (lifestyle.CaffeineServingsPerDay is { } servings)
        {
            var estimate = servings * context.Threshold(perServing);
            result = TriLogic.Or(result, Check(estimate >= limit, _servings.Path, estimate, servings, log));
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

    private static Tri Check(bool reached, string path, double mg, double? servings, RuleLog log)
    {
        if (!reached)
        {
            log.Input(path);
            return Tri.False;
        }

        log.Evidence(path, servings is { } s ? CodeText.Number(s) + " servings/day (" + CodeText.Number(mg) + " mg)" : CodeText.Number(mg) + " mg/day");
        return Tri.True;
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

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        if (context.Medications is not { } medications)
        {
            log.Missing(_medications.Path, _medications.Questions);
            return Tri.Unknown;
        }

        if (medications.Length == 0)
        {
            log.Input(JsonPaths.Medications);
            return Tri.False;
        }

        var (reference, referencePath) = Reference(context);
        if (reference is not { } date)
        {
            log.Missing(_asOf.Path, _asOf.Questions);
            return Tri.Unknown;
        }

        var window = context.Threshold(days);
        var result = Tri.False;
        for (var i = 0; i < medications.Length; i++)
        {
            // A plain null test, not "is not { } started": mutation testing cannot compile its mutants of that pattern
            // and would then leave this whole method unmutated.
            var started = medications[i].StartedOn;
            if (started is null)
            {
                // Stryker disable once Conditional,String : without tracing the path is never read
                log.Missing(log.Tracing ? JsonPaths.Medication(i, "startedOn") : string.Empty, _startDateQuestions);
                result = TriLogic.Or(result, Tri.Unknown);
                continue;
            }

            var before = date.DayNumber - started.Value.DayNumber;
            if (before >= 0 && before <= window)
            {
                log.Evidence(JsonPaths.Medication(i, "startedOn"), Facts.Date(started.Value) + " (" + CodeText.Number(before) + " days before " + Facts.Date(date) + ")");
                result = Tri.True;
            }
            else
            {
                // Stryker disable once Conditional,String : without tracing the path is never read
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
            if (episodes[i].StartedAt is { } started && (first is null || Facts.LocalDate(started) < first))
            {
                first = Facts.LocalDate(started);
                index = i;
            }
        }

        return first is null ? (context.Facts.Today, JsonPaths.AsOf) : (first, JsonPaths.Episode(index, "startedAt"));
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

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        var limit = context.Threshold(perWeek);
        var known = false;
        var result = Tri.False;
        if (context.Patient.CrampPattern.EpisodesPerWeek is { } reported)
        {
            known = true;
            result = reported >= limit ? True(log, Input.Path, CodeText.Number(reported)) : False(log);
        }

        if (DiaryRate(context, limit) is { } rate)
        {
            known = true;
            result = TriLogic.Or(result, rate.PerWeek >= limit
                ? True(log, JsonPaths.Episodes, string.Create(CultureInfo.InvariantCulture, $"{rate.Count} episodes in the {rate.SpanDays} days to {Facts.Date(context.Facts.Today!.Value)}"))
                : False(log, JsonPaths.Episodes));
        }

        return known ? result : Unknown(log);
    }

    public override string Describe() =>
        "episodes per week ≥ " + Describe(perWeek) + ", from crampPattern.episodesPerWeek or the diary: the episodes of the "
        + WindowDays.ToString(CultureInfo.InvariantCulture) + " days up to asOf, divided by the days from the earliest of them to asOf (at least "
        + MinimumSpanDays.ToString(CultureInfo.InvariantCulture) + "), times 7";

    /// <summary>
    /// Gets the diary's rate, or <see langword="null"/> when the diary cannot tell (no diary, no date, or undated episodes
    /// while the dated ones stay below the limit).
    /// </summary>
    private static (int Count, int SpanDays, double PerWeek)? DiaryRate(EvaluationContext context, double limit)
    {
        var episodes = context.Episodes;
        if (episodes.Length == 0 || context.Facts.Today is not { } today)
        {
            return null;
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

            var daysBefore = today.DayNumber - Facts.LocalDate(started.Value).DayNumber;
            if (daysBefore is >= 0 and < WindowDays)
            {
                count++;
                earliest = Math.Max(earliest, daysBefore);
            }
        }

        var span = Math.Max(earliest + 1, MinimumSpanDays);
        var perWeek = count * 7.0 / span;
        return undated > 0 && perWeek < limit ? null : (count, span, perWeek);
    }
}

/// <summary>The diary's episodes span several body areas: leg (foot, calf, thigh, hip), arm (hand, arm), trunk (chest, abdomen, back) and neck.</summary>
internal sealed class WidespreadEpisodes(Threshold areas) : LeafTerm(JsonPaths.Episodes)
{
    public override Tri Evaluate(EvaluationContext context, RuleLog log)
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

        return Tri.True;
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

/// <summary>The outcome of another rule, evaluated earlier in table order, with its explanation.</summary>
internal sealed class RuleIs(string ruleId) : RuleTerm
{
    private int _index = -1;

    public override Tri Evaluate(EvaluationContext context, RuleLog log)
    {
        ref readonly var rule = ref context.Rules[_index];
        log.CopyFrom(rule, context.Traces?[_index]);
        return rule.Outcome;
    }

    public override string Describe() => ruleId + " present";

    public override void Bind(KnowledgeBase knowledgeBase, int owner)
    {
        _index = knowledgeBase.RuleIndex(ruleId);
        if (_index >= owner)
        {
            throw new InvalidOperationException("Rule " + knowledgeBase.Rules[owner].Id + " refers to " + ruleId + ", which is not earlier in table order.");
        }
    }
}
