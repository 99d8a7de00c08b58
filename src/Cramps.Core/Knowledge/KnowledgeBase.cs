using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cramps.Core.Internal;

namespace Cramps.Core.Knowledge;

/// <summary>
/// Represents the knowledge base: every cause category, risk factor, red flag, follow-up question, advice item, code
/// map, laboratory test, threshold, policy and source of edition 2026.2, as a read-only catalog.
/// </summary>
/// <remarks>
/// <para>
/// Each item is defined once, declaratively, and the evaluator reads nothing else, so the catalog is the rules. Apps
/// can list it and the documentation is generated from it.
/// </para>
/// <para>The catalog is immutable and safe to share across threads; <see cref="Default"/> is the one instance.</para>
/// </remarks>
public sealed partial class KnowledgeBase
{
    /// <summary>The knowledge base id.</summary>
    public const string KnowledgeBaseId = "cramps-kb";

    /// <summary>The edition this library encodes.</summary>
    public const string CurrentEdition = "2026.2";

    private readonly FrozenDictionary<string, Rule> _rulesById;
    private readonly FrozenDictionary<string, ConditionDefinition> _conditionsById;
    private readonly FrozenDictionary<string, LabTest> _labsById;
    private readonly FrozenDictionary<string, LabTest> _labsByLoinc;
    private readonly FrozenDictionary<string, MedicineClass> _medicinesById;
    private readonly Dictionary<string, (ulong Bit, string[] Run)[]> _medicineNamesByFirstWord;
    private readonly string _canonicalText;

    /// <summary>Builds the knowledge base; apps share <see cref="Default"/>, tests may build their own.</summary>
    internal KnowledgeBase()
        : this(new KnowledgePolicies())
    {
    }

    /// <summary>
    /// Builds the knowledge base with other policies and, for tests, other rule tables: small synthetic catalogs let a term
    /// or a policy be tested without the production content (the sources, categories, thresholds, conditions and lab
    /// tests stay the edition's).
    /// </summary>
    internal KnowledgeBase(KnowledgePolicies policies, SyntheticTables? tables = null)
    {
        Policies = policies;
        Sources = BuildSources();
        CategoryArray = [.. BuildCategories()];
        Categories = new ReadOnlyArray<CauseCategory>(CategoryArray);
        Thresholds = BuildThresholds();
        Conditions = BuildConditions();
        LabTests = BuildLabTests();
        UrgencyLevels = BuildUrgencyLevels();
        _conditionsById = Conditions.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        _labsById = LabTests.ToFrozenDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);
        _labsByLoinc = LabTests.SelectMany(l => l.LoincCodes, (l, code) => (l, code)).ToFrozenDictionary(p => p.code, p => p.l, StringComparer.Ordinal);

