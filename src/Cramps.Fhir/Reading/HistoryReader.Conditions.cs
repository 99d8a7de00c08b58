using System.Collections.Frozen;
using Cramps.Core;
using Cramps.Core.Knowledge;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>Conditions, pregnancy conditions, and statements that there are no known problems.</summary>
internal sealed partial class HistoryReader
{
    /// <summary>ICD-10-CM prefixes of a current pregnancy (dots dropped): pregnant state, supervision of pregnancy, weeks of gestation.</summary>
    private static readonly string[] PregnancyIcdPrefixes = ["Z331", "Z34", "Z3A", "O09"];

    /// <summary>SNOMED CT concepts of a current pregnancy: pregnancy (finding) and normal pregnancy.</summary>
    private static readonly string[] PregnancySnomedCodes = ["77386006", "72892002"];

    /// <summary>Clinical statuses that mean active: active and its children recurrence and relapse.</summary>
    private static readonly string[] ActiveClinicalStatuses = ["active", "recurrence", "relapse"];

    /// <summary>The ICD-10-CM prefixes of the knowledge base's conditions, normalised once.</summary>
    private static readonly string[] KnownIcdPrefixes = [.. KnowledgeBase.Default.Conditions.SelectMany(d => d.Icd10CmPrefixes).Select(IcdKey)];

    /// <summary>The SNOMED CT codes of the knowledge base's conditions and of its SNOMED CT table.</summary>
    private static readonly FrozenSet<string> KnownSnomedCodes = KnowledgeBase.Default.Conditions.SelectMany(d => d.SnomedCtCodes)
        .Concat(KnowledgeBase.Default.SnomedCtConditionCodes.Select(m => m.Code))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The LOINC code of a problem list.</summary>
    private const string ProblemListLoinc = "11450-4";

    private void ReadCondition(R4.Condition condition, IndexedResource entry)
    {
        if (Codes.Has(condition.VerificationStatus, FhirSystems.ConditionVerificationStatus, "entered-in-error", "refuted"))
        {
            Unmapped(entry, UnmappedCodes.UnusableStatus, Codes.Describe(condition.VerificationStatus), "The condition is entered in error or refuted.");
            return;
        }

        if (Codes.Has(condition.Code, FhirSystems.IpsAbsentUnknown, "no-known-problems") || Codes.Has(condition.Code, FhirSystems.SnomedCt, "160245001"))
        {
            _noConditions = true;
            return;
        }

        if (Codes.Has(condition.Code, FhirSystems.IpsAbsentUnknown, "no-problem-info"))
        {
            return;
        }

        if (!Codes.Has(condition.ClinicalStatus, FhirSystems.ConditionClinicalStatus, ActiveClinicalStatuses))
        {
            Unmapped(entry, UnmappedCodes.Inactive, Codes.Describe(condition.ClinicalStatus), "Only conditions with an active clinical status are read.");
            return;
        }

        if (IsPregnancy(condition.Code))
        {
            var moment = FhirDates.Of(condition.Onset) ?? FhirDates.Parse(condition.RecordedDate);
            _pregnancy.Add(new Dated<bool?>(true, moment, entry, PregnantPath));
            return;
        }

        if (ChooseCoding(condition.Code) is not { } chosen)
        {
            Unmapped(entry, UnmappedCodes.NoUsableCode, Codes.Describe(condition.Code), "The condition has no ICD-10-CM or SNOMED CT code.");
            return;
        }

        var code = chosen.Coding.Code;
        if (code.Length > RequestLimits.MaxTextLength)
        {
            Unmapped(entry, UnmappedCodes.TooLong, null, "The condition's code is too long to be a code.");
            return;
        }

        if (_conditions.Count == RequestLimits.MaxConditions)
        {
            Unmapped(entry, UnmappedCodes.TooManyItems, code, "The request already holds the most conditions it accepts.");
            return;
        }

        var display = Codes.Display(condition.Code, chosen.Coding.System);
        _conditions.Add((new Condition(chosen.System, code) { Display = display is null ? null : Codes.Clip(display) }, entry.Source));
    }

    private static bool IsPregnancy(R4.CodeableConcept? code) =>
        Codes.In(code, FhirSystems.Icd10Cm).Any(c => StartsWithAny(IcdKey(c.Code), PregnancyIcdPrefixes))
        || Codes.Has(code, FhirSystems.SnomedCt, PregnancySnomedCodes);

    /// <summary>
    /// Chooses the coding to pass on: the first ICD-10-CM, then SNOMED CT, coding the knowledge base recognises; else the
    /// first ICD-10-CM coding; else the first SNOMED CT coding.
    /// </summary>
    private static (ConditionCodeSystem System, Coded Coding)? ChooseCoding(R4.CodeableConcept? code)
    {
        var candidates = Codes.In(code, FhirSystems.Icd10Cm).Select(c => (System: ConditionCodeSystem.Icd10Cm, Coding: c))
            .Concat(Codes.In(code, FhirSystems.SnomedCt).Select(c => (System: ConditionCodeSystem.SnomedCt, Coding: c)))
            .ToList();
        foreach (var candidate in candidates)
        {
            if (Recognised(candidate.System, candidate.Coding.Code))
            {
                return candidate;
            }
        }

        return candidates.Count == 0 ? null : candidates[0];
    }

    private static bool Recognised(ConditionCodeSystem system, string code) =>
        system == ConditionCodeSystem.Icd10Cm ? StartsWithAny(IcdKey(code), KnownIcdPrefixes) : KnownSnomedCodes.Contains(code);

    private static bool StartsWithAny(string key, string[] prefixes) => prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Reduces an ICD-10-CM code to upper-case letters and digits, so <c>z33.1</c> and <c>Z331</c> compare alike.</summary>
    private static string IcdKey(string code) => string.Concat(code.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private void ReadList(R4.List list, IndexedResource entry)
    {
        var nilKnown = list.Status == R4.List.ListStatus.Current
            && list.Entry.Count == 0
            && Codes.Has(list.EmptyReason, FhirSystems.ListEmptyReason, "nilknown");
        if (nilKnown && Codes.Has(list.Code, FhirSystems.Loinc, ProblemListLoinc))
        {
            _noConditions = true;
        }
        else if (nilKnown && Codes.Has(list.Code, FhirSystems.Loinc, MedicationListLoinc))
        {
            _noMedications = true;
        }
        else
        {
            Unmapped(entry, UnmappedCodes.UnsupportedResource, Codes.Describe(list.Code), "Only a current, empty problem list or medication list with the empty reason 'nilknown' is read.");
        }
    }
}
