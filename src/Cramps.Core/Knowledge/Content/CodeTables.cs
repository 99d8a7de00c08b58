using System.Collections.Frozen;

namespace Cramps.Core.Knowledge;

/// <summary>The code tables: outside terminologies (SNOMED CT, RxNorm, LOINC, unit forms) mapped to the knowledge base's ids.</summary>
public sealed partial class KnowledgeBase
{
    private readonly FrozenDictionary<string, CodeMapping> _rxNormByCode = CodeTables.RxNormByCode;

    /// <summary>Gets the SNOMED CT concepts that name a condition of the knowledge base, stage, type and complication codes included.</summary>
    /// <remarks>
    /// Each code's <see cref="CodeMapping.Targets"/> are condition ids; a complication names every condition it implies
    /// (diabetic neuropathy: <c>diabetes</c> and <c>peripheral-neuropathy</c>). A SNOMED CT condition matches when its code
    /// is in this table or in <see cref="ConditionDefinition.SnomedCtCodes"/>.
    /// </remarks>
    public IReadOnlyList<CodeMapping> SnomedCtConditionCodes { get; } = CodeTables.Snomed;

    /// <summary>Gets the RxNorm ingredient and clinical-drug codes of the generic names of the medicine classes.</summary>
    /// <remarks>Each code's <see cref="CodeMapping.Targets"/> are the generic names it contains, which the medicine classes match.</remarks>
    public IReadOnlyList<CodeMapping> RxNormMedicineCodes { get; } = CodeTables.RxNorm;

    /// <summary>Gets LOINC codes, beyond each test's own, that name a laboratory test of the knowledge base.</summary>
    /// <remarks>Each code's single target in <see cref="CodeMapping.Targets"/> is a lab id; the codes are part of <see cref="LabTest.LoincCodes"/>.</remarks>
    public IReadOnlyList<CodeMapping> ExtraLoincCodes { get; } = CodeTables.Loinc;

    /// <summary>Gets unit forms real records write for a test whose LOINC code fixes the unit, and the accepted unit each one means.</summary>
    /// <remarks>
    /// <see cref="CodeMapping.Code"/> is the unit as written; <see cref="CodeMapping.Targets"/> holds the lab id and the accepted unit it is
    /// read as. Example: eGFR under LOINC 33914-3 (a rate per 1.73 m2 by the code's definition) written as <c>mL/min</c>.
    /// </remarks>
    public IReadOnlyList<CodeMapping> LabUnitForms { get; } = CodeTables.UnitForms;

    /// <summary>Finds the generic names an RxNorm code contains.</summary>
    /// <param name="rxNormCode">The RxNorm code, for example <c>316672</c>.</param>
    /// <returns>The generic names, or an empty list when the table does not hold the code.</returns>
    public IReadOnlyList<string> FindGenericNamesByRxNorm(string rxNormCode) =>
        rxNormCode is not null && _rxNormByCode.TryGetValue(rxNormCode.Trim(), out var mapping) ? mapping.Targets : [];

    /// <summary>Finds the accepted unit a unit form means for a test, such as <c>mL/min</c> for <c>egfr</c>.</summary>
    /// <param name="labId">The lab id, for example <c>egfr</c>.</param>
    /// <param name="unit">The unit as written.</param>
    /// <returns>The accepted unit, or <see langword="null"/> when the table holds no such form.</returns>
    public string? FindLabUnitForm(string labId, string unit)
    {
        if (labId is null || unit is null)
        {
            return null;
        }

        var key = CodeTables.UnitKey(unit);
        return LabUnitForms
            .FirstOrDefault(f => string.Equals(f.Targets[0], labId, StringComparison.OrdinalIgnoreCase) && CodeTables.UnitKey(f.Code) == key)?
            .Targets[1];
    }
}

/// <summary>The code tables' contents, built once; <see cref="KnowledgeBase"/> exposes them.</summary>
internal static class CodeTables
{
    private const string SnomedIntl = "SNOMED CT International Edition";
    private const string SnomedSynthea = "SNOMED CT International Edition; used by Synthea R4 records";
    private const string RxNormIngredient = "RxNorm (NLM), ingredient";
    private const string RxNormSynthea = "RxNorm (NLM), clinical drug; used by Synthea R4 records";
    private const string LoincSource = "LOINC (Regenstrief)";

