using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cramps.Cli.Output;
using Cramps.Core;
using Cramps.Core.Serialization;
using Cramps.Fhir;

namespace Cramps.Cli.Commands;

/// <summary>
/// <c>cramps assess FILE|-</c>: assesses one request (request JSON, or FHIR R4 with <c>--input-format fhir</c>) and prints it
/// for a person, as the result JSON, as a FHIR RiskAssessment or as a CDS Hooks response.
/// </summary>
internal static class AssessCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The request JSON file, or '-' to read it from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var example = new Option<string?>("--example")
        {
            Description = "Assess a bundled example request instead of a file ('cramps examples' lists them).",
            HelpName = "NAME",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: 'text' (a readable assessment), 'json' (the result JSON of the contract, one line), "
                + "'fhir' (a FHIR R4 RiskAssessment) or 'cds-hooks' (a CDS Hooks 2.0 response with cards).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|fhir|cds-hooks",
        };
        format.AcceptOnlyFromAmong("text", "json", "fhir", "cds-hooks");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "Input format: 'json' (a request of the contract) or 'fhir' (a FHIR R4 Bundle or resource with the patient's history).",
            DefaultValueFactory = _ => "json",
            HelpName = "json|fhir",
        };
        inputFormat.AcceptOnlyFromAmong("json", "fhir");
        var indent = IndentOption();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date that counts as today for FHIR input (yyyy-MM-dd); without it, the latest date of any kind in the input "
                + "(encounters, onsets, results, prescriptions, periods), which new medicines, pregnancy and age are judged on.",
            HelpName = "yyyy-MM-dd",
        };
        var command = new Command("assess", "Assess one request and print it for a person, urgency first (or as JSON, FHIR or CDS Hooks).")
        {
            file,
            format,
            inputFormat,
            asOf,
            example,
            indent,
        };
        command.SetAction(parse => Run(
            host,
            new Input(parse.GetValue(file), parse.GetValue(example)),
            parse.GetRequiredValue(format),
            parse.GetRequiredValue(inputFormat) == "fhir",
            parse.GetValue(asOf),
            parse.GetValue(indent)));
        return command;
    }

    private static int Run(ConsoleHost host, Input input, string format, bool fhirInput, string? asOfText, bool indent)
    {
        if ((input.File is null) == (input.Example is null))
        {
            host.Error.WriteLine("cramps: name a request FILE (or '-' for standard input), or --example NAME; not both.");
            return ExitCodes.UsageError;
        }

        var machineErrors = format != "text";
        if (input.Example is not null)
        {
            var bytes = Examples.Read(input.Example);
            if (bytes is null)
            {
                Examples.WriteUnknown(host);
                return ExitCodes.UsageError;
            }

            var parsed = CrampJson.ParseRequest(bytes);
            if (!parsed.IsValid)
            {
                RequestInput.WriteErrors(host, "the example " + input.Example, parsed.Errors, machineErrors);
                return ExitCodes.InvalidRequest;
            }

            return Assess(host, parsed.Request, null, format, indent);
        }

        var path = input.File!;
        FhirMappingContext? context = null;
        AssessmentRequest? request;
        if (fhirInput)
        {
            var exit = ReadFhir(host, path, asOfText, machineErrors, out request, out context);
            if (request is null)
            {
                return exit;
            }
        }
        else
        {
            var exit = RequestInput.TryRead(host, path, machineErrors, out request);
            if (request is null)
            {
                return exit;
            }
        }

        return Assess(host, request, context, format, indent);
    }

    private static int Assess(ConsoleHost host, AssessmentRequest request, FhirMappingContext? context, string format, bool indent)
    {
        var assessment = new CrampEvaluator().Evaluate(request, format == "json" ? EvaluationOptions.WithTrace : EvaluationOptions.Default);
        switch (format)
        {
            case "fhir":
                host.Out.WriteLine(RiskAssessmentWriter.Write(assessment, context));
                break;
            case "cds-hooks":
                host.Out.WriteLine(CdsHooksWriter.Write(assessment, context));
                break;
            default:
                Print(host, assessment, format == "json", indent);
                break;
        }

        return ExitCodes.Success;
    }

    /// <summary>What to assess: a file (or <c>-</c>) or a bundled example.</summary>
    private readonly record struct Input(string? File, string? Example);

    /// <summary>Reads FHIR R4 input; lists what could not be mapped on stderr, and rejects invalid input with every error.</summary>
    private static int ReadFhir(ConsoleHost host, string path, string? asOfText, bool jsonErrors, out AssessmentRequest? request, out FhirMappingContext? context)
    {
        request = null;
        context = null;
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                host.Error.WriteLine("cramps: --as-of must be a date in the form yyyy-MM-dd.");
                return ExitCodes.UsageError;
            }

            asOf = date;
        }

        var options = new FhirReadOptions { AsOf = asOf };
        var exit = RequestInput.TryReadBytes(host, path, options.MaxInputBytes, out var bytes);
        if (bytes is null)
        {
            return exit;
        }

        var read = FhirRequestReader.Read(System.Text.Encoding.UTF8.GetString(bytes), options);
        if (!read.IsValid)
        {
            RequestInput.WriteErrors(host, path == RequestInput.StandardInput ? "standard input" : path, read.Errors, jsonErrors);
            return ExitCodes.InvalidRequest;
        }

        WriteUnmapped(host, read.Unmapped);

        request = read.Request;
        context = read.Context;
        return ExitCodes.Success;
    }

    /// <summary>Lists what could not be mapped on stderr, kept short: at most ten items, then counts by reason and resource type.</summary>
    private static void WriteUnmapped(ConsoleHost host, IReadOnlyList<UnmappedItem> unmapped)
    {
        const int MaxItems = 10;
        var items = unmapped.Where(u => u.Code != UnmappedCodes.UnsupportedResource).ToList();
        foreach (var item in items.Take(MaxItems))
        {
            host.Error.WriteLine("cramps: not mapped: " + SafeText.Escape(item.ToString()));
        }

        if (items.Count > MaxItems)
        {
            host.Error.WriteLine("cramps: not mapped: " + (items.Count - MaxItems).ToString(CultureInfo.InvariantCulture) + " more: "
                + string.Join(", ", items.Skip(MaxItems).GroupBy(i => i.Code, StringComparer.Ordinal).Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + g.Key)));
        }

        var unread = unmapped.Where(u => u.Code == UnmappedCodes.UnsupportedResource).GroupBy(u => u.Source.ResourceType, StringComparer.Ordinal).ToList();
        if (unread.Count > 0)
        {
            host.Error.WriteLine("cramps: not read (resource types the assessment does not use): "
                + string.Join(", ", unread.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>Prints an assessment to stdout: the result JSON on one line, or the readable report in the output's style.</summary>
    /// <param name="host">The console.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="json">Whether to print JSON.</param>
    /// <param name="indent">Whether to indent the JSON.</param>
    public static void Print(ConsoleHost host, CrampAssessment assessment, bool json, bool indent = false)
    {
        if (json)
        {
            host.Out.WriteLine(ReadableJson(CrampJson.SerializeToUtf8Bytes(assessment), indent));
            return;
        }

        AssessmentReport.Write(ReportWriter.Create(host.Out, host.OutputStyle(), TerminalWidth(host)), assessment);
    }

    /// <summary>Creates the <c>--indent</c> option of the commands that print the result JSON.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> IndentOption() => new("--indent")
    {
        Description = "With --format json: indent the JSON (two spaces), for reading; without it, one line.",
    };

    /// <summary>
    /// Rewrites the library's JSON for a person or a UTF-8 file: the same values, with text such as <c>Parkinson's</c>
    /// written as is instead of <c>\u0027</c> escapes (control characters and invalid text stay escaped), optionally indented.
    /// </summary>
    /// <param name="utf8Json">The library's JSON.</param>
    /// <param name="indent">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ReadableJson(byte[] utf8Json, bool indent)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = indent,
            IndentSize = 2,
        }))
        {
            document.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Gets the terminal's width when stdout is a terminal.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The width in columns, or <see langword="null"/>.</returns>
    public static int? TerminalWidth(ConsoleHost host)
    {
        if (!host.OutputIsTerminal)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
