namespace Cramps.Core.Benchmarks.Engines;

/// <summary>
/// A patient as plain data, the shape a team writing the rules in a general rules engine would feed it: every input the
/// compared rules read is known, and lab values are in the knowledge base's canonical units, one result per test.
/// </summary>
public sealed class PatientRecord
{
    public required DateTime AsOf { get; init; }

    public required int AgeYears { get; init; }

    /// <summary>Gets the sex: female, male, other or unknown.</summary>
    public required string Sex { get; init; }

    public required ConditionRecord[] Conditions { get; init; }

    public required MedicationRecord[] Medications { get; init; }

    public required LabRecord[] Labs { get; init; }

    public required LifestyleRecord Lifestyle { get; init; }

    public required bool LegPainWithWalkingEasedByRest { get; init; }

    public required bool NumbnessOrTingling { get; init; }

    public required bool LegPainEasedByBendingForward { get; init; }

    public required bool CrampsDuringDialysis { get; init; }
}

/// <summary>A condition by knowledge-base id, or by ICD-10-CM code.</summary>
public sealed class ConditionRecord
{
    public string? Id { get; init; }

    public string? Icd10Cm { get; init; }
}

/// <summary>A medicine by lower-case generic name, or by ATC code, with the day it was started.</summary>
public sealed class MedicationRecord
{
    public string? Name { get; init; }

    public string? Atc { get; init; }

    public required DateTime StartedOn { get; init; }
}

/// <summary>A lab result by knowledge-base test id, in the test's canonical unit.</summary>
public sealed class LabRecord
{
    public required string Test { get; init; }

    public required double Value { get; init; }

    public required string Unit { get; init; }
}

public sealed class LifestyleRecord
{
    public required double CaffeineMgPerDay { get; init; }

    public required double CaffeineServingsPerDay { get; init; }

    public required double AlcoholDrinksPerWeek { get; init; }

    public required bool RestrictedDiet { get; init; }

    public required bool LowSaltDiet { get; init; }

    public required bool FluidRestriction { get; init; }

    public required bool RepetitiveMotionFatigue { get; init; }

    public required bool ProlongedSittingOrStanding { get; init; }

    public required bool RegularExerciseOrStretching { get; init; }

    public required bool HeatOrHeavySweating { get; init; }

    public required bool RecentVomitingOrDiarrhea { get; init; }

    public required bool HomeParenteralNutrition { get; init; }
}
