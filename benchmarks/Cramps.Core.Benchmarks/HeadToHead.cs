using BenchmarkDotNet.Attributes;
using Cramps.Core.Benchmarks.Engines;

namespace Cramps.Core.Benchmarks;

/// <summary>
/// Scenario 4, head to head: the knowledge base's 42 medication, lab, lifestyle and condition rules on the same generated
/// patients, in Microsoft RulesEngine (the baseline), in NRules, and in Cramps.Core. Reported per patient.
/// </summary>
/// <remarks>
/// <para>
/// The engines get the patient as plain data and compute only the 42 rules. Cramps.Core gets the same facts as its
/// request model and computes a whole assessment (every risk factor and red flag, categories, questions, advice), from
/// which the comparison reads the present risk factors. <see cref="CrampsFromRecord"/> also builds that request from the
/// plain data inside the measurement (codes and names are resolved when the model is built), so it starts where the
/// engines start.
/// </para>
/// <para>
/// <see cref="Setup"/> runs all three on every patient and fails unless they agree on every rule: the engines' true is
/// Cramps.Core's present, and their false is its absent or unknown (RulesEngine has no unknown).
/// </para>
/// </remarks>
public class HeadToHead
{
    public const int Patients = 1_000;

    private RulesEngineWorkflow _rulesEngine = null!;
    private NRulesSession _nrules = null!;
    private CrampEvaluator _evaluator = null!;
    private PatientRecord[] _patients = null!;
    private AssessmentRequest[] _requests = null!;
    private HashSet<string> _compared = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rulesEngine = new RulesEngineWorkflow();
        _nrules = new NRulesSession(_rulesEngine.Workflows);
        _evaluator = new CrampEvaluator();
        _patients = PatientGenerator.Generate(Patients);
        _requests = [.. _patients.Select(PatientGenerator.ToRequest)];
        _compared = [.. _rulesEngine.RuleNames];
        Agreement.Check(_compared, _evaluator.KnowledgeBase, _patients, Ours, p => _rulesEngine.Run(p).Where(r => r.IsSuccess).Select(r => r.Rule.RuleName), p => _nrules.Run(p));

        IEnumerable<string> Ours(int i) => _evaluator.Evaluate(_requests[i]).RiskFactors.Select(f => f.Id).Where(_compared.Contains);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Patients)]
    public int RulesEngine()
    {
        var present = 0;
        foreach (var patient in _patients)
        {
            foreach (var result in _rulesEngine.Run(patient))
            {
                present += result.IsSuccess ? 1 : 0;
            }
        }

        return present;
    }

    [Benchmark(OperationsPerInvoke = Patients)]
    public int NRules()
    {
        var present = 0;
        foreach (var patient in _patients)
        {
            present += _nrules.Run(patient).Count;
        }

        return present;
    }

    /// <summary>Cramps.Core on requests already in its model.</summary>
    [Benchmark(OperationsPerInvoke = Patients)]
    public int Cramps()
    {
        var present = 0;
        foreach (var request in _requests)
        {
            present += _evaluator.Evaluate(request).RiskFactors.Count;
        }

        return present;
    }

    /// <summary>Cramps.Core from the engines' plain data: build the request, then evaluate it.</summary>
    [Benchmark(OperationsPerInvoke = Patients)]
    public int CrampsFromRecord()
    {
        var present = 0;
        foreach (var patient in _patients)
        {
            present += _evaluator.Evaluate(PatientGenerator.ToRequest(patient)).RiskFactors.Count;
        }

        return present;
    }
}
