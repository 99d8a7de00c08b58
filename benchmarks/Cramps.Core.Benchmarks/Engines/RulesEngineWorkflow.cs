using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;

namespace Cramps.Core.Benchmarks.Engines;

/// <summary>
/// The knowledge base's medication, lab, lifestyle and condition rules written as a Microsoft RulesEngine workflow
/// (<c>cramps-rules.json</c>), and run on a patient.
/// </summary>
/// <remarks>
/// RulesEngine has no unknown: a rule is true or false. The generated patients answer every input the rules read, except
/// lab results, which may be missing; Cramps.Core calls a rule over a missing lab unknown, and the comparison counts
/// unknown as not present, as the workflow's false does.
/// </remarks>
public sealed class RulesEngineWorkflow
{
    /// <summary>The workflow's name in <c>cramps-rules.json</c>.</summary>
    public const string WorkflowName = "cramps-risk-factors";

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineWorkflow()
    {
        Workflows = Load();
        _engine = new RulesEngine.RulesEngine(Workflows, new ReSettings());
    }

    /// <summary>Gets the workflows read from <c>cramps-rules.json</c>.</summary>
    public Workflow[] Workflows { get; }

    /// <summary>Gets the names of the rules, which are the knowledge base's risk-factor ids.</summary>
    public IEnumerable<string> RuleNames => Workflows.Single().Rules.Select(r => r.RuleName);

    /// <summary>Reads the workflow file copied beside the benchmarks.</summary>
    /// <returns>The workflows.</returns>
    public static Workflow[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Engines", "cramps-rules.json");
        return JsonSerializer.Deserialize<Workflow[]>(File.ReadAllText(path), JsonOptions) ?? throw new InvalidOperationException("The workflow file is empty.");
    }

    /// <summary>Runs every rule of the workflow on a patient.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>One result per rule.</returns>
    /// <remarks>The rules run synchronously: the completed value is taken as it is, without allocating a task.</remarks>
    public List<RuleResultTree> Run(PatientRecord patient)
    {
        var pending = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("patient", patient));
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }
}
