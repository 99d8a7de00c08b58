using System.Globalization;
using System.Text;
using Cramps.Core.Serialization;

namespace Cramps.Fhir.Tests.Support;

/// <summary>
/// The reader's two paths, the structure-checked fast path and the strict FHIR parser, compared on one input: every
/// error, the request, every unmapped item and the mapping context must be the same.
/// </summary>
public static class ReadPaths
{
    /// <summary>Reads the JSON both ways, asserts the results are the same, and returns the reader's own result.</summary>
    public static FhirReadResult ReadBoth(string json, FhirReadOptions options)
    {
        var read = FhirRequestReader.Read(json, options);
        var strict = FhirRequestReader.ReadStrict(json, options);

        Assert.Equal(Render(strict), Render(read));
        return read;
    }

    /// <summary>Writes out everything a read gives, in a fixed order, so two reads compare as text.</summary>
    public static string Render(FhirReadResult read)
    {
        var text = new StringBuilder();
        foreach (var error in read.Errors)
        {
            text.Append("error ").Append(error.Path).Append(' ').Append(error.Code).Append(' ').AppendLine(error.Message);
        }

        if (read.Request is { } request)
        {
            text.Append("request ").AppendLine(CrampJson.Serialize(request));
        }

        foreach (var item in read.Unmapped)
        {
            text.Append("unmapped ").Append(item.Source).Append(' ').Append(item.Code).Append(' ').Append(item.Value).Append(' ').AppendLine(item.Message);
        }

        if (read.Context is { } context)
        {
            text.Append(CultureInfo.InvariantCulture, $"context {context.SubjectReference} {context.AsOf} {context.ReferenceDate}").AppendLine();
            foreach (var (path, source) in context.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                text.Append("source ").Append(path).Append(' ').Append(source).AppendLine();
            }

            foreach (var (path, reading) in context.Readings.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                text.Append("reading ").Append(path).Append(' ').AppendLine(reading);
            }
        }

        return text.ToString();
    }
}