        var medicineClasses = new List<MedicineClass>();
        FactorArray = [.. tables?.RiskFactors?.Invoke(this) ?? BuildRiskFactors(medicineClasses)];
        RiskFactors = new ReadOnlyArray<RiskFactor>(FactorArray);
        MedicineClasses = new ReadOnlyArray<MedicineClass>([.. medicineClasses]);
        _medicinesById = MedicineClasses.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);
        _medicineNamesByFirstWord = IndexMedicineNames(MedicineClasses);
        FlagArray = [.. tables?.RedFlags?.Invoke(this, FactorArray.Length) ?? BuildRedFlags(FactorArray.Length)];
        RedFlags = new ReadOnlyArray<RedFlag>(FlagArray);
        RuleArray = [.. FactorArray.Cast<Rule>().Concat(FlagArray)];
        Rules = new ReadOnlyArray<Rule>(RuleArray);
        _rulesById = RuleArray.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        QuestionArray = [.. tables is null ? BuildQuestions() : []];
        Questions = new ReadOnlyArray<FollowUpQuestion>(QuestionArray);
        AdviceArray = [.. tables is null ? BuildAdvice() : []];
        BaselineReasons = BuildBaselineReasons();
        Advice = new ReadOnlyArray<AdviceRule>(AdviceArray);
        foreach (var rule in Rules)
        {
            foreach (var term in rule.Terms())
            {
                term.Bind(this, rule.Index);
            }
        }

        RuleClosures = BuildRuleClosures();

        _canonicalText = CanonicalText();
        ContentHash = Hash(_canonicalText, Thresholds.Select(t => t.DefaultValue).ToArray());
    }

    /// <summary>Gets the knowledge base of edition 2026.2.</summary>
    public static KnowledgeBase Default { get; } = new();

    /// <summary>Gets the knowledge base id: <c>cramps-kb</c>.</summary>
    public string Id { get; } = KnowledgeBaseId;

    /// <summary>Gets the edition: <c>2026.2</c>.</summary>
    public string Edition { get; } = CurrentEdition;

    /// <summary>Gets the content hash of the edition with the default thresholds, as <c>sha256:</c> and 64 hex digits.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the urgency scale, lowest first, with the meaning shown to a person.</summary>
    public IReadOnlyList<UrgencyLevel> UrgencyLevels { get; }

    /// <summary>Gets the cause categories in table order (the order that breaks score ties).</summary>
    public IReadOnlyList<CauseCategory> Categories { get; }

    /// <summary>Gets the risk factors in table order.</summary>
    public IReadOnlyList<RiskFactor> RiskFactors { get; }

    /// <summary>Gets the red flags in table order.</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>Gets every rule: the risk factors, then the red flags, in table order (the trace's order).</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Gets the follow-up questions in table order.</summary>
    public IReadOnlyList<FollowUpQuestion> Questions { get; }

    /// <summary>Gets the advice items in the order assessments list them.</summary>
    public IReadOnlyList<AdviceRule> Advice { get; }

    /// <summary>Gets the sources, by key order of the knowledge base.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Gets the conditions the knowledge base recognises, with their codes.</summary>
    public IReadOnlyList<ConditionDefinition> Conditions { get; }

    /// <summary>Gets the medicine classes of the medicine risk factors, in table order.</summary>
    public IReadOnlyList<MedicineClass> MedicineClasses { get; }

    /// <summary>Gets the laboratory tests the knowledge base reads, with their codes and units.</summary>
    public IReadOnlyList<LabTest> LabTests { get; }

    /// <summary>Gets the configurable thresholds with their defaults.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; }

    /// <summary>Gets the policies: ranking, weights, the baseline urgency, the benign episode pattern and when questions close.</summary>
    public KnowledgePolicies Policies { get; }

    /// <summary>Gets the reasons the baseline urgency can be routine when no red flag fired, in the order assessments list them.</summary>
    public IReadOnlyList<BaselineReason> BaselineReasons { get; }

    /// <summary>Gets the disclaimer every assessment carries.</summary>
    public string Disclaimer { get; } = DisclaimerText;

    /// <summary>Finds a rule (risk factor or red flag) by id.</summary>
    /// <param name="id">The rule id, for example <c>hypokalemia</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has that id.</returns>
    public Rule? FindRule(string id) => id is not null && _rulesById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>Finds a condition by id, ignoring case.</summary>
    /// <param name="id">The condition id, for example <c>heart-failure</c>.</param>
    /// <returns>The condition, or <see langword="null"/> when the knowledge base does not know it.</returns>
    public ConditionDefinition? FindCondition(string id) => id is not null && _conditionsById.TryGetValue(id, out var c) ? c : null;

    /// <summary>Finds a laboratory test by lab id, ignoring case.</summary>
    /// <param name="id">The lab id, for example <c>potassium</c>.</param>
    /// <returns>The test, or <see langword="null"/> when the knowledge base does not know it.</returns>
    public LabTest? FindLabTest(string id) => id is not null && _labsById.TryGetValue(id, out var l) ? l : null;

    /// <summary>Finds a laboratory test by LOINC code.</summary>
    /// <param name="loinc">The LOINC code, for example <c>2823-3</c>.</param>
    /// <returns>The test, or <see langword="null"/> when no known test has that code.</returns>
    public LabTest? FindLabTestByLoinc(string loinc) => loinc is not null && _labsByLoinc.TryGetValue(loinc.Trim(), out var l) ? l : null;

    /// <summary>Gets a condition by typed id.</summary>
    /// <param name="id">The condition, for example <see cref="ConditionId.HeartFailure"/>.</param>
    /// <returns>The condition; every typed id names one.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the <see langword="default"/> value.</exception>
    public ConditionDefinition FindCondition(ConditionId id) => _conditionsById[id.Checked(nameof(id))];

    /// <summary>Gets a laboratory test by typed id.</summary>
    /// <param name="id">The test, for example <see cref="LabTestId.Potassium"/>.</param>
    /// <returns>The test; every typed id names one.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the <see langword="default"/> value.</exception>
    public LabTest FindLabTest(LabTestId id) => _labsById[id.Checked(nameof(id))];

    /// <summary>Gets a medicine class by typed id.</summary>
    /// <param name="id">The class, for example <see cref="MedicineClassId.Statin"/>.</param>
    /// <returns>The class; every typed id names one.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the <see langword="default"/> value.</exception>
    public MedicineClass FindMedicineClass(MedicineClassId id) => _medicinesById[id.Checked(nameof(id))];

    /// <summary>Resolves which conditions an entry names, one bit per condition; called once per <see cref="Condition"/>.</summary>
    internal ulong MatchConditions(Condition condition)
    {
        var matches = condition.Id is { } id && _conditionsById.TryGetValue(id, out var named) ? 1UL << named.Index : 0;
        var icd = condition is { System: ConditionCodeSystem.Icd10Cm, Code: { } code } ? CodeText.NormalizeIcd(code) : null;
        foreach (var definition in Conditions)
        {
            matches |= definition.MatchesCode(condition, icd) ? 1UL << definition.Index : 0;
        }

        return matches;
    }

    /// <summary>Resolves which medicine classes an entry belongs to, one bit per class; called once per <see cref="Medication"/>.</summary>
    internal ulong MatchMedicines(Medication medication)
    {
        var matches = 0UL;
        if (medication is { System: MedicationCodeSystem.Atc, Code: { } code })
        {
            var atc = CodeText.NormalizeAtc(code);
            foreach (var medicines in MedicineClasses)
            {
                matches |= medicines.MatchesAtc(atc) ? 1UL << medicines.Index : 0;
            }
        }

        // Each word of the name is looked up once, among the names that begin with it: a name is found as whole words anywhere.
        var words = medication.Name is { } name ? CodeText.Words(name) : [];
        for (var start = 0; start < words.Length; start++)
        {
            if (_medicineNamesByFirstWord.TryGetValue(words[start], out var names))
            {
                foreach (var (bit, run) in names)
                {
                    matches |= start + run.Length <= words.Length && MedicineClass.RunAt(words, start, run) ? bit : 0;
                }
            }
        }

        return matches;
    }

    /// <summary>Indexes every generic and brand name by its first word, with the bit of its class.</summary>
    private static Dictionary<string, (ulong Bit, string[] Run)[]> IndexMedicineNames(IEnumerable<MedicineClass> classes) =>
        classes.SelectMany(m => m.NameWords, (m, run) => (Bit: 1UL << m.Index, Run: run))
            .GroupBy(n => n.Run[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Gets the categories as an array, by table order.</summary>
    internal CauseCategory[] CategoryArray { get; }

    /// <summary>Gets the risk factors as an array, for loops without interface dispatch.</summary>
    internal RiskFactor[] FactorArray { get; }

    /// <summary>Gets the red flags as an array.</summary>
    internal RedFlag[] FlagArray { get; }

    /// <summary>Gets every rule as an array, by rule index.</summary>
    internal Rule[] RuleArray { get; }

    /// <summary>Gets the follow-up questions as an array, by question order.</summary>
    internal FollowUpQuestion[] QuestionArray { get; }

    /// <summary>Gets the advice rules as an array, by advice order.</summary>
    internal AdviceRule[] AdviceArray { get; }

    /// <summary>
    /// Gets, by rule index, the rules whose outcome the rule depends on, itself included, directly or through rules it
    /// reads, in table order: what must be evaluated again to know that one rule's outcome.
    /// </summary>
    internal int[][] RuleClosures { get; }

    private int[][] BuildRuleClosures()
    {
        var closures = new int[RuleArray.Length][];
        var read = new List<int>();
        var closure = new SortedSet<int>();
        foreach (var rule in RuleArray)
        {
            read.Clear();
            closure.Clear();
            closure.Add(rule.Index);
            foreach (var term in rule.Terms())
            {
                term.AddRulesRead(read);
            }

            // A rule reads only earlier rules (binding checks it), so their closures are already complete.
            foreach (var earlier in read)
            {
                closure.UnionWith(closures[earlier]);
            }

            closures[rule.Index] = [.. closure];
        }

        return closures;
    }

    internal int RuleIndex(string id) =>
        _rulesById.TryGetValue(id, out var rule)
            ? rule.Index
            : throw new InvalidOperationException("The knowledge base has no rule '" + id + "'.");

    /// <summary>Gets the follow-up questions that ask for an input, one bit per question in table order.</summary>
    internal uint QuestionsAsking(string path)
    {
        var mask = 0u;
        foreach (var question in Questions)
        {
            if (question.Asks(path))
            {
                mask |= 1u << question.Order;
            }
        }

        return mask;
    }

    /// <summary>Computes the content hash of the edition with the given threshold values.</summary>
    internal string HashWith(double[] thresholdValues) => Hash(_canonicalText, thresholdValues);

    private static string Hash(string canonicalText, double[] thresholdValues)
    {
        var text = new StringBuilder(canonicalText);
        for (var i = 0; i < thresholdValues.Length; i++)
        {
            text.Append("threshold-value|").Append(i.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(CodeText.Number(thresholdValues[i])).Append('\n');
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Writes every rule, text, code and source in a fixed, culture-free form; the content hash is taken over it.</summary>
    private string CanonicalText()
    {
        var text = new StringBuilder();
        void Line(params object?[] parts) => text.AppendJoin('|', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))).Append('\n');

        Line("kb", KnowledgeBaseId, CurrentEdition);
        foreach (var level in UrgencyLevels)
        {
            Line("urgency", level.Id, level.Meaning);
        }

        foreach (var category in Categories)
        {
            Line("category", category.Id, category.Name, category.PlainName, category.Covers);
        }

        foreach (var threshold in Thresholds)
        {
            Line("threshold", threshold.Name, threshold.Unit, threshold.Description);
        }

        foreach (var condition in Conditions)
        {
            Line("condition", condition.Id, condition.Name, string.Join(",", condition.Icd10CmPrefixes), string.Join(",", condition.SnomedCtCodes));
        }

        foreach (var lab in LabTests)
        {
            Line("lab", lab.Id, lab.Name, string.Join(",", lab.LoincCodes), string.Join(",", lab.AcceptedUnits.Select(u => u.Unit + "=" + CodeText.Number(u.Factor))));
        }

        foreach (var factor in RiskFactors)
        {
            Line("risk-factor", factor.Id, factor.Name, factor.PlainName, factor.Category.Id, WireNames.Of(factor.Strength), string.Join(",", factor.SourceKeys), string.Join(",", factor.PointsTo.Select(c => c.Id)), factor.Trigger);
        }

        foreach (var flag in RedFlags)
        {
            Line("red-flag", flag.Id, flag.Name, flag.PlainName, flag.Category.Id, string.Join(",", flag.SourceKeys), flag.Trigger);
        }

        foreach (var question in Questions)
        {
            Line("question", question.Id, question.Tier, question.IsSeed, question.Text, question.AsksFor, question.AppliesWhenText);
        }

        foreach (var advice in Advice)
        {
            Line("advice", advice.Id, advice.Text, string.Join(",", advice.Levels.Select(WireNames.Of)), advice.ShownWhen, string.Join(",", advice.SourceKeys));
        }

        foreach (var medicines in MedicineClasses)
        {
            Line("medicine-names", medicines.Index, string.Join(",", medicines.GenericNames), string.Join(",", medicines.BrandNames));
        }

        foreach (var reason in BaselineReasons)
        {
            Line("baseline-reason", reason.Id, reason.Description, string.Join(",", reason.Sources.Select(s => s.Key)));
        }

        foreach (var policy in Policies.Describe())
        {
            Line("policy", policy);
        }

        foreach (var (table, mappings) in new[] { ("snomed-ct", SnomedCtConditionCodes), ("rxnorm", RxNormMedicineCodes), ("unit-form", LabUnitForms) })
        {
            foreach (var mapping in mappings)
            {
                Line(table, mapping.Code, string.Join(",", mapping.Targets), mapping.Source);
            }
        }

        foreach (var source in Sources)
        {
            Line("source", source.Key, source.Citation);
        }

        Line("disclaimer", DisclaimerText);
        return text.ToString();
    }

    /// <summary>Rule tables that replace the edition's in a knowledge base built for a test; a synthetic catalog has no questions and no advice.</summary>
    /// <param name="RiskFactors">Builds the risk factors, indexed from 0, or <see langword="null"/> for the edition's.</param>
    /// <param name="RedFlags">Builds the red flags, indexed from the given first index, or <see langword="null"/> for the edition's.</param>
    internal sealed record SyntheticTables(
        Func<KnowledgeBase, IEnumerable<RiskFactor>>? RiskFactors = null,
        Func<KnowledgeBase, int, IEnumerable<RedFlag>>? RedFlags = null);
}