    public static readonly IReadOnlyList<CodeMapping> Snomed =
    [
        M("84114007", "Heart failure", SnomedSynthea, "heart-failure"),
        M("88805009", "Chronic congestive heart failure", SnomedSynthea, "heart-failure"),
        M("42343007", "Congestive heart failure", SnomedIntl, "heart-failure"),
        M("48447003", "Chronic heart failure", SnomedIntl, "heart-failure"),
        M("85232009", "Left heart failure", SnomedIntl, "heart-failure"),
        M("709044004", "Chronic kidney disease", SnomedIntl, "chronic-kidney-disease"),
        M("431855005", "Chronic kidney disease stage 1", SnomedSynthea, "chronic-kidney-disease"),
        M("431856006", "Chronic kidney disease stage 2", SnomedSynthea, "chronic-kidney-disease"),
        M("433144002", "Chronic kidney disease stage 3", SnomedSynthea, "chronic-kidney-disease"),
        M("431857002", "Chronic kidney disease stage 4", SnomedSynthea, "chronic-kidney-disease"),
        M("433146000", "Chronic kidney disease stage 5", SnomedIntl, "chronic-kidney-disease"),
        M("46177005", "End-stage renal disease", SnomedSynthea, "chronic-kidney-disease"),
        M("127013003", "Disorder of kidney due to diabetes mellitus (diabetic renal disease)", SnomedSynthea, "chronic-kidney-disease", "diabetes"),
        M("105502003", "Dependence on renal dialysis", SnomedIntl, "hemodialysis"),
        M("19943007", "Cirrhosis of liver", SnomedIntl, "cirrhosis"),
        M("420054005", "Alcoholic cirrhosis", SnomedIntl, "cirrhosis"),
        M("399957001", "Peripheral arterial occlusive disease", SnomedIntl, "peripheral-artery-disease"),
        M("840580004", "Peripheral arterial disease", SnomedIntl, "peripheral-artery-disease"),
        M("40930008", "Hypothyroidism", SnomedIntl, "hypothyroidism"),
        M("83664006", "Idiopathic atrophic hypothyroidism", SnomedSynthea, "hypothyroidism"),
        M("34486009", "Hyperthyroidism", SnomedIntl, "hyperthyroidism"),
        M("73211009", "Diabetes mellitus", SnomedIntl, "diabetes"),
        M("44054006", "Type 2 diabetes mellitus", SnomedSynthea, "diabetes"),
        M("46635009", "Type 1 diabetes mellitus", SnomedIntl, "diabetes"),
        M("368581000119106", "Neuropathy due to type 2 diabetes mellitus", SnomedSynthea, "diabetes", "peripheral-neuropathy"),
        M("1551000119108", "Nonproliferative retinopathy due to type 2 diabetes mellitus", SnomedSynthea, "diabetes"),
        M("97331000119101", "Macular edema and retinopathy due to type 2 diabetes mellitus", SnomedSynthea, "diabetes"),
        M("60951000119105", "Blindness due to type 2 diabetes mellitus", SnomedSynthea, "diabetes"),
        M("90781000119102", "Microalbuminuria due to type 2 diabetes mellitus", SnomedSynthea, "diabetes"),
        M("157141000119108", "Proteinuria due to type 2 diabetes mellitus", SnomedSynthea, "diabetes"),
        M("230572002", "Diabetic neuropathy", SnomedIntl, "diabetes", "peripheral-neuropathy"),
        M("302226006", "Peripheral nerve disease", SnomedIntl, "peripheral-neuropathy"),
        M("42345000", "Polyneuropathy", SnomedIntl, "peripheral-neuropathy"),
        M("18347007", "Spinal stenosis of lumbar region", SnomedIntl, "lumbar-stenosis-radiculopathy"),
        M("37340000", "Motor neuron disease", SnomedIntl, "motor-neuron-disease"),
        M("86044005", "Amyotrophic lateral sclerosis", SnomedIntl, "motor-neuron-disease"),
        M("24700007", "Multiple sclerosis", SnomedIntl, "multiple-sclerosis"),
        M("91637004", "Myasthenia gravis", SnomedIntl, "myasthenia-gravis"),
        M("49049000", "Parkinson's disease", SnomedIntl, "parkinsonism"),
        M("32798002", "Parkinsonism", SnomedIntl, "parkinsonism"),
    ];

