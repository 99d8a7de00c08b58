using System.Globalization;
using System.Text;
using Cramps.Core;
using Cramps.Core.Knowledge;

namespace Cramps.Docs.Tests;

/// <summary>
/// Writes docs/articles/knowledge-base.md from the public catalog (<see cref="KnowledgeBase.Default"/>), so the page
/// cannot drift from the rules the evaluator applies. Only the public API is used, as an app listing the catalog would.
/// </summary>
public static partial class KnowledgeBasePage
{
    public const string Path = "docs/articles/knowledge-base.md";

    public static string Render(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var page = new Page();
        page.Line("---");
        page.Line("uid: knowledge-base");
        page.Line("---");
        page.Line();
        page.Line("# Knowledge base");
        page.Line();
        page.Line("<!-- Generated from KnowledgeBase.Default by tests/Cramps.Docs.Tests/KnowledgeBasePage.cs; do not edit by hand.");
        page.Line("     After a change to the catalog, run: CRAMPS_WRITE_DOCS=1 dotnet test tests/Cramps.Docs.Tests -->");
        page.Line();
        page.Line($"Edition **{kb.Edition}** of `{kb.Id}`, content hash `{kb.ContentHash}` (with the default thresholds).");
        page.Line();
        page.Line("This page is generated from the library's own catalog, [KnowledgeBase.Default](xref:Cramps.Core.Knowledge.KnowledgeBase.Default), so it");
        page.Line("lists exactly what the evaluator applies. Every id is public contract: it appears in results and never changes");
        page.Line("meaning once shipped. The texts are in English; an app can show its own translations keyed by id. The clinical content is");
        page.Line("general information, not a diagnosis: see [Clinical safety and limitations](clinical-safety.md).");
        page.Line();
        page.Line($"{kb.Categories.Count} cause categories, {kb.RiskFactors.Count} risk factors, {kb.RedFlags.Count} red flags, "
            + $"{kb.Questions.Count} follow-up questions, {kb.Advice.Count} advice items, {kb.BaselineReasons.Count} baseline reasons, {kb.Conditions.Count} conditions, "
            + $"{kb.LabTests.Count} laboratory tests, {kb.Thresholds.Count} thresholds and {kb.Sources.Count} sources.");
        page.Line();

        UrgencyScale(page, kb);
        Policies(page, kb);
        BaselineReasons(page, kb);
        Categories(page, kb);
        RiskFactors(page, kb);
        Medicines(page, kb);
        RedFlags(page, kb);
        Questions(page, kb);
        Advice(page, kb);
        Conditions(page, kb);
        LabTests(page, kb);
        CodeTables(page, kb);
        Thresholds(page, kb);
        Sources(page, kb);

        page.Line("## Disclaimer");
        page.Line();
        page.Line("Every assessment carries this text:");
        page.Line();
        page.Line("> " + Text(kb.Disclaimer));
        return page.ToString();
    }

    private static void UrgencyScale(Page page, KnowledgeBase kb) => page.Section(
        "Urgency scale",
        """
        Lowest first. An assessment's urgency is the highest of its fired red flags and the baseline rule
        (see [Concepts](concepts.md#red-flags-and-urgency)).
        """,
        ["id", "meaning shown to a person"],
        kb.UrgencyLevels.Select(level => new[] { Anchor("urgency-" + level.Id) + Code(level.Id), Text(level.Meaning) }));

