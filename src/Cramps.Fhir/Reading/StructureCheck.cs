using System.Text;
using System.Text.Json;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Utility;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>
/// Checks FHIR R4 JSON against the R4 model in one forward pass over its UTF-8 bytes, and finds the latest date each
/// resource of a Bundle states; one instance per read, never shared.
/// </summary>
/// <remarks>
/// <para>
/// This is the reader's fast path. It passes an input only when it finds nothing the strict FHIR parser could object
/// to in the input's structure: every property is an element R4 defines at its place (in its letter case, a choice with
/// a type suffix the choice allows), arrays where R4 repeats and nowhere else, objects for complex types, JSON strings,
/// numbers and booleans as each primitive type is written, no null, no empty string, object or array, no element twice,
/// every required element present, every coded element of a required value set holding one of its codes, and every
/// date, date-time and instant a valid literal of a real calendar day; ids and codes by R4's patterns, and every other
/// string type (URIs, oids, uuids, base64, times, narrative XHTML) by the parser's own test of the type. When it finds
/// anything, or meets a shape it cannot vouch for, the reader parses the input with the strict parser instead, which
/// reports every problem with its path; so an input is rejected exactly as before, and a passed input is bound without
/// the parser.
/// </para>
/// <para>
/// The latest date follows <see cref="InputDates"/>: every date, date-time and instant element counts, except below the
/// element names it skips; a primitive's extensions count only when the primitive has no value of its own.
/// </para>
/// <para>
/// Names and values are looked at in the input's own UTF-8 bytes and each element name is resolved against the model
/// once per type, so the pass allocates little more than its lookup tables.
/// </para>
/// </remarks>
internal sealed class StructureCheck
{
    /// <summary>The longest string the check passes, in UTF-8 bytes (the parser allows 1 MiB); a longer one goes to the parser.</summary>
    private const int MaxStringBytes = 1024 * 1024;

    /// <summary>The characters of an R4 id.</summary>
    private static readonly System.Buffers.SearchValues<byte> IdCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."u8);

    /// <summary>The deepest object level whose dates count, as <see cref="InputDates"/> walks.</summary>
    private const int MaxDateDepth = 32;

    private static readonly ModelInspector Model = FhirModel.Inspector;

    private readonly Dictionary<ClassMapping, TypeElements> _types = [];
    private readonly Dictionary<Type, HashSet<string>> _codes = [];
    private readonly List<List<Seen>> _seen = [];
    private readonly Dictionary<ClassMapping, HashSet<byte[]>> _validValues = [];
    private DateOnly? _latest;

    /// <summary>What a property's value is, for the check.</summary>
    private enum ValueKind
    {
        Complex,
        Primitive,
        Resource,
    }

    /// <summary>How a string primitive's value is checked.</summary>
    private enum TextPattern
    {
        /// <summary>string, markdown: any text.</summary>
        Any,

        /// <summary>id.</summary>
        Id,

        /// <summary>code.</summary>
        Code,

        /// <summary>Any other type: by the parser's own test of the type.</summary>
        Other,
    }

    /// <summary>How a primitive type is written in JSON.</summary>
    private enum JsonForm
    {
        Text,
        Boolean,
        Decimal,
        Integer,
        PositiveInt,
        UnsignedInt,
    }

    /// <summary>Gets the latest date each resource of the input states, in the order of the reader's entries.</summary>
    public List<DateOnly?> StatedDates { get; } = [];

