using System.CommandLine;
using System.Globalization;
using Cramps.Cli.Commands;
using Cramps.Cli.Output;
using Cramps.Core;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Interview;

/// <summary><c>cramps interview</c>: asks the open questions one at a time, re-evaluating after each answer, then prints the assessment.</summary>
internal static class InterviewCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="host">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleHost host)
    {
        var from = new Option<string?>("--from")
        {
            Description = "Start from this request JSON file ('-' is not accepted: standard input carries the answers).",
            HelpName = "FILE",
        };
        var save = new Option<string?>("--save")
        {
            Description = "Write the request the answers built to this file, as request JSON.",
            HelpName = "FILE",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date that counts as today (yyyy-mm-dd). Default: the --from request's asOf, else today's date.",
            HelpName = "DATE",
        };
        var all = new Option<bool>("--all")
        {
            Description = "Also ask the detail questions (tier 2) after the safety and core ones.",
        };
        var format = CrampsCommand.FormatOption("the readable assessment", "the result JSON");
        var indent = AssessCommand.IndentOption();
        var command = new Command(
            "interview",
            "Ask the open questions one at a time (answer yes, no, skip, a number, or done), then print the assessment.")
        {
            from,
            save,
            asOf,
            all,
            format,
            indent,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(asOf) is { } text && !TryParseDate(text, out _))
            {
                result.AddError("--as-of must be a date in the form yyyy-mm-dd.");
            }

            if (result.GetValue(from) == RequestInput.StandardInput)
            {
                result.AddError("--from needs a file: standard input carries the answers.");
            }
        });
        command.SetAction(parse => Run(
            host,
            parse.GetValue(from),
            parse.GetValue(save),
            parse.GetValue(asOf),
            parse.GetValue(all),
            parse.GetRequiredValue(format) == "json",
            parse.GetValue(indent)));
        return command;
    }

    private static int Run(ConsoleHost host, string? fromPath, string? savePath, string? asOfText, bool all, bool json, bool indent)
    {
        if (savePath is not null && !FileArguments.CheckWritable(host, savePath))
        {
            return ExitCodes.UsageError;
        }

        var start = new AssessmentRequest();
        if (fromPath is not null)
        {
            var exit = RequestInput.TryRead(host, fromPath, json, out var read);
            if (read is null)
            {
                return exit;
            }

            start = read;
        }

        DateOnly? asOf = asOfText is not null && TryParseDate(asOfText, out var given) ? given
            : fromPath is not null ? start.AsOf
            : DateOnly.FromDateTime(DateTime.Now);
        try
        {
            start = new AssessmentRequest(start.Patient, start.Episodes, asOf);
        }
        catch (ArgumentException)
        {
            host.Error.WriteLine("cramps: the --from request has a date after --as-of.");
            return ExitCodes.UsageError;
        }

        var prompts = ReportWriter.Create(host.Error, host.ErrorStyle());
        using var input = new StreamReader(host.Input, leaveOpen: true);
        var answers = new AnswerReader(input, host.Error, echo: !host.InputIsTerminal);
        // Each change of urgency is said as it happens, in one line; the whole assessment (with the banner) is printed once, at the end.
        var session = new InterviewSession(start, asOf, answers, assessment =>
        {
            prompts.Line(UrgencyChange(assessment), Words.ToneOf(assessment.Urgency));
            prompts.Flush();
        });

        Converse(host, session, all ? 2 : 1);

        if (savePath is not null && !FileArguments.TryWrite(host, savePath, CrampJson.Serialize(session.Request) + "\n"))
        {
            return ExitCodes.UsageError;
        }

        AssessCommand.Print(host, json ? session.Traced() : session.Assessment, json, indent);
        return ExitCodes.Success;
    }

    private static void Converse(ConsoleHost host, InterviewSession session, int maxTier)
    {
        var error = host.Error;
        error.WriteLine("Answer yes, no or skip (or a number where one is asked for). Type done at any time to see the assessment.");
        if (!session.Check())
        {
            return;
        }

        var count = 0;
        while (session.Next(maxTier) is { } question)
        {
            session.Asked.Add(question.Id);
            if (Script.For(question.Id) is not { } step)
            {
                continue;
            }

            count++;
            error.WriteLine();
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count}. {question.Text}{(question.Tier == 0 ? " (safety question)" : string.Empty)}"));
            if (!step.Ask(session, question.Id))
            {
                if (!session.Interrupted)
                {
                    error.WriteLine("Stopped. Here is the assessment so far.");
                }

                return;
            }
        }

        error.WriteLine();
        error.WriteLine(session.Assessment.InterviewComplete
            ? "That is all the questions. Here is the assessment."
            : "No more questions to ask (some were skipped). Here is the assessment.");
    }

    /// <summary>Says what an answer changed the urgency to, and what to do now.</summary>
    /// <param name="assessment">The assessment after the answer.</param>
    /// <returns>The line, such as <c>  Urgency now SOON: ...</c>.</returns>
    internal static string UrgencyChange(CrampAssessment assessment) =>
        assessment.Urgency == Urgency.Emergency
            ? "  Urgency now EMERGENCY: " + Words.Meaning(Urgency.Emergency) + " No more questions: here is the assessment."
            : "  Urgency now " + Words.Title(assessment.Urgency) + ": " + Words.Meaning(assessment.Urgency);

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
