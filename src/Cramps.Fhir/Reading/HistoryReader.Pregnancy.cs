using R4 = Hl7.Fhir.Model;

namespace Cramps.Fhir.Reading;

/// <summary>Pregnancy status, from Observations (LOINC 82810-3) and pregnancy Conditions: the latest recent statement wins.</summary>
internal sealed partial class HistoryReader
{
    private static readonly string[] PregnantAnswers = ["LA15173-0", "77386006"];
    private static readonly string[] NotPregnantAnswers = ["LA26683-5", "60001007"];
    private static readonly string[] UnknownAnswers = ["LA4489-6", "261665006"];

    private void ReadPregnancyStatus(R4.Observation observation, FhirMoment? moment, IndexedResource entry)
    {
        var answer = observation.Value as R4.CodeableConcept;
        bool? value;
        if (Answer(answer, PregnantAnswers))
        {
            value = true;
        }
        else if (Answer(answer, NotPregnantAnswers))
        {
            value = false;
        }
        else if (Answer(answer, UnknownAnswers))
        {
            value = null;
        }
        else
        {
            Unmapped(entry, UnmappedCodes.NoValue, Codes.Describe(answer), "The pregnancy status has no answer the reader knows (LOINC LA15173-0, LA26683-5, LA4489-6 or their SNOMED CT concepts).");
            return;
        }

        _pregnancy.Add(new Dated<bool?>(value, moment, entry, PregnantPath));
    }

    private static bool Answer(R4.CodeableConcept? answer, string[] codes) =>
        Codes.Has(answer, FhirSystems.Loinc, codes) || Codes.Has(answer, FhirSystems.SnomedCt, codes);

    /// <summary>
    /// Decides pregnancy from the statements: those after asOf or older than
    /// <see cref="FhirRequestReader.PregnancyStatusMaxAgeDays"/> are left out, the latest of the rest wins, and
    /// statements of the same latest moment that disagree leave pregnancy unknown.
    /// </summary>
    private bool? ReadPregnancy(DateOnly? referenceDate, Dictionary<string, FhirSource> sources)
    {
        var recent = new List<Dated<bool?>>(_pregnancy.Count);
        foreach (var statement in _pregnancy)
        {
            if (AfterAsOf(statement.Moment?.Date, statement.Entry))
            {
                continue;
            }

            if (referenceDate is { } on && statement.Moment is { } moment && on.DayNumber - moment.Date.DayNumber > FhirRequestReader.PregnancyStatusMaxAgeDays)
            {
                Unmapped(statement.Entry, UnmappedCodes.Stale, null, "The pregnancy status is older than 42 weeks, so it says nothing about today.");
                continue;
            }

            recent.Add(statement);
        }

        var latest = Latest(recent, "A later pregnancy status supersedes this one.");
        if (latest.Count == 0)
        {
            return null;
        }

        if (latest.Select(s => s.Value).Distinct().Count() > 1)
        {
            foreach (var statement in latest)
            {
                Unmapped(statement.Entry, UnmappedCodes.Conflicting, null, "Pregnancy statements of the same date disagree, so pregnancy stays unknown.");
            }

            return null;
        }

        if (latest[0].Value is not null)
        {
            sources[PregnantPath] = latest[0].Entry.Source;
        }

        return latest[0].Value;
    }
}
