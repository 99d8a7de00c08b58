using Cramps.Core.Knowledge;

namespace Cramps.Core.Benchmarks.Engines;

/// <summary>Checks that the engines and Cramps.Core compute the same rule outcomes, so that the comparison is honest.</summary>
public static class Agreement
{
    /// <summary>Compares the present rules of every engine on every patient.</summary>
    /// <param name="compared">The rule ids compared.</param>
    /// <param name="knowledgeBase">The knowledge base the ids must belong to.</param>
    /// <param name="patients">The patients.</param>
    /// <param name="cramps">Cramps.Core's present rules of the patient at an index.</param>
    /// <param name="rulesEngine">RulesEngine's successful rules of a patient.</param>
    /// <param name="nrules">NRules' fired rules of a patient.</param>
    /// <exception cref="InvalidOperationException">A rule is not in the knowledge base, or the engines disagree on a patient; the message says where.</exception>
    public static void Check(
        IReadOnlySet<string> compared,
        KnowledgeBase knowledgeBase,
        PatientRecord[] patients,
        Func<int, IEnumerable<string>> cramps,
        Func<PatientRecord, IEnumerable<string>> rulesEngine,
        Func<PatientRecord, IEnumerable<string>> nrules)
    {
        var unknown = compared.Where(id => knowledgeBase.RiskFactors.All(f => f.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException("The workflow has rules that are not risk factors: " + string.Join(", ", unknown));
        }

        var present = new Dictionary<string, int>();
        for (var i = 0; i < patients.Length; i++)
        {
            var ours = cramps(i).Order(StringComparer.Ordinal).ToList();
            Same("RulesEngine", i, ours, rulesEngine(patients[i]));
            Same("NRules", i, ours, nrules(patients[i]));
            foreach (var id in ours)
            {
                present[id] = present.GetValueOrDefault(id) + 1;
            }
        }

        // Every compared rule is present for some patient and absent for another, or the comparison would prove little.
        var constant = compared.Where(id => present.GetValueOrDefault(id) is 0 || present[id] == patients.Length).ToList();
        if (constant.Count > 0)
        {
            throw new InvalidOperationException("These rules have the same outcome for every generated patient: " + string.Join(", ", constant));
        }
    }

    private static void Same(string engine, int patient, List<string> ours, IEnumerable<string> theirs)
    {
        var sorted = theirs.Order(StringComparer.Ordinal).ToList();
        if (!ours.SequenceEqual(sorted))
        {
            throw new InvalidOperationException(
                $"{engine} and Cramps.Core disagree on patient {patient}: Cramps.Core [{string.Join(", ", ours)}], {engine} [{string.Join(", ", sorted)}].");
        }
    }
}
