using Ardalis.GuardClauses;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Cramps.Core.Configuration;

/// <summary>Validates <see cref="CrampThresholds"/>: every value in range, and the cut-offs in their clinical order.</summary>
/// <remarks>
/// Range checks are source-generated from the data annotations (no reflection); the ordering checks are written out.
/// Every failure is reported, not just the first. The validator is stateless and thread-safe.
/// </remarks>
public sealed class CrampThresholdsValidator : IValidateOptions<CrampThresholds>
{
    /// <summary>Initializes a new instance of the <see cref="CrampThresholdsValidator"/> class.</summary>
    public CrampThresholdsValidator()
    {
    }

    /// <summary>Validates a set of thresholds.</summary>
    /// <param name="name">The options name, or <see langword="null"/>.</param>
    /// <param name="options">The thresholds to validate.</param>
    /// <returns>A result listing every failure, or success.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ValidateOptionsResult Validate(string? name, CrampThresholds options)
    {
        Guard.Against.Null(options);
        var builder = new ValidateOptionsResultBuilder();
        builder.AddResult(new CrampThresholdsRangeValidator().Validate(name, options));
        foreach (var increasing in ThresholdDeclarations.Increasing)
        {
            Ordered(builder, options, increasing);
        }

#pragma warning disable CS0618 // the removed threshold is read only to reject it
        if (options.WidespreadRegions is not null)
#pragma warning restore CS0618
        {
            builder.AddError("widespreadRegions was removed in knowledge-base edition 2026.2: set widespreadAreas instead (the number of body areas, of leg, arm, trunk and neck, with episodes; default 2).");
        }

        return builder.Build();
    }

    private static void Ordered(ValidateOptionsResultBuilder builder, CrampThresholds options, string[] names)
    {
        // A value out of its range is reported once, by the range check: the pairs it is part of are left out.
        var outOfRange = OutOfRange(options);
        for (var i = 1; i < names.Length; i++)
        {
            if (outOfRange.Contains(names[i - 1]) || outOfRange.Contains(names[i]))
            {
                continue;
            }

            var lower = options[names[i - 1]];
            var upper = options[names[i]];
            if (!(lower < upper))
            {
                builder.AddError(string.Create(CultureInfo.InvariantCulture, $"{names[i - 1]} ({lower}) must be less than {names[i]} ({upper})."));
            }
        }
    }

    /// <summary>Gets the knowledge-base names of the thresholds outside their ranges (the range checks name the property).</summary>
    private static HashSet<string> OutOfRange(CrampThresholds options) =>
        (new CrampThresholdsRangeValidator().Validate(null, options).Failures ?? [])
            .Select(failure => failure.Split(':')[0])
            .Select(property => property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..])
            .ToHashSet(StringComparer.Ordinal);
}

/// <summary>The source-generated range checks of <see cref="CrampThresholds"/>.</summary>
[OptionsValidator]
internal sealed partial class CrampThresholdsRangeValidator : IValidateOptions<CrampThresholds>;
