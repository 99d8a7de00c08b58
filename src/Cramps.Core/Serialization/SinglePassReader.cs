using System.Runtime.CompilerServices;
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

    /// <summary>Reads a request that is valid in every respect; returns <see langword="false"/> for anything else.</summary>
    /// <param name="json">The request's UTF-8 bytes, without a byte-order mark and within the size limit.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="request">The request, when it was accepted.</param>
    /// <returns><see langword="true"/> when the request is valid and was read; never throws.</returns>
    public static bool TryRead(ReadOnlySpan<byte> json, int maxDepth, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AssessmentRequest? request)
    {
        request = null;
        var dates = default(Dates);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            // Reading once more after the root finds anything that follows it, which makes the document malformed.
            return reader.Read() && Object<RequestBinder, AssessmentRequest>(ref reader, ref dates, maxDepth, out request) && !reader.Read();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Malformed JSON, or a value a model refuses: the diagnostic reader says which.
            request = null;
            return false;
        }
    }

    /// <summary>Reads one object of the contract: its members in any order, each at most once, then the object built from them.</summary>
    /// <typeparam name="TBinder">
    /// What binds the object's members and builds it: a struct, so this loop is compiled once per kind of object, and its
    /// <see cref="IBinder{T}.Bind"/> is inlined into it (measured: without the inlining, a call per member made parsing
    /// the contract example about 5 % slower).
    /// </typeparam>
    /// <typeparam name="T">The object's model type.</typeparam>
    /// <returns>Whether the object was accepted.</returns>
    private static bool Object<TBinder, T>(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
        where TBinder : struct, IBinder<T>
    {
        value = default;
        if (!Opens(ref reader, JsonTokenType.StartObject, maxDepth))
        {
            return false;
        }

        var binder = default(TBinder);
        var members = new Members(TBinder.Names);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = members.Next(ref reader);
            if (index < 0 || !binder.Bind(index, ref reader, ref dates, maxDepth))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && binder.TryBuild(ref dates, out value);
    }

    /// <summary>Reads an object that may be <see langword="null"/> (then <paramref name="value"/> stays <see langword="null"/>).</summary>
    private static bool OptionalObject<TBinder, T>(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, out T? value)
        where TBinder : struct, IBinder<T>
        where T : class
    {
        value = null;
        return reader.TokenType == JsonTokenType.Null || Object<TBinder, T>(ref reader, ref dates, maxDepth, out value);
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

    /// <summary>An item names itself by its own id or name, or by system and code together.</summary>
    private static bool Identified(bool hasOwnName, bool hasSystem, bool hasCode) => hasSystem == hasCode && (hasOwnName || hasCode);

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

    private static bool List<TBinder, T>(ref Utf8JsonReader reader, ref Dates dates, int maxDepth, int max, out List<T>? items)
        where TBinder : struct, IBinder<T>
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
            if (list.Count == max || !Object<TBinder, T>(ref reader, ref dates, maxDepth, out var value))
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
    private static bool IsShort(in Utf8JsonReader reader) => reader.ValueSpan.Length <= ShortText;

    /// <summary>Unescapes a short string into a buffer; returns its length, or 0 when its text is not valid UTF-8 (no short text is empty).</summary>
    /// <remarks>Callers read an unescaped string's own bytes instead, and compare them with known ASCII text, which checks them.</remarks>
    private static int Unescape(in Utf8JsonReader reader, scoped Span<byte> buffer)
    {
        var length = reader.CopyString(buffer);
        return System.Text.Unicode.Utf8.IsValid(buffer[..length]) ? length : 0;
    }

    /// <summary>
    /// Gets the UTF-8 text of a string short enough to be an enum name, a date or a date-time: its own bytes, or when it is
    /// escaped, its text unescaped into <paramref name="buffer"/> (of <see cref="ShortText"/> bytes; empty when the text is
    /// not valid UTF-8). Returns <see langword="false"/> for anything else.
    /// </summary>
    private static bool ShortString(in Utf8JsonReader reader, Span<byte> buffer, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (reader.TokenType != JsonTokenType.String || !IsShort(in reader))
        {
            return false;
        }

        text = reader.ValueIsEscaped ? buffer[..Unescape(in reader, buffer)] : reader.ValueSpan;
        return true;
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

        Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
        if (!ShortString(in reader, buffer, out var text) || !names.TryParse(text, out var parsed))
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

        Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
        if (!ShortString(in reader, buffer, out var text) || text.Length != 10 || text[4] != '-' || text[7] != '-'
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

        Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
        if (!ShortString(in reader, buffer, out var text) || !Ascii.IsValid(text))
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
            if (IsShort(in reader))
            {
                Span<byte> buffer = reader.ValueIsEscaped ? stackalloc byte[ShortText] : default;
                var name = reader.ValueIsEscaped ? buffer[..Unescape(in reader, buffer)] : reader.ValueSpan;
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

    /// <summary>Binds the members of one kind of object as they are read, and builds the object once it is closed.</summary>
    /// <typeparam name="T">The object's model type.</typeparam>
    private interface IBinder<T>
    {
        /// <summary>Gets the object's member names in the contract's order.</summary>
        static abstract byte[][] Names { get; }

        /// <summary>Checks and binds the value of the member at <paramref name="index"/> in <see cref="Names"/>; returns whether it was accepted.</summary>
        bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth);

        /// <summary>Checks the object as a whole and builds it; returns whether it was accepted.</summary>
        bool TryBuild(ref Dates dates, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value);
    }

    private struct RequestBinder : IBinder<AssessmentRequest>
    {
        private bool _version;
        private string? _id;
        private DateOnly? _asOf;
        private PatientHistory? _patient;
        private List<CrampEpisode>? _episodes;

        public static byte[][] Names => RootNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => _version = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(RequestLimits.SchemaVersion),
            1 => RequestId(ref reader, out _id),
            2 => Date(ref reader, out _asOf),
            3 => OptionalObject<PatientBinder, PatientHistory>(ref reader, ref dates, maxDepth, out _patient),
            _ => List<EpisodeBinder, CrampEpisode>(ref reader, ref dates, maxDepth, RequestLimits.MaxEpisodes, out _episodes),
        };

        public readonly bool TryBuild(ref Dates dates, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out AssessmentRequest value)
        {
            // Every date of the request is known once the root closes, wherever asOf stood in it.
            value = _version && !(_asOf is { } today && dates.Latest > today)
                ? new AssessmentRequest(_patient, _episodes, _asOf) { RequestId = _id }
                : null;
            return value is not null;
        }
    }

    private struct PatientBinder : IBinder<PatientHistory>
    {
        private int? _age;
        private Sex? _sex;
        private bool? _pregnant, _family;
        private List<Condition>? _conditions;
        private List<Medication>? _medications;
        private List<LabResult>? _labs;
        private Lifestyle? _lifestyle;
        private CrampPattern? _pattern;
        private Symptoms? _symptoms;

        public static byte[][] Names => PatientNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Integer(ref reader, Range.Age, out _age),
            1 => Enum(ref reader, WireNames.Sex, out _sex),
            2 => Bool(ref reader, out _pregnant),
            3 => Bool(ref reader, out _family),
            4 => List<ConditionBinder, Condition>(ref reader, ref dates, maxDepth, RequestLimits.MaxConditions, out _conditions),
            5 => List<MedicationBinder, Medication>(ref reader, ref dates, maxDepth, RequestLimits.MaxMedications, out _medications),
            6 => List<LabBinder, LabResult>(ref reader, ref dates, maxDepth, RequestLimits.MaxLabs, out _labs),
            7 => OptionalObject<LifestyleBinder, Lifestyle>(ref reader, ref dates, maxDepth, out _lifestyle),
            8 => OptionalObject<PatternBinder, CrampPattern>(ref reader, ref dates, maxDepth, out _pattern),
            _ => OptionalObject<SymptomsBinder, Symptoms>(ref reader, ref dates, maxDepth, out _symptoms),
        };

        public readonly bool TryBuild(ref Dates dates, out PatientHistory value)
        {
            value = new PatientHistory
            {
                AgeYears = _age,
                Sex = _sex,
                Pregnant = _pregnant,
                FamilyHistoryOfCramps = _family,
                Conditions = _conditions,
                Medications = _medications,
                Labs = _labs,
                Lifestyle = _lifestyle ?? Core.Lifestyle.Unknown,
                CrampPattern = _pattern ?? CrampPattern.Unknown,
                Symptoms = _symptoms ?? Core.Symptoms.Unknown,
            };
            return true;
        }
    }

    private struct ConditionBinder : IBinder<Condition>
    {
        private string? _id, _code, _display;
        private ConditionCodeSystem? _system;

        public static byte[][] Names => ConditionNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Text(ref reader, out _id),
            1 => Enum(ref reader, WireNames.ConditionSystem, out _system),
            2 => Text(ref reader, out _code),
            _ => Text(ref reader, out _display),
        };

        public readonly bool TryBuild(ref Dates dates, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Condition value)
        {
            value = Identified(_id is not null, _system is not null, _code is not null) ? new Condition(_id, _system, _code) { Display = _display } : null;
            return value is not null;
        }
    }

    private struct MedicationBinder : IBinder<Medication>
    {
        private string? _name, _code;
        private MedicationCodeSystem? _system;
        private DateOnly? _startedOn;

        public static byte[][] Names => MedicationNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Text(ref reader, out _name),
            1 => Enum(ref reader, WireNames.MedicationSystem, out _system),
            2 => Text(ref reader, out _code),
            _ => Date(ref reader, out _startedOn),
        };

        public readonly bool TryBuild(ref Dates dates, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Medication value)
        {
            value = null;
            if (!Identified(_name is not null, _system is not null, _code is not null))
            {
                return false;
            }

            dates.See(_startedOn);
            value = new Medication(_name, _system, _code) { StartedOn = _startedOn };
            return true;
        }
    }

    private struct LabBinder : IBinder<LabResult>
    {
        private string? _test, _loinc, _unit;
        private double? _value;
        private DateOnly? _collectedOn;

        public static byte[][] Names => LabNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Text(ref reader, out _test),
            1 => Text(ref reader, out _loinc),
            2 => Number(ref reader, Range.LabValue, out _value),
            3 => Text(ref reader, out _unit),
            _ => Date(ref reader, out _collectedOn),
        };

        public readonly bool TryBuild(ref Dates dates, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out LabResult value)
        {
            value = null;
            if (_value is not { } number || _unit is null || (_test is null && _loinc is null))
            {
                return false;
            }

            // The result resolves its test and converts its value once, here; it refuses (and the reader declines) a test id
            // and LOINC code that name different tests, or a unit not accepted for the test.
            dates.See(_collectedOn);
            value = new LabResult(_test, _loinc, number, _unit) { CollectedOn = _collectedOn };
            return true;
        }
    }

    private struct LifestyleBinder : IBinder<Lifestyle>
    {
        private double? _servings, _milligrams, _drinks;
        private Answers _answers;

        public static byte[][] Names => LifestyleNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Number(ref reader, Range.Intake, out _servings),
            1 => Number(ref reader, Range.Intake, out _milligrams),
            2 => Number(ref reader, Range.Intake, out _drinks),
            _ => _answers.Read(ref reader, index - 3),
        };

        public readonly bool TryBuild(ref Dates dates, out Lifestyle value)
        {
            value = new Lifestyle(_answers.Known, _answers.Yes) { CaffeineServingsPerDay = _servings, CaffeineMgPerDay = _milligrams, AlcoholDrinksPerWeek = _drinks };
            return true;
        }
    }

    private struct PatternBinder : IBinder<CrampPattern>
    {
        private bool? _outsideMorning, _afterExercise, _duringDialysis, _relieved;
        private double? _perWeek, _longest;

        public static byte[][] Names => PatternNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Bool(ref reader, out _outsideMorning),
            1 => Bool(ref reader, out _afterExercise),
            2 => Bool(ref reader, out _duringDialysis),
            3 => Number(ref reader, Range.EpisodesPerWeek, out _perWeek),
            4 => Number(ref reader, Range.LongestMinutes, out _longest),
            _ => Bool(ref reader, out _relieved),
        };

        public readonly bool TryBuild(ref Dates dates, out CrampPattern value)
        {
            value = new CrampPattern
            {
                OutsideMorning = _outsideMorning,
                AfterExercise = _afterExercise,
                DuringDialysis = _duringDialysis,
                EpisodesPerWeek = _perWeek,
                LongestMinutes = _longest,
                RelievedByStretching = _relieved,
            };
            return true;
        }
    }

    private struct SymptomsBinder : IBinder<Symptoms>
    {
        private Answers _answers;

        public static byte[][] Names => SymptomNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => _answers.Read(ref reader, index);

        public readonly bool TryBuild(ref Dates dates, out Symptoms value)
        {
            value = new Symptoms(_answers.Known, _answers.Yes);
            return true;
        }
    }

    private struct EpisodeBinder : IBinder<CrampEpisode>
    {
        private DateTimeOffset? _startedAt;
        private int? _duration, _pain;
        private List<MuscleRegion>? _muscles;
        private Side? _side;
        private EpisodeSetting? _setting;
        private bool? _relieved;

        public static byte[][] Names => EpisodeNames;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Bind(int index, ref Utf8JsonReader reader, ref Dates dates, int maxDepth) => index switch
        {
            0 => Timestamp(ref reader, out _startedAt),
            1 => Integer(ref reader, Range.Duration, out _duration),
            2 => Muscles(ref reader, maxDepth, out _muscles),
            3 => Enum(ref reader, WireNames.Side, out _side),
            4 => Enum(ref reader, WireNames.Setting, out _setting),
            5 => Bool(ref reader, out _relieved),
            _ => Integer(ref reader, Range.Pain, out _pain),
        };

        public readonly bool TryBuild(ref Dates dates, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out CrampEpisode value)
        {
            value = null;
            if (_muscles is null)
            {
                return false;
            }

            dates.See(_startedAt is { } started ? DateOnly.FromDateTime(started.DateTime) : null);
            value = new CrampEpisode(_muscles)
            {
                StartedAt = _startedAt,
                DurationSeconds = _duration,
                Side = _side,
                Setting = _setting,
                RelievedByStretching = _relieved,
                PainScore = _pain,
            };
            return true;
        }
    }
}
