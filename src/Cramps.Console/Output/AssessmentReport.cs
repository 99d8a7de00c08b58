using System.Globalization;
using Cramps.Core;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;

namespace Cramps.Cli.Output;

/// <summary>Writes an assessment for a person: what to do now first, then warning signs, possible causes, questions, advice and the disclaimer.</summary>
/// <remarks>Findings are named by their plain names, written for patients; the clinical names are for clinicians (FHIR, CDS Hooks).</remarks>
internal static class AssessmentReport
{
    /// <summary>Writes the whole assessment.</summary>
    /// <param name="report">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    public static void Write(ReportWriter report, CrampAssessment assessment)
    {
        WriteUrgency(report, assessment);
        WriteRedFlags(report, assessment);
        WriteCauses(report, assessment);
        WriteQuestions(report, assessment);
        WriteAdvice(report, assessment);
        WriteWarnings(report, assessment);
        WriteUnrecognised(report, assessment);
        WriteDisclaimer(report, assessment);
        report.Flush();
    }

    /// <summary>Writes the banner that says what to do now and why.</summary>
    /// <param name="report">Where to write.</param>
    /// <param name="assessment">The assessment.</param>
    public static void WriteUrgency(ReportWriter report, CrampAssessment assessment)
    {
        var urgency = assessment.Urgency;
        var lines = new List<string> { "What to do now: " + Words.Meaning(urgency) };
        if (urgency == Urgency.Emergency && assessment.Advice.FirstOrDefault(a => a.Id == "advice-emergency") is { } emergency)
        {
            lines.Add(emergency.Text);
        }

        if (assessment.UrgencyReasons.Count > 0)
        {
            lines.Add("Because of: " + string.Join("; ", assessment.UrgencyReasons.Select(Reason)) + ".");
        }

        report.Banner(Words.Title(urgency), lines, Words.ToneOf(urgency));
    }

    private static void WriteRedFlags(ReportWriter report, CrampAssessment assessment)
    {
        report.Heading("Warning signs");
        if (assessment.RedFlags.Count == 0)
        {
            var safetyOpen = assessment.OpenQuestions.Any(q => q.Tier == 0);
            report.Line(safetyOpen
                ? "None found in what is known so far; the safety questions below could still reveal some."
                : "None found.");
            return;
        }

        report.Table(
            ["Warning sign", "How soon", "Because", "Sources"],
            assessment.RedFlags.Select(f => (IReadOnlyList<string>)
            [
                f.PlainName,
                Words.Meaning(f.Urgency),
                string.Join('\n', f.Evidence.Select(Words.Describe)),
                string.Join(", ", f.Sources),
            ]));
    }

    private static void WriteCauses(ReportWriter report, CrampAssessment assessment)
    {
        report.Heading("What may play a part");
        if (assessment.CauseCategories.Count == 0)
        {
            report.Line(assessment.OpenQuestions.Count > 0
                ? "Nothing points to a cause yet; answering the questions below helps."
                : "Nothing points to a cause yet.");
            return;
        }

        var groups = new List<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)>();
        foreach (var category in assessment.CauseCategories)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var factor in assessment.RiskFactors.Where(f => f.Category == category.Id))
            {
                rows.Add(
                [
                    factor.PlainName + " (" + Words.Strength(factor.Strength) + ")",
                    string.Join('\n', factor.Evidence.Select(Words.Describe)),
                    string.Join(", ", factor.Sources),
                ]);
            }

            var others = category.Contributions.Select(c => c.Source).Where(id => !assessment.RiskFactors.Any(f => f.Id == id && f.Category == category.Id)).ToList();
            if (others.Count > 0)
            {
                rows.Add(["Also counted: " + string.Join("; ", others.Select(Reason)), string.Empty, string.Empty]);
            }

            groups.Add((category.PlainName + " (score " + category.Score.ToString("0.#", CultureInfo.InvariantCulture) + ")", rows));
        }

        report.GroupedTable(["Possible cause", "Risk factor", "Because", "Sources"], groups);
    }

    private static void WriteQuestions(ReportWriter report, CrampAssessment assessment)
    {
        // In an emergency the questions wait: what to do now is the whole message.
        if (assessment.OpenQuestions.Count == 0 || assessment.Urgency == Urgency.Emergency)
        {
            return;
        }

        report.Heading("Questions that would help");
        report.Line(assessment.InterviewComplete
            ? "The core questions are answered; these would add detail."
            : "Answering these (for example with 'cramps interview') could change the result:", Tone.Muted);
        report.List(assessment.OpenQuestions.Select(q => q.Tier == 0 ? q.Text + " (safety)" : q.Text), numbered: true);
    }

    private static void WriteAdvice(ReportWriter report, CrampAssessment assessment)
    {
        report.Heading("Advice");
        report.List(assessment.Advice.Select(a => a.Text));
    }

    private static void WriteWarnings(ReportWriter report, CrampAssessment assessment)
    {
        if (assessment.Warnings.Count == 0)
        {
            return;
        }

        report.Heading("Please check these answers");
        report.List(assessment.Warnings.Select(w => Words.Path(w.Path) + ": " + Warning(w)));
    }

    /// <summary>Says what a warning means in plain words; the message of a warning this console does not know is shown as given.</summary>
    private static string Warning(AssessmentWarning warning) => warning.Code switch
    {
        WarningCodes.PregnantNotFemale => "you said you are pregnant and that your sex is male. Both answers are used as given; please check them.",
        WarningCodes.PregnantAge => "you said you are pregnant, at an age below 10 or above 60. Both answers are used as given; please check them.",
        WarningCodes.UndatedLabCounted => "this blood test has no date. A finding rests on it alone, because a result without a date is not taken to be old.",
        WarningCodes.MedicineAfterEpisodes => "this medicine was started after the last cramp you recorded, so it cannot have caused those cramps.",
        _ => warning.Message,
    };

    private static void WriteUnrecognised(ReportWriter report, CrampAssessment assessment)
    {
        if (assessment.UnrecognisedInputs.Count == 0)
        {
            return;
        }

        report.Heading("Not recognised (ignored)");
        report.List(assessment.UnrecognisedInputs.Select(u => SafeText.Escape(Words.Path(u.Path) + ": " + u.Value + " (" + u.Reason + ")")));
    }

    private static void WriteDisclaimer(ReportWriter report, CrampAssessment assessment)
    {
        report.Heading("Please note");
        report.Line(assessment.Disclaimer);
        var kb = assessment.KnowledgeBase;
        report.Line("Knowledge base " + kb.Id + " " + kb.Edition + " (" + kb.ContentHash + ").", Tone.Muted);
    }

    /// <summary>Names a rule, baseline reason or pattern id in plain words.</summary>
    private static string Reason(string id) => id switch
    {
        BaselineReasons.Factor => "a health problem or finding that a clinician should look at",
        BaselineReasons.MedicineOrElectrolyte => "a medicine or a blood mineral level that a clinician should review",
        BaselineReasons.QuinineUsed => "quinine or tonic water taken for cramps",
        BaselineReasons.EpisodeSite => "cramps in a muscle other than the calf or foot",
        BaselineReasons.NothingKnown => "nothing is known yet about the cramps",
        CategoryContribution.BenignEpisodePattern => "a pattern typical of harmless night or rest cramps",
        CategoryContribution.RestlessLegs => "an urge to move the legs",
        _ => KnowledgeBase.Default.FindRule(id) is { } rule ? LowerFirst(rule.PlainName) : id,
    };

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
