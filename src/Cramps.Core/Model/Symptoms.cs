namespace Cramps.Core;

/// <summary>Represents the patient's answers about symptoms beside the cramps; each is unknown (<see langword="null"/>) until answered.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record Symptoms
{
    /// <summary>Gets symptoms about which nothing is known.</summary>
    public static Symptoms Unknown { get; } = new();

    /// <summary>Initializes a new instance of the <see cref="Symptoms"/> class: symptoms about which nothing is known yet; set what is known with an object initializer.</summary>
    public Symptoms()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Symptoms"/> class from yes/no answers, one bit each in the order of <c>Inputs.Symptoms</c>.</summary>
    /// <param name="known">The answers given: bit <c>i</c> is set when answer <c>i</c> is known.</param>
    /// <param name="yes">The answers that are yes: bit <c>i</c> is set when answer <c>i</c> is yes.</param>
    /// <remarks>The request reader builds the section once this way instead of one copy per answer; a test checks each bit sets its own answer.</remarks>
    internal Symptoms(ulong known, ulong yes)
    {
        ChestPainOrBreathlessness = Answer(0);
        ConfusionOrFainting = Answer(1);
        HighTemperature = Answer(2);
        DarkOrScantUrine = Answer(3);
        SevereMusclePainOrSwelling = Answer(4);
        OneSidedLegSwelling = Answer(5);
        NewWeakness = Answer(6);
        MuscleWasting = Answer(7);
        MuscleTwitching = Answer(8);
        NumbnessOrTingling = Answer(9);
        TinglingAroundMouth = Answer(10);
        HandsOrFeetLockingInSpasm = Answer(11);
        ThroatTighteningOrSeizure = Answer(12);
        LegPainWithWalkingEasedByRest = Answer(13);
        LegPainEasedByBendingForward = Answer(14);
        UrgeToMoveLegs = Answer(15);
        MorningStiffnessShouldersHips = Answer(16);
        NewHeadacheJawPainOrVisionChange = Answer(17);

        bool? Answer(int index) => ((known >> index) & 1) == 0 ? null : ((yes >> index) & 1) != 0;
    }

    /// <summary>Gets whether the patient has chest pain or breathlessness.</summary>
    public bool? ChestPainOrBreathlessness { get; init; }

    /// <summary>Gets whether the patient is confused or has fainted.</summary>
    public bool? ConfusionOrFainting { get; init; }

    /// <summary>Gets whether the patient has a high temperature.</summary>
    public bool? HighTemperature { get; init; }

    /// <summary>Gets whether the patient's urine is dark (tea or cola coloured) or scant.</summary>
    public bool? DarkOrScantUrine { get; init; }

    /// <summary>Gets whether the patient has severe muscle pain or swelling.</summary>
    public bool? SevereMusclePainOrSwelling { get; init; }

    /// <summary>Gets whether one calf or leg is swollen, warm, red or tender between cramps.</summary>
    public bool? OneSidedLegSwelling { get; init; }

    /// <summary>Gets whether the patient has new weakness.</summary>
    public bool? NewWeakness { get; init; }

    /// <summary>Gets whether the patient's muscles are getting thinner.</summary>
    public bool? MuscleWasting { get; init; }

    /// <summary>Gets whether the patient has twitching under the skin.</summary>
    public bool? MuscleTwitching { get; init; }

    /// <summary>Gets whether the patient has numbness or tingling.</summary>
    public bool? NumbnessOrTingling { get; init; }

    /// <summary>Gets whether the patient has tingling around the mouth.</summary>
    public bool? TinglingAroundMouth { get; init; }

    /// <summary>Gets whether the patient's hands or feet lock in spasm.</summary>
    public bool? HandsOrFeetLockingInSpasm { get; init; }

    /// <summary>Gets whether the patient has throat tightening or a seizure.</summary>
    public bool? ThroatTighteningOrSeizure { get; init; }

    /// <summary>Gets whether walking brings on leg pain that eases within minutes of rest.</summary>
    public bool? LegPainWithWalkingEasedByRest { get; init; }

    /// <summary>Gets whether leg pain eases when the patient sits or bends forward.</summary>
    public bool? LegPainEasedByBendingForward { get; init; }

    /// <summary>Gets whether it is more an urge to move the legs, eased by moving, than a painful knot.</summary>
    public bool? UrgeToMoveLegs { get; init; }

    /// <summary>Gets whether the shoulders or hips are stiff and aching for more than 45 minutes after waking.</summary>
    public bool? MorningStiffnessShouldersHips { get; init; }

    /// <summary>Gets whether the patient has a new headache, jaw pain on chewing, scalp tenderness or a change in eyesight.</summary>
    public bool? NewHeadacheJawPainOrVisionChange { get; init; }
}
