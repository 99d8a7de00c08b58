using System.Text;
using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;
using CsCheck;

namespace Cramps.Core.Tests.Serialization;

/// <summary>
/// The one-pass reader of valid requests: it reads the requests callers send in one pass, accepts nothing the reporting
/// reader refuses, and builds the same request as the reporting reader from whatever it accepts.
/// </summary>
public sealed class SinglePassReaderTests
{
    private const string Head = "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\",";

    private static readonly string[] Seeds = [.. Vignette.Files().Select(f => Vignette.Load(f).RequestJson), TestFiles.Text("contract-example-request.json")];

    private static List<string> Generated(int count)
    {
        var requests = new List<string>();
        Generators.Request.Sample(r => requests.Add(CrampJson.Serialize(r)), iter: count, threads: 1);
        return requests;
    }

    private static AssessmentRequest? Fast(byte[] json) => SinglePassReader.TryRead(json, CrampJson.MaxDepth, out var request) ? request : null;

    private static RequestParseResult Reported(byte[] json) => RequestReader.Report(json, CrampJson.MaxDepth);

    [Fact]
    public void TryRead_TheVignettesTheContractExampleAndGeneratedRequests_ReadsEachValidOneInOnePassAsTheReportingReaderDoes()
    {
        var valid = 0;
        foreach (var json in Seeds.Concat(Generated(200)))
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var fast = Fast(bytes);
            var reported = Reported(bytes);

            if (!reported.IsValid)
            {
                // A vignette of a request answered with errors.
                Assert.Null(fast);
                continue;
            }

            Assert.NotNull(fast);
            Assert.Equal(reported.Request, fast);
            Assert.Equal(CrampJson.Serialize(reported.Request), CrampJson.Serialize(fast));
            valid++;
        }

