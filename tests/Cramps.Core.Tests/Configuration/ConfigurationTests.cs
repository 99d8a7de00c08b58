using Cramps.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cramps.Core.Tests.Configuration;

public sealed class ConfigurationTests
{
    private static readonly CrampThresholdsValidator Validator = new();

    [Fact]
    public void Validator_Defaults_AreValid()
    {
        Assert.True(Validator.Validate(null, new CrampThresholds()).Succeeded);
    }

    [Theory]
    [InlineData("potassiumEmergency (3) must be less than potassiumUrgent (3).")]
    [InlineData("potassiumLow (6) must be less than potassiumHighUrgent (6).")]
    [InlineData("potassiumHighUrgent (6.5) must be less than potassiumHighEmergency (6.5).")]
    [InlineData("sodiumEmergency (131) must be less than sodiumUrgent (130).")]
    [InlineData("sodiumUrgent (136) must be less than sodiumLow (135).")]
    [InlineData("calciumUrgent (2.2) must be less than calciumLow (2.12).")]
    [InlineData("ionizedCalciumUrgent (1.2) must be less than ionizedCalciumLow (1.15).")]
    [InlineData("tshLow (4.5) must be less than tshHigh (4.5).")]
    public void Validator_CutOffsOutOfOrder_ReportsThePair(string failure)
    {
        var thresholds = failure.Split(' ')[0] switch
        {
            "potassiumEmergency" => new CrampThresholds { PotassiumEmergency = 3 },
            "potassiumLow" => new CrampThresholds { PotassiumLow = 6 },
            "potassiumHighUrgent" => new CrampThresholds { PotassiumHighUrgent = 6.5 },
            "sodiumEmergency" => new CrampThresholds { SodiumEmergency = 131 },
            "sodiumUrgent" => new CrampThresholds { SodiumUrgent = 136 },
            "calciumUrgent" => new CrampThresholds { CalciumUrgent = 2.2 },
            "ionizedCalciumUrgent" => new CrampThresholds { IonizedCalciumUrgent = 1.2 },
            _ => new CrampThresholds { TshLow = 4.5 },
        };

        var result = Validator.Validate(null, thresholds);

        Assert.True(result.Failed);
        Assert.Contains(failure, result.Failures!);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.PositiveInfinity)]
    public void Validator_NotPositiveOrNotFinite_Fails(double value)
    {
        var result = Validator.Validate(null, new CrampThresholds { CkUpperLimit = value });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(nameof(CrampThresholds.CkUpperLimit), StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_IntegerThresholdOutOfRange_Fails()
    {
        Assert.True(Validator.Validate(null, new CrampThresholds { OlderAgeYears = 0 }).Failed);
        Assert.True(Validator.Validate(null, new CrampThresholds { WidespreadAreas = 5 }).Failed);
        Assert.True(Validator.Validate(null, new CrampThresholds { ProlongedSeconds = 0 }).Failed);
        Assert.True(Validator.Validate(null, new CrampThresholds { NewMedicineWindowDays = 0 }).Failed);
    }

    [Fact]
    public void Validator_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Validator.Validate(null, null!));
    }

    [Fact]
    public void Indexer_EveryThreshold_ReadsThePropertyOfItsOwnName()
    {
        var thresholds = new CrampThresholds();
        var properties = typeof(CrampThresholds).GetProperties().Where(p => p.GetIndexParameters().Length == 0 && (p.PropertyType == typeof(int) || p.PropertyType == typeof(double))).ToList();

        Assert.Equal(Cramps.Core.Knowledge.KnowledgeBase.Default.Thresholds.Count, properties.Count);
        foreach (var (property, i) in properties.Select((p, i) => (p, i)))
        {
            property.SetValue(thresholds, property.PropertyType == typeof(int) ? (object)(1000 + i) : 1000.5 + i);
        }

        foreach (var (property, i) in properties.Select((p, i) => (p, i)))
        {
            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            Assert.Equal(property.PropertyType == typeof(int) ? 1000 + i : 1000.5 + i, thresholds[name]);
        }
    }

    [Fact]
    public void Indexer_EveryKnowledgeBaseThreshold_ReadsItsDefault()
    {
        var thresholds = new CrampThresholds();
        foreach (var threshold in Cramps.Core.Knowledge.KnowledgeBase.Default.Thresholds)
        {
            Assert.Equal(threshold.DefaultValue, thresholds[threshold.Name]);
        }

        Assert.Equal("No threshold is named 'nope'. (Parameter 'name')", Assert.Throws<ArgumentException>(() => thresholds["nope"]).Message);
    }

    [Fact]
    public void AddCrampEvaluator_RegistersOneSharedEvaluatorUnderBothTypes()
    {
        using var provider = new ServiceCollection().AddCrampEvaluator(t => t.PotassiumLow = 3.4).Services.BuildServiceProvider();

        var evaluator = provider.GetRequiredService<CrampEvaluator>();

        Assert.Same(evaluator, provider.GetRequiredService<ICrampEvaluator>());
        Assert.Equal(3.4, evaluator.Identity.Overrides["potassiumLow"]);
    }

    [Fact]
    public void AddCrampEvaluator_InvalidThresholds_FailOnStartAndOnResolve()
    {
        var services = new ServiceCollection();
        services.AddCrampEvaluator(t => t.TshLow = 9);
        using var provider = services.BuildServiceProvider();

        var startup = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("tshLow (9) must be less than tshHigh (4.5).", startup.Failures);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ICrampEvaluator>());
    }

    [Fact]
    public void AddCrampEvaluator_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddCrampEvaluator();
        services.AddCrampEvaluator();

        Assert.Single(services, d => d.ServiceType == typeof(ICrampEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<CrampThresholds>));
    }

    [Fact]
    public void AddCrampEvaluator_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CrampsServiceCollectionExtensions.AddCrampEvaluator(null!));
    }
}
