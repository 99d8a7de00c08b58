using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Cramps.Core;
using Cramps.Core.Serialization;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir;

/// <summary>Reads a patient's history from FHIR R4 resources into an <see cref="AssessmentRequest"/>, reporting what it cannot map.</summary>
/// <remarks>
/// <para>
/// The input is a <c>Bundle</c> of one patient's resources, or a single resource. The reader maps:
/// <c>Patient</c> (gender to sex; birthDate to the age on the reference date), <c>Condition</c> (ICD-10-CM and SNOMED CT
/// codings, active clinical status only), <c>MedicationStatement</c> and <c>MedicationRequest</c> (status active only;
/// the ATC coding, and the RxNorm display, text or display as the name the knowledge base matches generic names in;
/// effective[x] or authoredOn to the start date; <c>medicationReference</c> to a Medication in the input),
/// <c>Observation</c> (LOINC codes of the knowledge base's tests with a UCUM <c>valueQuantity</c>, the latest per test;
/// pregnancy status, LOINC 82810-3) and pregnancy <c>Condition</c>s (ICD-10-CM Z33.1, Z34, Z3A, O09; SNOMED CT 77386006,
/// 72892002). Everything else, and everything it cannot use, is listed in <see cref="FhirReadResult.Unmapped"/> with its
/// resource; nothing is dropped silently.
/// </para>
/// <para>
/// Missing is unknown, never false. A list stays unknown (<see langword="null"/>) unless the input holds at least one
/// active item of it, or clearly says there are none: a Condition coded IPS <c>no-known-problems</c> or SNOMED CT
/// 160245001, a MedicationStatement coded IPS <c>no-known-medications</c>, or a current, empty problem list (LOINC
/// 11450-4) or medication list (LOINC 10160-0) whose empty reason is <c>nilknown</c>. Inactive items alone leave a list
/// unknown. Where the input is ambiguous the reader takes the safer reading: a partial birth date whose age is ambiguous
/// leaves age unknown; a value with a comparator is not read as exact; pregnancy statements older than
/// <see cref="PregnancyStatusMaxAgeDays"/> days are left out and disagreeing latest ones leave pregnancy unknown; an
/// active medicine the knowledge base cannot name still counts as a medicine, so the new-medicine rule sees it.
/// </para>
/// <para>
/// The reference date is <c>asOf</c>; when it is absent, it is the latest date of any kind the input states (resource
/// dates, periods, encounters, authored, effective and recorded dates; not storage metadata, birth dates or validity
/// periods), and the request carries it as its <c>asOf</c>, so the age, new medicines and the pregnancy limit all use it.
/// Items dated after <c>asOf</c> are left out.
/// FHIR carries no episode diary and no self-reported answers: add them to the request the reader returns.
/// </para>
/// <para>
/// Bad input never throws: malformed JSON, input the FHIR R4 parser rejects, and input that mixes patients are rejected
/// whole with every error listed. All members are pure and thread-safe.
/// </para>
/// <para>
/// JSON text is first checked against the R4 model in one pass; when the check finds nothing the strict FHIR parser
/// could object to, the elements the mapping reads are bound straight from the JSON, and otherwise the strict parser
/// reads the input and reports what it finds. The two ways give the same result; the first is several times faster.
/// </para>
/// </remarks>
public static class FhirRequestReader
{
    /// <summary>The oldest a pregnancy status may be, in days before the reference date, to count (42 weeks).</summary>
    public const int PregnancyStatusMaxAgeDays = 294;

    /// <summary>Reads FHIR R4 JSON: a Bundle, or a single resource.</summary>
    /// <param name="json">The FHIR JSON text.</param>
    /// <param name="asOf">The date that counts as today, or <see langword="null"/> to use the request's rules.</param>
    /// <returns>The request and its mapping context, with the unmapped items; or every error; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <example><code>var read = FhirRequestReader.Read(File.ReadAllText("bundle.json"), asOf);</code></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ in their first parameter's type, so no call can become ambiguous.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The shipped overload keeps its optional asOf; the options overload takes the same and more, and cannot be called by mistake.")]
    public static FhirReadResult Read(string json, DateOnly? asOf = null) => Read(json, new FhirReadOptions { AsOf = asOf });

