using Cramps.Core.Internal;

namespace Cramps.Core;

/// <summary>Represents the patient's lifestyle answers; every property is unknown (<see langword="null"/>) until answered.</summary>
/// <remarks>Instances are immutable; <c>with</c> expressions validate like the initializer does.</remarks>
public sealed record Lifestyle
{
    /// <summary>Gets a lifestyle about which nothing is known.</summary>
    public static Lifestyle Unknown { get; } = new();

    /// <summary>Initializes a new instance of the <see cref="Lifestyle"/> class: a lifestyle about which nothing is known yet; set what is known with an object initializer.</summary>
    public Lifestyle()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Lifestyle"/> class from yes/no answers, one bit each in the order of <c>Inputs.LifestyleAnswers</c>.</summary>
    /// <param name="known">The answers given: bit <c>i</c> is set when answer <c>i</c> is known.</param>
    /// <param name="yes">The answers that are yes: bit <c>i</c> is set when answer <c>i</c> is yes.</param>
    /// <remarks>The request reader builds the section once this way instead of one copy per answer; a test checks each bit sets its own answer.</remarks>
    internal Lifestyle(ulong known, ulong yes)
    {
        RestrictedDiet = Answer(0);
        LowSaltDiet = Answer(1);
        FluidRestriction = Answer(2);
        RepetitiveMotionFatigue = Answer(3);
        ProlongedSittingOrStanding = Answer(4);
        RegularExerciseOrStretching = Answer(5);
        HeatOrHeavySweating = Answer(6);
        RecentVomitingOrDiarrhea = Answer(7);
        HomeParenteralNutrition = Answer(8);
        UsedQuinineForCramps = Answer(9);

        bool? Answer(int index) => ((known >> index) & 1) == 0 ? null : ((yes >> index) & 1) != 0;
    }

    /// <summary>Gets the caffeinated servings per day (a serving counts <see cref="Configuration.CrampThresholds.CaffeineMgPerServing"/> mg).</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxIntakeQuantity"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range or not finite.</exception>
    public double? CaffeineServingsPerDay
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxIntakeQuantity, nameof(CaffeineServingsPerDay));
    }

    /// <summary>Gets the caffeine intake in milligrams per day.</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxIntakeQuantity"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range or not finite.</exception>
    public double? CaffeineMgPerDay
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxIntakeQuantity, nameof(CaffeineMgPerDay));
    }

    /// <summary>Gets the alcoholic drinks per week.</summary>
    /// <value>From 0 to <see cref="RequestLimits.MaxIntakeQuantity"/>, or <see langword="null"/> when unknown.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range or not finite.</exception>
    public double? AlcoholDrinksPerWeek
    {
        get;
        init => field = Require.InRange(value, 0, RequestLimits.MaxIntakeQuantity, nameof(AlcoholDrinksPerWeek));
    }

    /// <summary>Gets whether the patient follows a restricted diet.</summary>
    public bool? RestrictedDiet { get; init; }

    /// <summary>Gets whether the patient follows a low-salt diet.</summary>
    public bool? LowSaltDiet { get; init; }

    /// <summary>Gets whether the patient was told to limit fluids.</summary>
    public bool? FluidRestriction { get; init; }

    /// <summary>Gets whether the patient's muscles tire easily after repetitive motion.</summary>
    public bool? RepetitiveMotionFatigue { get; init; }

    /// <summary>Gets whether the patient sits or stands for long periods.</summary>
    public bool? ProlongedSittingOrStanding { get; init; }

    /// <summary>Gets whether the patient exercises or stretches regularly.</summary>
    public bool? RegularExerciseOrStretching { get; init; }

    /// <summary>Gets whether the patient is exposed to heat or sweats heavily.</summary>
    public bool? HeatOrHeavySweating { get; init; }

    /// <summary>Gets whether the patient recently had heavy vomiting or diarrhoea.</summary>
    public bool? RecentVomitingOrDiarrhea { get; init; }

    /// <summary>Gets whether the patient receives home parenteral nutrition.</summary>
    public bool? HomeParenteralNutrition { get; init; }

    /// <summary>Gets whether the patient has taken quinine or tonic water for cramps.</summary>
    public bool? UsedQuinineForCramps { get; init; }
}
