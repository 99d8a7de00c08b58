using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace Cramps.Core.Benchmarks.Engines;

/// <summary>
/// The same rules in NRules, a Rete-network engine: each workflow expression, parsed by RulesEngine's own parser so that
/// both engines apply exactly the same conditions, becomes the condition of one NRules rule whose action records its name.
/// </summary>
/// <remarks>One session is reused: each patient is inserted, the rules fire, and the patient is retracted.</remarks>
public sealed class NRulesSession
{
    [ThreadStatic]
    private static List<string>? _fired;

    private readonly ISession _session;

    public NRulesSession(IEnumerable<Workflow> workflows)
    {
        var parser = new RuleExpressionParser(new ReSettings());
        var patient = Expression.Parameter(typeof(PatientRecord), "patient");
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var record = typeof(NRulesSession).GetMethod(nameof(Record), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var rules = new List<IRuleDefinition>();
        foreach (var rule in workflows.Single().Rules)
        {
            var builder = new RuleBuilder();
            builder.Name(rule.RuleName);
            var condition = parser.Parse(rule.Expression, [patient], typeof(bool));
            builder.LeftHandSide().Pattern(typeof(PatientRecord), patient.Name).Condition(Expression.Lambda(condition, patient));
            builder.RightHandSide().Action(Expression.Lambda<Action<IContext, PatientRecord>>(
                Expression.Call(record, Expression.Constant(rule.RuleName)), context, patient));
            rules.Add(builder.Build());
        }

        var repository = new RuleSet("cramps-risk-factors");
        repository.Add(rules);
        _session = new NRules.RuleCompiler().Compile([repository]).CreateSession();
    }

    /// <summary>Fires the rules on a patient.</summary>
    /// <param name="patient">The patient.</param>
    /// <returns>The names of the rules that fired, in firing order; the list is reused by the next call on this thread.</returns>
    public List<string> Run(PatientRecord patient)
    {
        var fired = _fired ??= [];
        fired.Clear();
        _session.Insert(patient);
        _session.Fire();
        _session.Retract(patient);
        return fired;
    }

    private static void Record(string rule) => _fired!.Add(rule);
}
