using System.Diagnostics;
using System.Globalization;
using Cramps.Core.Serialization;
using Cramps.Fhir;

namespace Cramps.Core.Benchmarks.Fhir;

/// <summary>
/// Runs every FHIR JSON file of a folder (recursively) through the reader, the evaluator and every output format, and
/// reports crashes, timings by bundle size, what was found, and the codes no knowledge-base table maps.
/// </summary>
/// <remarks><c>dotnet run -c Release --project benchmarks/Cramps.Core.Benchmarks -- fhir-corpus FOLDER [--as-of yyyy-MM-dd]</c>; exit 1 when any file crashed.</remarks>
public static class FhirCorpus
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: fhir-corpus FOLDER [--as-of yyyy-MM-dd]");
            return 2;
        }

        DateOnly? asOf = args is [_, "--as-of", var date] ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var files = Directory.EnumerateFiles(args[0], "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var evaluator = new CrampEvaluator();
        var gaps = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var timings = new List<(long Bytes, double Milliseconds)>();
        int valid = 0, rejected = 0, crashed = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            try
            {
                var watch = Stopwatch.StartNew();
                var read = FhirRequestReader.Read(text, new FhirReadOptions { AsOf = asOf });
                watch.Stop();
                timings.Add((new FileInfo(file).Length, watch.Elapsed.TotalMilliseconds));
                if (!read.IsValid)
                {
                    rejected++;
                    Console.WriteLine("rejected " + Path.GetFileName(file) + ": " + string.Join("; ", read.Errors.Take(3).Select(e => e.Path + " " + e.Code + " " + e.Message)));
                    continue;
                }

                valid++;
                var assessment = evaluator.Evaluate(read.Request, EvaluationOptions.WithTrace);
                _ = CrampJson.Serialize(assessment);
                _ = RiskAssessmentWriter.Write(assessment, read.Context);
                _ = CdsHooksWriter.Write(assessment, read.Context);
                foreach (var id in assessment.RiskFactors.Select(f => f.Id).Concat(assessment.RedFlags.Select(f => f.Id)))
                {
                    Count(found, id);
                }

                foreach (var item in read.Unmapped)
                {
                    Count(unmapped, item.Code);
                }

                foreach (var input in assessment.UnrecognisedInputs)
                {
                    Count(gaps, input.Reason + ": " + input.Value);
                }

                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"ok {Path.GetFileName(file)}: {new FileInfo(file).Length / 1024} KiB, {watch.Elapsed.TotalMilliseconds:0.0} ms, today {read.Context.ReferenceDate:yyyy-MM-dd}, urgency {assessment.Urgency}, found {string.Join(" ", assessment.RiskFactors.Select(f => f.Id).Concat(assessment.RedFlags.Select(f => f.Id)))}"));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                crashed++;
                Console.WriteLine("CRASH " + Path.GetFileName(file) + ": " + exception.GetType().Name);
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} files: {valid} read, {rejected} rejected, {crashed} crashed"));
        foreach (var band in timings.GroupBy(t => t.Bytes < 100_000 ? "< 100 KB" : t.Bytes < 500_000 ? "100-500 KB" : "≥ 500 KB").OrderBy(g => g.Min(t => t.Bytes)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {band.Key}: {band.Count()} files, median {Median(band.Select(t => t.Milliseconds)):0.0} ms, max {band.Max(t => t.Milliseconds):0.0} ms (first file includes start-up)"));
        }

        Print("Found (risk factors and red flags)", found);
        Print("Unmapped items by reason", unmapped);
        Print("Mapping gaps: active codes and names no knowledge-base table maps", gaps);
        return crashed > 0 ? 1 : 0;
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static void Print(string heading, Dictionary<string, int> counts)
    {
        Console.WriteLine();
        Console.WriteLine(heading + ":");
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,5}  {key}"));
        }
    }
}
