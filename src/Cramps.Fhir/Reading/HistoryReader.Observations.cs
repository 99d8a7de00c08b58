using System.Globalization;
using Cramps.Core;
using Cramps.Core.Knowledge;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>Laboratory Observations (the newest dated result per test decides) and pregnancy status Observations.</summary>
internal sealed partial class HistoryReader
{
    /// <summary>The LOINC code of pregnancy status.</summary>
    private const string PregnancyStatusLoinc = "82810-3";

    /// <summary>Observation statuses whose value is read; preliminary counts, so a critical preliminary result is not ignored.</summary>
    private static readonly string[] ResultedStatuses = ["final", "amended", "corrected", "preliminary"];

    /// <summary>
    /// The thresholds each test's rules compare with, by lab id. A comparator is read only for these tests; calcium and
    /// albumin are corrected against each other, so their rules have no fixed cut-off and a comparator leaves them unknown.
    /// </summary>
    private static readonly Dictionary<string, string[]> CutOffs = new(StringComparer.Ordinal)
    {
        ["potassium"] = ["potassiumLow", "potassiumUrgent", "potassiumEmergency", "potassiumHighUrgent", "potassiumHighEmergency"],
        ["sodium"] = ["sodiumLow", "sodiumUrgent", "sodiumEmergency"],
        ["magnesium"] = ["magnesiumLow", "magnesiumUrgent"],
        ["ionized-calcium"] = ["ionizedCalciumLow", "ionizedCalciumUrgent"],
        ["tsh"] = ["tshLow", "tshHigh"],
        ["egfr"] = ["egfrLow"],
    };

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

        if (AfterAsOf(moment?.Date, entry))
        {
            return;
        }