    /// <summary>Checks a Bundle or a single resource; <see langword="false"/> when the strict parser must judge it.</summary>
    /// <param name="utf8">The input, well-formed JSON (the caller has parsed it) of at most 128 levels.</param>
    public bool Check(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 128 });
        if (!reader.Read() || ResourceMapping(ref reader) is not { } mapping)
        {
            return false;
        }

        return mapping.NativeType == typeof(R4.Bundle)
            ? Walk(ref reader, mapping, 0, countDates: false, entries: true)
            : WalkEntry(ref reader, mapping, 0);
    }

    /// <summary>Walks one of the reader's entries (the input's resource, or a top-level Bundle entry's), recording its latest date.</summary>
    private bool WalkEntry(ref Utf8JsonReader reader, ClassMapping mapping, int depth)
    {
        _latest = null;
        var passed = Walk(ref reader, mapping, depth, countDates: true, entries: false);
        StatedDates.Add(_latest);
        return passed;
    }

    /// <summary>Finds the type of the resource whose object starts at the reader, from its first property, resourceType.</summary>
    /// <remarks>
    /// Every common writer puts resourceType first. A resource that puts it later goes to the strict parser: looking
    /// ahead for it would read nested resources once per level, and the check must stay linear in its input.
    /// </remarks>
    private static ClassMapping? ResourceMapping(ref Utf8JsonReader start)
    {
        if (start.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        // Look ahead on a copy; the walk reads the object again from its start, and rejects a second resourceType.
        var reader = start;
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("resourceType"u8) || !reader.Read() || reader.TokenType != JsonTokenType.String
            || reader.GetString() is not { } name
            || Model.FindClassMapping(name) is not { IsResource: true, NativeType.IsAbstract: false } mapping
            || !string.Equals(mapping.Name, name, StringComparison.Ordinal))
        {
            return null;
        }

        return mapping;
    }

    /// <summary>Walks one object of a FHIR type, from its start to its end; <paramref name="entries"/> marks a top-level Bundle, whose entries' resources are dated one by one.</summary>
    private bool Walk(ref Utf8JsonReader reader, ClassMapping type, int depth, bool countDates, bool entries)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        if (_seen.Count <= depth)
        {
            _seen.Add([]);
        }

        var seen = _seen[depth];
        seen.Clear();
        if (!_types.TryGetValue(type, out var known))
        {
            known = new TypeElements([.. type.PropertyMappings.Where(p => p.IsMandatoryElement)], type.IsResource);
            _types[type] = known;
        }

        var any = false;
        var resourceType = false;
        Span<byte> unescaped = stackalloc byte[64];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            any = true;
            scoped var raw = reader.ValueSpan;
            if (reader.ValueIsEscaped)
            {
                if (reader.ValueSpan.Length > unescaped.Length)
                {
                    return false;
                }

                raw = unescaped[..reader.CopyString(unescaped)];
            }

            if (known.IsResource && raw.SequenceEqual("resourceType"u8))
            {
                // The look-ahead has checked the first; written twice, the strict parser judges.
                if (resourceType)
                {
                    return false;
                }

                resourceType = true;
                reader.Read();
                continue;
            }

            if (!Property(ref reader, raw, type, known.Elements, depth, countDates, entries, seen))
            {
                return false;
            }
        }

        return any && HasRequired(known.Required, seen) && ExtensionDates(seen);
    }

    private bool Property(ref Utf8JsonReader reader, scoped ReadOnlySpan<byte> raw, ClassMapping type, Dictionary<byte[], Element> elements, int depth, bool countDates, bool entries, List<Seen> seen)
    {
        var extension = raw.Length > 1 && raw[0] == (byte)'_';
        if (Find(type, elements, extension ? raw[1..] : raw) is not { } element)
        {
            return false;
        }

        // Each element once; a primitive and its extensions ("x" and "_x") are one element, two values of one choice are not.
        foreach (var other in seen)
        {
            if (ReferenceEquals(other.Element.Mapping, element.Mapping) && (other.Extension == extension || !ReferenceEquals(other.Element, element)))
            {
                return false;
            }
        }

        if (extension && element.Kind != ValueKind.Primitive)
        {
            return false;
        }

        var dates = countDates && depth < MaxDateDepth && !element.SkipsDates;

        // The dates of a primitive's extensions are kept apart until the object ends: they count only when the
        // primitive itself, which may come after them, has no date.
        var outer = _latest;
        if (extension)
        {
            _latest = null;
        }

        var passed = reader.Read() && Values(ref reader, element, extension, depth, dates, entries);
        DateOnly? found = null;
        if (extension)
        {
            found = _latest;
            _latest = outer;
        }

        seen.Add(new Seen(element, extension, extension ? found : null));
        return passed;
    }

    private bool Values(ref Utf8JsonReader reader, Element element, bool extension, int depth, bool dates, bool entries)
    {
        if (!element.IsCollection)
        {
            return reader.TokenType != JsonTokenType.StartArray && Value(ref reader, element, extension, depth, dates, entries);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            if (!Value(ref reader, element, extension, depth, dates, entries))
            {
                return false;
            }
        }

        return count > 0;
    }

    private bool Value(ref Utf8JsonReader reader, Element element, bool extension, int depth, bool dates, bool entries)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (extension)
        {
            return Walk(ref reader, element.Type, depth + 1, dates, entries: false);
        }

        return element.Kind switch
        {
            ValueKind.Primitive => Primitive(ref reader, element, dates),
            ValueKind.Resource => Resource(ref reader, depth, dates, entries),
            _ => Walk(ref reader, element.Type, depth + 1, dates, entries && element.IsEntry),
        };
    }

    private bool Resource(ref Utf8JsonReader reader, int depth, bool countDates, bool entries)
    {
        if (ResourceMapping(ref reader) is not { } mapping)
        {
            return false;
        }

        // A top-level Bundle entry's resource is one of the reader's entries, dated on its own.
        return entries
            ? WalkEntry(ref reader, mapping, depth + 1)
            : Walk(ref reader, mapping, depth + 1, countDates, entries: false);
    }

    /// <summary>Finds the element a JSON property name stands for, resolving each name once per type by its UTF-8 bytes.</summary>
    /// <remarks>Only names of real elements are kept, so the table is bounded by the model, whatever names an input holds.</remarks>
    private Element? Find(ClassMapping type, Dictionary<byte[], Element> elements, ReadOnlySpan<byte> utf8Name)
    {
        if (elements.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(utf8Name, out var known))
        {
            return known;
        }

        if (Resolve(type, Encoding.UTF8.GetString(utf8Name)) is not { } element)
        {
            return null;
        }

        elements[utf8Name.ToArray()] = element;
        return element;
    }

    private Element? Resolve(ClassMapping type, string name)
    {
        if (type.FindMappedElementByName(name) is { } named && string.Equals(named.Name, name, StringComparison.Ordinal))
        {
            // A choice is never written without its type suffix.
            return named.Choice == ChoiceType.DatatypeChoice || named.RepresentsValueElement ? null : Describe(named, named.PropertyTypeMapping, name);
        }

        if (type.FindMappedElementByChoiceName(name) is not { Choice: ChoiceType.DatatypeChoice } choice
            || !name.StartsWith(choice.Name, StringComparison.Ordinal)
            || name.Length == choice.Name.Length)
        {
            return null;
        }

        var suffix = name.AsSpan(choice.Name.Length);
        foreach (var allowed in choice.FhirTypeMappings ?? [])
        {
            if (char.ToUpperInvariant(allowed.Name[0]) == suffix[0] && suffix[1..].SequenceEqual(allowed.Name.AsSpan(1)))
            {
                return Describe(choice, allowed, name);
            }
        }

        return null;
    }

    private Element? Describe(PropertyMapping mapping, ClassMapping? type, string name)
    {
        if (mapping.Choice == ChoiceType.ResourceChoice)
        {
            return new Element(mapping, type!, name, ValueKind.Resource, InputDates.IsSkipped(mapping.Name), JsonForm.Text, DateKind.None, null);
        }

        if (type is null)
        {
            return null;
        }

        if (!type.IsFhirPrimitive)
        {
            return new Element(mapping, type, name, ValueKind.Complex, InputDates.IsSkipped(mapping.Name), JsonForm.Text, DateKind.None, null);
        }

        var native = type.NativeType;
        var dates = native == typeof(R4.FhirDateTime) ? DateKind.DateTime
            : native == typeof(R4.Date) ? DateKind.Date
            : native == typeof(R4.Instant) ? DateKind.Instant
            : DateKind.None;
        var implementing = mapping.ImplementingType;
        var codes = implementing.IsGenericType && implementing.GetGenericTypeDefinition() == typeof(R4.Code<>) ? Codes(implementing.GetGenericArguments()[0]) : null;
        var form = native == typeof(R4.FhirBoolean) ? JsonForm.Boolean
            : native == typeof(R4.FhirDecimal) ? JsonForm.Decimal
            : native == typeof(R4.Integer) ? JsonForm.Integer
            : native == typeof(R4.PositiveInt) ? JsonForm.PositiveInt
            : native == typeof(R4.UnsignedInt) ? JsonForm.UnsignedInt
            : JsonForm.Text;
        var pattern = native == typeof(R4.FhirString) || native == typeof(R4.Markdown) ? TextPattern.Any
            : native == typeof(R4.Id) ? TextPattern.Id
            : native == typeof(R4.Code) || codes is not null ? TextPattern.Code
            : TextPattern.Other;
        return new Element(mapping, type, name, ValueKind.Primitive, InputDates.IsSkipped(mapping.Name), form, dates, codes)
        {
            Pattern = pattern,
            Validate = pattern == TextPattern.Other ? Validator(native) : null,
            UuidUrn = native == typeof(R4.FhirUri) || native == typeof(R4.Uuid) || native == typeof(R4.Canonical) || native == typeof(R4.FhirUrl),
        };
    }

    /// <summary>
    /// The parser's own test of a primitive type's literal: narrative XHTML as the strict parser checks it, else the
    /// type's own static <c>IsValidValue(string)</c>, or none where the type declares none.
    /// </summary>
    /// <remarks>
    /// Written out rather than found by reflection so the reader stays trimming- and Native-AOT-safe; a test compares
    /// this list with every primitive type of the model, so a type that gains or loses its test is noticed.
    /// </remarks>
    internal static Func<string, bool>? Validator(Type native) =>
        native == typeof(R4.XHtml) ? value => R4.XHtml.IsValidNarrativeXhtml(value, out _, out _)
        : native == typeof(R4.Base64Binary) ? R4.Base64Binary.IsValidValue
        : native == typeof(R4.Canonical) ? R4.Canonical.IsValidValue
        : native == typeof(R4.Code) ? R4.Code.IsValidValue
        : native == typeof(R4.Date) ? R4.Date.IsValidValue
        : native == typeof(R4.FhirDateTime) ? R4.FhirDateTime.IsValidValue
        : native == typeof(R4.FhirString) ? R4.FhirString.IsValidValue
        : native == typeof(R4.FhirUri) ? R4.FhirUri.IsValidValue
        : native == typeof(R4.FhirUrl) ? R4.FhirUrl.IsValidValue
        : native == typeof(R4.Id) ? R4.Id.IsValidValue
        : native == typeof(R4.Instant) ? R4.Instant.IsValidValue
        : native == typeof(R4.Integer64) ? R4.Integer64.IsValidValue
        : native == typeof(R4.Markdown) ? R4.Markdown.IsValidValue
        : native == typeof(R4.Oid) ? R4.Oid.IsValidValue
        : native == typeof(R4.Time) ? R4.Time.IsValidValue
        : native == typeof(R4.Uuid) ? R4.Uuid.IsValidValue
        : null;

    private HashSet<string> Codes(Type enumType)
    {
        if (!_codes.TryGetValue(enumType, out var codes))
        {
            codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValuesAsUnderlyingType(enumType))
            {
                codes.Add(((Enum)Enum.ToObject(enumType, value)).GetLiteral());
            }

            _codes[enumType] = codes;
        }

        return codes;
    }

    private bool Primitive(ref Utf8JsonReader reader, Element element, bool countDates)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True or JsonTokenType.False:
                return element.Form == JsonForm.Boolean;
            case JsonTokenType.Number:
                return element.Form == JsonForm.Decimal ? reader.TryGetDecimal(out _) : IsCount(ref reader, element.Form);
            case JsonTokenType.String when element.Form == JsonForm.Text:
                break;
            default:
                return false;
        }

        if (reader.ValueSpan.IsEmpty)
        {
            return false;
        }

        if (element.Codes is null && element.Dates == DateKind.None)
        {
            return Pattern(ref reader, element);
        }

        // Codes and dates are short; anything longer is no code or date the check can vouch for.
        Span<byte> buffer = stackalloc byte[64];
        if (reader.ValueSpan.Length > buffer.Length)
        {
            return false;
        }

        var text = reader.ValueIsEscaped ? buffer[..reader.CopyString(buffer)] : reader.ValueSpan;
        if (element.Codes is { } codes && !IsKnownCode(codes, text))
        {
            return false;
        }

        if (element.Dates == DateKind.None)
        {
            return true;
        }

        if (DateLiteral.Earliest(text, element.Dates) is not { } date)
        {
            return false;
        }

        if (countDates && (_latest is null || date > _latest))
        {
            _latest = date;
        }

        return true;
    }

    /// <summary>Checks a string primitive's value as the strict parser's validator does for its type.</summary>
    private bool Pattern(ref Utf8JsonReader reader, Element element)
    {
        var text = reader.ValueSpan;
        switch (element.Pattern)
        {
            case TextPattern.Any:
                // string and markdown: any text, up to the longest the parser allows.
                return text.Length <= MaxStringBytes;
            case TextPattern.Id when !reader.ValueIsEscaped:
                return IsId(text);
            case TextPattern.Code when !reader.ValueIsEscaped && Ascii.IsValid(text):
                return MatchesCodePattern(text);
        }

        if (element.Validate is not { } validate || text.Length > MaxStringBytes)
        {
            return false;
        }

        // A bundle's full URLs and references are UUID URNs, one of each per resource: valid as a URI, canonical or uuid.
        if (element.UuidUrn && !reader.ValueIsEscaped && IsUuidUrn(text))
        {
            return true;
        }

        // Every other type (uri, canonical, oid, uuid, base64Binary, time, xhtml …) by the parser's own test, once per
        // distinct value: system URIs and the like recur throughout a record.
        if (!_validValues.TryGetValue(element.Type, out var valid))
        {
            valid = new HashSet<byte[]>(Utf8Names.Instance);
            _validValues[element.Type] = valid;
        }

        var raw = reader.ValueIsEscaped ? null : text;
        if (raw is { } plain && valid.GetAlternateLookup<ReadOnlySpan<byte>>().Contains(plain))
        {
            return true;
        }

        if (!validate(reader.GetString()!))
        {
            return false;
        }

        if (raw is { } known)
        {
            valid.Add(known.ToArray());
        }

        return true;
    }

    /// <summary>Whether the text is <c>urn:uuid:</c> and a UUID in lower-case hex, as R4's uuid pattern requires.</summary>
    private static bool IsUuidUrn(ReadOnlySpan<byte> text)
    {
        if (text.Length != 45 || !text.StartsWith("urn:uuid:"u8))
        {
            return false;
        }

        var uuid = text[9..];
        for (var i = 0; i < uuid.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            var c = uuid[i];
            if (dash ? c != (byte)'-' : !(c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>R4's id: 1 to 64 of A–Z, a–z, 0–9, '-' and '.'.</summary>
    private static bool IsId(ReadOnlySpan<byte> text) =>
        text.Length is >= 1 and <= 64 && !text.ContainsAnyExcept(IdCharacters);

    /// <summary>R4's code, <c>[^\s]+( [^\s]+)*</c>, over ASCII text: no whitespace at either end, nothing but single spaces inside.</summary>
    private static bool MatchesCodePattern(ReadOnlySpan<byte> text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            var space = c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;
            if (space && (previousSpace || c != (byte)' '))
            {
                return false;
            }

            previousSpace = space;
        }

        return !previousSpace;
    }

    private static bool IsCount(ref Utf8JsonReader reader, JsonForm form)
    {
        if (!reader.TryGetInt32(out var number))
        {
            return false;
        }

        return form == JsonForm.Integer || (form == JsonForm.PositiveInt && number > 0) || (form == JsonForm.UnsignedInt && number >= 0);
    }

    private static bool IsKnownCode(HashSet<string> codes, ReadOnlySpan<byte> text)
    {
        Span<char> chars = stackalloc char[64];
        return Ascii.ToUtf16(text, chars, out var length) == System.Buffers.OperationStatus.Done
            && codes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(chars[..length]);
    }

    private static bool HasRequired(PropertyMapping[] required, List<Seen> seen)
    {
        foreach (var mapping in required)
        {
            var present = false;
            foreach (var item in seen)
            {
                present |= ReferenceEquals(item.Element.Mapping, mapping);
            }

            if (!present)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the dates found in a primitive's extensions when the primitive has no date of its own; always passes.</summary>
    private bool ExtensionDates(List<Seen> seen)
    {
        foreach (var item in seen)
        {
            if (item.ExtensionDate is not { } date)
            {
                continue;
            }

            var ownDate = false;
            foreach (var other in seen)
            {
                // A date-typed primitive the check passed holds a valid date.
                ownDate |= !other.Extension && ReferenceEquals(other.Element, item.Element) && other.Element.Dates != DateKind.None;
            }

            if (!ownDate && (_latest is null || date > _latest))
            {
                _latest = date;
            }
        }

        return true;
    }

    /// <summary>One element a JSON property name stands for in one type: its mapping, its value's type and how to check it.</summary>
    private sealed record Element(PropertyMapping Mapping, ClassMapping Type, string Name, ValueKind Kind, bool SkipsDates, JsonForm Form, DateKind Dates, HashSet<string>? Codes)
    {
        public bool IsCollection { get; } = Mapping.IsCollection;

        public bool IsEntry { get; } = Name == "entry";

        /// <summary>Gets how a string value of the element is checked.</summary>
        public TextPattern Pattern { get; init; }

        /// <summary>Gets whether a UUID URN is a valid value of the element's type without asking the parser.</summary>
        public bool UuidUrn { get; init; }

        /// <summary>Gets the parser's own test of the element's type, for <see cref="TextPattern.Other"/>.</summary>
        public Func<string, bool>? Validate { get; init; }
    }

    /// <summary>A property met in the current object: its element, whether it was the "_x" form, and the latest date in its extensions.</summary>
    private readonly record struct Seen(Element Element, bool Extension, DateOnly? ExtensionDate);

    /// <summary>The elements of one type met so far, by JSON name (without a leading underscore), and the elements it requires.</summary>
    private sealed record TypeElements(PropertyMapping[] Required, bool IsResource)
    {
        public Dictionary<byte[], Element> Elements { get; } = new(Utf8Names.Instance);
    }

    /// <summary>Compares element names as UTF-8 bytes, so a name is looked up without decoding it.</summary>
    private sealed class Utf8Names : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly Utf8Names Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        /// <summary>FNV-1a; the keys are the model's element names, never an input's own, so no input can crowd a bucket.</summary>
        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = 2166136261u;
            foreach (var b in bytes)
            {
                hash = (hash ^ b) * 16777619u;
            }

            return (int)hash;
        }
    }
}
