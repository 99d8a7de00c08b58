using Hl7.Fhir.Model;
using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>Finds the latest date of any kind a resource states, which the reader takes as today when no asOf is given.</summary>
/// <remarks>
/// Every date, date-time and instant element counts (onset, recorded, effective, issued, authored, period start and end,
/// encounter periods, billing periods …), except those that say nothing about when care happened: <c>meta</c> (when a
/// server stored the record), the patient's <c>birthDate</c> and <c>deceased[x]</c>, contained resources, and the
/// validity and expiry elements that lie in the future by design (<c>dispenseRequest</c>, <c>validityPeriod</c>,
/// <c>expirationDate</c>). A partial date counts as its first day.
/// </remarks>
internal static class InputDates
{
    /// <summary>Element names whose subtree is not read: storage metadata, planning, validity and expiry.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "meta", "birthDate", "dispenseRequest", "expirationDate", "validityPeriod", "contained", "deceased",
    };

    /// <summary>Gets whether the dates below an element of this name are not read.</summary>
    public static bool IsSkipped(string elementName) => Skipped.Contains(elementName);

    /// <summary>Gets the latest calendar date stated anywhere in the resource, or <see langword="null"/> when it states none.</summary>
    public static DateOnly? Latest(R4.Resource resource) => Walk(resource, 0);

    private static DateOnly? Walk(Base element, int depth)
    {
        DateOnly? latest = null;

        // A primitive without extensions holds only its own value, which is no element to look into.
        if (depth > 32 || (element is PrimitiveType primitive && primitive.Extension.Count == 0))
        {
            return null;
        }

        foreach (var child in element.EnumerateElements())
        {
            if (Skipped.Contains(child.Key))
            {
                continue;
            }

            switch (child.Value)
            {
                case Base single:
                    latest = Max(latest, DateOf(single) ?? Walk(single, depth + 1));
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Base itemBase)
                        {
                            latest = Max(latest, DateOf(itemBase) ?? Walk(itemBase, depth + 1));
                        }
                    }

                    break;
            }
        }

        return latest;
    }

    private static DateOnly? DateOf(Base value) =>
        value switch
        {
            R4.FhirDateTime dateTime => FhirDates.Range(dateTime.Value)?.Earliest,
            R4.Date date => FhirDates.Range(date.Value)?.Earliest,
            R4.Instant { Value: { } instant } => DateOnly.FromDateTime(instant.DateTime),
            _ => null,
        };

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
