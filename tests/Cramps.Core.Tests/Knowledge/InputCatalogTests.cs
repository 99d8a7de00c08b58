using System.Reflection;
using System.Text.Json;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;

namespace Cramps.Core.Tests.Knowledge;

/// <summary>
/// The input catalog is the one place a yes/no answer is declared: every answer of the model has exactly one declaration,
/// the declaration reads and sets that answer and no other, and the request reader binds it from its own path.
/// </summary>
/// <remarks>These tests are the contributing checklist's safety net: forget the declaration of a new answer and they fail.</remarks>
public sealed class InputCatalogTests
{
    /// <summary>The objects of the history whose <see langword="bool"/>? members are yes/no answers, with their JSON paths.</summary>
    private static readonly (Type Type, string Path)[] Holders =
    [
        (typeof(PatientHistory), "$.patient"),
        (typeof(Lifestyle), "$.patient.lifestyle"),
        (typeof(CrampPattern), "$.patient.crampPattern"),
        (typeof(Symptoms), "$.patient.symptoms"),
    ];

    public static TheoryData<string> ModelAnswers() => [.. ModelPaths()];

    public static TheoryData<string> DeclaredAnswers() => [.. Inputs.YesNoAnswers.Select(a => a.Path)];

    [Theory]
    [MemberData(nameof(ModelAnswers))]
    public void Every_yes_no_answer_of_the_model_is_declared_once_in_the_catalog(string path)
    {
        Assert.Single(Inputs.YesNoAnswers, a => a.Path == path);
    }

