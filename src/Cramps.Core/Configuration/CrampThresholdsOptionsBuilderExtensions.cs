using Ardalis.GuardClauses;
using Cramps.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Binds <see cref="CrampThresholds"/> to configuration, strictly.</summary>
public static class CrampThresholdsOptionsBuilderExtensions
{
    /// <summary>The configuration section the documentation uses for the thresholds.</summary>
    public const string DefaultSectionPath = "Cramps:Thresholds";

    /// <summary>
    /// Sets the thresholds from a section of the app's <see cref="IConfiguration"/> (appsettings.json, environment
    /// variables, the command line, ...), strictly: a key that names no threshold, a value that is not a number (or not a
    /// whole number where one is needed) and a missing section are each reported once, with the key's path, when the
    /// options are validated, which <c>AddCrampEvaluator</c> does at start-up.
    /// </summary>
    /// <param name="builder">The thresholds' options builder, as <c>AddCrampEvaluator</c> returns it.</param>
    /// <param name="sectionPath">The section's path, such as <c>Cramps:Thresholds</c>. Keys are the thresholds' names, in any case.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="sectionPath"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sectionPath"/> is empty or white space.</exception>
    /// <example>
    /// <code>
    /// builder.Services.AddCrampEvaluator().BindThresholds("Cramps:Thresholds");
    /// </code>
    /// </example>
    public static OptionsBuilder<CrampThresholds> BindThresholds(this OptionsBuilder<CrampThresholds> builder, string sectionPath = DefaultSectionPath)
    {
        Guard.Against.Null(builder);
        Guard.Against.NullOrWhiteSpace(sectionPath);
        var name = builder.Name;
        builder.Services.AddSingleton(provider => new CrampThresholdsConfiguration(name, provider.GetRequiredService<IConfiguration>().GetSection(sectionPath)));
        builder.Services.AddSingleton<IConfigureOptions<CrampThresholds>>(provider => provider.GetRequiredService<CrampThresholdsConfiguration>());
        builder.Services.AddSingleton<IValidateOptions<CrampThresholds>>(provider => provider.GetRequiredService<CrampThresholdsConfiguration>());
        return builder;
    }
}