        _labs.Add(new Dated<LabReading>(ReadQuantity(observation, test, loinc, moment), moment, entry, test.Id));
    }

    /// <summary>Reads an observation's value as a number in an accepted unit, or says why it cannot be read.</summary>
    private LabReading ReadQuantity(R4.Observation observation, LabTest test, string loinc, FhirMoment? moment)
    {
        if (observation.Value is not R4.Quantity { Value: { } value } quantity)
        {
            var kind = observation.Value?.TypeName;
            return LabReading.Unreadable(
                test,
                UnmappedCodes.NoValue,
                kind,
                kind is null ? "The observation has no value." : "The value is not a quantity, so it cannot be read as a number.");
        }

        var number = (double)value;
        if (number is < 0 or > RequestLimits.MaxLabValue)
        {
            return LabReading.Unreadable(test, UnmappedCodes.OutOfRange, null, string.Create(CultureInfo.InvariantCulture, $"The value is out of the range 0 to {RequestLimits.MaxLabValue}."));
        }

        if (AcceptedUnit(test, quantity) is not { } unit)
        {
            return LabReading.Unreadable(
                test,
                UnmappedCodes.UnsupportedUnit,
                quantity.Code ?? quantity.Unit,
                "The unit is not a UCUM unit accepted for " + test.Id + "; accepted units: " + string.Join(", ", test.AcceptedUnits.Select(u => u.Unit)) + ".");
        }

        var comparator = Codes.Literal(quantity.ComparatorElement);
        var written = value.ToString(CultureInfo.InvariantCulture);
        var text = (comparator is null ? string.Empty : comparator + " ") + written + " " + unit.Unit
            + (moment is { } m ? ", collected " + CodeText(m.Date) : ", undated");
        if (comparator is null)
        {
            return new LabReading(test, new LabResult(null, loinc, number, unit.Unit) { CollectedOn = moment?.Date }, text, null, null, null);
        }

        if (Representative(test, comparator, value, unit) is not { } stands)
        {
            return LabReading.Unreadable(
                test,
                UnmappedCodes.InexactValue,
                comparator,
                "The value has a comparator, and a threshold of the test lies within the range it allows, so the test is unknown.");
        }

        return new LabReading(test, new LabResult(null, loinc, stands, unit.Unit) { CollectedOn = moment?.Date }, text, null, null, null);
    }

    /// <summary>
    /// Gets a value that every rule over the test decides the same way as every value the comparator allows, or
    /// <see langword="null"/> when a threshold lies within the allowed range (the rule would be undecided).
    /// </summary>
    /// <remarks>
    /// <c>&lt;X</c> stands for X less a hundredth of the source's last digit when every threshold is at or above X;
    /// <c>&lt;=X</c> for X when every threshold is above X; <c>&gt;X</c> for X plus that hundredth when every threshold is
    /// at or below X; <c>&gt;=X</c> for X when every threshold is below X. Thresholds are compared in the canonical unit.
    /// </remarks>
    private double? Representative(LabTest test, string comparator, decimal value, LabUnit unit)
    {
        if (!CutOffs.TryGetValue(test.Id, out var names))
        {
            return null;
        }

        var cutOffs = names.Select(ThresholdValue).OfType<double>().ToList();
        var bound = (double)value * unit.Factor;
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        var step = Math.Pow(10, -(scale + 2));
        return comparator switch
        {
            "<" when cutOffs.All(t => t >= bound) && (double)value - step >= 0 => (double)value - step,
            "<=" when cutOffs.All(t => t > bound) => (double)value,
            ">" when cutOffs.All(t => t <= bound) => (double)value + step,
            ">=" when cutOffs.All(t => t < bound) => (double)value,
            _ => null,
        };
    }

    private double? ThresholdValue(string name)
    {
        if (Knowledge.Thresholds.FirstOrDefault(t => t.Name == name) is not { } known)
        {
            return null;
        }

        return _thresholds is null ? known.DefaultValue : _thresholds[name];
    }

    /// <summary>Finds the knowledge base's unit a UCUM quantity is in, by its code, else by its unit text, else by a unit form the knowledge base maps.</summary>
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

            if (Knowledge.FindLabUnitForm(test.Id, text) is { } form && test.AcceptedUnits.FirstOrDefault(u => u.Unit == form) is { } mapped)
            {
                return mapped;
            }
        }

        return null;
    }

    private static string UnitKey(string unit) =>
        string.Concat(unit.Where(c => c is not ('[' or ']' or '{' or '}' or '_' or ' ')))
            .Replace('\u00B5', 'u')
            .Replace('\u03BC', 'u')
            .ToUpperInvariant();

    private static string CodeText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Chooses the lab results the request gets: per test, the results of the newest dated moment and every undated
    /// result; when one of those cannot be read, the test is unknown and none of its results is passed on.
    /// </summary>
    private List<Dated<LabReading>> CountedLabs()
    {
        var kept = new List<Dated<LabReading>>(_labs.Count);
        foreach (var group in _labs.GroupBy(l => l.Group))
        {
            var dated = group.Where(i => i.Moment is not null).ToList();
            FhirMoment? latest = dated.Count == 0 ? null : dated.Select(i => i.Moment!.Value).Aggregate((a, b) => b.CompareTo(a) > 0 ? b : a);
            var counted = group.Where(i => i.Moment is null || i.Moment.Value.CompareTo(latest!.Value) == 0).ToList();
            if (counted.Any(c => c.Value.Result is null))
            {
                foreach (var item in group)
                {
                    if (item.Value.Result is null)
                    {
                        Unmapped(item.Entry, item.Value.Code!, item.Value.CodeValue, item.Value.Message! + " The test stays unknown: no other result stands in for it.");
                    }
                    else
                    {
                        Unmapped(item.Entry, UnmappedCodes.TestUnknown, null, "A result of this test counted now cannot be read, so the test is unknown; this result does not stand in for it.");
                    }
                }

                continue;
            }

            foreach (var item in group)
            {
                if (counted.Contains(item))
                {
                    kept.Add(item);
                }
                else
                {
                    Unmapped(item.Entry, UnmappedCodes.Superseded, null, "A later result of the same test supersedes this one.");
                }
            }
        }

        return [.. kept.OrderBy(i => i.Entry.Position)];
    }

    /// <summary>A lab result read from an Observation, with the text it was written as; or why it cannot be read.</summary>
    private sealed record LabReading(LabTest Test, LabResult? Result, string? Text, string? Code, string? CodeValue, string? Message)
    {
        public static LabReading Unreadable(LabTest test, string code, string? value, string message) => new(test, null, null, code, value, message);
    }
}