    private static void Categories(Page page, KnowledgeBase kb) => page.Section(
        "Cause categories",
        $"""
        In table order, the order that breaks the last ties of the [ranking](#ranking). A category's score adds the
        weight of each present risk factor of the category (strong {Weight(kb, EvidenceStrength.Strong)}, moderate {Weight(kb, EvidenceStrength.Moderate)}, weak {Weight(kb, EvidenceStrength.Weak)}, expert opinion {Weight(kb, EvidenceStrength.ExpertOpinion)}),
        {Number(kb.Policies.PointsToShare)} times the weight of each present factor that points to it, and {Number(kb.Policies.RedFlagWeight)} for each fired red flag of the
        category. The plain name is what a patient reads; the name is for clinicians.
        """,
        ["id", "name", "plain name", "covers", "risk factors", "red flags"],
        kb.Categories.Select(category =>
        {
            var own = Links(kb.RiskFactors.Where(f => f.Category == category).Select(f => f.Id));
            var pointing = kb.RiskFactors.Where(f => f.PointsTo.Contains(category)).Select(f => f.Id).ToList();
            return new[]
            {
                Anchor("category-" + category.Id) + Code(category.Id),
                Text(category.Name),
                Text(category.PlainName),
                Text(category.Covers),
                own + (pointing.Count > 0 ? "; pointed to by " + Links(pointing) : string.Empty),
                Links(kb.RedFlags.Where(f => f.Category == category).Select(f => f.Id)),
            };
        }));

    private static void RiskFactors(Page page, KnowledgeBase kb) => page.Section(
        "Risk factors",
        """
        In table order, the order of results and of the trace. Each is present, absent or unknown; it is unknown
        when the inputs it reads are unknown, and present only when they show it. Thresholds are named with their
        default values; see [Thresholds](#thresholds). The plain name is what a patient reads; the name is for clinicians.
        """,
        ["id", "name", "plain name", "category", "present when", "strength", "sources"],
        kb.RiskFactors.Select(factor => new[]
        {
            Anchor(factor.Id) + Code(factor.Id),
            Text(factor.Name),
            Text(factor.PlainName),
            CategoryLink(factor.Category)
                + (factor.PointsTo.Count > 0 ? "; points to " + string.Join(", ", factor.PointsTo.Select(CategoryLink)) : string.Empty),
            Text(factor.Trigger),
            Strength(factor.Strength),
            SourceLinks(factor.Sources),
        }));

    private static void Medicines(Page page, KnowledgeBase kb) => page.Section(
        "Medicines",
        """
        A medicine belongs to a class when its ATC code starts with one of the class's prefixes, or when its name
        contains one of the class's generic or brand names as whole words anywhere, ignoring case: "Atorvastatin calcium
        20 mg tablet", "LIPITOR" and "Hydrochlorothiazide / lisinopril" all match. A combination product matches every
        class it names (Vytorin is a statin; Symbicort a long-acting beta-agonist; Dyazide both a thiazide and a
        potassium-sparing diuretic). The risk factor's evidence names the path and the name that matched.
        """,
        ["risk factor", "ATC prefixes", "generic names", "brand names"],
        kb.RiskFactors.Where(f => f.Medicines is not null).Select(factor => new[]
        {
            Link(factor.Id),
            Codes(factor.Medicines!.AtcPrefixes),
            Text(string.Join(", ", factor.Medicines.GenericNames)),
            Text(string.Join(", ", factor.Medicines.BrandNames)),
        }));

    private static void RedFlags(Page page, KnowledgeBase kb) => page.Section(
        "Red flags",
        $"""
        In table order. A red flag fires at the highest level whose trigger is present, calls for that urgency,
        and adds {Number(kb.Policies.RedFlagWeight)} to its category's score. The plain name is what a patient reads; the name is
        for clinicians.
        """,
        ["id", "name", "plain name", "fires when", "category", "sources"],
        kb.RedFlags.Select(flag => new[]
        {
            Anchor(flag.Id) + Code(flag.Id),
            Text(flag.Name),
            Text(flag.PlainName),
            string.Join("<br>", flag.Levels.Select(l => "**" + UrgencyLink(kb, l.Urgency) + "** when " + Text(l.Trigger))),
            CategoryLink(flag.Category),
            SourceLinks(flag.Sources),
        }));

