using System.Text.Json;
using Cramps.Core.Configuration;
using Cramps.Core.Serialization;
using Cramps.Core.Tests.Support;
using CsCheck;

namespace Cramps.Core.Tests.Serialization;

/// <summary>Writing requests and results: lossless round trip, deterministic bytes, the contract's shape.</summary>
public sealed class CrampJsonTests
{
    private static readonly CrampEvaluator Evaluator = new();

    public static TheoryData<string> ValidVignettes() => [.. Vignette.Files().Where(f => !f.StartsWith("p05", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(ValidVignettes))]
    public void Request_RoundTrip_IsLossless(string file)
    {
        var request = CrampJson.ParseRequest(Vignette.Load(file).RequestJson).Request!;

        var again = CrampJson.ParseRequest(CrampJson.Serialize(request));

        Assert.True(again.IsValid, string.Join("; ", again.Errors));
        Assert.Equal(request, again.Request);
    }

    [Fact]
    public void Request_RoundTrip_GeneratedRequests_AreLossless_Meets_Specification()
    {
        Generators.Request.Sample(
            request =>
            {
                var again = CrampJson.ParseRequest(CrampJson.Serialize(request));
                Assert.True(again.IsValid, string.Join("; ", again.Errors));
                Assert.Equal(request, again.Request);
            },
            iter: Budget.Iterations(300));
    }

    [Fact]
    public void Request_Serialize_OmitsUnknownsAndWritesTheContractsNames()
    {
        var json = CrampJson.Serialize(TestFiles.ContractExample);

        Assert.StartsWith("{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\",\"patient\":{\"ageYears\":74,\"sex\":\"male\",\"familyHistoryOfCramps\":false,", json, StringComparison.Ordinal);
        Assert.Contains("\"conditions\":[{\"id\":\"heart-failure\"},{\"system\":\"icd-10-cm\",\"code\":\"N18.3\",\"display\":\"CKD stage 3\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"episodes\":[{\"startedAt\":\"2026-11-20T02:40:00-05:00\",\"durationSeconds\":180,\"muscles\":[\"calf\"],\"side\":\"left\",\"setting\":\"asleep\",\"relievedByStretching\":true,\"painScore\":7}]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("pregnant", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Equal("{\"schemaVersion\":\"1\",\"patient\":{},\"episodes\":[]}", CrampJson.Serialize(new AssessmentRequest()));
    }

    [Fact]
    public void Result_Serialize_FollowsTheContractsOrderAndShape()
    {
        using var document = JsonDocument.Parse(CrampJson.Serialize(Evaluator.Evaluate(TestFiles.ContractExample, EvaluationOptions.WithTrace)));
        var root = document.RootElement;

        Assert.Equal(
            ["schemaVersion", "knowledgeBase", "urgency", "urgencyReasons", "riskFactors", "causeCategories", "redFlags", "openQuestions", "interviewComplete", "advice", "warnings", "unrecognisedInputs", "trace", "disclaimer"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("soon", root.GetProperty("urgency").GetString());
        Assert.Equal(["id", "edition", "contentHash"], root.GetProperty("knowledgeBase").EnumerateObject().Select(p => p.Name));
        var thiazide = root.GetProperty("riskFactors").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "diuretic-thiazide");
        Assert.Equal(["id", "name", "plainName", "category", "strength", "evidence", "sources"], thiazide.EnumerateObject().Select(p => p.Name));
        Assert.Equal("moderate", thiazide.GetProperty("strength").GetString());
        Assert.Equal(["id", "name", "plainName", "score", "riskFactors", "redFlags", "contributions"], root.GetProperty("causeCategories")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(9, root.GetProperty("causeCategories")[0].GetProperty("score").GetDouble());
        Assert.Equal(["id", "name", "plainName", "urgency", "category", "evidence", "sources"], root.GetProperty("redFlags")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "text", "sources"], root.GetProperty("advice")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        var trace = root.GetProperty("trace").EnumerateArray().ToList();
        Assert.Equal(["rule", "outcome", "inputs"], trace.Single(t => t.GetProperty("rule").GetString() == "statin").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rule", "outcome", "missing"], trace.Single(t => t.GetProperty("rule").GetString() == "pregnancy").EnumerateObject().Select(p => p.Name));
        Assert.Equal("{\"rule\":\"diuretic-loop\",\"outcome\":\"absent\",\"inputs\":[\"$.patient.medications\"]}", trace.Single(t => t.GetProperty("rule").GetString() == "diuretic-loop").GetRawText());
    }

    [Fact]
    public void Result_Serialize_ListsOverridesOnlyWhenThereAreSome()
    {
        var overridden = new CrampEvaluator(new CrampThresholds { SodiumLow = 136 }).Evaluate(new AssessmentRequest(), EvaluationOptions.WithTrace);

        Assert.DoesNotContain("overrides", CrampJson.Serialize(Evaluator.Evaluate(new AssessmentRequest(), EvaluationOptions.WithTrace)), StringComparison.Ordinal);
        Assert.Contains("\"overrides\":{\"sodiumLow\":136}", CrampJson.Serialize(overridden), StringComparison.Ordinal);
    }

    [Fact]
    public void Result_EqualRequests_GiveByteIdenticalJson()
    {
        var first = CrampJson.SerializeToUtf8Bytes(Evaluator.Evaluate(TestFiles.ContractExample, EvaluationOptions.WithTrace));
        var second = CrampJson.SerializeToUtf8Bytes(new CrampEvaluator().Evaluate(TestFiles.ContractExample, EvaluationOptions.WithTrace));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Result_Write_ToAWriter_EqualsSerialize()
    {
        var assessment = Evaluator.Evaluate(TestFiles.ContractExample, EvaluationOptions.WithTrace);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CrampJson.Write(writer, assessment);
        }

        Assert.Equal(CrampJson.SerializeToUtf8Bytes(assessment), stream.ToArray());
    }

    [Fact]
    public void Context_KeepsConvertersOutOfItsOptions_SoTheGeneratedWritersRun()
    {
        // A converter in the options makes System.Text.Json skip every generated fast-path writer; the enums carry theirs.
        Assert.Empty(CrampsJsonContext.Default.Options.Converters);
        Assert.NotNull(CrampsJsonContext.Default.CrampAssessment.SerializeHandler);
        Assert.NotNull(CrampsJsonContext.Default.AssessmentRequest.SerializeHandler);
    }

    [Fact]
    public void Result_WithoutTrace_IsRefusedBecauseTheContractsJsonCarriesIt()
    {
        var untraced = Evaluator.Evaluate(TestFiles.ContractExample);
        using var writer = new Utf8JsonWriter(Stream.Null);

        Assert.Null(untraced.Trace);
        Assert.Contains("EvaluationOptions.WithTrace", Assert.Throws<ArgumentException>("assessment", () => CrampJson.Serialize(untraced)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("assessment", () => CrampJson.SerializeToUtf8Bytes(untraced));
        Assert.Throws<ArgumentException>("assessment", () => CrampJson.Write(writer, untraced));
    }

    [Fact]
    public void Serialize_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => CrampJson.Serialize((AssessmentRequest)null!));
        Assert.Throws<ArgumentNullException>(() => CrampJson.Serialize((CrampAssessment)null!));
        Assert.Throws<ArgumentNullException>(() => CrampJson.SerializeToUtf8Bytes(null!));
        Assert.Throws<ArgumentNullException>(() => CrampJson.Write(null!, Evaluator.Evaluate(new AssessmentRequest())));
    }

    [Fact]
    public void WireName_Urgency_IsTheKnowledgeBasesLevelId()
    {
        // Knowledge base section 2: the five levels, lowest first.
        Assert.Equal(
            ["self-care", "routine", "soon", "urgent", "emergency"],
            Enum.GetValues<Urgency>().Order().Select(CrampJson.WireName));
    }

    [Fact]
    public void WireName_EveryWireEnum_IsWhatTheWriterWritesAndTheReaderAccepts()
    {
        AssertWireNames<Sex>();
        AssertWireNames<Side>();
        AssertWireNames<MuscleRegion>();
        AssertWireNames<EpisodeSetting>();
        AssertWireNames<ConditionCodeSystem>();
        AssertWireNames<MedicationCodeSystem>();
        AssertWireNames<Urgency>();
        AssertWireNames<EvidenceStrength>();
        AssertWireNames<RuleOutcome>();
    }

    [Fact]
    public void WireName_EnumOffTheWire_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CrampJson.WireName(DayOfWeek.Monday));

        Assert.Contains("DayOfWeek", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WireName_UnnamedValue_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CrampJson.WireName((Urgency)99));

        Assert.Equal("value", error.ParamName);
    }

    private static void AssertWireNames<TEnum>()
        where TEnum : struct, Enum
    {
        // Result enums are written through string members, so the context holds metadata only for the request's enums.
        var options = new JsonSerializerOptions { TypeInfoResolver = CrampJson.TypeInfoResolver };
        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TEnum>?)CrampJson.TypeInfoResolver.GetTypeInfo(typeof(TEnum), options)
            ?? System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<TEnum>(options, new WireEnumConverter<TEnum>());
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var name = CrampJson.WireName(value);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", name);
            Assert.Equal("\"" + name + "\"", JsonSerializer.Serialize(value, info));
            Assert.Equal(value, JsonSerializer.Deserialize("\"" + name + "\"", info));
        }
    }
}
