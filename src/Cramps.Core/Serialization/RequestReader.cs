using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Serialization;

/// <summary>Where a value is: a member of a parent path, or an item of a list; the path string is only built for an error.</summary>
internal readonly struct JsonLocation(string parent, string? member, int index = -1)
{
    /// <summary>Gets the name that messages use for the value: its member, or the list an item belongs to.</summary>
    public string Name => member ?? LastMember(parent);

    public string Path => member is not null ? parent + "." + member : index >= 0 ? JsonPaths.Index(parent, index) : parent;

    public static implicit operator JsonLocation(string path) => new(path, null);

    private static string LastMember(string path)
    {
        var end = path.Length;
        while (end > 0 && path[end - 1] == ']')
        {
            end = path.LastIndexOf('[', end - 1);
        }

        var start = path.LastIndexOf('.', Math.Max(0, end - 1)) + 1;
        return end > start ? path[start..end] : "The value";
    }
}

/// <summary>A JSON value of the request: where its first token starts in the document, and what kind of token that is.</summary>
internal readonly struct Node(int start, JsonTokenType kind)
{
    public int Start { get; } = start;

    public JsonTokenType Kind { get; } = kind;
}

/// <summary>The accepted range of a number, with the message suffix that names it (built once, never from the request).</summary>
internal sealed class Range
{
    public Range(double min, double max, bool integer)
    {
        Min = min;
        Max = max;
        Integer = integer;
        var kind = integer ? "an integer" : "a number";
        Suffix = max >= double.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $" must be {kind}, {min} or more.")
            : string.Create(CultureInfo.InvariantCulture, $" must be {kind} from {min} to {max}.");
    }

    public double Min { get; }

    public double Max { get; }

    public bool Integer { get; }

    public string Suffix { get; }

    public static Range Age { get; } = new(0, RequestLimits.MaxAgeYears, integer: true);

    public static Range Pain { get; } = new(0, RequestLimits.MaxPainScore, integer: true);

    public static Range Duration { get; } = new(RequestLimits.MinDurationSeconds, RequestLimits.MaxDurationSeconds, integer: true);

    public static Range EpisodesPerWeek { get; } = new(0, RequestLimits.MaxEpisodesPerWeek, integer: false);

    public static Range LongestMinutes { get; } = new(0, RequestLimits.MaxLongestMinutes, integer: false);

    public static Range Intake { get; } = new(0, RequestLimits.MaxIntakeQuantity, integer: false);

    public static Range LabValue { get; } = new(0, RequestLimits.MaxLabValue, integer: false);
}