    private static void Questions(Page page, KnowledgeBase kb) => page.Section(
        "Follow-up questions",
        $"""
        In table order. A question is open while an input it asks for is unknown; open questions are listed by
        tier (0 safety, 1 core history, 2 detail), then by how many unknown rules they could reveal, then in this
        order. The interview is complete when no question of tier {Number(kb.Policies.InterviewTiers)} or below is open. At urgency
        {UrgencyLink(kb, kb.Policies.QuestionsClosedAt)} no question is open and the interview is complete: the only next step is to act.
        Seed questions come from the clinician's answer the knowledge base starts from ({SourceLink("S1")}).
        """,
        ["id", "tier", "question", "asks for", "asked"],
        kb.Questions.Select(question => new[]
        {
            Anchor(question.Id) + Code(question.Id),
            question.Tier.ToString(CultureInfo.InvariantCulture) + (question.IsSeed ? " (seed)" : string.Empty),
            Text(question.Text),
            Text(question.AsksFor),
            question.AppliesWhenText is { } when ? "when " + Text(when) : "always",
        }));

    private static void Advice(Page page, KnowledgeBase kb) => page.Section(
        "Advice",
        """
        Always listed in this order. An item is shown only at the urgency levels listed for it, and only when its
        condition holds, so advice never contradicts the urgency: at urgent and emergency self-care advice is withheld.
        The knowledge base never recommends quinine and never advises stopping a prescribed medicine without the
        prescriber. Each item given lists its sources in the assessment, like a finding.
        """,
        ["id", "levels", "shown when", "text", "sources"],
        kb.Advice.Select(advice => new[]
        {
            Anchor(advice.Id) + Code(advice.Id),
            string.Join(", ", advice.Levels.Select(l => UrgencyLink(kb, l))),
            Text(advice.ShownWhen),
            Text(advice.Text),
            SourceLinks(advice.Sources),
        }));

    private static void Policies(Page page, KnowledgeBase kb)
    {
        var p = kb.Policies;
        page.Line("## Policies");
        page.Line();
        page.Line("The clinical policies that are not rules. They are part of the catalog and of its content hash, so the hash an");
        page.Line("assessment cites identifies the logic as well as the rules and texts.");
        page.Line();
        page.Line(Anchor("ranking") + "**Ranking.** Categories with a score above zero are listed in this order:");
        page.Line();
        page.Line($"1. by the highest urgency among the category's fired red flags, {UrgencyLink(kb, p.RankingFlagFloor)} or above, highest first (a category without such a flag comes after those with one);");
        page.Line("2. by score, highest first;");
        page.Line($"3. {CategoryLink(kb.Categories.Single(c => c.Id == p.RankedLastCategory))} after every other listed category, because it is what remains when no other cause is found;");
        page.Line("4. by the order of the [cause categories](#cause-categories) table.");
        page.Line();
        page.Line("Wherever the order is shown to a person it is \"what may play a part\", never \"most likely first\".");
        page.Line();
        page.Row("policy", "value");
        page.Rule(2);
        page.Row("weight of a present risk factor, by strength", string.Join(", ", p.StrengthWeights.OrderByDescending(w => w.Key).Select(w => Strength(w.Key) + " " + Number(w.Value))));
        page.Row("weight of a fired red flag toward its category", Number(p.RedFlagWeight));
        page.Row("share of a factor's weight for each category it points to", Number(p.PointsToShare));
        page.Row("benign episode pattern", $"adds {Number(p.BenignPatternWeight)} to {Link("category-" + p.BenignPatternCategory, p.BenignPatternCategory)} (listed even with no risk factor) when every recorded episode is in "
            + Text(string.Join(" or ", p.TypicalMuscles.Select(WireName))) + ", has setting " + Text(string.Join(", ", p.BenignSettings.Select(WireName)))
            + $" (or, when its setting is unknown, a local start time {Hour(p.NightStartHour)}–{Hour(p.NightEndHour - 1, 59)}), lasts at most [prolongedSeconds](#threshold-prolongedseconds) when known, and none was reported as not relieved by stretching");
        page.Row("restless legs", $"a \"yes\" to [q-restless-legs](#q-restless-legs) adds {Number(p.RestlessLegsWeight)} to {Link("category-" + p.RestlessLegsCategory, p.RestlessLegsCategory)}");
        page.Row("morning window", $"an episode starting {Hour(p.MorningStartHour)}–{Hour(p.MorningEndHour - 1, 59)} local time is in the morning; any other start time makes crampPattern.outsideMorning true");
        page.Row("questions closed at", $"{UrgencyLink(kb, p.QuestionsClosedAt)}: no open question, interview complete");
        page.Row("interview complete", $"when no question of tier {Number(p.InterviewTiers)} or below is open");
        page.Line();
    }

