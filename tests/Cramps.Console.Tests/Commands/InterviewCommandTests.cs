using System.Text.Json;
using System.Text.RegularExpressions;
using Cramps.Cli.Tests.Support;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Tests.Commands;

/// <summary><c>cramps interview</c>, driven through redirected stdin: scripted answers, emergencies, shared lists, skips, numbers.</summary>
public sealed partial class InterviewCommandTests : IDisposable
{
    private const string AsOf = "2026-11-25";
    private const string HeartKidney = "heart failure or long-term kidney disease";
    private const string OtherConditions = "diabetes, thyroid disease, liver scarring";
    private const string DiureticStatin = "water pill (diuretic)";
    private const string AllMedicines = "What medicines do you take";

    private readonly string _save = Path.Combine(Path.GetTempPath(), "cramps-interview-" + Guid.NewGuid().ToString("N") + ".json");

    public void Dispose() => File.Delete(_save);

    [Fact]
    public async Task Interview_ScriptedEmergencyAnswer_InterruptsAtOnce()
    {
        var run = await CrampsProcess.RunAsync(["interview", "--as-of", AsOf], "70\nf\nyes\nyes\nno\nno\nno\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  Urgency now EMERGENCY: Call emergency services (911 in the US) now. No more questions: here is the assessment.\n", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\n3. ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Confusion or fainting?", run.Stderr, StringComparison.Ordinal);

        // The emergency result is printed once, with no questions after it.
        Assert.DoesNotContain("What to do now", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("EMERGENCY\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Count(run.Stdout, "What to do now"));
        Assert.DoesNotContain("Questions that would help", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cramps interview", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_AsksAgeAndSexFirst_ThenTheSafetyQuestions()
    {
        var run = await CrampsProcess.RunAsync(["interview", "--as-of", AsOf, "--save", _save], "67\nm\nno\ndone\n");

        Assert.Equal(0, run.ExitCode);
        var questions = QuestionLine().Matches(run.Stderr).Select(m => m.Groups["text"].Value).ToList();
        Assert.Equal("How old are you, and what is your sex?", questions[0]);
        Assert.EndsWith("(safety question)", questions[1], StringComparison.Ordinal);
        Assert.Contains("1. How old are you, and what is your sex?\n  How old are you, in years? [a whole number from 0 to 130; or skip] > 67\n  What is your sex? [female / male / other / skip] > m\n", run.Stderr, StringComparison.Ordinal);
        var patient = Saved().GetProperty("patient");
        Assert.Equal(67, patient.GetProperty("ageYears").GetInt32());
        Assert.Equal("male", patient.GetProperty("sex").GetString());
    }

    [Fact]
    public async Task Interview_AgeAndSexKnown_StartsWithTheSafetyQuestions()
    {
        await File.WriteAllTextAsync(_save, """{"schemaVersion":"1","asOf":"2026-11-25","patient":{"ageYears":67,"sex":"male"}}""");

        var run = await CrampsProcess.RunAsync(["interview", "--from", _save], "done\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\n1\. .*\(safety question\)\n", run.Stderr);
        Assert.DoesNotContain("How old are you", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m", "male")]
    [InlineData("F", "female")]
    [InlineData("o", "other")]
    public async Task Interview_SexAnsweredWithItsInitial_IsRecorded(string answer, string sex)
    {
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf, "--save", _save],
            (prompt, _) => prompt.Contains("What is your sex", StringComparison.Ordinal) ? answer : Default(prompt));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(sex, Saved().GetProperty("patient").GetProperty("sex").GetString());
    }

    [Fact]
    public async Task Interview_AnswerThatRaisesTheUrgency_IsSaidAsItHappens()
    {
        // Frequent cramps (more than three a week) make the urgency routine: said right after the answer.
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf],
            (prompt, question) => question.Contains("How often", StringComparison.Ordinal) && prompt.Contains("a number from", StringComparison.Ordinal) ? "5" : Default(prompt));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  Urgency now ROUTINE: Book a visit with your main doctor.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_EveryKnowledgeBaseQuestion_HasAWayToAskIt()
    {
        var missing = Core.Knowledge.KnowledgeBase.Default.Questions.Select(q => q.Id).Where(id => Cli.Interview.Script.For(id) is null).ToList();

        Assert.True(missing.Count == 0, "No interview step for: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Interview_EmergencyInTheStartingRequest_AsksNothingAndSuggestsNoQuestions()
    {
        await File.WriteAllTextAsync(_save, """{"schemaVersion":"1","asOf":"2026-11-25","patient":{"symptoms":{"oneSidedLegSwelling":true,"chestPainOrBreathlessness":true}}}""");

        var run = await CrampsProcess.RunAsync(["interview", "--from", _save], string.Empty);

        // Knowledge base principle 8: at emergency nothing else is asked; the only next step is to act.
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\n1. ", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("EMERGENCY\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Questions that would help", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cramps interview", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("questions below", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_MorningStiffnessAtFifty_AsksAboutHeadacheJawAndEyesightAsASafetyQuestion()
    {
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf, "--save", _save, "--format", "json"],
            (prompt, question) => question.Contains("shoulders or hips stiff", StringComparison.Ordinal) ? "yes"
                : question.Contains("jaw when chewing", StringComparison.Ordinal) ? "yes"
                : Default(prompt));

        // q-morning-stiffness is asked from age 50; a yes opens q-headache-jaw-vision (knowledge base section 7), and a
        // yes to that at 50 or over fires flag-giant-cell-arteritis, which is urgent.
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\d+\. .*jaw when chewing.*\(safety question\)", run.Stderr);
        var symptoms = Saved().GetProperty("patient").GetProperty("symptoms");
        Assert.True(symptoms.GetProperty("morningStiffnessShouldersHips").GetBoolean());
        Assert.True(symptoms.GetProperty("newHeadacheJawPainOrVisionChange").GetBoolean());
        var result = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("urgent", result.GetProperty("urgency").GetString());
        Assert.Contains(result.GetProperty("redFlags").EnumerateArray(), f => f.GetProperty("id").GetString() == "flag-giant-cell-arteritis");
        // Knowledge base 5a: morning stiffness of shoulders or hips at 50 or over is polymyalgia-pattern.
        Assert.Contains(result.GetProperty("riskFactors").EnumerateArray(), f => f.GetProperty("id").GetString() == "polymyalgia-pattern");
    }

    [Fact]
    public async Task Interview_YesToCompoundSafetyQuestionNamingNothing_CountsEveryPartAsYes()
    {
        var run = await CrampsProcess.RunAsync(["interview", "--as-of", AsOf, "--save", _save, "--format", "json"], "70\nf\nyes\nskip\nskip\nskip\nskip\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("emergency", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("urgency").GetString());
        var symptoms = Saved().GetProperty("patient").GetProperty("symptoms");
        foreach (var name in new[] { "chestPainOrBreathlessness", "confusionOrFainting", "highTemperature", "throatTighteningOrSeizure" })
        {
            Assert.True(symptoms.GetProperty(name).GetBoolean(), name);
        }
    }

    [Fact]
    public async Task Interview_AnsweredThroughout_CompletesAndSavesAValidRequest()
    {
        var run = await CrampsProcess.InterviewAsync(["--as-of", AsOf, "--save", _save], (prompt, _) => Default(prompt));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("That is all the questions.", run.Stderr, StringComparison.Ordinal);
        var parsed = CrampJson.ParseRequest(File.ReadAllBytes(_save));
        Assert.True(parsed.IsValid);
        var patient = parsed.Request.Patient;
        Assert.Equal(70, patient.AgeYears);
        Assert.Equal(Core.Sex.Female, patient.Sex);
        Assert.Empty(patient.Conditions!);
        Assert.Empty(patient.Medications!);
        Assert.False(patient.Symptoms.ChestPainOrBreathlessness);
        Assert.Equal(2, patient.Lifestyle.CaffeineServingsPerDay);
        Assert.Contains("Questions that would help", run.Stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> SharedLists() => new()
    {
        { HeartKidney, OtherConditions, "conditions" },
        { DiureticStatin, AllMedicines, "medications" },
    };

    [Theory]
    [MemberData(nameof(SharedLists))]
    public async Task Interview_NoToOneQuestionOfASharedList_AsksTheOtherAndLeavesTheListUnknown(string answeredNo, string skipped, string list)
    {
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf, "--save", _save],
            (prompt, question) => question.Contains(skipped, StringComparison.Ordinal) ? "skip" : Default(prompt));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, Count(run.Stderr, answeredNo));
        Assert.Equal(1, Count(run.Stderr, skipped));
        Assert.False(Saved().GetProperty("patient").TryGetProperty(list, out _), list + " must stay unknown");
    }

    [Fact]
    public async Task Interview_ConditionNamed_CountsEvenWhenTheOtherQuestionIsSkipped()
    {
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf, "--save", _save],
            (prompt, question) => question.Contains(OtherConditions, StringComparison.Ordinal) ? "skip"
                : question.Contains(HeartKidney, StringComparison.Ordinal) && !prompt.StartsWith("  - ", StringComparison.Ordinal) ? "yes"
                : prompt.Contains("Heart failure?", StringComparison.Ordinal) ? "yes"
                : Default(prompt));

        Assert.Equal(0, run.ExitCode);
        var conditions = Saved().GetProperty("patient").GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Equal(["heart-failure"], conditions);
        Assert.Contains("Heart failure (weak evidence)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_MedicinesNamedWithStartDates_AreSavedAndAssessed()
    {
        var salbutamolDates = new Queue<string>(["2030-01-01", "skip"]);
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf, "--save", _save],
            (prompt, question) =>
                question.Contains(DiureticStatin, StringComparison.Ordinal) && prompt.StartsWith("Your answer", StringComparison.Ordinal) ? "yes"
                : question.Contains(DiureticStatin, StringComparison.Ordinal) ? "hydrochlorothiazide"
                : question.Contains(AllMedicines, StringComparison.Ordinal) && prompt.Contains("Any others", StringComparison.Ordinal) ? "salbutamol"
                : prompt.Contains("When did you start hydrochlorothiazide", StringComparison.Ordinal) ? "2026-10-14"
                : prompt.Contains("When did you start salbutamol", StringComparison.Ordinal) ? salbutamolDates.Dequeue()
                : Default(prompt));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(salbutamolDates);
        Assert.Contains("no later than 2026-11-25", run.Stderr, StringComparison.Ordinal);
        var medications = Saved().GetProperty("patient").GetProperty("medications").EnumerateArray().ToList();
        Assert.Equal(["hydrochlorothiazide", "salbutamol"], medications.Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("2026-10-14", medications[0].GetProperty("startedOn").GetString());
        Assert.Contains("A water pill of the thiazide type", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("SOON", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_EverythingSkipped_AsksEachQuestionOnce()
    {
        var run = await CrampsProcess.InterviewAsync(["--as-of", AsOf], (_, _) => "skip");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No more questions to ask (some were skipped).", run.Stderr, StringComparison.Ordinal);
        var questions = QuestionLine().Matches(run.Stderr).Select(m => m.Groups["text"].Value).ToList();
        Assert.NotEmpty(questions);
        Assert.Equal(questions.Count, questions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Interview_NumberOutOfRange_IsAskedAgain()
    {
        var ages = new Queue<string>(["200", "seventy", "70"]);
        var run = await CrampsProcess.InterviewAsync(
            ["--as-of", AsOf, "--save", _save],
            (prompt, _) => prompt.Contains("How old are you", StringComparison.Ordinal) ? ages.Dequeue() : Default(prompt));

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(ages);
        Assert.Contains("Please type a whole number from 0 to 130, or skip.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(70, Saved().GetProperty("patient").GetProperty("ageYears").GetInt32());
    }

    [Fact]
    public async Task Interview_Done_StopsAndPrintsTheAssessmentSoFar()
    {
        var run = await CrampsProcess.RunAsync(["interview", "--as-of", AsOf, "--format", "json"], "70\nf\nno\ndone\nno\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Stopped. Here is the assessment so far.", run.Stderr, StringComparison.Ordinal);
        var result = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.False(result.GetProperty("interviewComplete").GetBoolean());
        Assert.DoesNotContain(result.GetProperty("openQuestions").EnumerateArray(), q => q.GetProperty("id").GetString() == "q-emergency-symptoms");
    }

    [Fact]
    public async Task Interview_From_StartsFromTheRequestAndKeepsWhatItKnows()
    {
        var run = await CrampsProcess.InterviewAsync(
            ["--from", CrampsProcess.Example("night-calf-cramps.json"), "--save", _save],
            (prompt, _) => Default(prompt));

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(HeartKidney, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("How old are you", run.Stderr, StringComparison.Ordinal);
        var saved = Saved();
        Assert.Equal(AsOf, saved.GetProperty("asOf").GetString());
        Assert.Equal(2, saved.GetProperty("episodes").GetArrayLength());
        Assert.Equal(67, saved.GetProperty("patient").GetProperty("ageYears").GetInt32());
    }

    [Fact]
    public async Task Interview_SaveIntoMissingFolder_ExitsTwoBeforeAsking()
    {
        var run = await CrampsProcess.RunAsync(["interview", "--save", Path.Combine(_save, "nested", "request.json")], "no\n");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("1. ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_FromInvalidRequest_ExitsOne()
    {
        await File.WriteAllTextAsync(_save, """{"schemaVersion":"1","patient":{"ageYears":500}}""");

        var run = await CrampsProcess.RunAsync(["interview", "--from", _save], "no\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.patient.ageYears", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Answers every kind of prompt plausibly: no to yes / no questions, numbers where asked, none for lists.</summary>
    private static string Default(string prompt) =>
        prompt.Contains("How old are you", StringComparison.Ordinal) ? "70"
        : prompt.Contains("What is your sex", StringComparison.Ordinal) ? "female"
        : prompt.Contains("in servings or mg", StringComparison.Ordinal) ? "2"
        : prompt.Contains("names separated by commas", StringComparison.Ordinal) ? "none"
        : prompt.Contains("yyyy-mm-dd", StringComparison.Ordinal) ? "skip"
        : prompt.Contains("a number from", StringComparison.Ordinal) ? "1"
        : "no";

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    private JsonElement Saved() => JsonDocument.Parse(File.ReadAllBytes(_save)).RootElement;

    [GeneratedRegex(@"^\d+\. (?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex QuestionLine();
}