    /// <summary>Reads FHIR R4 JSON with options: a Bundle, or a single resource.</summary>
    /// <param name="json">The FHIR JSON text; a leading byte-order mark is ignored.</param>
    /// <param name="options">The date that counts as today, the thresholds the request will be evaluated with, and the size limit.</param>
    /// <returns>The request and its mapping context, with the unmapped items; or every error; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ in their first parameter's type, so no call can become ambiguous.")]
    public static FhirReadResult Read(string json, FhirReadOptions options)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(options);
        json = WithoutByteOrderMark(json);

        if (json.Length > options.MaxInputBytes || System.Text.Encoding.UTF8.GetByteCount(json) > options.MaxInputBytes)
        {
            return Rejected([new ValidationError("$", ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"The input is larger than {options.MaxInputBytes} bytes, the most the reader accepts."))]);
        }

        var (resource, statedDates, errors) = Parse(json, fast: true);
        return resource is null ? Rejected(errors) : Read(resource, options, statedDates);
    }

    /// <summary>Gets whether the structure check passes the JSON, so that the reader binds it without the strict parser; for tests.</summary>
    internal static bool PassesStructureCheck(string json) => new Reading.StructureCheck().Check(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Reads FHIR R4 JSON through the strict FHIR parser alone, as an input the fast path does not pass is read; for tests of the two paths' agreement.</summary>
    internal static FhirReadResult ReadStrict(string json, FhirReadOptions options)
    {
        var (resource, _, errors) = Parse(WithoutByteOrderMark(json), fast: false);
        return resource is null ? Rejected(errors) : Read(resource, options, null);
    }

    /// <summary>Reads FHIR R4 resources already parsed: a Bundle, or a single resource.</summary>
    /// <param name="resource">The Bundle or resource.</param>
    /// <param name="asOf">The date that counts as today, or <see langword="null"/> to take the latest date in the input.</param>
    /// <returns>The request and its mapping context, with the unmapped items; or every error; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is <see langword="null"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ in their first parameter's type, so no call can become ambiguous.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027", Justification = "The shipped overload keeps its optional asOf; the options overload takes the same and more, and cannot be called by mistake.")]
    public static FhirReadResult Read(R4.Resource resource, DateOnly? asOf = null) => Read(resource, new FhirReadOptions { AsOf = asOf });

    /// <summary>Reads FHIR R4 resources already parsed, with options: a Bundle, or a single resource.</summary>
    /// <param name="resource">The Bundle or resource.</param>
    /// <param name="options">The date that counts as today and the thresholds the request will be evaluated with; the size limit does not apply.</param>
    /// <returns>The request and its mapping context, with the unmapped items; or every error; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ in their first parameter's type, so no call can become ambiguous.")]
    public static FhirReadResult Read(R4.Resource resource, FhirReadOptions options)
    {
        Guard.Against.Null(resource);
        Guard.Against.Null(options);
        return Read(resource, options, null);
    }

    /// <summary>Maps parsed resources; <paramref name="statedDates"/> are the latest dates of the entries when the JSON walk found them already.</summary>
    private static FhirReadResult Read(R4.Resource resource, FhirReadOptions options, IReadOnlyList<DateOnly?>? statedDates)
    {
        var index = Reading.ResourceIndex.Build(resource);
        return index.Errors.Count > 0 ? Rejected(index.Errors) : new Reading.HistoryReader(index, options, statedDates).Read();
    }

    private static FhirReadResult Rejected(IReadOnlyList<ValidationError> errors) => new(null, null, [], errors);

    /// <summary>Drops a leading byte-order mark, which text decoded by a console or an HTTP body can keep as its first character.</summary>
    private static string WithoutByteOrderMark(string json) => json.Length > 0 && json[0] == '\uFEFF' ? json[1..] : json;

    /// <summary>
    /// Parses the JSON: when <paramref name="fast"/> and the structure check passes it, by binding what the reader maps
    /// (with each entry's latest date); otherwise with the strict FHIR parser, which reports every problem.
    /// </summary>
    private static (R4.Resource? Resource, IReadOnlyList<DateOnly?>? StatedDates, IReadOnlyList<ValidationError> Errors) Parse(string json, bool fast)
    {
        // One UTF-8 copy of the input serves the document and the structure check; it goes back to the pool at the end.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetByteCount(json));
        try
        {
            var utf8 = buffer.AsMemory(0, System.Text.Encoding.UTF8.GetBytes(json, buffer));
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 128 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null, [new ValidationError("$", FhirValidationCodes.NotFhir, "The input must be a JSON object: a FHIR resource or Bundle.")]);
            }

            if (NotFhir(document.RootElement) is { } notFhir)
            {
                return (null, null, [notFhir]);
            }

            if (fast)
            {
                var check = new Reading.StructureCheck();
                if (check.Check(utf8.Span) && Bind(document.RootElement) is { } bound)
                {
                    return (bound, check.StatedDates, []);
                }
            }

            // FHIR JSON never has an empty property name, and the parser fails on one instead of reporting it.
            if (EmptyPropertyName(document.RootElement) is { } path)
            {
                return (null, null, [new ValidationError("$" + path, FhirValidationCodes.InvalidFhir, "A property name is empty; every FHIR JSON property has a name.")]);
            }
        }
        catch (JsonException)
        {
            return (null, null, [new ValidationError("$", ValidationCodes.MalformedJson, "The input is not well-formed JSON.")]);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        // Strict, as ever; its validator checks each distinct plain primitive value once per input, the same outcome faster.
        var strict = new DeserializerSettings().UsingMode(DeserializationMode.Strict);
        var deserializer = new BaseFhirJsonDeserializer(FhirModel.Inspector, strict.Validator is { } validator ? strict with { Validator = new Reading.RepeatedValueValidator(validator) } : strict);
        try
        {
            if (deserializer.TryDeserializeResource(json, out var resource, out var issues) && resource is not null)
            {
                return (resource, null, []);
            }

            var all = issues.ToList();
            var errors = all.Take(MaxParserErrors).Select(ToError).ToList();
            if (all.Count > MaxParserErrors)
            {
                errors.Add(new ValidationError("$", FhirValidationCodes.InvalidFhir, string.Create(CultureInfo.InvariantCulture, $"The parser found {all.Count - MaxParserErrors} more problems; only the first {MaxParserErrors} are listed.")));
            }

            return (null, null, errors);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            // The parser throws, rather than reports, for some well-formed JSON of the wrong shape (an array as resourceType, an abstract resource type such as DomainResource).
            var where = exception is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {position + 1}")
                : string.Empty;
            return (null, null, [new ValidationError("$", FhirValidationCodes.InvalidFhir, "The FHIR R4 parser cannot read the input" + where + ".")]);
        }
    }

    /// <summary>Binds checked JSON, or gives <see langword="null"/> (and the strict parser reads it) should the binder meet what the check let through.</summary>
    private static R4.Resource? Bind(JsonElement root)
    {
        try
        {
            return Reading.ResourceBinder.Bind(root);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Recognises JSON that is no FHIR resource at all, such as a CDS Hooks request, and says what to give instead.</summary>
    private static ValidationError? NotFhir(JsonElement root)
    {
        if (root.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String)
        {
            return null;
        }

        if (root.TryGetProperty("hook", out _) || root.TryGetProperty("hookInstance", out _))
        {
            var where = root.TryGetProperty("prefetch", out _) ? "its prefetch (each prefetch value is a resource or Bundle)" : "the FHIR server it names";
            return new ValidationError("$", FhirValidationCodes.NotFhir, "The input is a CDS Hooks request, not a FHIR resource: read the patient's resources from " + where + " instead.");
        }

        if (root.TryGetProperty("schemaVersion", out _))
        {
            return new ValidationError("$", FhirValidationCodes.NotFhir, "The input is an assessment request of the JSON contract, not FHIR: read it as JSON.");
        }

        return new ValidationError("$.resourceType", FhirValidationCodes.NotFhir, "The input is JSON but not a FHIR resource or Bundle: it has no resourceType string.");
    }

    /// <summary>
    /// Finds the first object property with an empty name, depth first, and gives its JSON path below the element; the
    /// path is built on the way back out, only when there is one, since a large bundle has none and many elements.
    /// </summary>
    private static string? EmptyPropertyName(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(string.Empty))
                    {
                        return "['']";
                    }

                    if (EmptyPropertyName(property.Value) is { } found)
                    {
                        return "." + property.Name + found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (EmptyPropertyName(item) is { } found)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"[{index}]{found}");
                    }

                    index++;
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Reports a parser issue in plain words with its place; the parser's own message can echo patient values, so it is not passed on.</summary>
    private static ValidationError ToError(CodedException issue)
    {
        var extended = issue as ExtendedCodedException;
        var path = string.IsNullOrEmpty(extended?.InstancePath) ? "$" : extended.InstancePath;
        var where = extended is { LineNumber: > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $" (line {extended.LineNumber}, position {extended.Position})")
            : string.Empty;
        var what = ParserProblems.TryGetValue(issue.ErrorCode, out var plain) ? plain : "is not valid FHIR R4";
        return new ValidationError(path, FhirValidationCodes.InvalidFhir, "The element " + what + where + ".");
    }
    /// <summary>The most parser problems listed; the rest are counted in one more error.</summary>
    private const int MaxParserErrors = 100;

    /// <summary>The FHIR parser's problem codes in plain words, completing "The element …".</summary>
    private static readonly Dictionary<string, string> ParserProblems = new(StringComparer.Ordinal)
    {
        ["JSON102"] = "'resourceType' is not a string",
        ["JSON103"] = "has no 'resourceType'",
        ["JSON109"] = "is null where FHIR needs a value",
        ["JSON114"] = "is a choice element without its type suffix (for example 'value' instead of 'valueQuantity')",
        ["JSON120"] = "is an empty object; FHIR objects have at least one property",
        ["JSON121"] = "is an empty array; FHIR arrays have at least one item",
        ["JSON125"] = "is an array of nulls only",
        ["JSON129"] = "appears twice",
        ["JSON130"] = "is an array inside an array",
        ["JSON131"] = "is an object where FHIR expects a single value",
        ["JSON132"] = "is a single value where FHIR expects an object",
        ["JSON133"] = "has an underscore name but is not an object",
        ["JSON134"] = "is a single value where FHIR expects an array, or an array where it expects a single value",
        ["PVAL101"] = "has a type this choice element does not allow",
        ["PVAL102"] = "has fewer items than FHIR requires",
        ["PVAL103"] = "has more items than FHIR allows",
        ["PVAL104"] = "repeats with a null item",
        ["PVAL105"] = "is required by FHIR R4 but missing",
        ["PVAL114"] = "holds narrative that is not well-formed XHTML",
        ["PVAL116"] = "holds a code its value set does not have",
        ["PVAL118"] = "is an empty string",
        ["PVAL119"] = "is a string longer than FHIR allows",
        ["PVAL120"] = "is not valid Base64",
        ["PVAL123"] = "has a JSON type that does not fit its FHIR type (for example a number written as a string)",
        ["PVAL124"] = "is not a valid literal of its FHIR type (for example a date not written yyyy-mm-dd)",
        ["PVAL125"] = "must be a positive integer",
        ["PVAL126"] = "must not be negative",
        ["PVAL127"] = "has a type other than the one FHIR R4 defines for it",
        ["PVAL128"] = "is not an element FHIR R4 defines here (a misspelt name, or an element of another FHIR version)",
        ["PVAL129"] = "is empty; FHIR elements have a value or children",
        ["PVAL130"] = "names a resource type FHIR R4 does not have",
        ["PVAL131"] = "has a name in the wrong letter case",
        ["PVAL132"] = "names a resource type in the wrong letter case",
    };
}
