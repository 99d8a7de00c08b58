// Writes seeded NDJSON assessment requests for measuring `cramps batch`; the same arguments always give the same bytes.
//
//   dotnet run generate-requests.cs -- LINES [SEED] > requests.ndjson
//
// Every 1000th line is invalid (an out-of-range age), so the error path is measured too.
using System.Globalization;
using System.Text;

var lines = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var random = new Random(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2026);
string[] sexes = ["female", "male", "other", "unknown"];
string[] muscles = ["calf", "foot", "thigh", "hip", "back", "hand"];
string[] settings = ["asleep", "on-waking", "resting", "during-exercise", "after-exercise", "in-heat", "working"];
string[] medicines = ["hydrochlorothiazide", "furosemide", "spironolactone", "atorvastatin", "salbutamol", "formoterol", "naproxen", "metformin"];
string[] conditions = ["heart-failure", "chronic-kidney-disease", "diabetes", "hypothyroidism", "peripheral-neuropathy"];
(string Test, double Low, double High, string Unit)[] labs =
[
    ("potassium", 2.4, 5.5, "mmol/L"), ("magnesium", 0.5, 1.1, "mmol/L"), ("calcium", 7.0, 10.5, "mg/dL"), ("sodium", 118, 145, "mmol/L"),
];

using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
var json = new StringBuilder(2048);
for (long n = 1; n <= lines; n++)
{
    json.Clear();
    var age = n % 1000 == 0 ? 190 : random.Next(18, 95);
    Append($"{{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\",\"patient\":{{\"ageYears\":{age},\"sex\":\"{Pick(sexes)}\"");
    if (random.Next(3) == 0)
    {
        Append($",\"conditions\":[{{\"id\":\"{Pick(conditions)}\"}}]");
    }

    if (random.Next(2) == 0)
    {
        Append($",\"medications\":[{{\"name\":\"{Pick(medicines)}\",\"startedOn\":\"2026-{random.Next(1, 11):00}-{random.Next(1, 29):00}\"}}]");
    }

    if (random.Next(2) == 0)
    {
        var lab = Pick(labs);
        Append($",\"labs\":[{{\"test\":\"{lab.Test}\",\"value\":{Math.Round(lab.Low + random.NextDouble() * (lab.High - lab.Low), 2)},\"unit\":\"{lab.Unit}\"}}]");
    }

    Append($",\"lifestyle\":{{\"caffeineServingsPerDay\":{random.Next(0, 7)},\"alcoholDrinksPerWeek\":{random.Next(0, 20)},\"heatOrHeavySweating\":{Bool()}}}");
    Append($",\"symptoms\":{{\"newWeakness\":{Bool(15)},\"numbnessOrTingling\":{Bool(8)},\"legPainWithWalkingEasedByRest\":{Bool(10)}}}}}");
    json.Append(",\"episodes\":[");
    var episodes = random.Next(0, 6);
    for (var e = 0; e < episodes; e++)
    {
        Append($"{(e > 0 ? "," : string.Empty)}{{\"startedAt\":\"2026-11-{random.Next(1, 25):00}T{random.Next(0, 24):00}:{random.Next(0, 60):00}:00+01:00\",\"durationSeconds\":{random.Next(10, 900)},\"muscles\":[\"{Pick(muscles)}\"],\"setting\":\"{Pick(settings)}\",\"relievedByStretching\":{Bool(4)},\"painScore\":{random.Next(0, 11)}}}");
    }

    json.Append("]}");
    output.WriteLine(json);
}

T Pick<T>(T[] items) => items[random.Next(items.Length)];
string Bool(int oneIn = 2) => random.Next(oneIn) == 0 ? "true" : "false";
void Append(FormattableString text) => json.Append(text.ToString(CultureInfo.InvariantCulture));
