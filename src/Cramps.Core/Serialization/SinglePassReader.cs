using System.Text;
using System.Text.Json;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Serialization;

/// <summary>
/// Reads a valid request in one forward pass over <see cref="Utf8JsonReader"/>, checking each value as it binds it.
/// </summary>
/// <remarks>
/// <para>
/// It accepts what <see cref="RequestReader"/> accepts, and builds the same request from it. It stops at the first thing
/// it does not accept: any problem the contract names, and also one valid but odd form it leaves to the other reader (a
/// member name written with more than 64 bytes of escapes). It then returns <see langword="false"/>, and the request is
/// read again by <see cref="RequestReader"/>, which reports every problem with its path, in the contract's order.
/// </para>
/// <para>
/// A valid request, which is what callers nearly always send, is therefore read once, with no document and no second
/// pass; only a request that is answered with errors pays for both. A test feeds both readers the same mutated requests
/// and checks that whatever this one accepts, the other accepts as the same request.
/// </para>
/// </remarks>
internal static class SinglePassReader
{
    /// <summary>The longest an enum name, a date or a date-time may be written, in bytes, as the other reader counts.</summary>
    private const int ShortText = 64;

    private static readonly byte[][] RootNames = Names(["schemaVersion", "requestId", "asOf", "patient", "episodes"]);

    private static readonly byte[][] PatientNames = Names(
        ["ageYears", "sex", "pregnant", "familyHistoryOfCramps", "conditions", "medications", "labs", "lifestyle", "crampPattern", "symptoms"]);

    private static readonly byte[][] ConditionNames = Names(["id", "system", "code", "display"]);
    private static readonly byte[][] MedicationNames = Names(["name", "system", "code", "startedOn"]);
    private static readonly byte[][] LabNames = Names(["test", "loinc", "value", "unit", "collectedOn"]);

    private static readonly byte[][] LifestyleNames = Names(
        ["caffeineServingsPerDay", "caffeineMgPerDay", "alcoholDrinksPerWeek", .. Inputs.LifestyleAnswers.Select(a => a.Member)]);

    private static readonly byte[][] PatternNames = Names(
        ["outsideMorning", "afterExercise", "duringDialysis", "episodesPerWeek", "longestMinutes", "relievedByStretching"]);

    private static readonly byte[][] SymptomNames = Names([.. Inputs.Symptoms.Select(a => a.Member)]);

    private static readonly byte[][] EpisodeNames = Names(["startedAt", "durationSeconds", "muscles", "side", "setting", "relievedByStretching", "painScore"]);

    /// <summary>Reads one list item; returns whether it was accepted.</summary>
    private delegate bool ItemReader<T>(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out T item);

