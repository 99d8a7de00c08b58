namespace Cramps.Core.Tests.Support;

/// <summary>How much work the generated-input tests do.</summary>
/// <remarks>
/// Mutation testing reruns the suite once per mutant, so it sets <c>CRAMPS_PROPERTY_ITERATIONS</c> to run fewer
/// generated cases per property; ordinary runs use the full count.
/// </remarks>
public static class Budget
{
    public static int Iterations(int full) =>
        int.TryParse(Environment.GetEnvironmentVariable("CRAMPS_PROPERTY_ITERATIONS"), System.Globalization.CultureInfo.InvariantCulture, out var scaled) && scaled > 0
            ? Math.Min(scaled, full)
            : full;
}