    public static readonly IReadOnlyList<CodeMapping> RxNorm =
    [
        M("5487", "hydrochlorothiazide", RxNormIngredient, "hydrochlorothiazide"),
        M("1369", "bendroflumethiazide", RxNormIngredient, "bendroflumethiazide"),
        M("2409", "chlorthalidone", RxNormIngredient, "chlorthalidone"),
        M("5764", "indapamide", RxNormIngredient, "indapamide"),
        M("6916", "metolazone", RxNormIngredient, "metolazone"),
        M("310798", "hydrochlorothiazide 25 MG Oral Tablet", RxNormSynthea, "hydrochlorothiazide"),
        M("316049", "hydrochlorothiazide 25 MG", RxNormSynthea, "hydrochlorothiazide"),
        M("316052", "hydrochlorothiazide 6.25 MG", RxNormSynthea, "hydrochlorothiazide"),
        M("4603", "furosemide", RxNormIngredient, "furosemide"),
        M("1808", "bumetanide", RxNormIngredient, "bumetanide"),
        M("38413", "torsemide", RxNormIngredient, "torsemide"),
        M("313988", "furosemide 40 MG Oral Tablet", RxNormSynthea, "furosemide"),
        M("315971", "furosemide 40 MG (Lasix 40mg)", RxNormSynthea, "furosemide"),
        M("1719286", "10 ML furosemide 10 MG/ML Injection", RxNormSynthea, "furosemide"),
        M("9997", "spironolactone", RxNormIngredient, "spironolactone"),
        M("298869", "eplerenone", RxNormIngredient, "eplerenone"),
        M("644", "amiloride", RxNormIngredient, "amiloride"),
        M("10763", "triamterene", RxNormIngredient, "triamterene"),
        M("83367", "atorvastatin", RxNormIngredient, "atorvastatin"),
        M("36567", "simvastatin", RxNormIngredient, "simvastatin"),
        M("301542", "rosuvastatin", RxNormIngredient, "rosuvastatin"),
        M("42463", "pravastatin", RxNormIngredient, "pravastatin"),
        M("6472", "lovastatin", RxNormIngredient, "lovastatin"),
        M("41127", "fluvastatin", RxNormIngredient, "fluvastatin"),
        M("861634", "pitavastatin", RxNormIngredient, "pitavastatin"),
        M("316672", "simvastatin 10 MG (written \"Simvistatin 10 MG\")", RxNormSynthea, "simvastatin"),
        M("314231", "simvastatin 10 MG Oral Tablet", RxNormSynthea, "simvastatin"),
        M("312961", "simvastatin 20 MG Oral Tablet", RxNormSynthea, "simvastatin"),
        M("259255", "atorvastatin 80 MG Oral Tablet", RxNormSynthea, "atorvastatin"),
        M("36117", "salmeterol", RxNormIngredient, "salmeterol"),
        M("25255", "formoterol", RxNormIngredient, "formoterol"),
        M("896209", "fluticasone propionate / salmeterol dry powder inhaler", RxNormSynthea, "salmeterol"),
        M("435", "albuterol", RxNormIngredient, "albuterol"),
        M("10368", "terbutaline", RxNormIngredient, "terbutaline"),
        M("237159", "levalbuterol", RxNormIngredient, "levalbuterol"),
        M("745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT metered dose inhaler", RxNormSynthea, "albuterol"),
        M("4099", "estrogens, conjugated", RxNormIngredient, "conjugated estrogens"),
        M("4083", "estradiol", RxNormIngredient, "estradiol"),
        M("72143", "raloxifene", RxNormIngredient, "raloxifene"),
        M("7258", "naproxen", RxNormIngredient, "naproxen"),
        M("849574", "naproxen sodium 220 MG Oral Tablet", RxNormSynthea, "naproxen"),
        M("198014", "naproxen 500 MG Oral Tablet", RxNormSynthea, "naproxen"),
        M("7417", "nifedipine", RxNormIngredient, "nifedipine"),
        M("282388", "imatinib", RxNormIngredient, "imatinib"),
        M("8703", "fenofibrate", RxNormIngredient, "fenofibrate"),
        M("4719", "gemfibrozil", RxNormIngredient, "gemfibrozil"),
        M("8640", "prednisone", RxNormIngredient, "prednisone"),
        M("8638", "prednisolone", RxNormIngredient, "prednisolone"),
        M("6448", "lithium", RxNormIngredient, "lithium"),
        M("42351", "lithium carbonate", RxNormIngredient, "lithium"),
        M("2541", "cimetidine", RxNormIngredient, "cimetidine"),
    ];

    public static readonly IReadOnlyList<CodeMapping> Loinc =
    [
        M("49765-1", "Calcium [Mass/volume] in Blood", LoincSource + "; used by Synthea R4 records", "calcium"),
    ];

    public static readonly IReadOnlyList<CodeMapping> UnitForms =
    [
        M("mL/min", "eGFR written in mL/min under a LOINC code that is a rate per 1.73 m2 by definition (33914-3, 62238-1, 98979-8)", LoincSource + "; unit as written by Synthea R4 records", "egfr", "mL/min/1.73m2"),
        M("mL/min/1.73m^2", "eGFR with the body surface written with a caret", LoincSource, "egfr", "mL/min/1.73m2"),
        M("mL/min/1.73.m2", "eGFR in the UCUM form with a multiplication dot", LoincSource, "egfr", "mL/min/1.73m2"),
    ];

    public static readonly FrozenDictionary<string, CodeMapping> RxNormByCode = RxNorm.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);

    /// <summary>Gets the SNOMED CT codes of the table that name a condition id.</summary>
    public static IEnumerable<string> SnomedFor(string conditionId) =>
        Snomed.Where(m => m.Targets.Contains(conditionId, StringComparer.Ordinal)).Select(m => m.Code);

    /// <summary>Gets the extra LOINC codes of the table that name a lab id.</summary>
    public static IEnumerable<string> LoincFor(string labId) =>
        Loinc.Where(m => string.Equals(m.Targets[0], labId, StringComparison.Ordinal)).Select(m => m.Code);

    /// <summary>Reduces a unit to compare forms: UCUM brackets, braces, underscores and spaces dropped, micro as u, upper case.</summary>
    public static string UnitKey(string unit) =>
        string.Concat(unit.Where(c => c is not ('[' or ']' or '{' or '}' or '_' or ' ')))
            .Replace('\u00B5', 'u')
            .Replace('\u03BC', 'u')
            .ToUpperInvariant();

    private static CodeMapping M(string code, string display, string source, params string[] targets) => new(code, display, targets, source);
}