    /// <summary>Reads a request that is valid in every respect; returns <see langword="false"/> for anything else.</summary>
    /// <param name="json">The request's UTF-8 bytes, without a byte-order mark and within the size limit.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="request">The request, when it was accepted.</param>
    /// <returns><see langword="true"/> when the request is valid and was read; never throws.</returns>
    public static bool TryRead(ReadOnlySpan<byte> json, int maxDepth, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AssessmentRequest? request)
    {
        request = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            // Reading once more after the root finds anything that follows it, which makes the document malformed.
            return reader.Read() && Root(ref reader, maxDepth, out request) && !reader.Read();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Malformed JSON, or a value a model refuses: the diagnostic reader says which.
            request = null;
            return false;
        }
    }

    private static bool Root(ref Utf8JsonReader reader, int maxDepth, out AssessmentRequest? request)
    {
        request = null;
        var dates = default(Dates);
        var version = false;
        string? id = null;
        DateOnly? asOf = null;
        PatientHistory? patient = null;
        List<CrampEpisode>? episodes = null;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        var members = new Members(RootNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => version = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(RequestLimits.SchemaVersion),
                1 => RequestId(ref reader, out id),
                2 => Date(ref reader, out asOf),
                3 => reader.TokenType == JsonTokenType.Null || Patient(ref reader, ref dates, maxDepth, out patient),
                4 => List(ref reader, ref dates, maxDepth, RequestLimits.MaxEpisodes, Episode, out episodes),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        if (!version || (asOf is { } today && dates.Latest > today))
        {
            return false;
        }

        request = new AssessmentRequest(patient, episodes, asOf) { RequestId = id };
        return true;
    }

    private static bool RequestId(ref Utf8JsonReader reader, out string? id)
    {
        id = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > 6 * RequestLimits.MaxRequestIdLength || !ValidEscapes(ref reader))
        {
            return false;
        }

        id = reader.GetString()!;
        return RequestIds.IsValid(id);
    }

    private static bool Patient(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out PatientHistory? patient)
    {
        patient = null;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        int? age = null;
        Sex? sex = null;
        bool? pregnant = null, family = null;
        List<Condition>? conditions = null;
        List<Medication>? medications = null;
        List<LabResult>? labs = null;
        Lifestyle? lifestyle = null;
        CrampPattern? pattern = null;
        Symptoms? symptoms = null;
        var members = new Members(PatientNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => Integer(ref reader, Range.Age, out age),
                1 => Enum(ref reader, WireNames.Sex, out sex),
                2 => Bool(ref reader, out pregnant),
                3 => Bool(ref reader, out family),
                4 => List(ref reader, ref dates, maxDepth, RequestLimits.MaxConditions, Condition, out conditions),
                5 => List(ref reader, ref dates, maxDepth, RequestLimits.MaxMedications, Medication, out medications),
                6 => List(ref reader, ref dates, maxDepth, RequestLimits.MaxLabs, Lab, out labs),
                7 => reader.TokenType == JsonTokenType.Null || Lifestyle(ref reader, maxDepth, out lifestyle),
                8 => reader.TokenType == JsonTokenType.Null || Pattern(ref reader, maxDepth, out pattern),
                9 => reader.TokenType == JsonTokenType.Null || Symptoms(ref reader, maxDepth, out symptoms),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        patient = new PatientHistory
        {
            AgeYears = age,
            Sex = sex,
            Pregnant = pregnant,
            FamilyHistoryOfCramps = family,
            Conditions = conditions,
            Medications = medications,
            Labs = labs,
            Lifestyle = lifestyle ?? Core.Lifestyle.Unknown,
            CrampPattern = pattern ?? CrampPattern.Unknown,
            Symptoms = symptoms ?? Core.Symptoms.Unknown,
        };
        return true;
    }

    private static bool Condition(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out Condition condition)
    {
        condition = null!;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        string? id = null, code = null, display = null;
        ConditionCodeSystem? system = null;
        var members = new Members(ConditionNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => Text(ref reader, out id),
                1 => Enum(ref reader, WireNames.ConditionSystem, out system),
                2 => Text(ref reader, out code),
                3 => Text(ref reader, out display),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        if (!Identified(id is not null, system is not null, code is not null))
        {
            return false;
        }

        condition = new Condition(id, system, code) { Display = display };
        return true;
    }

    private static bool Medication(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out Medication medication)
    {
        medication = null!;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        string? name = null, code = null;
        MedicationCodeSystem? system = null;
        DateOnly? startedOn = null;
        var members = new Members(MedicationNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => Text(ref reader, out name),
                1 => Enum(ref reader, WireNames.MedicationSystem, out system),
                2 => Text(ref reader, out code),
                3 => Date(ref reader, out startedOn),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        if (!Identified(name is not null, system is not null, code is not null))
        {
            return false;
        }

        dates.See(startedOn);
        medication = new Medication(name, system, code) { StartedOn = startedOn };
        return true;
    }

    /// <summary>An item names itself by its own id or name, or by system and code together.</summary>
    private static bool Identified(bool hasOwnName, bool hasSystem, bool hasCode) => hasSystem == hasCode && (hasOwnName || hasCode);

    private static bool Lab(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out LabResult lab)
    {
        lab = null!;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        string? test = null, loinc = null, unit = null;
        double? value = null;
        DateOnly? collectedOn = null;
        var members = new Members(LabNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => Text(ref reader, out test),
                1 => Text(ref reader, out loinc),
                2 => Number(ref reader, Range.LabValue, out value),
                3 => Text(ref reader, out unit),
                4 => Date(ref reader, out collectedOn),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        if (value is not { } number || unit is null || (test is null && loinc is null))
        {
            return false;
        }

        // The result resolves its test and converts its value once, here; it refuses (and the reader declines) a test id and
        // LOINC code that name different tests, or a unit not accepted for the test.
        dates.See(collectedOn);
        lab = new LabResult(test, loinc, number, unit) { CollectedOn = collectedOn };
        return true;
    }

    private static bool Lifestyle(ref Utf8JsonReader reader, int maxDepth, out Lifestyle? lifestyle)
    {
        lifestyle = null;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        double? servings = null, milligrams = null, drinks = null;
        var answers = default(Answers);
        var members = new Members(LifestyleNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                < 0 => false,
                0 => Number(ref reader, Range.Intake, out servings),
                1 => Number(ref reader, Range.Intake, out milligrams),
                2 => Number(ref reader, Range.Intake, out drinks),
                var index => answers.Read(ref reader, index - 3),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        lifestyle = new Lifestyle(answers.Known, answers.Yes) { CaffeineServingsPerDay = servings, CaffeineMgPerDay = milligrams, AlcoholDrinksPerWeek = drinks };
        return true;
    }

    private static bool Pattern(ref Utf8JsonReader reader, int maxDepth, out CrampPattern? pattern)
    {
        pattern = null;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        bool? outsideMorning = null, afterExercise = null, duringDialysis = null, relieved = null;
        double? perWeek = null, longest = null;
        var members = new Members(PatternNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => Bool(ref reader, out outsideMorning),
                1 => Bool(ref reader, out afterExercise),
                2 => Bool(ref reader, out duringDialysis),
                3 => Number(ref reader, Range.EpisodesPerWeek, out perWeek),
                4 => Number(ref reader, Range.LongestMinutes, out longest),
                5 => Bool(ref reader, out relieved),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        pattern = new CrampPattern
        {
            OutsideMorning = outsideMorning,
            AfterExercise = afterExercise,
            DuringDialysis = duringDialysis,
            EpisodesPerWeek = perWeek,
            LongestMinutes = longest,
            RelievedByStretching = relieved,
        };
        return true;
    }

    private static bool Symptoms(ref Utf8JsonReader reader, int maxDepth, out Symptoms? symptoms)
    {
        symptoms = null;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        var answers = default(Answers);
        var members = new Members(SymptomNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = members.Next(ref reader);
            if (index < 0 || !answers.Read(ref reader, index))
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        symptoms = new Symptoms(answers.Known, answers.Yes);
        return true;
    }

    private static bool Episode(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out CrampEpisode episode)
    {
        episode = null!;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        DateTimeOffset? startedAt = null;
        int? duration = null, pain = null;
        List<MuscleRegion>? muscles = null;
        Side? side = null;
        EpisodeSetting? setting = null;
        bool? relieved = null;
        var members = new Members(EpisodeNames);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = members.Next(ref reader) switch
            {
                0 => Timestamp(ref reader, out startedAt),
                1 => Integer(ref reader, Range.Duration, out duration),
                2 => Muscles(ref reader, maxDepth, out muscles),
                3 => Enum(ref reader, WireNames.Side, out side),
                4 => Enum(ref reader, WireNames.Setting, out setting),
                5 => Bool(ref reader, out relieved),
                6 => Integer(ref reader, Range.Pain, out pain),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        if (muscles is null)
        {
            return false;
        }

        dates.See(startedAt is { } started ? DateOnly.FromDateTime(started.DateTime) : null);
        episode = new CrampEpisode(muscles)
        {
            StartedAt = startedAt,
            DurationSeconds = duration,
            Side = side,
            Setting = setting,
            RelievedByStretching = relieved,
            PainScore = pain,
        };
        return true;
    }

    /// <summary>Reads the muscles of an episode: one to the limit, each named once; <see langword="null"/> is not accepted.</summary>
    private static bool Muscles(ref Utf8JsonReader reader, int maxDepth, out List<MuscleRegion>? muscles)
    {
        muscles = null;
        if (!Opens(ref reader, JsonTokenType.StartArray, maxDepth))
        {
            return false;
        }

        var list = new List<MuscleRegion>(1);
        var seen = 0UL;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || !Enum(ref reader, WireNames.Muscle, out var muscle) || muscle is not { } region
                || list.Count == RequestLimits.MaxMusclesPerEpisode || (seen & Bit(region)) != 0)
            {
                return false;
            }

            seen |= Bit(region);
            list.Add(region);
        }

        muscles = list;
        return list.Count > 0 && reader.TokenType == JsonTokenType.EndArray;

        static ulong Bit(MuscleRegion region) => 1UL << ((int)region & 63);
    }

    private static bool List<T>(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, int max, ItemReader<T> item, out List<T>? items)
    {
        items = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!Opens(ref reader, JsonTokenType.StartArray, maxDepth))
        {
            return false;
        }

        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (list.Count == max || !item(ref reader, ref dates, maxDepth, out var value))
            {
                return false;
            }

            list.Add(value);
        }

        items = list;
        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>Gets whether the reader stands on the start of an object or array of the kind expected, nested within the limit.</summary>
    private static bool Opens(ref Utf8JsonReader reader, JsonTokenType kind, int maxDepth) => reader.TokenType == kind && reader.CurrentDepth < maxDepth;

    /// <summary>Gets whether an escaped string's text, once unescaped, is valid UTF-8 (no lone surrogate, no invalid byte).</summary>
    /// <remarks>An unescaped one is checked by <see cref="Utf8JsonReader.GetString"/>, which throws for invalid UTF-8.</remarks>
    private static bool ValidEscapes(ref Utf8JsonReader reader) => !reader.ValueIsEscaped || RequestReader.ValidEscapes(ref reader);

    /// <summary>Gets whether a string is short enough to be an enum name, a date, a date-time or a member name.</summary>
    private static bool IsShort(ref Utf8JsonReader reader) => reader.ValueSpan.Length <= ShortText;

    /// <summary>Unescapes a short string into a buffer; returns its length, or 0 when its text is not valid UTF-8 (no short text is empty).</summary>
    /// <remarks>Callers read an unescaped string's own bytes instead, and compare them with known ASCII text, which checks them.</remarks>
    private static int Unescape(ref Utf8JsonReader reader, scoped Span<byte> buffer)
    {
        var length = reader.CopyString(buffer);
        return System.Text.Unicode.Utf8.IsValid(buffer[..length]) ? length : 0;
    }

    private static bool Bool(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }

    private static bool Integer(ref Utf8JsonReader reader, Range range, out int? value)
    {
        value = null;
        if (!Number(ref reader, range, out var number))
        {
            return false;
        }

        if (number is { } present)
        {
            if (present != Math.Floor(present))
            {
                return false;
            }

            value = (int)present;
        }

        return true;
    }

    private static bool Number(ref Utf8JsonReader reader, Range range, out double? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var number) || !double.IsFinite(number)
            || number < range.Min || number > range.Max)
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Text(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        // A JSON string takes at most 6 bytes per UTF-16 unit, as the other reader counts.
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > 6 * RequestLimits.MaxTextLength || !ValidEscapes(ref reader))
        {
            return false;
        }

        var text = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > RequestLimits.MaxTextLength)
        {
            return false;
        }

        value = text;
        return true;
    }

    private static bool Enum<TEnum>(ref Utf8JsonReader reader, EnumNames<TEnum> names, out TEnum? value)
        where TEnum : struct, System.Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || !IsShort(ref reader))
        {
            return false;
        }

        Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
        var text = reader.ValueIsEscaped ? buffer[..Unescape(ref reader, buffer)] : reader.ValueSpan;
        if (!names.TryParse(text, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Reads a date written plainly as <c>yyyy-MM-dd</c>; any other form is left to the other reader.</summary>
    private static bool Date(ref Utf8JsonReader reader, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || !IsShort(ref reader))
        {
            return false;
        }

        Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
        var text = reader.ValueIsEscaped ? buffer[..Unescape(ref reader, buffer)] : reader.ValueSpan;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || Digits(text[..4]) is not (>= 1 and var year) || Digits(text[5..7]) is not (>= 1 and <= 12 and var month)
            || Digits(text[8..]) is not (>= 1 and var day) || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + digit - '0';
        }

        return value;
    }

    /// <summary>Reads an ISO 8601 date-time with an offset, checked against the contract's pattern as the other reader checks it.</summary>
    private static bool Timestamp(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || !IsShort(ref reader))
        {
            return false;
        }

        Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
        var text = reader.ValueIsEscaped ? buffer[..Unescape(ref reader, buffer)] : reader.ValueSpan;
        if (!Ascii.IsValid(text))
        {
            return false;
        }

        Span<char> chars = stackalloc char[ShortText];
        var length = Encoding.ASCII.GetChars(text, chars);
        if (!RequestPatterns.DateTime().IsMatch(chars[..length]) || !reader.TryGetDateTimeOffset(out var timestamp))
        {
            return false;
        }

        value = timestamp;
        return true;
    }

    private static byte[][] Names(string[] names) => [.. names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The latest date of the request that must not lie after <c>asOf</c>, checked once <c>asOf</c> is known.</summary>
    private struct Dates
    {
        public DateOnly? Latest { get; private set; }

        public void See(DateOnly? date)
        {
            if (date is { } seen && !(Latest >= seen))
            {
                Latest = seen;
            }
        }
    }

    /// <summary>The yes/no answers of one object, one bit each in declaration order: whether it is known, and whether it is yes.</summary>
    private struct Answers
    {
        public ulong Known { get; private set; }

        public ulong Yes { get; private set; }

        public bool Read(ref Utf8JsonReader reader, int index)
        {
            if (!Bool(ref reader, out var value))
            {
                return false;
            }

            if (value is { } answer)
            {
                Known |= 1UL << index;
                Yes |= answer ? 1UL << index : 0;
            }

            return true;
        }
    }

    /// <summary>Matches an object's member names, each at most once; the next name in the contract's order is tried first.</summary>
    private ref struct Members(byte[][] names)
    {
        private ulong _seen;
        private int _next;

        /// <summary>Reads a member's name and moves to its value; returns the name's index, or -1 for an unknown or repeated name.</summary>
        public int Next(ref Utf8JsonReader reader)
        {
            var index = -1;
            if (IsShort(ref reader))
            {
                Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
                var name = reader.ValueIsEscaped ? buffer[..Unescape(ref reader, buffer)] : reader.ValueSpan;
                index = _next < names.Length && name.SequenceEqual(names[_next]) ? _next : IndexOf(name);
            }

            if (index < 0 || (_seen & (1UL << index)) != 0)
            {
                return -1;
            }

            _seen |= 1UL << index;
            _next = index + 1;
            reader.Read();
            return index;
        }

        private readonly int IndexOf(ReadOnlySpan<byte> name)
        {
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