/// <summary>
/// Reads a request from UTF-8 JSON strictly: every problem is collected with its path, none stops the walk, and no
/// exception escapes. Models are built only from values that passed, so their constructors never throw here.
/// </summary>
/// <remarks>
/// <para>
/// The reader never builds a document object model: a forward-only pass checks well-formedness and depth, then each
/// object is scanned once for its known members (their positions are kept, the values of unknown or repeated members
/// are skipped) and each member is read from its position in the order of the contract. Every value is therefore walked
/// a bounded number of times (at most once per level of the request's own structure), and memory beyond the input is
/// bounded by the request's own limits, whatever the input holds.
/// </para>
/// <para>
/// Errors are counted, but their paths and messages are only built for the first <see cref="CrampJson.MaxErrors"/>:
/// an input of millions of bad members costs a count, not millions of strings.
/// </para>
/// </remarks>
internal ref struct RequestReader
{
    private static readonly string[] RootProperties = ["schemaVersion", "requestId", "asOf", "patient", "episodes"];
    private static readonly string[] PatientProperties =
        ["ageYears", "sex", "pregnant", "familyHistoryOfCramps", "conditions", "medications", "labs", "lifestyle", "crampPattern", "symptoms"];

    private static readonly string[] ConditionProperties = ["id", "system", "code", "display"];
    private static readonly string[] MedicationProperties = ["name", "system", "code", "startedOn"];
    private static readonly string[] LabProperties = ["test", "loinc", "value", "unit", "collectedOn"];
    private static readonly string[] LifestyleNumbers = ["caffeineServingsPerDay", "caffeineMgPerDay", "alcoholDrinksPerWeek"];
    private static readonly string[] LifestyleProperties = [.. LifestyleNumbers, .. Inputs.LifestyleAnswers.Select(a => a.Member)];

    private static readonly string[] PatternProperties =
        ["outsideMorning", "afterExercise", "duringDialysis", "episodesPerWeek", "longestMinutes", "relievedByStretching"];

    private static readonly string[] SymptomProperties = [.. Inputs.Symptoms.Select(a => a.Member)];

    private static readonly string[] EpisodeProperties =
        ["startedAt", "durationSeconds", "muscles", "side", "setting", "relievedByStretching", "painScore"];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], byte[][]> Utf8Names = [];

    private static readonly string TooLongSuffix =
        string.Create(CultureInfo.InvariantCulture, $" must be at most {RequestLimits.MaxTextLength} characters long.");

    private readonly ReadOnlySpan<byte> _json;
    private readonly List<ValidationError> _errors;
    private int _count;
    private DateOnly? _asOf;
    private string? _requestId;

    private RequestReader(ReadOnlySpan<byte> json)
    {
        _json = json;
        _errors = [];
    }

    /// <summary>A reader of one list item: the item, its path; returns the model, or <see langword="null"/> after reporting.</summary>
    private delegate T? ItemReader<T>(ref RequestReader reader, Node item, string path);

    public static RequestParseResult Read(ReadOnlySpan<byte> utf8Json, RequestReadOptions options)
    {
        if (utf8Json.Length > options.MaxRequestBytes)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"The request must be at most {options.MaxRequestBytes} bytes.");
            return new RequestParseResult(null, [new ValidationError(JsonPaths.Root, ValidationCodes.TooLarge, message)], 1, null);
        }

        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        // A valid request is read in one pass; anything else is read again, to report every problem with its path.
        return SinglePassReader.TryRead(utf8Json, options.MaxDepth, out var valid)
            ? new RequestParseResult(valid, [], 0, valid.RequestId)
            : Report(utf8Json, options.MaxDepth);
    }

    /// <summary>Reads a request that is within the size limit and has no byte-order mark, reporting every problem it has.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <returns>The request, or every problem with its path, in the contract's order.</returns>
    internal static RequestParseResult Report(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        if (Syntax(utf8Json, maxDepth) is { } syntaxError)
        {
            return new RequestParseResult(null, [syntaxError], 1, null);
        }

        var reader = new RequestReader(utf8Json);
        return reader.ReadDocument();
    }

    private RequestParseResult ReadDocument()
    {
        AssessmentRequest? request = null;
        try
        {
            request = ReadRoot(new Node(0, At(0).TokenType));
        }
        catch (Exception exception) when (exception is ArgumentException or JsonException or InvalidOperationException)
        {
            // Defence in depth: every constraint is checked before a model is built, and the syntax was checked above.
            if (Room())
            {
                Add(JsonPaths.Root, ValidationCodes.InvalidValue, "The request is invalid: " + exception.GetType().Name + ".");
            }
        }

        return _count == 0 && request is not null
            ? new RequestParseResult(request, [], 0, _requestId)
            : new RequestParseResult(null, Capped(), _count, _requestId);
    }

    /// <summary>Checks well-formedness, text encoding and depth with a forward-only reader, reporting the first problem.</summary>
    private static ValidationError? Syntax(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                // An object or array opened at depth d is the (d + 1)th level of nesting.
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    return new ValidationError(JsonPaths.Root, ValidationCodes.TooDeep, string.Create(CultureInfo.InvariantCulture, $"The request must nest at most {maxDepth} levels deep."));
                }

                // The reader checks structure, not the text inside strings: invalid UTF-8 or lone surrogates are found here.
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && (reader.ValueIsEscaped ? !ValidEscapes(ref reader) : !Utf8.IsValid(reader.ValueSpan)))
                {
                    return InvalidText();
                }
            }

            return null;
        }
        catch (InvalidOperationException)
        {
            return InvalidText();
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {exception.BytePositionInLine + 1})")
                : string.Empty;
            return new ValidationError(JsonPaths.Root, ValidationCodes.MalformedJson, "The request is not well-formed JSON" + where + ".");
        }
    }

    /// <summary>Checks an escaped string's text by unescaping it into a bounded buffer, without building a string.</summary>
    internal static bool ValidEscapes(ref Utf8JsonReader reader)
    {
        // Unescaped text is never longer than the escaped form.
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = reader.CopyString(rented);
            return Utf8.IsValid(rented.AsSpan(0, written));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ValidationError InvalidText() =>
        new(JsonPaths.Root, ValidationCodes.MalformedJson, "The request is not well-formed JSON: a string is not valid UTF-8 text.");

    private readonly List<ValidationError> Capped()
    {
        if (_count <= _errors.Count)
        {
            return _errors;
        }

        var capped = new List<ValidationError>(_errors.Count + 1);
        capped.AddRange(_errors);
        capped.Add(new ValidationError(JsonPaths.Root, ValidationCodes.TooManyErrors, string.Create(CultureInfo.InvariantCulture, $"Only the first {CrampJson.MaxErrors} of {_count} errors are listed.")));
        return capped;
    }

    /// <summary>Counts one error; returns whether its path and message should be built (the list is not full yet).</summary>
    private bool Room()
    {
        _count++;
        return _errors.Count < CrampJson.MaxErrors;
    }

    private readonly void Add(string path, string code, string message) => _errors.Add(new ValidationError(path, code, message));

    private void Error(string path, string code, string message)
    {
        if (Room())
        {
            Add(path, code, message);
        }
    }

    /// <summary>Starts a reader at a value: the reader stands on the value's first token.</summary>
    private readonly Utf8JsonReader At(int start)
    {
        var reader = new Utf8JsonReader(_json[start..], new JsonReaderOptions { MaxDepth = 1024 });
        reader.Read();
        return reader;
    }

    private readonly Utf8JsonReader At(Node node) => At(node.Start);

    private AssessmentRequest? ReadRoot(Node root)
    {
        if (!Properties(root, JsonPaths.Root, "the request", RootProperties, out var properties))
        {
            return null;
        }

        var errors = _count;
        if (properties[0] is not { Kind: not JsonTokenType.Null } version)
        {
            Error(JsonPaths.SchemaVersion, ValidationCodes.MissingRequired, "schemaVersion is required; the supported version is \"1\".");
        }
        else if (version.Kind != JsonTokenType.String)
        {
            Error(JsonPaths.SchemaVersion, ValidationCodes.InvalidType, "schemaVersion must be the string \"1\".");
        }
        else if (!At(version).ValueTextEquals(RequestLimits.SchemaVersion))
        {
            Error(JsonPaths.SchemaVersion, ValidationCodes.UnsupportedSchemaVersion, "schemaVersion is not supported; the supported version is \"1\".");
        }

        _requestId = RequestId(properties[1]);
        _asOf = Date(properties[2], JsonPaths.AsOf, checkFuture: false);
        var patient = properties[3] is { Kind: not JsonTokenType.Null } p ? Patient(p) : PatientHistory.Unknown;
        var episodes = List(properties[4], JsonPaths.Episodes, "episodes", RequestLimits.MaxEpisodes, static (ref RequestReader r, Node n, string path) => r.Episode(n, path));
        return _count == errors && patient is not null ? new AssessmentRequest(patient, episodes, _asOf) { RequestId = _requestId } : null;
    }

    private string? RequestId(Node? element)
    {
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            return null;
        }

        if (value.Kind != JsonTokenType.String)
        {
            Error(JsonPaths.RequestId, ValidationCodes.InvalidType, "requestId must be a string or null.");
            return null;
        }

        var reader = At(value);
        var id = reader.ValueSpan.Length <= 6 * RequestLimits.MaxRequestIdLength ? reader.GetString() : null;
        if (id is null || !RequestIds.IsValid(id))
        {
            Error(JsonPaths.RequestId, ValidationCodes.InvalidValue, RequestIds.Rule);
            return null;
        }

        return id;
    }

    private PatientHistory? Patient(Node element)
    {
        const string Path = JsonPaths.Patient;
        if (!Properties(element, Path, "patient", PatientProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var age = Integer(p[0], Path + ".ageYears", Range.Age);
        var sex = Enum(p[1], Path + ".sex", WireNames.Sex);
        var pregnant = Bool(p[2], Path + ".pregnant");
        var family = Bool(p[3], Path + ".familyHistoryOfCramps");
        var conditions = List(p[4], JsonPaths.Conditions, "conditions", RequestLimits.MaxConditions, static (ref RequestReader r, Node n, string path) => r.Condition(n, path));
        var medications = List(p[5], JsonPaths.Medications, "medications", RequestLimits.MaxMedications, static (ref RequestReader r, Node n, string path) => r.Medication(n, path));
        var labs = List(p[6], JsonPaths.Labs, "labs", RequestLimits.MaxLabs, static (ref RequestReader r, Node n, string path) => r.Lab(n, path));
        var lifestyle = p[7] is { Kind: not JsonTokenType.Null } l ? Lifestyle(l) : Core.Lifestyle.Unknown;
        var pattern = p[8] is { Kind: not JsonTokenType.Null } c ? Pattern(c) : CrampPattern.Unknown;
        var symptoms = p[9] is { Kind: not JsonTokenType.Null } s ? Symptoms(s) : Core.Symptoms.Unknown;
        if (_count != errors || lifestyle is null || pattern is null || symptoms is null)
        {
            return null;
        }

        return new PatientHistory
        {
            AgeYears = age,
            Sex = sex,
            Pregnant = pregnant,
            FamilyHistoryOfCramps = family,
            Conditions = conditions,
            Medications = medications,
            Labs = labs,
            Lifestyle = lifestyle,
            CrampPattern = pattern,
            Symptoms = symptoms,
        };
    }

    private Condition? Condition(Node element, string path)
    {
        if (!Properties(element, path, "a condition", ConditionProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var id = Text(p[0], new JsonLocation(path, "id"));
        var system = Enum(p[1], new JsonLocation(path, "system"), WireNames.ConditionSystem);
        var code = Text(p[2], new JsonLocation(path, "code"));
        var display = Text(p[3], new JsonLocation(path, "display"));
        if (_count != errors)
        {
            return null;
        }

        if (!Identified(path, id is not null, system is not null, code is not null, "An entry needs id, or system and code."))
        {
            return null;
        }

        return new Condition(id, system, code) { Display = display };
    }

    private Medication? Medication(Node element, string path)
    {
        if (!Properties(element, path, "a medication", MedicationProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var name = Text(p[0], new JsonLocation(path, "name"));
        var system = Enum(p[1], new JsonLocation(path, "system"), WireNames.MedicationSystem);
        var code = Text(p[2], new JsonLocation(path, "code"));
        var startedOn = Date(p[3], new JsonLocation(path, "startedOn"), checkFuture: true);
        if (_count != errors || !Identified(path, name is not null, system is not null, code is not null, "An entry needs name, or system and code."))
        {
            return null;
        }

        return new Medication(name, system, code) { StartedOn = startedOn };
    }

    /// <summary>Checks that an item names itself by its own id or name, or by system and code together.</summary>
    private bool Identified(string path, bool hasOwnName, bool hasSystem, bool hasCode, string needs)
    {
        if (hasSystem != hasCode)
        {
            if (Room())
            {
                Add(path + (hasSystem ? ".code" : ".system"), ValidationCodes.MissingRequired, hasSystem ? "code is required together with system." : "system is required together with code.");
            }

            return false;
        }

        if (!hasOwnName && !hasCode)
        {
            Error(path, ValidationCodes.MissingRequired, needs);
            return false;
        }

        return true;
    }

    private LabResult? Lab(Node element, string path)
    {
        if (!Properties(element, path, "a lab result", LabProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var test = Text(p[0], new JsonLocation(path, "test"));
        var loinc = Text(p[1], new JsonLocation(path, "loinc"));
        var value = Number(p[2], new JsonLocation(path, "value"), Range.LabValue, required: true);
        var unit = Text(p[3], new JsonLocation(path, "unit"), required: true);
        var collectedOn = Date(p[4], new JsonLocation(path, "collectedOn"), checkFuture: true);
        if (test is null && loinc is null && p[0] is null or { Kind: JsonTokenType.Null } && p[1] is null or { Kind: JsonTokenType.Null })
        {
            Error(path, ValidationCodes.MissingRequired, "A lab result needs test or loinc.");
        }

        if (_count != errors)
        {
            return null;
        }

        var resolved = LabCatalog.Resolve(test, loinc);
        if (resolved.Conflict)
        {
            Error(path + ".loinc", ValidationCodes.InvalidValue, "test and loinc name different tests.");
            return null;
        }

        if (resolved.Test is { } known && known.Convert(value!.Value, unit!) is null)
        {
            // The unit is not quoted: whatever the request holds there is the caller's text, not a unit of the table.
            if (Room())
            {
                Add(path + ".unit", ValidationCodes.UnsupportedUnit, "unit is not an accepted unit for " + known.Id + " (accepted: " + string.Join(", ", known.AcceptedUnits.Select(u => u.Unit)) + ").");
            }

            return null;
        }

        return new LabResult(test, loinc, value!.Value, unit!) { CollectedOn = collectedOn };
    }

    private Lifestyle? Lifestyle(Node element)
    {
        const string Path = JsonPaths.Lifestyle + ".";
        if (!Properties(element, JsonPaths.Lifestyle, "lifestyle", LifestyleProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var servings = Number(p[0], Path + "caffeineServingsPerDay", Range.Intake);
        var milligrams = Number(p[1], Path + "caffeineMgPerDay", Range.Intake);
        var drinks = Number(p[2], Path + "alcoholDrinksPerWeek", Range.Intake);
        var (known, yes) = Answers(p, LifestyleNumbers.Length, Inputs.LifestyleAnswers);
        return _count == errors
            ? new Lifestyle(known, yes) { CaffeineServingsPerDay = servings, CaffeineMgPerDay = milligrams, AlcoholDrinksPerWeek = drinks }
            : null;
    }

    private CrampPattern? Pattern(Node element)
    {
        const string Path = JsonPaths.CrampPattern + ".";
        if (!Properties(element, JsonPaths.CrampPattern, "crampPattern", PatternProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var result = new CrampPattern
        {
            OutsideMorning = Bool(p[0], Path + "outsideMorning"),
            AfterExercise = Bool(p[1], Path + "afterExercise"),
            DuringDialysis = Bool(p[2], Path + "duringDialysis"),
            EpisodesPerWeek = Number(p[3], Path + "episodesPerWeek", Range.EpisodesPerWeek),
            LongestMinutes = Number(p[4], Path + "longestMinutes", Range.LongestMinutes),
            RelievedByStretching = Bool(p[5], Path + "relievedByStretching"),
        };
        return _count == errors ? result : null;
    }

    private Symptoms? Symptoms(Node element)
    {
        if (!Properties(element, JsonPaths.Symptoms, "symptoms", SymptomProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var (known, yes) = Answers(p, 0, Inputs.Symptoms);
        return _count == errors ? new Symptoms(known, yes) : null;
    }

    /// <summary>
    /// Reads the yes/no answers of one object from the members found at <paramref name="first"/> onwards, in declaration
    /// order, as one bit each for the section's constructor (as the one-pass reader reads them).
    /// </summary>
    private (ulong Known, ulong Yes) Answers(Node?[] found, int first, IReadOnlyList<YesNoInput> answers)
    {
        var (known, yes) = (0UL, 0UL);
        for (var i = 0; i < answers.Count; i++)
        {
            if (Bool(found[first + i], answers[i].Path) is { } value)
            {
                known |= 1UL << i;
                yes |= value ? 1UL << i : 0;
            }
        }

        return (known, yes);
    }

    private CrampEpisode? Episode(Node element, string path)
    {
        if (!Properties(element, path, "an episode", EpisodeProperties, out var p))
        {
            return null;
        }

        var errors = _count;
        var startedAt = Timestamp(p[0], new JsonLocation(path, "startedAt"));
        var duration = Integer(p[1], new JsonLocation(path, "durationSeconds"), Range.Duration);
        var muscles = Muscles(p[2], new JsonLocation(path, "muscles"));
        var side = Enum(p[3], new JsonLocation(path, "side"), WireNames.Side);
        var setting = Enum(p[4], new JsonLocation(path, "setting"), WireNames.Setting);
        var relieved = Bool(p[5], new JsonLocation(path, "relievedByStretching"));
        var pain = Integer(p[6], new JsonLocation(path, "painScore"), Range.Pain);
        if (_count != errors || muscles is null)
        {
            return null;
        }

        return new CrampEpisode(muscles)
        {
            StartedAt = startedAt,
            DurationSeconds = duration,
            Side = side,
            Setting = setting,
            RelievedByStretching = relieved,
            PainScore = pain,
        };
    }

    private List<MuscleRegion>? Muscles(Node? element, JsonLocation at)
    {
        var path = at.Path;
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            if (Room())
            {
                Add(path, ValidationCodes.MissingRequired, "muscles is required: a list of at least one of " + string.Join(", ", WireNames.Muscle.All) + ".");
            }

            return null;
        }

        var errors = _count;
        var parsed = List(value, path, "muscles", RequestLimits.MaxMusclesPerEpisode, static (ref RequestReader r, Node n, string itemPath) => r.Enum(n, itemPath, WireNames.Muscle, allowNull: false));
        if (parsed is null || _count != errors)
        {
            return null;
        }

        var muscles = parsed.Select(m => m!.Value).ToList();
        if (muscles.Count == 0)
        {
            Error(path, ValidationCodes.MissingRequired, "muscles must name at least one muscle region.");
            return null;
        }

        for (var i = 1; i < muscles.Count; i++)
        {
            if (muscles.IndexOf(muscles[i]) < i)
            {
                if (Room())
                {
                    Add(JsonPaths.Index(path, i), ValidationCodes.InvalidValue, "muscles must name each region at most once.");
                }

                return null;
            }
        }

        return muscles;
    }

    /// <summary>Collects an object's members by name, reporting wrong types, duplicates and unknown names.</summary>
    /// <remarks>The values of unknown and repeated members are skipped unread; their names are only read for a reported error.</remarks>
    private bool Properties(Node element, string path, string what, string[] names, out Node?[] values)
    {
        values = new Node?[names.Length];
        if (element.Kind != JsonTokenType.StartObject)
        {
            if (Room())
            {
                Add(path, ValidationCodes.InvalidType, what + " must be a JSON object.");
            }

            return false;
        }

        var utf8 = Utf8Names.GetValue(names, static n => [.. n.Select(System.Text.Encoding.UTF8.GetBytes)]);
        var reader = At(element);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            for (var i = 0; i < utf8.Length && index < 0; i++)
            {
                index = reader.ValueTextEquals(utf8[i]) ? i : -1;
            }

            var known = index >= 0 && values[index] is null;
            var name = !known && Room() ? reader.GetString()! : null;
            reader.Read();
            if (known)
            {
                values[index] = new Node(element.Start + checked((int)reader.TokenStartIndex), reader.TokenType);
            }
            else if (name is not null && index < 0)
            {
                Add(PropertyPath(path, name), ValidationCodes.UnknownProperty, "This property is not part of " + what + "; allowed: " + string.Join(", ", names) + ".");
            }
            else if (name is not null)
            {
                Add(PropertyPath(path, name), ValidationCodes.DuplicateProperty, "This property appears more than once.");
            }

            reader.Skip();
        }

        return true;
    }

    /// <summary>Gets a list item's path, from the cache for the request's own lists.</summary>
    private static string ItemPath(string list, int index) => list switch
    {
        JsonPaths.Episodes => JsonPaths.Episode(index),
        JsonPaths.Conditions => JsonPaths.Condition(index),
        JsonPaths.Medications => JsonPaths.Medication(index),
        JsonPaths.Labs => JsonPaths.Lab(index),
        _ => JsonPaths.Index(list, index),
    };

    /// <summary>Gets the path of a member by name: <c>.name</c> for a plain name, else <c>['…']</c> with the name shown safely.</summary>
    /// <remarks>Control, format and separator characters are written as <c>\uXXXX</c> and long names are cut, so a path is one printable line.</remarks>
    private static string PropertyPath(string path, string name)
    {
        var simple = name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (simple)
        {
            return path + "." + name;
        }

        var shown = name.Length > 64 ? name[..64] + "…" : name;
        return path + "['" + SafeText.Escape(shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)) + "']";
    }

    private List<T>? List<T>(Node? element, string path, string name, int max, ItemReader<T> item)
    {
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            return null;
        }

        if (value.Kind != JsonTokenType.StartArray)
        {
            Error(path, ValidationCodes.InvalidType, name + " must be a JSON array or null.");
            return null;
        }

        // The items' positions, counted no further than one past the limit.
        var entries = new List<Node>();
        var reader = At(value);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray && entries.Count <= max)
        {
            entries.Add(new Node(value.Start + checked((int)reader.TokenStartIndex), reader.TokenType));
            reader.Skip();
        }

        if (entries.Count > max)
        {
            if (Room())
            {
                Add(path, ValidationCodes.TooManyItems, string.Create(CultureInfo.InvariantCulture, $"{name} must hold at most {max} items."));
            }

            return null;
        }

        var items = new List<T>(entries.Count);
        for (var index = 0; index < entries.Count; index++)
        {
            var itemPath = ItemPath(path, index);
            if (entries[index].Kind == JsonTokenType.Null)
            {
                Error(itemPath, ValidationCodes.InvalidType, "A list item must not be null.");
                continue;
            }

            if (item(ref this, entries[index], itemPath) is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return items;
    }

    private bool? Bool(Node? element, JsonLocation at) => element?.Kind switch
    {
        null or JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => Invalid<bool?>(at, ValidationCodes.InvalidType, " must be true, false or null."),
    };

    private int? Integer(Node? element, JsonLocation at, Range range)
    {
        if (Raw(element, at, " must be an integer or null.") is not { } number)
        {
            return null;
        }

        return number != Math.Floor(number) || number < range.Min || number > range.Max
            ? Invalid<int?>(at, ValidationCodes.OutOfRange, range.Suffix)
            : (int)number;
    }

    private double? Number(Node? element, JsonLocation at, Range range, bool required = false)
    {
        if (required && element is null or { Kind: JsonTokenType.Null })
        {
            return Invalid<double?>(at, ValidationCodes.MissingRequired, " is required.");
        }

        if (Raw(element, at, " must be a number or null.") is not { } number)
        {
            return null;
        }

        return number < range.Min || number > range.Max
            ? Invalid<double?>(at, ValidationCodes.OutOfRange, range.Suffix)
            : number;
    }

    /// <summary>Reads a JSON number as a finite double; reports wrong types and numbers too large to represent.</summary>
    private double? Raw(Node? element, JsonLocation at, string wrongType)
    {
        if (element is not { Kind: not JsonTokenType.Null } present)
        {
            return null;
        }

        if (present.Kind != JsonTokenType.Number)
        {
            return Invalid<double?>(at, ValidationCodes.InvalidType, wrongType);
        }

        return At(present).TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : Invalid<double?>(at, ValidationCodes.OutOfRange, " is too large to represent.");
    }

    private string? Text(Node? element, JsonLocation at, bool required = false)
    {
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            return required ? Invalid<string?>(at, ValidationCodes.MissingRequired, " is required.") : null;
        }

        if (value.Kind != JsonTokenType.String)
        {
            return Invalid<string?>(at, ValidationCodes.InvalidType, required ? " must be a string." : " must be a string or null.");
        }

        // A JSON string takes at most 6 bytes per UTF-16 unit (\uXXXX), so a longer one is too long without decoding it.
        var reader = At(value);
        if (reader.ValueSpan.Length > 6 * RequestLimits.MaxTextLength)
        {
            return Invalid<string?>(at, ValidationCodes.TooLong, TooLongSuffix);
        }

        var text = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Invalid<string?>(at, ValidationCodes.InvalidValue, " must not be empty.");
        }

        return text.Length > RequestLimits.MaxTextLength ? Invalid<string?>(at, ValidationCodes.TooLong, TooLongSuffix) : text;
    }

    private TEnum? Enum<TEnum>(Node? element, JsonLocation at, EnumNames<TEnum> names, bool allowNull = true)
        where TEnum : struct, System.Enum
    {
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            return allowNull ? null : InvalidEnum<TEnum>(at, ValidationCodes.InvalidType, names, allowNull);
        }

        if (value.Kind != JsonTokenType.String)
        {
            return InvalidEnum(at, ValidationCodes.InvalidType, names, allowNull);
        }

        // Wire names are short: a longer string is not one of them, and is not decoded.
        var reader = At(value);
        return reader.ValueSpan.Length <= 64 && names.TryParse(reader.GetString()!, out var parsed)
            ? parsed
            : InvalidEnum(at, ValidationCodes.InvalidEnum, names, allowNull);
    }

    private TEnum? InvalidEnum<TEnum>(JsonLocation at, string code, EnumNames<TEnum> names, bool allowNull)
        where TEnum : struct, System.Enum
    {
        if (Room())
        {
            Add(at.Path, code, at.Name + " must be one of " + string.Join(", ", names.All) + (allowNull ? " or null." : "."));
        }

        return null;
    }

    private DateOnly? Date(Node? element, JsonLocation at, bool checkFuture)
    {
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            return null;
        }

        if (value.Kind != JsonTokenType.String)
        {
            return Invalid<DateOnly?>(at, ValidationCodes.InvalidType, " must be a date in the form yyyy-MM-dd.");
        }

        var reader = At(value);
        if (reader.ValueSpan.Length > 64
            || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Invalid<DateOnly?>(at, ValidationCodes.InvalidValue, " must be a date in the form yyyy-MM-dd.");
        }

        return checkFuture && date > _asOf ? Invalid<DateOnly?>(at, ValidationCodes.FutureDate, " must not lie after asOf.") : date;
    }

    private DateTimeOffset? Timestamp(Node? element, JsonLocation at)
    {
        if (element is not { Kind: not JsonTokenType.Null } value)
        {
            return null;
        }

        var reader = At(value);
        if (value.Kind != JsonTokenType.String || reader.ValueSpan.Length > 64 || !RequestPatterns.DateTime().IsMatch(reader.GetString()!) || !reader.TryGetDateTimeOffset(out var timestamp))
        {
            var code = value.Kind == JsonTokenType.String ? ValidationCodes.InvalidValue : ValidationCodes.InvalidType;
            return Invalid<DateTimeOffset?>(at, code, " must be an ISO 8601 date-time with an offset, such as 2026-11-20T02:40:00-05:00.");
        }

        return DateOnly.FromDateTime(timestamp.DateTime) > _asOf ? Invalid<DateTimeOffset?>(at, ValidationCodes.FutureDate, " must not lie after asOf.") : timestamp;
    }

    /// <summary>Reports an error whose message is the value's name and a fixed suffix; neither is built past the cap.</summary>
    private T Invalid<T>(JsonLocation at, string code, string suffix)
    {
        if (Room())
        {
            Add(at.Path, code, at.Name + suffix);
        }

        return default!;
    }
}

/// <summary>The compiled patterns of the request reader.</summary>
internal static partial class RequestPatterns
{
    [GeneratedRegex(CrampJsonSchema.DateTimePattern, RegexOptions.CultureInvariant)]
    public static partial Regex DateTime();
}
