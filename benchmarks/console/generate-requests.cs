// Writes seeded NDJSON assessment requests for measuring `cramps batch`; the same arguments always give the same bytes.
//
//   dotnet run generate-requests.cs -- LINES [SEED] > requests.ndjson
//
// Every 1000th line is invalid (an out-of-range age), so the error path is measured too. The lines come from
// RequestLines in the benchmark project, which the in-process benchmarks read too.
#:project ../Cramps.Core.Benchmarks/Cramps.Core.Benchmarks.csproj
using System.Globalization;
using Cramps.Core.Benchmarks.Fixtures;

var lines = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : RequestLines.DefaultSeed;
using var output = Console.OpenStandardOutput();
RequestLines.Write(output, lines, seed);
