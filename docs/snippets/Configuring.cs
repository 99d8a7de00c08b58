using Cramps.Core;
using Cramps.Core.Configuration;
using Cramps.Core.Knowledge;
using Cramps.Core.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cramps.Docs.Snippets;

/// <summary>The examples of the configuration article: thresholds in code, from configuration, and validation.</summary>
internal static class Configuring
{
    /// <summary>Creates an evaluator with two thresholds changed and prints how assessments record it.</summary>
    public static CrampEvaluator ThresholdsInCode()
    {
        #region thresholds-in-code
        var thresholds = new CrampThresholds
        {
            OlderAgeYears = 65,    // the knowledge base's default is 50
            PotassiumLow = 3.4,    // mmol/L; the default is 3.5
        };
        var evaluator = new CrampEvaluator(thresholds);   // validates and copies the thresholds

        // Assessments list the thresholds that differ from the defaults; their content hash covers them.
        foreach (var (name, value) in evaluator.Identity.Overrides)
        {
            Console.WriteLine($"{name} = {value}");
        }

        Console.WriteLine(evaluator.Identity.ContentHash == KnowledgeBase.Default.ContentHash);
        #endregion
        return evaluator;
    }

    /// <summary>Registers the evaluator in a host whose thresholds come from appsettings.json.</summary>
    public static ICrampEvaluator FromConfiguration(string[] args)
    {
        #region dependency-injection
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
        builder.Services
            .AddCrampEvaluator()                       // a singleton CrampEvaluator, also as ICrampEvaluator
            .BindThresholds("Cramps:Thresholds");      // thresholds from appsettings.json, environment, ...

        using IHost host = builder.Build();
        var evaluator = host.Services.GetRequiredService<ICrampEvaluator>();
        Console.WriteLine(string.Join(", ", evaluator.Identity.Overrides.Select(o => $"{o.Key} = {o.Value}")));
        #endregion
        return evaluator;
    }

    /// <summary>Starts a host whose thresholds are misconfigured; prints every problem and returns 1.</summary>
    public static int InvalidThresholds(string[] args)
    {
        #region invalid-thresholds
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
        builder.Services
            .AddCrampEvaluator(t => t.PotassiumUrgent = 3.6)   // must stay below potassiumLow
            .BindThresholds("Cramps:Thresholds");

        using IHost host = builder.Build();
        try
        {
            host.Start();                                      // validates the thresholds, as an app's start does
        }
        catch (OptionsValidationException exception)
        {
            foreach (string failure in exception.Failures)    // every problem, each once
            {
                Console.Error.WriteLine(failure);
            }

            return 1;
        }
        #endregion

        host.StopAsync().GetAwaiter().GetResult();
        return 0;
    }

    /// <summary>Parses a request with several problems and prints every error.</summary>
    public static RequestParseResult InvalidRequest()
    {
        #region invalid-request
        var json = """
            {
              "schemaVersion": "1",
              "asOf": "2026-11-25",
              "patient": { "ageYear": 74, "labs": [{ "test": "potassium", "value": 3.2, "unit": "mg/dL" }] },
              "episodes": [{ "muscles": ["calf"], "painScore": 11, "setting": "sleeping" }]
            }
            """;

        RequestParseResult parsed = CrampJson.ParseRequest(json);
        foreach (ValidationError error in parsed.Errors)
        {
            Console.WriteLine($"{error.Path} [{error.Code}] {error.Message}");
        }
        #endregion
        return parsed;
    }
}