        Assert.True(valid >= 200, "valid: " + valid);
    }

    /// <remarks>Slow by design (20 000 parses twice over); mutation testing filters it out, as it does the fuzz test.</remarks>
    [Fact]
    [Trait("Category", "Slow")]
    public void TryRead_MutatedRequests_AcceptsOnlyWhatTheReportingReaderAcceptsAndAsTheSameRequest()
    {
        const int Cases = 20_000;
        var seeds = Seeds.Concat(Generated(40)).ToArray();
        var counts = new int[3];
        for (var i = 0; i < Cases; i++)
        {
            var random = new Random(i);
            var seed = seeds[random.Next(seeds.Length)];
            var bytes = random.Next(2) == 0 ? JsonMutator.Bytes(seed, random) : Encoding.UTF8.GetBytes(JsonMutator.Structural(seed, random));
            if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.Length > CrampJson.MaxRequestBytes)
            {
                continue;
            }

            var fast = Fast(bytes);
            var reported = Reported(bytes);

            if (fast is not null)
            {
                Assert.True(reported.IsValid, "accepted in one pass, refused by the reporting reader: case " + i);
                Assert.Equal(reported.Request, fast);
                Assert.Equal(CrampJson.Serialize(reported.Request), CrampJson.Serialize(fast));
            }

            counts[reported.IsValid ? (fast is null ? 1 : 2) : 0]++;
        }

        // Every valid mutant is read in one pass: none has a name written with more than 64 bytes of escapes.
        Assert.True(counts[0] > Cases / 4, "refused " + counts[0]);
        Assert.True(counts[2] > Cases / 20, "accepted " + counts[2]);
        Assert.Equal(0, counts[1]);
    }

    public static TheoryData<string> Refused() => new()
    {
        Head + "\"patient\":{\"ageYears\":74}",
        Head + "\"patient\":{\"ageYears\":74}} x",
        Head + "\"patient\":{\"ageYears\":74}}{}",
        Head + "\"patient\":{\"ageYears\":74,\"ageYears\":75}}",
        Head + "\"patient\":{\"ageYear\":74}}",
        Head + "\"patient\":{\"ageYears\":74.5}}",
        Head + "\"patient\":{\"ageYears\":1e400}}",
        Head + "\"patient\":{\"sex\":\"Male\"}}",
        Head + "\"patient\":{\"conditions\":[null]}}",
        Head + "\"patient\":{\"conditions\":[{\"system\":\"icd-10-cm\"}]}}",
        Head + "\"patient\":{\"conditions\":[{\"id\":\" \"}]}}",
        Head + "\"patient\":{\"medications\":[{\"name\":\"x\",\"startedOn\":\"2026-11-26\"}]}}",
        Head + "\"patient\":{\"labs\":[{\"test\":\"potassium\",\"value\":3.2,\"unit\":\"mg\"}]}}",
        Head + "\"patient\":{\"labs\":[{\"test\":\"potassium\",\"loinc\":\"19123-9\",\"value\":3.2,\"unit\":\"mmol/L\"}]}}",
        Head + "\"patient\":{\"labs\":[{\"test\":\"potassium\",\"unit\":\"mmol/L\"}]}}",
        Head + "\"patient\":{\"labs\":[{\"value\":3.2,\"unit\":\"mmol/L\"}]}}",
        Head + "\"patient\":{\"symptoms\":{\"newWeakness\":\"yes\"}}}",
        Head + "\"patient\":{\"lifestyle\":{\"caffeineMgPerDay\":-1}}}",
        Head + "\"episodes\":[{\"muscles\":[]}]}",
        Head + "\"episodes\":[{\"muscles\":[\"calf\",\"calf\"]}]}",
        Head + "\"episodes\":[{\"muscles\":[null]}]}",
        Head + "\"episodes\":[{\"side\":\"left\"}]}",
        Head + "\"episodes\":[{\"muscles\":[\"calf\"],\"startedAt\":\"2026-11-20T02:40:00\"}]}",
        Head + "\"episodes\":[{\"muscles\":[\"calf\"],\"startedAt\":\"2026-11-26T00:10:00+01:00\"}]}",
        "{\"episodes\":[{\"muscles\":[\"calf\"],\"startedAt\":\"2026-11-26T00:10:00Z\"}],\"asOf\":\"2026-11-25\",\"schemaVersion\":\"1\"}",
        "{\"patient\":{\"labs\":[{\"test\":\"potassium\",\"value\":3.2,\"unit\":\"mmol/L\",\"collectedOn\":\"2026-12-01\"}]},\"asOf\":\"2026-11-25\",\"schemaVersion\":\"1\"}",
        "{\"asOf\":\"2026-11-25\"}",
        "{\"schemaVersion\":\"2\"}",
        "{\"schemaVersion\":\"1\",\"asOf\":\"2026-02-29\"}",
        "{\"schemaVersion\":\"1\",\"requestId\":\"\"}",
        Head + "\"patient\":{\"conditions\":[{\"id\":\"\\ud800\"}]}}",
        Head + "\"patient\":{\"sex\":\"\\ud800\"}}",
        Head + "\"patient\":{\"\\ud800\":true}}",
        "[]",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryRead_AnInvalidRequest_DeclinesAndLeavesItToTheReportingReader(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.Null(Fast(bytes));
        Assert.False(Reported(bytes).IsValid);
        Assert.False(CrampJson.ParseRequest(bytes).IsValid);
    }

    [Fact]
    public void TryRead_NestingBeyondALowerLimit_Declines()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "\"episodes\":[{\"muscles\":[\"calf\"]}]}");

        Assert.NotNull(Fast(bytes));
        Assert.False(SinglePassReader.TryRead(bytes, 3, out _));
        Assert.True(SinglePassReader.TryRead(bytes, 4, out _));
        Assert.Equal(ValidationCodes.TooDeep, Assert.Single(CrampJson.ParseRequest(bytes, new RequestReadOptions { MaxDepth = 3 }).Errors).Code);
    }

    public static TheoryData<string, string> Escaped() => new()
    {
        { "\"patient\":{\"conditions\":[{\"id\":\"heart\\u002dfailure\"}]}}", "\"patient\":{\"conditions\":[{\"id\":\"heart-failure\"}]}}" },
        { "\"patient\":{\"conditions\":[{\"id\":\"x\",\"display\":\"Crampes \\u2013 mollet\"}]}}", "\"patient\":{\"conditions\":[{\"id\":\"x\",\"display\":\"Crampes \u2013 mollet\"}]}}" },
        { "\"patient\":{\"\\u0073ex\":\"male\"}}", "\"patient\":{\"sex\":\"male\"}}" },
        { "\"patient\":{\"sex\":\"m\\u0061le\"}}", "\"patient\":{\"sex\":\"male\"}}" },
        { "\"requestId\":\"a\\/b\"}", "\"requestId\":\"a/b\"}" },
        { "\"patient\":{\"medications\":[{\"name\":\"x\",\"startedOn\":\"2026\\u002d10-14\"}]}}", "\"patient\":{\"medications\":[{\"name\":\"x\",\"startedOn\":\"2026-10-14\"}]}}" },
        { "\"episodes\":[{\"muscles\":[\"calf\"],\"startedAt\":\"2026-11-20T02:40:00\\u002B01:00\"}]}", "\"episodes\":[{\"muscles\":[\"calf\"],\"startedAt\":\"2026-11-20T02:40:00+01:00\"}]}" },
    };

    /// <remarks>System.Text.Json's default encoder escapes <c>+</c> and every non-ASCII character, so .NET callers send escapes.</remarks>
    [Theory]
    [MemberData(nameof(Escaped))]
    public void TryRead_AValidRequestWithEscapes_ReadsItInOnePassAsItsPlainForm(string escaped, string plain)
    {
        var bytes = Encoding.UTF8.GetBytes(Head + escaped);

        var fast = Fast(bytes);

        Assert.NotNull(fast);
        Assert.Equal(Reported(bytes).Request, fast);
        Assert.Equal(CrampJson.ParseRequest(Head + plain).Request, fast);
    }

    [Fact]
    public void TryRead_ANameWithMoreThan64BytesOfEscapes_LeavesItToTheReportingReader()
    {
        var name = string.Concat("familyHistoryOfCramps".Select(c => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));
        var bytes = Encoding.UTF8.GetBytes(Head + "\"patient\":{\"" + name + "\":true}}");

        Assert.Null(Fast(bytes));
        var result = CrampJson.ParseRequest(bytes);
        Assert.True(result.IsValid);
        Assert.True(result.Request.Patient.FamilyHistoryOfCramps);
    }

    [Fact]
    public void TryRead_MembersInAnyOrder_ReadsTheSameRequest()
    {
        var ordered = Encoding.UTF8.GetBytes(Head + "\"patient\":{\"ageYears\":74,\"sex\":\"male\",\"symptoms\":{\"newWeakness\":true,\"muscleWasting\":false}}}");
        var shuffled = Encoding.UTF8.GetBytes("{\"patient\":{\"symptoms\":{\"muscleWasting\":false,\"newWeakness\":true},\"sex\":\"male\",\"ageYears\":74},\"asOf\":\"2026-11-25\",\"schemaVersion\":\"1\"}");

        var request = Fast(shuffled);

        Assert.NotNull(request);
        Assert.Equal(Fast(ordered), request);
        Assert.True(request.Patient.Symptoms.NewWeakness);
        Assert.False(request.Patient.Symptoms.MuscleWasting);
        Assert.Null(request.Patient.Symptoms.UrgeToMoveLegs);
    }
}
