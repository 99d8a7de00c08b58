using Cramps.Core;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>MedicationStatement and MedicationRequest, with their Medication resources, and statements that there are no known medicines.</summary>
internal sealed partial class HistoryReader
{
    /// <summary>The LOINC code of a medication list (history of medication use).</summary>
    private const string MedicationListLoinc = "10160-0";

    private void ReadMedicationStatement(R4.MedicationStatement statement, IndexedResource entry)
    {
        if (Concept(statement.Medication, statement, entry) is not { } concept)
        {
            return;
        }

        if (Codes.Has(concept, FhirSystems.IpsAbsentUnknown, "no-known-medications"))
        {
            _noMedications = true;
            return;
        }

        if (Codes.Has(concept, FhirSystems.IpsAbsentUnknown, "no-medication-info"))
        {
            return;
        }

        var status = Codes.Literal(statement.StatusElement);
        if (status != "active")
        {
            NotActive(entry, status);
            return;
        }

        AddMedication(concept, FhirDates.Of(statement.Effective), entry);
    }

    private void ReadMedicationRequest(R4.MedicationRequest request, IndexedResource entry)
    {
        if (Concept(request.Medication, request, entry) is not { } concept)
        {
            return;
        }

        var status = Codes.Literal(request.StatusElement);
        if (status != "active")
        {
            NotActive(entry, status);
            return;
        }

        AddMedication(concept, FhirDates.Parse(request.AuthoredOn), entry);
    }

    private void NotActive(IndexedResource entry, string? status)
    {
        if (status == "entered-in-error")
        {
            Unmapped(entry, UnmappedCodes.UnusableStatus, status, "The medicine is entered in error.");
        }
        else
        {
            Unmapped(entry, UnmappedCodes.Inactive, status, "Only medicines with the status active are read.");
        }
    }

    /// <summary>Gets the medicine's code: the CodeableConcept itself, or the code of the Medication resource it refers to.</summary>
    private R4.CodeableConcept? Concept(R4.DataType? medication, R4.DomainResource owner, IndexedResource entry)
    {
        switch (medication)
        {
            case R4.CodeableConcept concept:
                return concept;
            case R4.ResourceReference { Reference: { Length: > 0 } reference }:
                if (_index.Resolve(reference, owner, out var target) is R4.Medication resolved)
                {
                    if (target is not null)
                    {
                        _referencedMedications.Add(target);
                    }

                    return resolved.Code ?? new R4.CodeableConcept();
                }

                Unmapped(entry, UnmappedCodes.UnresolvedReference, null, "The Medication the resource refers to is not in the input.");
                return null;
            default:
                Unmapped(entry, UnmappedCodes.NoUsableCode, null, "The resource names no medicine.");
                return null;
        }
    }

    /// <summary>
    /// Adds an active medicine: by its first ATC code, and by name, so the knowledge base matches the generic and brand
    /// names inside it as it matches any medicine name: the generic names the knowledge base's RxNorm table gives for its
    /// RxNorm codes, followed by the RxNorm display (else the text, else any display) in brackets; the display alone when it
    /// already names them. A medicine with neither still counts, by its code, as a
    /// medicine the patient takes: the new-medicine rule needs every medicine and its start date.
    /// </summary>
    private void AddMedication(R4.CodeableConcept concept, FhirMoment? started, IndexedResource entry)
    {
        var atc = Codes.In(concept, FhirSystems.Atc).Select(c => c.Code).FirstOrDefault();
        var display = Codes.Display(concept, FhirSystems.RxNorm);
        var generics = Codes.In(concept, FhirSystems.RxNorm).SelectMany(c => Knowledge.FindGenericNamesByRxNorm(c.Code)).Distinct(StringComparer.Ordinal).ToList();
        var named = display is not null && generics.All(g => display.Contains(g, StringComparison.OrdinalIgnoreCase));
        var name = generics.Count > 0 && !named
            ? string.Join(" / ", generics) + (display is null ? string.Empty : " (" + display + ")")
            : display ?? (atc is null ? Codes.AnyCode(concept) : null);
        if (atc is null && name is null)
        {
            Unmapped(entry, UnmappedCodes.NoUsableCode, null, "The medicine has no code, display or text.");
            return;
        }

        if (atc is { Length: > RequestLimits.MaxTextLength })
        {
            Unmapped(entry, UnmappedCodes.TooLong, null, "The medicine's ATC code is too long to be a code.");
            return;
        }

        if (AfterAsOf(started?.Date, entry))
        {
            return;
        }

        if (_medications.Count == RequestLimits.MaxMedications)
        {
            Unmapped(entry, UnmappedCodes.TooManyItems, atc ?? Codes.Describe(concept), "The request already holds the most medicines it accepts.");
            return;
        }

        var medication = new Medication(name is null ? null : Codes.Clip(name), atc is null ? null : MedicationCodeSystem.Atc, atc) { StartedOn = started?.Date };
        _medications.Add((medication, entry.Source));
    }
}
