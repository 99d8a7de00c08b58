// A consumer of the Cramps.Core package: registers the evaluator, assesses a request read from JSON and one built in
// code, and checks what a consumer relies on. Exits 0 when every check holds, 1 otherwise.
using System.Reflection;
using Cramps.Core;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddCrampEvaluator(thresholds => thresholds.OlderAgeYears = 65);
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
var evaluator = provider.GetRequiredService<ICrampEvaluator>();

// The documentation's example request, read as JSON (its path is the first argument).
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Cramps.Consumer REQUEST.json");
    return 2;
}

var parsed = CrampJson.ParseRequest(File.ReadAllBytes(args[0]));
if (!parsed.IsValid)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, parsed.Errors));
    return 1;
}

var assessment = evaluator.Evaluate(parsed.Request, EvaluationOptions.WithTrace);
var resultJson = CrampJson.Serialize(assessment);
var roundTrip = CrampJson.ParseRequest(CrampJson.Serialize(parsed.Request));

// A request built in code: chest pain during a cramp is an emergency.
var emergency = evaluator.Evaluate(new AssessmentRequest(
    new PatientHistory { Symptoms = new Symptoms { ChestPainOrBreathlessness = true } },
    [new CrampEpisode([MuscleRegion.Calf, MuscleRegion.Chest]) { DurationSeconds = 60 }],
    new DateOnly(2026, 11, 25)));
// A request built in code with typed ids: a misspelt id would not compile.
var typed = evaluator.Evaluate(new AssessmentRequest(new PatientHistory
{
    Conditions = [new Condition(ConditionId.HeartFailure)],
    Labs = [new LabResult(LabTestId.Potassium, 3.2, "mmol/L")],
}));
var invalid = CrampJson.ParseRequest("""{"schemaVersion":"1","patient":{"ageYears":200}}""");

var failures = new List<string>();
void Check(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

Check(assessment.Urgency == Urgency.Soon, $"urgency is Soon (was {assessment.Urgency})");
Check(assessment.UrgencyReasons.SequenceEqual(["flag-new-medicine"]), "the urgency's reason is flag-new-medicine");
Check(assessment.RiskFactors.Any(f => f.Id == "hypokalemia" && f.Evidence[0].Path == "$.patient.labs[0]"), "hypokalemia is present with its evidence");
Check(assessment.Trace?.Count == KnowledgeBase.Default.Rules.Count, "the trace has one entry per rule");
Check(assessment.KnowledgeBase.Overrides.TryGetValue("olderAgeYears", out var older) && older == 65, "the configured threshold is an override");
Check(roundTrip.IsValid && CrampJson.Serialize(evaluator.Evaluate(roundTrip.Request, EvaluationOptions.WithTrace)) == resultJson, "a request written and read back gives the same result JSON");
Check(emergency.Urgency == Urgency.Emergency && emergency.Advice[0].Id == "advice-emergency", "chest pain is an emergency, with its advice first");
Check(typed.UnrecognisedInputs.Count == 0 && typed.RiskFactors.Any(f => f.Id == "hypokalemia") && typed.RiskFactors.Any(f => f.Id == "heart-failure"), "typed ids name known conditions and tests");
Check(new Medication("hydrochlorothiazide").IsIn(MedicineClassId.DiureticThiazide), "hydrochlorothiazide is a thiazide diuretic");
Check(!invalid.IsValid && invalid.Errors.Single().Code == ValidationCodes.OutOfRange, "an invalid request is reported, not thrown");

var version = typeof(CrampEvaluator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"Cramps.Core {version}, knowledge base {assessment.KnowledgeBase.Edition}: urgency {assessment.Urgency}");
foreach (var failure in failures)
{
    Console.Error.WriteLine("FAILED: " + failure);
}

return failures.Count == 0 ? 0 : 1;