    [Fact]
    public void The_catalog_declares_no_answer_the_model_lacks()
    {
        Assert.Equal(ModelPaths().Order(StringComparer.Ordinal), Inputs.YesNoAnswers.Select(a => a.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_symptom_is_in_the_list_the_reader_binds()
    {
        var symptoms = typeof(Symptoms).GetProperties(BindingFlags.Public | BindingFlags.Instance).Count(p => p.PropertyType == typeof(bool?));
        Assert.Equal(symptoms, Inputs.Symptoms.Count);
        Assert.All(Inputs.Symptoms, a => Assert.StartsWith("$.patient.symptoms.", a.Path, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DeclaredAnswers))]
    public void A_declaration_sets_and_reads_its_own_answer_and_no_other(string path)
    {
        var input = Inputs.YesNoAnswers.Single(a => a.Path == path);

        var yes = input.With(PatientHistory.Unknown, true);
        var no = input.With(PatientHistory.Unknown, false);

        Assert.True(input.Read(yes));
        Assert.False(input.Read(no));
        Assert.Null(input.Read(input.With(yes, null)));
        Assert.True(ModelValue(yes, path));
        Assert.All(Inputs.YesNoAnswers.Where(a => a != input), other => Assert.Null(other.Read(yes)));
    }

    [Theory]
    [MemberData(nameof(DeclaredAnswers))]
    public void The_reader_binds_every_declared_answer_from_its_path(string path)
    {
        var input = Inputs.YesNoAnswers.Single(a => a.Path == path);
        var json = "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\"," + Nest(path["$.".Length..].Split('.'), "false") + "}";

        var request = CrampJson.ParseRequest(json).Request;

        Assert.NotNull(request);
        Assert.False(input.Read(request.Patient));
        Assert.All(Inputs.YesNoAnswers.Where(a => a != input), other => Assert.Null(other.Read(request.Patient)));
    }

    [Theory]
    [MemberData(nameof(DeclaredAnswers))]
    public void The_reader_reports_a_wrong_type_at_the_declared_path(string path)
    {
        var json = "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\"," + Nest(path["$.".Length..].Split('.'), "\"yes\"") + "}";

        var error = Assert.Single(CrampJson.ParseRequest(json).Errors);

        Assert.Equal(path, error.Path);
        Assert.Equal(ValidationCodes.InvalidType, error.Code);
    }

    [Theory]
    [MemberData(nameof(DeclaredAnswers))]
    public void The_reader_binds_a_yes_as_yes(string path)
    {
        var input = Inputs.YesNoAnswers.Single(a => a.Path == path);
        var json = "{\"schemaVersion\":\"1\",\"asOf\":\"2026-11-25\"," + Nest(path["$.".Length..].Split('.'), "true") + "}";

        var request = CrampJson.ParseRequest(json).Request;

        Assert.NotNull(request);
        Assert.True(input.Read(request.Patient));
    }

    [Fact]
    public void Each_bit_of_the_symptoms_built_at_once_sets_its_own_declared_answer_and_no_other()
    {
        for (var i = 0; i < Inputs.Symptoms.Count; i++)
        {
            var yes = PatientHistory.Unknown with { Symptoms = new Symptoms(1UL << i, 1UL << i) };
            var no = PatientHistory.Unknown with { Symptoms = new Symptoms(1UL << i, 0) };

            Assert.True(Inputs.Symptoms[i].Read(yes));
            Assert.False(Inputs.Symptoms[i].Read(no));
            Assert.All(Inputs.YesNoAnswers.Where(a => a != Inputs.Symptoms[i]), other => Assert.Null(other.Read(yes)));
        }

        Assert.Equal(Symptoms.Unknown, new Symptoms(0, ulong.MaxValue));
    }

    [Fact]
    public void Each_bit_of_the_lifestyle_built_at_once_sets_its_own_declared_answer_and_no_other()
    {
        for (var i = 0; i < Inputs.LifestyleAnswers.Count; i++)
        {
            var yes = PatientHistory.Unknown with { Lifestyle = new Lifestyle(1UL << i, 1UL << i) };
            var no = PatientHistory.Unknown with { Lifestyle = new Lifestyle(1UL << i, 0) };

            Assert.True(Inputs.LifestyleAnswers[i].Read(yes));
            Assert.False(Inputs.LifestyleAnswers[i].Read(no));
            Assert.All(Inputs.YesNoAnswers.Where(a => a != Inputs.LifestyleAnswers[i]), other => Assert.Null(other.Read(yes)));
        }

        Assert.Equal(Lifestyle.Unknown, new Lifestyle(0, ulong.MaxValue));
    }

    [Fact]
    public void Every_yes_no_input_a_question_asks_for_has_a_prompt_for_the_interview()
    {
        var asked = KnowledgeBase.Default.Questions.SelectMany(q => q.Inputs).OfType<YesNoInput>().Distinct().ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, a => Assert.False(string.IsNullOrWhiteSpace(a.Prompt), a.Path));
        Assert.Equal(asked.Count, asked.Select(a => a.Prompt).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_question_lists_its_inputs_by_path_and_name()
    {
        var question = KnowledgeBase.Default.Questions.Single(q => q.Id == "q-vomiting-sweating");

        Assert.Equal(["$.patient.lifestyle.recentVomitingOrDiarrhea", "$.patient.lifestyle.heatOrHeavySweating"], question.Inputs.Select(i => i.Path));
        Assert.Equal(["lifestyle.recentVomitingOrDiarrhea", "lifestyle.heatOrHeavySweating"], question.Inputs.Select(i => i.Name));
        Assert.Equal("$.patient.lifestyle.heatOrHeavySweating", question.Inputs[1].ToString());
    }

    [Fact]
    public void Reading_or_setting_an_answer_on_no_history_is_refused()
    {
        YesNoInput input = Inputs.NewWeakness;

        Assert.Throws<ArgumentNullException>("patient", () => input.Read((PatientHistory)null!));
        Assert.Throws<ArgumentNullException>("patient", () => input.With(null!, true));
    }

    private static IEnumerable<string> ModelPaths() =>
        from holder in Holders
        from property in holder.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.PropertyType == typeof(bool?)
        select holder.Path + "." + JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static string Nest(string[] members, string value) =>
        members.Length == 1 ? "\"" + members[0] + "\":" + value : "\"" + members[0] + "\":{" + Nest(members[1..], value) + "}";

    private static bool? ModelValue(PatientHistory patient, string path)
    {
        object holder = patient;
        var members = path["$.patient.".Length..].Split('.');
        foreach (var member in members)
        {
            var property = holder.GetType().GetProperty(char.ToUpperInvariant(member[0]) + member[1..])!;
            var value = property.GetValue(holder);
            if (member == members[^1])
            {
                return (bool?)value;
            }

            holder = value!;
        }

        return null;
    }
}
