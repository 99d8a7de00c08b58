using Cramps.Core.Configuration;
using Cramps.Core.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cramps.Core.Tests.Configuration;

/// <summary>
/// <c>BindThresholds</c>: thresholds from configuration, strictly. A misspelt key, a value that is not a number and a
/// missing section each fail start-up with one message naming the key's path; valid keys are set in any case.
/// </summary>
public sealed class BindThresholdsTests
{
    [Fact]
    public void ValidSection_SetsTheThresholdsWhateverTheCaseOfTheKeys()
    {
        using var provider = Provider(new()
        {
            ["Cramps:Thresholds:OlderAgeYears"] = "65",
            ["Cramps:Thresholds:potassiumlow"] = "3.4",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var evaluator = provider.GetRequiredService<ICrampEvaluator>();

        Assert.Equal(new Dictionary<string, double> { ["olderAgeYears"] = 65, ["potassiumLow"] = 3.4 }, evaluator.Identity.Overrides);
    }

    [Fact]
    public void MisspeltKey_FailsStartUpWithOneMessageThatNamesItAndTheThresholdMeant()
    {
        using var provider = Provider(new() { ["Cramps:Thresholds:PotasiumLow"] = "3.0" });

        var failure = Assert.Single(StartUpFailures(provider));

        Assert.Equal(
            "Cramps:Thresholds:PotasiumLow is not a threshold, so it would be ignored. Did you mean 'PotassiumLow'? The thresholds are listed on the knowledge base page.",
            failure);
    }

    [Fact]
    public void SeveralBadKeys_EachFailsOnceAndTheGoodKeysStillApply()
    {
        using var provider = Provider(new()
        {
            ["Cramps:Thresholds:PotasiumLow"] = "3.0",
            ["Cramps:Thresholds:Colour"] = "blue",
            ["Cramps:Thresholds:SodiumLow"] = "one hundred",
            ["Cramps:Thresholds:OlderAgeYears"] = "65.5",
            ["Cramps:Thresholds:TshHigh"] = "5",
        });

        Assert.Equal(
            [
                "Cramps:Thresholds:Colour is not a threshold, so it would be ignored. The thresholds are listed on the knowledge base page.",
                "Cramps:Thresholds:OlderAgeYears must be a whole number.",
                "Cramps:Thresholds:PotasiumLow is not a threshold, so it would be ignored. Did you mean 'PotassiumLow'? The thresholds are listed on the knowledge base page.",
                "Cramps:Thresholds:SodiumLow must be a number, such as 3.5 (a dot for decimals).",
            ],
            StartUpFailures(provider).Order(StringComparer.Ordinal));
        Assert.Equal(5, Configured(provider.GetRequiredService<IConfigureOptions<CrampThresholds>>()).TshHigh);
    }

    [Fact]
    public void MissingSection_FailsStartUpSayingSo()
    {
        using var provider = Provider(new() { ["Cramps:Threshold:PotassiumLow"] = "3.4" });

        var failure = Assert.Single(StartUpFailures(provider));

        Assert.StartsWith("The configuration has no section 'Cramps:Thresholds' for the thresholds", failure, StringComparison.Ordinal);
        Assert.Contains("copied to the app's output folder", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherSectionPath_IsTheOneRead()
    {
        using var provider = Provider(new() { ["Clinic:Cramps:PotassiumLow"] = "3.4" }, "Clinic:Cramps");

        Assert.Empty(StartUpFailures(provider));
        Assert.Equal(3.4, provider.GetRequiredService<IOptions<CrampThresholds>>().Value.PotassiumLow);
    }

    [Fact]
    public void OutOfRangeValue_IsReportedOnceWithoutAKnockOnOrderFailure()
    {
        using var provider = Provider(new() { ["Cramps:Thresholds:SodiumLow"] = "-1" });

        var failure = Assert.Single(StartUpFailures(provider));

        Assert.StartsWith("SodiumLow:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_CanSetEveryThresholdOfTheKnowledgeBase()
    {
        var names = KnowledgeBase.Default.Thresholds.Select(t => t.Name).Order(StringComparer.Ordinal);
        var settings = KnowledgeBase.Default.Thresholds.ToDictionary(t => "T:" + t.Name, t => (string?)"1");
        using var provider = Provider(settings, "T");
        var thresholds = Configured(provider.GetRequiredService<IConfigureOptions<CrampThresholds>>());

        Assert.Equal(names, CrampThresholdsConfiguration.Names.Order(StringComparer.Ordinal));
        Assert.All(KnowledgeBase.Default.Thresholds, t => Assert.Equal(1, thresholds[t.Name]));
    }

    [Fact]
    public void NullOrEmptyArguments_Throw()
    {
        var builder = new ServiceCollection().AddCrampEvaluator();

        Assert.Throws<ArgumentNullException>(() => CrampThresholdsOptionsBuilderExtensions.BindThresholds(null!));
        Assert.Throws<ArgumentException>(() => builder.BindThresholds(" "));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, string section = CrampThresholdsOptionsBuilderExtensions.DefaultSectionPath)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCrampEvaluator().BindThresholds(section);
        return services.BuildServiceProvider();
    }

    private static CrampThresholds Configured(IConfigureOptions<CrampThresholds> configure)
    {
        var thresholds = new CrampThresholds();
        configure.Configure(thresholds);
        return thresholds;
    }

    private static IEnumerable<string> StartUpFailures(ServiceProvider provider)
    {
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException exception)
        {
            return exception.Failures;
        }
    }
}
