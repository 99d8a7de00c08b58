using System.Text;
using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;

namespace Cramps.Core.Tests.Serialization;

/// <summary>
/// Hostile requests: error bombs, depth and size at their limits, values that must never be echoed, and a fuzz run.
/// Costs are asserted through allocation counts against the input's size, never through wall-clock time.
/// </summary>
public sealed class HostileInputTests
{
    private const string Valid = "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\"";

    /// <summary>A request of <paramref name="count"/> repetitions of <paramref name="member"/> after a valid start.</summary>
    private static byte[] Bomb(string member, int count)
    {
        var text = new StringBuilder(Valid, Valid.Length + ((member.Length + 1) * count) + 1);
        for (var i = 0; i < count; i++)
        {
            text.Append(',').Append(member);
        }

        return Encoding.UTF8.GetBytes(text.Append('}').ToString());
    }

    private static (RequestParseResult Result, long Allocated) Measure(byte[] json)
    {
        CrampJson.ParseRequest(json); // warm up: the first call compiles the reader
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CrampJson.ParseRequest(json);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("\"x\":1")]
    [InlineData("\"asOf\":\"2026-11-25\"")]
    [InlineData("\"\\u001b[2J\":[1,{\"a\":[]}]")]
    [Trait("Category", "Slow")]
    public void ErrorBomb_ListsTheFirstThousand_CountsEveryError_AndAllocatesLessThanItsSize(string member)
    {
        const int Count = 400_000;
        var json = Bomb(member, Count);

        var (result, allocated) = Measure(json);

        Assert.False(result.IsValid);
        Assert.Equal(Count, result.ErrorCount);
        Assert.Equal(CrampJson.MaxErrors + 1, result.Errors.Count);
        var last = result.Errors[^1];
        Assert.Equal(ValidationCodes.TooManyErrors, last.Code);
        Assert.Equal("Only the first 1000 of 400000 errors are listed.", last.Message);

        // Before the fix every error's path and message were built: hundreds of bytes per error, many times the input.
        Assert.True(allocated < json.Length, $"{allocated} bytes allocated for {json.Length} bytes of input");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ErrorBomb_CostGrowsWithTheInputNotWithTheErrors()
    {
        var (_, small) = Measure(Bomb("\"x\":1", 100_000));
        var (_, large) = Measure(Bomb("\"x\":1", 800_000));

        // Eight times the errors past the cap cost (almost) nothing more: the growth is far below one byte per input byte.
        Assert.True(large - small < 700_000 * 6 / 10, $"{small} then {large} bytes allocated");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ErrorBomb_InsideLists_StaysBoundedByTheListLimits()
    {
        var episodes = string.Join(',', Enumerable.Repeat("{\"muscles\":[\"x\",\"y\"],\"painScore\":99,\"side\":7,\"zz\":1}", 10_000));
        var json = Encoding.UTF8.GetBytes(Valid + ",\"episodes\":[" + episodes + "]}");

        var (result, allocated) = Measure(json);

        Assert.Equal(50_000, result.ErrorCount);
        Assert.Equal(CrampJson.MaxErrors + 1, result.Errors.Count);
        // Each item read builds its own small model state (a few hundred bytes for 50 bytes of input); the cap still holds.
        Assert.True(allocated < 16L * json.Length, $"{allocated} bytes allocated for {json.Length} bytes of input");
    }

    [Fact]
    public void TooManyItems_IsOneError_AndTheItemsAreNotRead()
    {
        var json = Encoding.UTF8.GetBytes(Valid + ",\"episodes\":[" + string.Join(',', Enumerable.Repeat("{\"x\":1}", RequestLimits.MaxEpisodes + 1)) + "]}");

        var result = CrampJson.ParseRequest(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("$.episodes", ValidationCodes.TooManyItems), (error.Path, error.Code));
        Assert.Equal(1, result.ErrorCount);
    }

    private static string Nested(int levels)
    {
        // The root object is level 1, "patient" level 2, and arrays fill the rest under an unknown member.
        var arrays = levels - 2;
        return "{\"schemaVersion\":\"1\",\"patient\":{\"deep\":" + new string('[', arrays) + new string(']', arrays) + "}}";
    }

    [Fact]
    public void Depth_SixteenLevels_IsWithinTheLimit()
    {
        var result = CrampJson.ParseRequest(Nested(16));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.UnknownProperty, error.Code);
    }

    [Fact]
    public void Depth_SeventeenLevels_IsTooDeep()
    {
        var result = CrampJson.ParseRequest(Nested(17));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("$", ValidationCodes.TooDeep, "The request must nest at most 16 levels deep."), (error.Path, error.Code, error.Message));
    }

    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(4, 3, true)]
    public void Depth_IsConfigurable(int levels, int limit, bool tooDeep)
    {
        var json = Encoding.UTF8.GetBytes(Nested(levels));

        var result = CrampJson.ParseRequest(json, new RequestReadOptions { MaxDepth = limit });

        Assert.Equal(tooDeep, result.Errors.Any(e => e.Code == ValidationCodes.TooDeep));
    }

    [Fact]
    public void Size_AtTheLimit_IsRead_AndOneByteMore_IsOneTooLargeError()
    {
        var json = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1\"}   ");
        var limit = new RequestReadOptions { MaxRequestBytes = json.Length };
        var over = new RequestReadOptions { MaxRequestBytes = json.Length - 1 };

        Assert.True(CrampJson.ParseRequest(json, limit).IsValid);
        var error = Assert.Single(CrampJson.ParseRequest(json, over).Errors);
        Assert.Equal(("$", ValidationCodes.TooLarge), (error.Path, error.Code));
        Assert.Equal(1, CrampJson.ParseRequest(json, over).ErrorCount);
    }

    [Fact]
    public void Size_DefaultLimit_Is16MiB()
    {
        var json = new byte[CrampJson.MaxRequestBytes + 1];
        json.AsSpan().Fill((byte)' ');

        var error = Assert.Single(CrampJson.ParseRequest(json).Errors);

        Assert.Equal(ValidationCodes.TooLarge, error.Code);
        Assert.Equal(16 * 1024 * 1024, RequestReadOptions.Default.MaxRequestBytes);
        Assert.Equal(16, RequestReadOptions.Default.MaxDepth);
    }

    [Fact]
    public void ByteOrderMark_AtTheStart_IsAccepted()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. "{\"schemaVersion\":\"1\"}"u8];

        Assert.True(CrampJson.ParseRequest(json).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RequestReadOptions.DeepestAllowed + 1)]
    public void Options_DepthOutOfRange_Throws(int depth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestReadOptions { MaxDepth = depth });

    [Fact]
    public void Options_SizeBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestReadOptions { MaxRequestBytes = 0 });

    [Theory]
    [InlineData("SSN 123-45-6789")]
    [InlineData("mmol\u202E/L")]
    [InlineData("\u001b[2J")]
    public void UnsupportedUnit_NamesTheAcceptedUnits_AndNeverTheOneGiven(string unit)
    {
        var json = Valid + ",\"patient\":{\"labs\":[{\"test\":\"potassium\",\"value\":3.2,\"unit\":" + System.Text.Json.JsonSerializer.Serialize(unit) + "}]}}";

        var error = Assert.Single(CrampJson.ParseRequest(json).Errors);

        Assert.Equal(("$.patient.labs[0].unit", ValidationCodes.UnsupportedUnit), (error.Path, error.Code));
        Assert.Equal("unit is not an accepted unit for potassium (accepted: mmol/L, mEq/L).", error.Message);
    }

    [Fact]
    public void LabValue_Negative_SaysZeroOrMore_NotARangeToTheLargestDouble()
    {
        var json = Valid + ",\"patient\":{\"labs\":[{\"test\":\"potassium\",\"value\":-1,\"unit\":\"mmol/L\"}]}}";

        var error = Assert.Single(CrampJson.ParseRequest(json).Errors);

        Assert.Equal("value must be a number, 0 or more.", error.Message);
    }

    [Fact]
    public void FutureDate_DoesNotRepeatAsOf()
    {
        var json = "{\"schemaVersion\":\"1\",\"asOf\":\"2026-01-31\",\"patient\":{\"medications\":[{\"name\":\"x\",\"startedOn\":\"2026-02-01\"}]}}";

        var error = Assert.Single(CrampJson.ParseRequest(json).Errors);

        Assert.Equal(ValidationCodes.FutureDate, error.Code);
        Assert.Equal("startedOn must not lie after asOf.", error.Message);
    }

    /// <summary>Values that must never come back in a message, placed in every text, enum, date and number member.</summary>
    public static TheoryData<string> HostileValues() =>
    [
        "SSN 123-45-6789",
        "\u001b]0;pwned\u0007\u001b[2J",
        "\u202Eevil\u202C",
        "Jane Doe 1950-01-01",
    ];

    [Theory]
    [MemberData(nameof(HostileValues))]
    public void Messages_NeverRepeatAValueFromTheRequest(string value)
    {
        var v = System.Text.Json.JsonSerializer.Serialize(value);
        var json = "{\"schemaVersion\":" + v + ",\"requestId\":" + v + "x\u0001" + ",\"asOf\":" + v
            + ",\"patient\":{\"ageYears\":" + v + ",\"sex\":" + v + ",\"conditions\":[{\"system\":" + v + ",\"code\":\"\"}]"
            + ",\"medications\":[{\"name\":\"x\",\"startedOn\":" + v + "}],\"labs\":[{\"test\":\"sodium\",\"value\":1,\"unit\":" + v + "}]}"
            + ",\"episodes\":[{\"startedAt\":" + v + ",\"muscles\":[" + v + "],\"side\":" + v + ",\"setting\":" + v + "}]}";
        json = json.Replace("x\u0001", string.Empty, StringComparison.Ordinal);

        var result = CrampJson.ParseRequest(json);

        Assert.True(result.ErrorCount >= 10, string.Join('\n', result.Errors));
        Assert.All(result.Errors, e => Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void RequestId_Valid_IsCarriedAndEchoedRightAfterSchemaVersion()
    {
        var result = CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"requestId\":\"enc-20261125-0042\"}");

        Assert.True(result.IsValid);
        Assert.Equal("enc-20261125-0042", result.Request.RequestId);
        Assert.Equal("enc-20261125-0042", result.RequestId);
        var json = CrampJson.Serialize(new CrampEvaluator().Evaluate(result.Request, EvaluationOptions.WithTrace));
        Assert.StartsWith("{\"schemaVersion\":\"1\",\"requestId\":\"enc-20261125-0042\",\"knowledgeBase\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestId_Absent_IsOmittedFromTheResult()
    {
        var request = CrampJson.ParseRequest("{\"schemaVersion\":\"1\"}").Request!;

        Assert.Null(request.RequestId);
        Assert.DoesNotContain("requestId", CrampJson.Serialize(new CrampEvaluator().Evaluate(request, EvaluationOptions.WithTrace)), StringComparison.Ordinal);
    }

    [Fact]
    public void RequestId_TakesNoPartInTheEvaluation()
    {
        var evaluator = new CrampEvaluator();
        var plain = CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"patient\":{\"ageYears\":70}}").Request!;
        var named = plain with { RequestId = "r-1" };

        var a = CrampJson.Serialize(evaluator.Evaluate(plain, EvaluationOptions.WithTrace));
        var b = CrampJson.Serialize(evaluator.Evaluate(named, EvaluationOptions.WithTrace)).Replace(",\"requestId\":\"r-1\"", string.Empty, StringComparison.Ordinal);

        Assert.Equal(a, b);
        Assert.NotEqual(plain, named);
    }

    [Fact]
    public void RequestId_OfAnInvalidRequest_IsStillRead()
    {
        var result = CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"requestId\":\"r-7\",\"patient\":{\"ageYears\":-1}}");

        Assert.False(result.IsValid);
        Assert.Equal("r-7", result.RequestId);
    }

    public static TheoryData<string> InvalidRequestIds() =>
    [
        string.Empty,
        new string('a', RequestLimits.MaxRequestIdLength + 1),
        "a\u001bb",
        "a\nb",
        "a\u0085b",
        "a\u202Eb",
        "a\u2066b",
        "a\u200Bb",
    ];

    [Theory]
    [MemberData(nameof(InvalidRequestIds))]
    public void RequestId_Invalid_IsAnErrorAtItsPath_AndIsNotRepeated(string id)
    {
        var result = CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"requestId\":" + System.Text.Json.JsonSerializer.Serialize(id) + "}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("$.requestId", ValidationCodes.InvalidValue), (error.Path, error.Code));
        Assert.Null(result.RequestId);
        Assert.Throws<ArgumentException>(() => new AssessmentRequest { RequestId = id });
    }

    [Theory]
    [InlineData("a")]
    [InlineData("enc 2026/11/25 #42 – Zoë")]
    [InlineData("😀")]
    public void RequestId_Printable_IsValid(string id)
    {
        Assert.Equal(id, new AssessmentRequest { RequestId = id }.RequestId);
        Assert.True(CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"requestId\":" + System.Text.Json.JsonSerializer.Serialize(id) + "}").IsValid);
    }

    [Fact]
    public void RequestId_128CodePoints_IsValid_EvenWhenEachIsTwoUtf16Units()
    {
        Assert.True(CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"requestId\":\"" + new string('a', 128) + "\"}").IsValid);
        Assert.Equal(256, new AssessmentRequest { RequestId = string.Concat(Enumerable.Repeat("😀", 128)) }.RequestId!.Length);
    }

    [Fact]
    public void RequestId_TypeOtherThanString_IsInvalidType()
    {
        var error = Assert.Single(CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"requestId\":42}").Errors);

        Assert.Equal(("$.requestId", ValidationCodes.InvalidType), (error.Path, error.Code));
    }

    [Fact]
    public void UnknownPropertyName_InThePath_IsEscapedAndCut()
    {
        var error = Assert.Single(CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"\\u001b]0;x\\u0007\":1}").Errors);

        Assert.Equal("$['\\u001b]0;x\\u0007']", error.Path);
    }

    /// <summary>100 000 generated hostile requests: no exception escapes, and every answer is a request or errors with paths.</summary>
    /// <remarks>Slow by design: it runs in every test run, and mutation testing filters it out like the other fuzz test.</remarks>
    [Fact]
    [Trait("Category", "Slow")]
    public void Fuzz_HostileRequests_NeverThrow_AndAlwaysExplain()
    {
        var random = new SplitMix(20261203);
        var seeds = new[]
        {
            TestFiles.Text("contract-example-request.json"),
            "{\"schemaVersion\":\"1\",\"requestId\":\"r\",\"patient\":{\"labs\":[{\"test\":\"potassium\",\"value\":3.2,\"unit\":\"mmol/L\"}]},\"episodes\":[{\"muscles\":[\"calf\"]}]}",
        }.Select(Encoding.UTF8.GetBytes).ToArray();
        string[] hostile =
        [
            "\"\\u001b[2J\"", "\"\\ud800\"", "1e999", "-0", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "{\"a\":{\"a\":{\"a\":{}}}}",
            "\"\\u202e\"", "null", "true", "\"\"", "123456789012345678901234567890", "{}", "[]", "\"x\":1,\"x\":1",
        ];
        var valid = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var json = Mutate(random, seeds[i % seeds.Length], hostile);
            var result = CrampJson.ParseRequest(json);
            if (result.IsValid)
            {
                valid++;
                continue;
            }

            Assert.NotEmpty(result.Errors);
            Assert.True(result.ErrorCount >= Math.Min(result.Errors.Count, CrampJson.MaxErrors));
            foreach (var error in result.Errors)
            {
                Assert.DoesNotContain('\u001b', error.Path);
                Assert.DoesNotContain('\u001b', error.Message);
                Assert.False(string.IsNullOrEmpty(error.Code));
            }
        }

        Assert.InRange(valid, 1, 99_999);
    }

    private static byte[] Mutate(SplitMix random, byte[] seed, string[] hostile)
    {
        var bytes = new List<byte>(seed);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(hostile[random.Next(hostile.Length)]));
                    break;
                case 3:
                    bytes.Insert(at, (byte)"{}[],:\"\\"[random.Next(8)]);
                    break;
                case 4:
                    bytes.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                    break;
                default:
                    // Leave it be: a share of the requests stays valid, so the valid path is fuzzed too.
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A small deterministic generator (SplitMix64): the tests' runs repeat exactly.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) % (ulong)bound);
        }
    }
}
