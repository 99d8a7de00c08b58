using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Serialization;

/// <summary>Where a value is: a member of a parent path, or an item of a list; the path string is only built for an error.</summary>
internal readonly struct Loc(string parent, string? member, int index = -1)
{
    /// <summary>Gets the name that messages use for the value: its member, or the list an item belongs to.</summary>
    public string Name => member ?? LastMember(parent);

    public string Path => member is not null ? parent + "." + member : index >= 0 ? JsonPaths.Index(parent, index) : parent;

    public static implicit operator Loc(string path) => new(path, null);

    public Loc Item(int i) => new(Path, null, i);

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

/// <summary>
/// Reads a request from UTF-8 JSON strictly: every problem is collected with its path, none stops the walk, and no
/// exception escapes. Models are built only from values that passed, so their constructors never throw here.
/// </summary>
internal sealed partial class RequestReader
{
    private static readonly string[] RootProperties = ["schemaVersion", "asOf", "patient", "episodes"];
    private static readonly string[] PatientProperties =
        ["ageYears", "sex", "pregnant", "familyHistoryOfCramps", "conditions", "medications", "labs", "lifestyle", "crampPattern", "symptoms"];

    private static readonly string[] ConditionProperties = ["id", "system", "code", "display"];
    private static readonly string[] MedicationProperties = ["name", "system", "code", "startedOn"];
    private static readonly string[] LabProperties = ["test", "loinc", "value", "unit", "collectedOn"];
    private static readonly string[] LifestyleProperties =
    [
        "caffeineServingsPerDay", "caffeineMgPerDay", "alcoholDrinksPerWeek", "restrictedDiet", "lowSaltDiet", "fluidRestriction",
        "repetitiveMotionFatigue", "prolongedSittingOrStanding", "regularExerciseOrStretching", "heatOrHeavySweating",
        "recentVomitingOrDiarrhea", "homeParenteralNutrition", "usedQuinineForCramps",
    ];

    private static readonly string[] PatternProperties =
        ["outsideMorning", "afterExercise", "duringDialysis", "episodesPerWeek", "longestMinutes", "relievedByStretching"];

    private static readonly string[] SymptomProperties =
    [
        "chestPainOrBreathlessness", "confusionOrFainting", "highTemperature", "darkOrScantUrine", "severeMusclePainOrSwelling",
        "oneSidedLegSwelling", "newWeakness", "muscleWasting", "muscleTwitching", "numbnessOrTingling", "tinglingAroundMouth",
        "handsOrFeetLockingInSpasm", "throatTighteningOrSeizure", "legPainWithWalkingEasedByRest", "legPainEasedByBendingForward",
        "urgeToMoveLegs", "morningStiffnessShouldersHips", "newHeadacheJawPainOrVisionChange",
    ];

    private static readonly string[] EpisodeProperties =
        ["startedAt", "durationSeconds", "muscles", "side", "setting", "relievedByStretching", "painScore"];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], byte[][]> Utf8Names = [];

    private readonly List<ValidationError> _errors = [];
    private DateOnly? _asOf;

    public static RequestParseResult Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new RequestReader();
        return reader.ReadDocument(utf8Json);
    }

    private RequestParseResult ReadDocument(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > CrampJson.MaxRequestBytes)
        {
            return Fail(JsonPaths.Root, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"The request must be at most {CrampJson.MaxRequestBytes} bytes."));
        }

        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        if (Syntax(utf8Json) is { } syntaxError)
        {
            return new RequestParseResult(null, [syntaxError]);
        }

        // Safe now: the syntax and the depth were checked above.
        using var document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = CrampJson.MaxDepth + 1 });
        AssessmentRequest? request = null;
        try
        {
            request = ReadRoot(document.RootElement);
        }
        catch (ArgumentException exception)
        {
            // Defence in depth: every constraint is checked before a model is built, so this is not expected.
            Error(JsonPaths.Root, ValidationCodes.InvalidValue, "The request is invalid: " + exception.GetType().Name + ".");
        }

        return _errors.Count == 0 && request is not null
            ? new RequestParseResult(request, [])
            : new RequestParseResult(null, Capped());
    }

    /// <summary>Checks well-formedness and depth with a forward-only reader, reporting the first problem's position.</summary>
    private static ValidationError? Syntax(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CrampJson.MaxDepth + 8, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth > CrampJson.MaxDepth)
                {
                    return new ValidationError(JsonPaths.Root, ValidationCodes.TooDeep, string.Create(CultureInfo.InvariantCulture, $"The request must nest at most {CrampJson.MaxDepth} levels deep."));
                }

                // The reader checks structure, not the text inside strings: invalid UTF-8 or lone surrogates are found here.
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && (reader.ValueIsEscaped ? reader.GetString() is null : !Utf8.IsValid(reader.ValueSpan)))
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

    private static ValidationError InvalidText() =>
        new(JsonPaths.Root, ValidationCodes.MalformedJson, "The request is not well-formed JSON: a string is not valid UTF-8 text.");

    private static RequestParseResult Fail(string path, string code, string message) => new(null, [new ValidationError(path, code, message)]);

    private List<ValidationError> Capped()
    {
        if (_errors.Count <= CrampJson.MaxErrors)
        {
            return _errors;
        }

        var capped = _errors.GetRange(0, CrampJson.MaxErrors);
        capped.Add(new ValidationError(JsonPaths.Root, ValidationCodes.TooManyErrors, string.Create(CultureInfo.InvariantCulture, $"Only the first {CrampJson.MaxErrors} of {_errors.Count} errors are listed.")));
        return capped;
    }

    private void Error(string path, string code, string message) => _errors.Add(new ValidationError(path, code, message));

    private AssessmentRequest? ReadRoot(JsonElement root)
    {
        if (!Properties(root, JsonPaths.Root, "the request", RootProperties, out var properties))
        {
            return null;
        }

        var errors = _errors.Count;
        if (properties[0] is not { ValueKind: not JsonValueKind.Null } version)
        {
            Error(JsonPaths.SchemaVersion, ValidationCodes.MissingRequired, "schemaVersion is required; the supported version is \"1\".");
        }
        else if (version.ValueKind != JsonValueKind.String)
        {
            Error(JsonPaths.SchemaVersion, ValidationCodes.InvalidType, "schemaVersion must be the string \"1\".");
        }
        else if (!version.ValueEquals(RequestLimits.SchemaVersion))
        {
            Error(JsonPaths.SchemaVersion, ValidationCodes.UnsupportedSchemaVersion, "schemaVersion is not supported; the supported version is \"1\".");
        }

        _asOf = Date(properties[1], JsonPaths.AsOf, checkFuture: false);
        var patient = properties[2] is { ValueKind: not JsonValueKind.Null } p ? Patient(p) : PatientHistory.Unknown;
        var episodes = List(properties[3], JsonPaths.Episodes, "episodes", RequestLimits.MaxEpisodes, Episode);
        return _errors.Count == errors && patient is not null ? new AssessmentRequest(patient, episodes, _asOf) : null;
    }

    private PatientHistory? Patient(JsonElement element)
    {
        const string Path = JsonPaths.Patient;
        if (!Properties(element, Path, "patient", PatientProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var age = Integer(p[0], Path + ".ageYears", 0, RequestLimits.MaxAgeYears);
        var sex = Enum(p[1], Path + ".sex", WireNames.Sex);
        var pregnant = Bool(p[2], Path + ".pregnant");
        var family = Bool(p[3], Path + ".familyHistoryOfCramps");
        var conditions = List(p[4], JsonPaths.Conditions, "conditions", RequestLimits.MaxConditions, Condition);
        var medications = List(p[5], JsonPaths.Medications, "medications", RequestLimits.MaxMedications, Medication);
        var labs = List(p[6], JsonPaths.Labs, "labs", RequestLimits.MaxLabs, Lab);
        var lifestyle = p[7] is { ValueKind: not JsonValueKind.Null } l ? Lifestyle(l) : Core.Lifestyle.Unknown;
        var pattern = p[8] is { ValueKind: not JsonValueKind.Null } c ? Pattern(c) : CrampPattern.Unknown;
        var symptoms = p[9] is { ValueKind: not JsonValueKind.Null } s ? Symptoms(s) : Core.Symptoms.Unknown;
        if (_errors.Count != errors || lifestyle is null || pattern is null || symptoms is null)
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

    private Condition? Condition(JsonElement element, string path)
    {
        if (!Properties(element, path, "a condition", ConditionProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var id = Text(p[0], new Loc(path, "id"));
        var system = Enum(p[1], new Loc(path, "system"), WireNames.ConditionSystem);
        var code = Text(p[2], new Loc(path, "code"));
        var display = Text(p[3], new Loc(path, "display"));
        if (_errors.Count != errors)
        {
            return null;
        }

        if (!Identified(path, id is not null, system is not null, code is not null, "id"))
        {
            return null;
        }

        return new Condition(id, system, code) { Display = display };
    }

    private Medication? Medication(JsonElement element, string path)
    {
        if (!Properties(element, path, "a medication", MedicationProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var name = Text(p[0], new Loc(path, "name"));
        var system = Enum(p[1], new Loc(path, "system"), WireNames.MedicationSystem);
        var code = Text(p[2], new Loc(path, "code"));
        var startedOn = Date(p[3], new Loc(path, "startedOn"), checkFuture: true);
        if (_errors.Count != errors || !Identified(path, name is not null, system is not null, code is not null, "name"))
        {
            return null;
        }

        return new Medication(name, system, code) { StartedOn = startedOn };
    }

    /// <summary>Checks that an item names itself by its own id or name, or by system and code together.</summary>
    private bool Identified(string path, bool hasOwnName, bool hasSystem, bool hasCode, string ownName)
    {
        if (hasSystem != hasCode)
        {
            var missing = hasSystem ? "code" : "system";
            Error(path + "." + missing, ValidationCodes.MissingRequired, missing + " is required together with " + (hasSystem ? "system" : "code") + ".");
            return false;
        }

        if (!hasOwnName && !hasCode)
        {
            Error(path, ValidationCodes.MissingRequired, "An entry needs " + ownName + ", or system and code.");
            return false;
        }

        return true;
    }

    private LabResult? Lab(JsonElement element, string path)
    {
        if (!Properties(element, path, "a lab result", LabProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var test = Text(p[0], new Loc(path, "test"));
        var loinc = Text(p[1], new Loc(path, "loinc"));
        var value = Number(p[2], new Loc(path, "value"), 0, RequestLimits.MaxLabValue, required: true);
        var unit = Text(p[3], new Loc(path, "unit"), required: true);
        var collectedOn = Date(p[4], new Loc(path, "collectedOn"), checkFuture: true);
        if (test is null && loinc is null && p[0] is null or { ValueKind: JsonValueKind.Null } && p[1] is null or { ValueKind: JsonValueKind.Null })
        {
            Error(path, ValidationCodes.MissingRequired, "A lab result needs test or loinc.");
        }

        if (_errors.Count != errors)
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
            Error(path + ".unit", ValidationCodes.UnsupportedUnit, "The unit " + QuotedUnit(unit!) + " is not accepted for " + known.Id + "; accepted units: " + string.Join(", ", known.AcceptedUnits.Select(u => u.Unit)) + ".");
            return null;
        }

        return new LabResult(test, loinc, value!.Value, unit!) { CollectedOn = collectedOn };
    }

    private Lifestyle? Lifestyle(JsonElement element)
    {
        const string Path = JsonPaths.Lifestyle + ".";
        if (!Properties(element, JsonPaths.Lifestyle, "lifestyle", LifestyleProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var result = new Lifestyle
        {
            CaffeineServingsPerDay = Number(p[0], Path + "caffeineServingsPerDay", 0, RequestLimits.MaxIntakeQuantity),
            CaffeineMgPerDay = Number(p[1], Path + "caffeineMgPerDay", 0, RequestLimits.MaxIntakeQuantity),
            AlcoholDrinksPerWeek = Number(p[2], Path + "alcoholDrinksPerWeek", 0, RequestLimits.MaxIntakeQuantity),
            RestrictedDiet = Bool(p[3], Path + "restrictedDiet"),
            LowSaltDiet = Bool(p[4], Path + "lowSaltDiet"),
            FluidRestriction = Bool(p[5], Path + "fluidRestriction"),
            RepetitiveMotionFatigue = Bool(p[6], Path + "repetitiveMotionFatigue"),
            ProlongedSittingOrStanding = Bool(p[7], Path + "prolongedSittingOrStanding"),
            RegularExerciseOrStretching = Bool(p[8], Path + "regularExerciseOrStretching"),
            HeatOrHeavySweating = Bool(p[9], Path + "heatOrHeavySweating"),
            RecentVomitingOrDiarrhea = Bool(p[10], Path + "recentVomitingOrDiarrhea"),
            HomeParenteralNutrition = Bool(p[11], Path + "homeParenteralNutrition"),
            UsedQuinineForCramps = Bool(p[12], Path + "usedQuinineForCramps"),
        };
        return _errors.Count == errors ? result : null;
    }

    private CrampPattern? Pattern(JsonElement element)
    {
        const string Path = JsonPaths.CrampPattern + ".";
        if (!Properties(element, JsonPaths.CrampPattern, "crampPattern", PatternProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var result = new CrampPattern
        {
            OutsideMorning = Bool(p[0], Path + "outsideMorning"),
            AfterExercise = Bool(p[1], Path + "afterExercise"),
            DuringDialysis = Bool(p[2], Path + "duringDialysis"),
            EpisodesPerWeek = Number(p[3], Path + "episodesPerWeek", 0, RequestLimits.MaxEpisodesPerWeek),
            LongestMinutes = Number(p[4], Path + "longestMinutes", 0, RequestLimits.MaxLongestMinutes),
            RelievedByStretching = Bool(p[5], Path + "relievedByStretching"),
        };
        return _errors.Count == errors ? result : null;
    }

    private Symptoms? Symptoms(JsonElement element)
    {
        const string Path = JsonPaths.Symptoms + ".";
        if (!Properties(element, JsonPaths.Symptoms, "symptoms", SymptomProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        bool? B(int i) => Bool(p[i], Path + SymptomProperties[i]);
        var result = new Symptoms
        {
            ChestPainOrBreathlessness = B(0),
            ConfusionOrFainting = B(1),
            HighTemperature = B(2),
            DarkOrScantUrine = B(3),
            SevereMusclePainOrSwelling = B(4),
            OneSidedLegSwelling = B(5),
            NewWeakness = B(6),
            MuscleWasting = B(7),
            MuscleTwitching = B(8),
            NumbnessOrTingling = B(9),
            TinglingAroundMouth = B(10),
            HandsOrFeetLockingInSpasm = B(11),
            ThroatTighteningOrSeizure = B(12),
            LegPainWithWalkingEasedByRest = B(13),
            LegPainEasedByBendingForward = B(14),
            UrgeToMoveLegs = B(15),
            MorningStiffnessShouldersHips = B(16),
            NewHeadacheJawPainOrVisionChange = B(17),
        };
        return _errors.Count == errors ? result : null;
    }

    private CrampEpisode? Episode(JsonElement element, string path)
    {
        if (!Properties(element, path, "an episode", EpisodeProperties, out var p))
        {
            return null;
        }

        var errors = _errors.Count;
        var startedAt = Timestamp(p[0], new Loc(path, "startedAt"));
        var duration = Integer(p[1], new Loc(path, "durationSeconds"), RequestLimits.MinDurationSeconds, RequestLimits.MaxDurationSeconds);
        var muscles = Muscles(p[2], new Loc(path, "muscles"));
        var side = Enum(p[3], new Loc(path, "side"), WireNames.Side);
        var setting = Enum(p[4], new Loc(path, "setting"), WireNames.Setting);
        var relieved = Bool(p[5], new Loc(path, "relievedByStretching"));
        var pain = Integer(p[6], new Loc(path, "painScore"), 0, RequestLimits.MaxPainScore);
        if (_errors.Count != errors || muscles is null)
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

    private List<MuscleRegion>? Muscles(JsonElement? element, Loc at)
    {
        var path = at.Path;
        if (element is not { ValueKind: not JsonValueKind.Null } value)
        {
            Error(path, ValidationCodes.MissingRequired, "muscles is required: a list of at least one of " + string.Join(", ", WireNames.Muscle.All) + ".");
            return null;
        }

        var errors = _errors.Count;
        var parsed = List(value, path, "muscles", RequestLimits.MaxMusclesPerEpisode, (item, itemPath) => Enum(item, itemPath, WireNames.Muscle, allowNull: false));
        if (parsed is null || _errors.Count != errors)
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
                Error(JsonPaths.Index(path, i), ValidationCodes.InvalidValue, "muscles must name each region at most once.");
                return null;
            }
        }

        return muscles;
    }

    /// <summary>Collects an object's properties by name, reporting wrong types, duplicates and unknown names.</summary>
    private bool Properties(JsonElement element, string path, string what, string[] names, out JsonElement?[] values)
    {
        values = new JsonElement?[names.Length];
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, ValidationCodes.InvalidType, what + " must be a JSON object.");
            return false;
        }

        var utf8 = Utf8Names.GetValue(names, static n => [.. n.Select(System.Text.Encoding.UTF8.GetBytes)]);
        foreach (var property in element.EnumerateObject())
        {
            var index = -1;
            for (var i = 0; i < utf8.Length && index < 0; i++)
            {
                index = property.NameEquals(utf8[i]) ? i : -1;
            }

            if (index < 0)
            {
                Error(PropertyPath(path, property.Name), ValidationCodes.UnknownProperty, "This property is not part of " + what + "; allowed: " + string.Join(", ", names) + ".");
            }
            else if (values[index] is not null)
            {
                Error(PropertyPath(path, property.Name), ValidationCodes.DuplicateProperty, "This property appears more than once.");
            }
            else
            {
                values[index] = property.Value;
            }
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

    /// <summary>Quotes a unit for a message when it looks like a unit (short, no control characters); a unit is not patient text.</summary>
    private static string QuotedUnit(string unit) =>
        unit.Length <= 20 && !unit.Any(char.IsControl) ? "'" + unit + "'" : "given";

    private static string PropertyPath(string path, string name)
    {
        var simple = name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        if (simple)
        {
            return path + "." + name;
        }

        var shown = name.Length > 64 ? name[..64] + "…" : name;
        return path + "['" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    private List<T>? List<T>(JsonElement? element, string path, string name, int max, Func<JsonElement, string, T?> item)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, ValidationCodes.InvalidType, name + " must be a JSON array or null.");
            return null;
        }

        var length = value.GetArrayLength();
        if (length > max)
        {
            Error(path, ValidationCodes.TooManyItems, string.Create(CultureInfo.InvariantCulture, $"{name} must hold at most {max} items."));
            return null;
        }

        var items = new List<T>(length);
        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            var itemPath = ItemPath(path, index++);
            if (entry.ValueKind == JsonValueKind.Null)
            {
                Error(itemPath, ValidationCodes.InvalidType, "A list item must not be null.");
                continue;
            }

            if (item(entry, itemPath) is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return items;
    }

    private bool? Bool(JsonElement? element, Loc at) => element?.ValueKind switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => Invalid<bool?>(at, ValidationCodes.InvalidType, at.Name + " must be true, false or null."),
    };

    private int? Integer(JsonElement? element, Loc at, int min, int max)
    {
        if (Raw(element, at, "an integer") is not { } number)
        {
            return null;
        }

        return number != Math.Floor(number) || number < min || number > max
            ? Invalid<int?>(at, ValidationCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{at.Name} must be an integer from {min} to {max}."))
            : (int)number;
    }

    private double? Number(JsonElement? element, Loc at, double min, double max, bool required = false)
    {
        if (required && element is null or { ValueKind: JsonValueKind.Null })
        {
            return Invalid<double?>(at, ValidationCodes.MissingRequired, at.Name + " is required.");
        }

        if (Raw(element, at, "a number") is not { } number)
        {
            return null;
        }

        return number < min || number > max
            ? Invalid<double?>(at, ValidationCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{at.Name} must be a number from {min} to {max}."))
            : number;
    }

    /// <summary>Reads a JSON number as a finite double; reports wrong types and numbers too large to represent.</summary>
    private double? Raw(JsonElement? element, Loc at, string kind)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } present)
        {
            return null;
        }

        if (present.ValueKind != JsonValueKind.Number)
        {
            return Invalid<double?>(at, ValidationCodes.InvalidType, at.Name + " must be " + kind + " or null.");
        }

        return present.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : Invalid<double?>(at, ValidationCodes.OutOfRange, at.Name + " is too large to represent.");
    }

    private string? Text(JsonElement? element, Loc at, bool required = false)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } value)
        {
            return required ? Invalid<string?>(at, ValidationCodes.MissingRequired, at.Name + " is required.") : null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Invalid<string?>(at, ValidationCodes.InvalidType, at.Name + " must be a string" + (required ? "." : " or null."));
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Invalid<string?>(at, ValidationCodes.InvalidValue, at.Name + " must not be empty.");
        }

        return text.Length > RequestLimits.MaxTextLength
            ? Invalid<string?>(at, ValidationCodes.TooLong, string.Create(CultureInfo.InvariantCulture, $"{at.Name} must be at most {RequestLimits.MaxTextLength} characters long."))
            : text;
    }

    private TEnum? Enum<TEnum>(JsonElement? element, Loc at, EnumNames<TEnum> names, bool allowNull = true)
        where TEnum : struct, System.Enum
    {
        if (element is not { ValueKind: not JsonValueKind.Null } value)
        {
            return allowNull ? null : Invalid<TEnum?>(at, ValidationCodes.InvalidType, Allowed(at, names, allowNull));
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Invalid<TEnum?>(at, ValidationCodes.InvalidType, Allowed(at, names, allowNull));
        }

        return names.TryParse(value.GetString()!, out var parsed) ? parsed : Invalid<TEnum?>(at, ValidationCodes.InvalidEnum, Allowed(at, names, allowNull));
    }

    private static string Allowed<TEnum>(Loc at, EnumNames<TEnum> names, bool allowNull)
        where TEnum : struct, System.Enum =>
        at.Name + " must be one of " + string.Join(", ", names.All) + (allowNull ? " or null." : ".");

    private DateOnly? Date(JsonElement? element, Loc at, bool checkFuture)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Invalid<DateOnly?>(at, ValidationCodes.InvalidType, at.Name + " must be a date in the form yyyy-MM-dd.");
        }

        if (!DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Invalid<DateOnly?>(at, ValidationCodes.InvalidValue, at.Name + " must be a date in the form yyyy-MM-dd.");
        }

        return checkFuture && date > _asOf ? FutureDate<DateOnly?>(at) : date;
    }

    private DateTimeOffset? Timestamp(JsonElement? element, Loc at)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !DateTimeForm().IsMatch(value.GetString()!) || !value.TryGetDateTimeOffset(out var timestamp))
        {
            var code = value.ValueKind == JsonValueKind.String ? ValidationCodes.InvalidValue : ValidationCodes.InvalidType;
            return Invalid<DateTimeOffset?>(at, code, at.Name + " must be an ISO 8601 date-time with an offset, such as 2026-11-20T02:40:00-05:00.");
        }

        return DateOnly.FromDateTime(timestamp.DateTime) > _asOf ? FutureDate<DateTimeOffset?>(at) : timestamp;
    }

    private T FutureDate<T>(Loc at) =>
        Invalid<T>(at, ValidationCodes.FutureDate, at.Name + " must not lie after asOf (" + Evaluation.Facts.Date(_asOf!.Value) + ").");

    private T Invalid<T>(Loc at, string code, string message)
    {
        Error(at.Path, code, message);
        return default!;
    }

    [GeneratedRegex(CrampJsonSchema.DateTimePattern, RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeForm();
}
