using System.Globalization;
using Cramps.Core;
using Cramps.Core.Knowledge;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>Laboratory Observations (latest per test) and pregnancy status Observations.</summary>
internal sealed partial class HistoryReader
{
    /// <summary>The LOINC code of pregnancy status.</summary>
    private const string PregnancyStatusLoinc = "82810-3";

    /// <summary>Observation statuses whose value is read; preliminary counts, so a critical preliminary result is not ignored.</summary>
    private static readonly string[] ResultedStatuses = ["final", "amended", "corrected", "preliminary"];

    private void ReadObservation(R4.Observation observation, IndexedResource entry)
    {
        var status = Codes.Literal(observation.StatusElement);
        if (!ResultedStatuses.Contains(status, StringComparer.Ordinal))
        {
            Unmapped(entry, UnmappedCodes.UnusableStatus, status, "Only final, amended, corrected or preliminary observations are read.");
            return;
        }

        var moment = FhirDates.Of(observation.Effective);
        if (Codes.Has(observation.Code, FhirSystems.Loinc, PregnancyStatusLoinc))
        {
            ReadPregnancyStatus(observation, moment, entry);
            return;
        }

        var (loinc, test) = Codes.In(observation.Code, FhirSystems.Loinc)
            .Select(c => (c.Code, Test: Knowledge.FindLabTestByLoinc(c.Code)))
            .FirstOrDefault(c => c.Test is not null);
        if (test is null)
        {
            Unmapped(entry, UnmappedCodes.NoUsableCode, Codes.Describe(observation.Code), "The observation's LOINC code is not a test the knowledge base reads.");
            return;
        }

        if (ReadQuantity(observation, test, entry) is not { } reading || AfterAsOf(moment?.Date, entry))
        {
            return;
        }

        var lab = new LabResult(null, loinc, reading.Value, reading.Unit) { CollectedOn = moment?.Date };
        _labs.Add(new Dated<LabResult>(lab, moment, entry, test.Id));
    }

    private (double Value, string Unit)? ReadQuantity(R4.Observation observation, LabTest test, IndexedResource entry)
    {
        if (observation.Value is not R4.Quantity { Value: { } value } quantity)
        {
            Unmapped(entry, UnmappedCodes.NoValue, null, "The observation has no quantity value.");
            return null;
        }

        if (quantity.Comparator is not null)
        {
            Unmapped(entry, UnmappedCodes.InexactValue, Codes.Literal(quantity.ComparatorElement), "The value has a comparator, so its exact value is unknown.");
            return null;
        }

        var number = (double)value;
        if (number is < 0 or > RequestLimits.MaxLabValue)
        {
            Unmapped(entry, UnmappedCodes.OutOfRange, null, string.Create(CultureInfo.InvariantCulture, $"The value is out of the range 0 to {RequestLimits.MaxLabValue}."));
            return null;
        }

        if (AcceptedUnit(test, quantity) is not { } unit)
        {
            Unmapped(
                entry,
                UnmappedCodes.UnsupportedUnit,
                quantity.Code ?? quantity.Unit,
                "The unit is not a UCUM unit accepted for " + test.Id + "; accepted units: " + string.Join(", ", test.AcceptedUnits.Select(u => u.Unit)) + ".");
            return null;
        }

        return (number, unit.Unit);
    }

    /// <summary>Finds the knowledge base's unit a UCUM quantity is in, by its code, else by its unit text.</summary>
    /// <remarks>UCUM annotations and brackets are dropped before comparing, so <c>m[IU]/L</c> is mIU/L and <c>mL/min/{1.73_m2}</c> is mL/min/1.73m2.</remarks>
    private static LabUnit? AcceptedUnit(LabTest test, R4.Quantity quantity)
    {
        if (quantity.System is not null && !string.Equals(quantity.System, FhirSystems.Ucum, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var text in new[] { quantity.Code, quantity.Unit })
        {
            if (text is null)
            {
                continue;
            }

            var key = UnitKey(text);
            if (test.AcceptedUnits.FirstOrDefault(u => UnitKey(u.Unit) == key) is { } unit)
            {
                return unit;
            }
        }

        return null;
    }

    private static string UnitKey(string unit) =>
        string.Concat(unit.Where(c => c is not ('[' or ']' or '{' or '}' or '_' or ' ')))
            .Replace('\u00B5', 'u')
            .Replace('\u03BC', 'u')
            .ToUpperInvariant();
}
