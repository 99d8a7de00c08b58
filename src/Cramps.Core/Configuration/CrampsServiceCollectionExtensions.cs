using Ardalis.GuardClauses;
using Cramps.Core;
using Cramps.Core.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the cramp evaluator and its thresholds with a service collection.</summary>
public static class CrampsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CrampEvaluator"/> (also as <see cref="ICrampEvaluator"/>) as a singleton, with
    /// <see cref="CrampThresholds"/> validated on start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets thresholds in code, or <see langword="null"/> to keep the defaults.</param>
    /// <returns>The thresholds' options builder, to bind configuration or add more configuration to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// services.AddCrampEvaluator(t => t.PotassiumLow = 3.4);
    /// // or from configuration, strictly (an unknown key fails start-up):
    /// services.AddCrampEvaluator().BindThresholds("Cramps:Thresholds");
    /// </code>
    /// </example>
    public static OptionsBuilder<CrampThresholds> AddCrampEvaluator(this IServiceCollection services, Action<CrampThresholds>? configure = null)
    {
        Guard.Against.Null(services);
        var builder = services.AddOptions<CrampThresholds>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrampThresholds>, CrampThresholdsValidator>());
        services.TryAddSingleton(static provider => new CrampEvaluator(provider.GetRequiredService<IOptions<CrampThresholds>>().Value));
        services.TryAddSingleton<ICrampEvaluator>(static provider => provider.GetRequiredService<CrampEvaluator>());
        return builder;
    }
}
