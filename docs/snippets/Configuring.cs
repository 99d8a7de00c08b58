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
            .BindConfiguration("Cramps:Thresholds");   // thresholds from appsettings.json, environment, ...

        using IHost host = builder.Build();
        var evaluator = host.Services.GetRequiredService<ICrampEvaluator>();
        Console.WriteLine(string.Join(", ", evaluator.Identity.Overrides.Select(o => $"{o.Key} = {o.Value}")));
        #endregion
        return evaluator;
    }

    /// <summary>Shows that thresholds in the wrong clinical order are rejected with every failure.</summary>
    public static void InvalidThresholds()
    {
        #region invalid-thresholds
        var services = new ServiceCollection();
        services.AddCrampEvaluator(t =>
        {
            t.PotassiumUrgent = 3.6;   // must stay below PotassiumLow (3.5)
            t.SodiumLow = -1;          // must be positive
        });

        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<ICrampEvaluator>();
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)   // every failure, not just the first
            {
                Console.WriteLine(failure);
            }
        }
        #endregion
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