    private static void BaselineReasons(Page page, KnowledgeBase kb)
    {
        var p = kb.Policies;
        page.Section(
            "Baseline urgency",
            $"""
            When no red flag fires, or only a lower one, the urgency is {UrgencyLink(kb, Urgency.Routine)} if any of these reasons holds,
            otherwise {UrgencyLink(kb, Urgency.SelfCare)}. A fired {UrgencyLink(kb, Urgency.Routine)} red flag is a reason under its own id. An assessment lists
            the reasons that hold in `urgencyReasons` by these ids. Categories whose moderate or strong factors leave the
            baseline at self-care: {string.Join(", ", p.BaselineBenignCategories.Select(c => Link("category-" + c, c)))}.
            """,
            ["id", "holds when", "sources"],
            kb.BaselineReasons.Select(reason => new[] { Anchor(reason.Id) + Code(reason.Id), Text(reason.Description), SourceLinks(reason.Sources) }));
    }

    private static void Conditions(Page page, KnowledgeBase kb) => page.Section(
        "Conditions",
        """
        A condition is named by its id, by an ICD-10-CM code that starts with one of its prefixes (the dot is
        optional), or by one of its SNOMED CT codes. Other codes are listed in the result's `unrecognisedInputs`.
        """,
        ["id", "name", "ICD-10-CM prefixes", "SNOMED CT"],
        kb.Conditions.Select(condition => new[]
        {
            Anchor("condition-" + condition.Id) + Code(condition.Id), Text(condition.Name), Codes(condition.Icd10CmPrefixes), Codes(condition.SnomedCtCodes),
        }));

    private static void LabTests(Page page, KnowledgeBase kb) => page.Section(
        "Laboratory tests",
        """
        A result names its test by lab id or LOINC code. Its unit must be one accepted for that test; the value is
        converted to the canonical unit with the unit's factor (per test: mg/dL and mmol/L differ by the analyte's
        molar mass). For each test, the results collected on its latest `collectedOn` date count, and so does every
        result without `collectedOn` (undated is not old). When a rule is present only because of an undated result,
        the assessment's `warnings` gets `undated-lab-counted` with that result's path.
        """,
        ["id", "name", "LOINC", "canonical unit", "accepted units (factor to canonical)"],
        kb.LabTests.Select(lab => new[]
        {
            Anchor("lab-" + lab.Id) + Code(lab.Id),
            Text(lab.Name),
            Codes(lab.LoincCodes),
            Text(lab.CanonicalUnit),
            Text(string.Join(", ", lab.AcceptedUnits.Select(u => u.Unit + " (×" + Number(u.Factor) + ")"))),
        }));

    private static void Thresholds(Page page, KnowledgeBase kb) => page.Section(
        "Thresholds",
        """
        Ids and logic are fixed; these values are configurable through [CrampThresholds](xref:Cramps.Core.Configuration.CrampThresholds)
        (see [Configuration](configuration.md)). A value that differs from its default is listed in every
        assessment's `knowledgeBase.overrides` and changes its content hash.
        """,
        ["name", "property", "default", "unit", "decides"],
        kb.Thresholds.Select(threshold =>
        {
            var property = char.ToUpperInvariant(threshold.Name[0]) + threshold.Name[1..];
            return new[]
            {
                Anchor("threshold-" + threshold.Name) + Code(threshold.Name),
                $"[{property}](xref:Cramps.Core.Configuration.CrampThresholds.{property})",
                Number(threshold.DefaultValue),
                Text(threshold.Unit),
                Text(threshold.Description),
            };
        }));

