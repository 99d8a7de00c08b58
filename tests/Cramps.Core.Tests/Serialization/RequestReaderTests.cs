using System.Text;
using Cramps.Core.Serialization;

namespace Cramps.Core.Tests.Serialization;

/// <summary>Strict reading: each error code with its exact path, every error at once, and no value echoed.</summary>
public sealed class RequestReaderTests
{
    private static IReadOnlyList<ValidationError> Errors(string json)
    {
        var result = CrampJson.ParseRequest(json);
        Assert.False(result.IsValid);
        Assert.Null(result.Request);
        return result.Errors;
    }

    private static (string Path, string Code) Single(string json)
    {
        var error = Assert.Single(Errors(json));
        return (error.Path, error.Code);
    }

    private static string Patient(string body) => "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\",\"patient\":{" + body + "}}";

    private static string Episode(string body) => "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\",\"episodes\":[{" + body + "}]}";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "{\"schemaVersion\":\"1\",", "$", ValidationCodes.MalformedJson },
        { "{\"schemaVersion\":\"1\"} x", "$", ValidationCodes.MalformedJson },
        { "{\"schemaVersion\":\"1\",\"patient\":{\"ageYears\":NaN}}", "$", ValidationCodes.MalformedJson },
        { "{\"schemaVersion\":\"1\" /* note */}", "$", ValidationCodes.MalformedJson },
        { "{\"schemaVersion\":\"1\",}", "$", ValidationCodes.MalformedJson },
        { string.Empty, "$", ValidationCodes.MalformedJson },
        { "{}", "$.schemaVersion", ValidationCodes.MissingRequired },
        { "{\"schemaVersion\":null}", "$.schemaVersion", ValidationCodes.MissingRequired },
        { "{\"schemaVersion\":1}", "$.schemaVersion", ValidationCodes.InvalidType },
        { "{\"schemaVersion\":\"2\"}", "$.schemaVersion", ValidationCodes.UnsupportedSchemaVersion },
        { "[]", "$", ValidationCodes.InvalidType },
        { "{\"schemaVersion\":\"1\",\"schemaVersion\":\"1\"}", "$.schemaVersion", ValidationCodes.DuplicateProperty },
        { "{\"schemaVersion\":\"1\",\"patient\":[]}", "$.patient", ValidationCodes.InvalidType },
        { "{\"schemaVersion\":\"1\",\"episodes\":{}}", "$.episodes", ValidationCodes.InvalidType },
        { "{\"schemaVersion\":\"1\",\"asOf\":\"25/11/2026\"}", "$.asOf", ValidationCodes.InvalidValue },
        { "{\"schemaVersion\":\"1\",\"extra\":true}", "$.extra", ValidationCodes.UnknownProperty },
        { Patient("\"ageYear\":74"), "$.patient.ageYear", ValidationCodes.UnknownProperty },
        { Patient("\"ageYears\":\"74\""), "$.patient.ageYears", ValidationCodes.InvalidType },
        { Patient("\"ageYears\":190"), "$.patient.ageYears", ValidationCodes.OutOfRange },
        { Patient("\"ageYears\":-1"), "$.patient.ageYears", ValidationCodes.OutOfRange },
        { Patient("\"ageYears\":74.5"), "$.patient.ageYears", ValidationCodes.OutOfRange },
        { Patient("\"ageYears\":1e400"), "$.patient.ageYears", ValidationCodes.OutOfRange },
        { Patient("\"sex\":\"yes\""), "$.patient.sex", ValidationCodes.InvalidEnum },
        { Patient("\"sex\":true"), "$.patient.sex", ValidationCodes.InvalidType },
        { Patient("\"pregnant\":\"no\""), "$.patient.pregnant", ValidationCodes.InvalidType },
        { Patient("\"conditions\":[null]"), "$.patient.conditions[0]", ValidationCodes.InvalidType },
        { Patient("\"conditions\":[{}]"), "$.patient.conditions[0]", ValidationCodes.MissingRequired },
        { Patient("\"conditions\":[{\"id\":\"\"}]"), "$.patient.conditions[0].id", ValidationCodes.InvalidValue },
        { Patient("\"conditions\":[{\"id\":\"" + new string('x', 1001) + "\"}]"), "$.patient.conditions[0].id", ValidationCodes.TooLong },
        { Patient("\"conditions\":[{\"system\":\"icd-10\",\"code\":\"I50\"}]"), "$.patient.conditions[0].system", ValidationCodes.InvalidEnum },
        { Patient("\"conditions\":[{\"system\":\"icd-10-cm\"}]"), "$.patient.conditions[0].code", ValidationCodes.MissingRequired },
        { Patient("\"conditions\":[{\"code\":\"I50\"}]"), "$.patient.conditions[0].system", ValidationCodes.MissingRequired },
        { Patient("\"conditions\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"diabetes\"}", 501)) + "]"), "$.patient.conditions", ValidationCodes.TooManyItems },
        { Patient("\"medications\":[{\"startedOn\":\"2026-01-01\"}]"), "$.patient.medications[0]", ValidationCodes.MissingRequired },
        { Patient("\"medications\":[{\"name\":\"naproxen\",\"startedOn\":\"2026-11-26\"}]"), "$.patient.medications[0].startedOn", ValidationCodes.FutureDate },
        { Patient("\"medications\":[{\"system\":\"rxnorm\",\"code\":\"1\"}]"), "$.patient.medications[0].system", ValidationCodes.InvalidEnum },
        { Patient("\"labs\":[{\"test\":\"potassium\",\"unit\":\"mmol/L\"}]"), "$.patient.labs[0].value", ValidationCodes.MissingRequired },
        { Patient("\"labs\":[{\"test\":\"potassium\",\"value\":3.2}]"), "$.patient.labs[0].unit", ValidationCodes.MissingRequired },
        { Patient("\"labs\":[{\"value\":3.2,\"unit\":\"mmol/L\"}]"), "$.patient.labs[0]", ValidationCodes.MissingRequired },
        { Patient("\"labs\":[{\"test\":\"potassium\",\"value\":3.2,\"unit\":\"mg/dL\"}]"), "$.patient.labs[0].unit", ValidationCodes.UnsupportedUnit },
        { Patient("\"labs\":[{\"test\":\"potassium\",\"value\":-1,\"unit\":\"mmol/L\"}]"), "$.patient.labs[0].value", ValidationCodes.OutOfRange },
        { Patient("\"labs\":[{\"test\":\"potassium\",\"loinc\":\"2951-2\",\"value\":3,\"unit\":\"mmol/L\"}]"), "$.patient.labs[0].loinc", ValidationCodes.InvalidValue },
        { Patient("\"labs\":[{\"test\":\"sodium\",\"value\":140,\"unit\":\"mmol/L\",\"collectedOn\":\"2027-01-01\"}]"), "$.patient.labs[0].collectedOn", ValidationCodes.FutureDate },
        { Patient("\"lifestyle\":{\"caffeineMgPerDay\":10001}"), "$.patient.lifestyle.caffeineMgPerDay", ValidationCodes.OutOfRange },
        { Patient("\"lifestyle\":{\"coffee\":1}"), "$.patient.lifestyle.coffee", ValidationCodes.UnknownProperty },
        { Patient("\"crampPattern\":{\"episodesPerWeek\":501}"), "$.patient.crampPattern.episodesPerWeek", ValidationCodes.OutOfRange },
        { Patient("\"symptoms\":{\"newWeakness\":1}"), "$.patient.symptoms.newWeakness", ValidationCodes.InvalidType },
        { Episode("\"startedAt\":\"2026-11-20T02:40:00\",\"muscles\":[\"calf\"]"), "$.episodes[0].startedAt", ValidationCodes.InvalidValue },
        { Episode("\"startedAt\":\"2026-11-26T00:10:00+01:00\",\"muscles\":[\"calf\"]"), "$.episodes[0].startedAt", ValidationCodes.FutureDate },
        { Episode("\"durationSeconds\":120"), "$.episodes[0].muscles", ValidationCodes.MissingRequired },
        { Episode("\"muscles\":[]"), "$.episodes[0].muscles", ValidationCodes.MissingRequired },
        { Episode("\"muscles\":[\"leg\"]"), "$.episodes[0].muscles[0]", ValidationCodes.InvalidEnum },
        { Episode("\"muscles\":[\"calf\",\"calf\"]"), "$.episodes[0].muscles[1]", ValidationCodes.InvalidValue },
        { Episode("\"muscles\":[\"calf\"],\"painScore\":11"), "$.episodes[0].painScore", ValidationCodes.OutOfRange },
        { Episode("\"muscles\":[\"calf\"],\"durationSeconds\":0"), "$.episodes[0].durationSeconds", ValidationCodes.OutOfRange },
        { Episode("\"muscles\":[\"calf\"],\"setting\":\"sleeping\""), "$.episodes[0].setting", ValidationCodes.InvalidEnum },
        { Episode("\"muscles\":[\"calf\"],\"side\":\"up\""), "$.episodes[0].side", ValidationCodes.InvalidEnum },
        { Patient("\"weird.name\":1"), "$.patient['weird.name']", ValidationCodes.UnknownProperty },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParseRequest_Problem_ReportsItsCodeAtItsPath(string json, string path, string code)
    {
        Assert.Equal((path, code), Single(json));
    }

    [Fact]
    public void ParseRequest_TooDeep_ReportsTooDeep()
    {
        var json = "{\"schemaVersion\":\"1\",\"patient\":{\"conditions\":" + new string('[', 40) + new string(']', 40) + "}}";

        Assert.Equal(("$", ValidationCodes.TooDeep), Single(json));
    }

    [Fact]
    public void ParseRequest_ExtremelyDeep_ReportsTooDeepWithoutThrowing()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        Assert.Equal(("$", ValidationCodes.TooDeep), Single(json));
    }

    [Fact]
    public void ParseRequest_TooLarge_ReportsTooLarge()
    {
        var bytes = new byte[CrampJson.MaxRequestBytes + 1];

        var error = Assert.Single(CrampJson.ParseRequest(bytes).Errors);

        Assert.Equal(ValidationCodes.TooLarge, error.Code);
    }

    [Fact]
    public void ParseRequest_TooManyEpisodes_ReportsTooManyItems()
    {
        var json = "{\"schemaVersion\":\"1\",\"episodes\":[" + string.Join(",", Enumerable.Repeat("{\"muscles\":[\"calf\"]}", RequestLimits.MaxEpisodes + 1)) + "]}";

        Assert.Equal(("$.episodes", ValidationCodes.TooManyItems), Single(json));
    }

    [Fact]
    public void ParseRequest_SeveralProblems_ReportsEveryOneInDocumentOrder()
    {
        var json = """
            {
              "schemaVersion": "1",
              "patient": { "ageYears": 190, "sex": "yes", "labs": [ { "test": "potassium", "value": 3, "unit": "g" } ] },
              "episodes": [ { "muscles": ["calf"], "painScore": 11 }, { "muscles": ["wing"] } ],
              "extra": 1
            }
            """;

        Assert.Equal(
            [
                ("$.extra", ValidationCodes.UnknownProperty),
                ("$.patient.ageYears", ValidationCodes.OutOfRange),
                ("$.patient.sex", ValidationCodes.InvalidEnum),
                ("$.patient.labs[0].unit", ValidationCodes.UnsupportedUnit),
                ("$.episodes[0].painScore", ValidationCodes.OutOfRange),
                ("$.episodes[1].muscles[0]", ValidationCodes.InvalidEnum),
            ],
            Errors(json).Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void ParseRequest_Messages_NameWhatIsAllowedAndNeverEchoTheValue()
    {
        var errors = Errors(Patient("\"sex\":\"Jane Doe\",\"ageYears\":999,\"conditions\":[{\"id\":\"diabetes\",\"display\":7}]"));

        Assert.Equal("sex must be one of female, male, other, unknown or null.", errors.Single(e => e.Path == "$.patient.sex").Message);
        Assert.Equal("ageYears must be an integer from 0 to 130.", errors.Single(e => e.Path == "$.patient.ageYears").Message);
        Assert.Equal("display must be a string or null.", errors.Single(e => e.Path == "$.patient.conditions[0].display").Message);
        Assert.All(errors, e => Assert.DoesNotContain("Jane", e.Message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("999", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ParseRequest_MalformedJson_SaysWhereWithoutEchoingContent()
    {
        var error = Assert.Single(Errors("{\n  \"schemaVersion\": \"1\",\n  \"patient\": {\"ageYears\": secret}\n}"));

        Assert.Equal("The request is not well-formed JSON (line 3, byte 27).", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    public void ParseRequest_InvalidUtf8InAString_IsMalformedJson(byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1\",\"patient\":{\"conditions\":[{\"id\":\"").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}]}}")).ToArray();

        var error = Assert.Single(CrampJson.ParseRequest(bytes).Errors);

        Assert.Equal(("$", ValidationCodes.MalformedJson), (error.Path, error.Code));
    }

    [Fact]
    public void ParseRequest_LoneSurrogateEscape_IsMalformedJson()
    {
        Assert.Equal(("$", ValidationCodes.MalformedJson), Single("{\"schemaVersion\":\"1\",\"patient\":{\"sex\":\"\\uD800\"}}"));
    }

    [Fact]
    public void ParseRequest_TooManyErrors_StopsAtTheCapAndSaysSo()
    {
        var json = "{\"schemaVersion\":\"1\",\"episodes\":[" + string.Join(",", Enumerable.Repeat("{\"muscles\":[\"x\"]}", 1200)) + "]}";

        var errors = Errors(json);

        Assert.Equal(CrampJson.MaxErrors + 1, errors.Count);
        Assert.Equal(ValidationCodes.TooManyErrors, errors[^1].Code);
        Assert.Equal("Only the first 1000 of 1200 errors are listed.", errors[^1].Message);
    }

    [Fact]
    public void ParseRequest_NullsAndAbsence_MeanUnknown()
    {
        var result = CrampJson.ParseRequest("{\"schemaVersion\":\"1\",\"asOf\":null,\"patient\":{\"ageYears\":null,\"conditions\":null,\"lifestyle\":null,\"crampPattern\":null,\"symptoms\":null},\"episodes\":null}");

        Assert.True(result.IsValid);
        Assert.Equal(new AssessmentRequest(), result.Request);
    }

    [Fact]
    public void ParseRequest_EmptyListsAndByteOrderMark_AreAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1\",\"patient\":{\"medications\":[]},\"episodes\":[]}")).ToArray();

        var result = CrampJson.ParseRequest(bytes);

        Assert.True(result.IsValid);
        Assert.Empty(result.Request.Patient.Medications!);
        Assert.Empty(result.Request.Episodes);
    }

    [Fact]
    public void ParseRequest_EveryFieldOfTheContractExample_HasItsTypedHome()
    {
        var request = Support.TestFiles.ContractExample;

        Assert.Equal(new DateOnly(2026, 11, 25), request.AsOf);
        Assert.Equal(74, request.Patient.AgeYears);
        Assert.Equal(Sex.Male, request.Patient.Sex);
        Assert.Null(request.Patient.Pregnant);
        Assert.Equal(new Condition(ConditionCodeSystem.Icd10Cm, "N18.3") { Display = "CKD stage 3" }, request.Patient.Conditions![1]);
        Assert.Equal(new Medication("hydrochlorothiazide") { StartedOn = new DateOnly(2026, 10, 14) }, request.Patient.Medications![0]);
        Assert.Equal(new LabResult(null, "19123-9", 1.6, "mg/dL"), request.Patient.Labs![1]);
        Assert.Equal(5, request.Patient.Lifestyle.CaffeineServingsPerDay);
        Assert.Null(request.Patient.Lifestyle.RepetitiveMotionFatigue);
        Assert.Equal(4, request.Patient.CrampPattern.EpisodesPerWeek);
        Assert.False(request.Patient.Symptoms.UrgeToMoveLegs);
        var episode = Assert.Single(request.Episodes);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 2, 40, 0, TimeSpan.FromHours(-5)), episode.StartedAt);
        Assert.Equal((Side.Left, EpisodeSetting.Asleep, 7), (episode.Side!.Value, episode.Setting!.Value, episode.PainScore!.Value));
    }

    [Fact]
    public void ParseRequest_NullString_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CrampJson.ParseRequest((string)null!));
    }
}