    private static void Sources(Page page, KnowledgeBase kb) => page.Section(
        "Sources",
        """
        Rules cite sources by key; each finding in an assessment lists the keys of its rule. Where the sources
        disagree, the strength of a risk factor reflects it.
        """,
        ["key", "citation", "cited by"],
        kb.Sources.Select(source =>
        {
            var citedBy = kb.Rules.Where(r => r.Sources.Contains(source)).Select(r => r.Id)
                .Concat(kb.Advice.Where(a => a.Sources.Contains(source)).Select(a => a.Id))
                .Concat(kb.BaselineReasons.Where(b => b.Sources.Contains(source)).Select(b => b.Id)).ToList();
            return new[] { Anchor("source-" + source.Key) + Code(source.Key), Text(source.Citation), citedBy.Count == 0 ? "background" : Links(citedBy) };
        }));

    private static string Weight(KnowledgeBase kb, EvidenceStrength strength) => Number(kb.Policies.WeightOf(strength));

    private static string Hour(int hour, int minute = 0) => hour.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The wire name of an enum value, as the JSON contract spells it (kebab-case).</summary>
    private static string WireName<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private static string Strength(EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.Strong => "strong",
        EvidenceStrength.Moderate => "moderate",
        EvidenceStrength.Weak => "weak",
        _ => "expert opinion",
    };

    private static string UrgencyLink(KnowledgeBase kb, Urgency urgency)
    {
        var id = kb.UrgencyLevels.Single(l => l.Urgency == urgency).Id;
        return $"[{id}](#urgency-{id})";
    }

    private static string CategoryLink(CauseCategory category) => $"[{category.Id}](#category-{category.Id})";

    private static string SourceLinks(IEnumerable<Source> sources) => string.Join(" ", sources.Select(s => SourceLink(s.Key)));

    private static string SourceLink(string key) => $"[{key}](#source-{key.ToLowerInvariant()})";

    private static string Link(string id) => $"[{id}](#{id})";

    private static string Link(string anchor, string text) => $"[{text}](#{anchor})";

    private static string Links(IEnumerable<string> ids) => string.Join(", ", ids.Select(Link));

    /// <summary>An empty element to link to; DocFX lower-cases nothing, so anchors are written in lower case.</summary>
    private static string Anchor(string id) => $"<a id=\"{id.ToLowerInvariant()}\"></a>";

    private static string Code(string text) => "`" + text + "`";

    private static string Codes(IEnumerable<string> codes) => string.Join(", ", codes.Select(Code));

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Escapes what Markdown or HTML would read as markup, and the table's cell separator.</summary>
    private static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '|' => "\\|",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '*' or '_' or '`' or '[' or ']' or '\\' => "\\" + c,
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private sealed class Page
    {
        private readonly StringBuilder _text = new();

        public void Line(string line = "") => _text.Append(line).Append('\n');

        public void Row(params string[] cells) => Line("| " + string.Join(" | ", cells) + " |");

        public void Rule(int columns) => Row([.. Enumerable.Repeat("---", columns)]);

        /// <summary>Writes a section: its heading, an introduction, and a table of one row per item.</summary>
        public void Section(string title, string introduction, string[] columns, IEnumerable<string[]> rows)
        {
            Line("## " + title);
            Line();
            Line(introduction.ReplaceLineEndings("\n"));
            Line();
            Row(columns);
            Rule(columns.Length);
            foreach (var row in rows)
            {
                Row(row);
            }

            Line();
        }

        public override string ToString() => _text.ToString();
    }
}
