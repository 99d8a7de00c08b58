using System.Text.Json.Serialization;
using Cramps.Core.Serialization;

namespace Cramps.Core;

/// <summary>Specifies a patient's sex as reported; wire names <c>female</c>, <c>male</c>, <c>other</c>, <c>unknown</c>.</summary>
/// <remarks><see cref="Unknown"/> and a missing value are both treated as unknown by every rule.</remarks>
[JsonConverter(typeof(WireEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>The patient reports an unknown sex (treated as unknown).</summary>
    Unknown = 0,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Neither female nor male.</summary>
    Other,
}

/// <summary>Specifies the side of the body a cramp episode affected.</summary>
[JsonConverter(typeof(WireEnumConverter<Side>))]
public enum Side
{
    /// <summary>The left side.</summary>
    Left,

    /// <summary>The right side.</summary>
    Right,

    /// <summary>Both sides.</summary>
    Both,
}

/// <summary>Specifies the muscle region a cramp episode affected.</summary>
/// <remarks>Leg regions are <see cref="Foot"/>, <see cref="Calf"/>, <see cref="Thigh"/> and <see cref="Hip"/>.</remarks>
[JsonConverter(typeof(WireEnumConverter<MuscleRegion>))]
public enum MuscleRegion
{
    /// <summary>The foot.</summary>
    Foot,

    /// <summary>The calf.</summary>
    Calf,

    /// <summary>The thigh.</summary>
    Thigh,

    /// <summary>The hip.</summary>
    Hip,

    /// <summary>The back.</summary>
    Back,

    /// <summary>The abdomen.</summary>
    Abdomen,

    /// <summary>The chest.</summary>
    Chest,

    /// <summary>The hand.</summary>
    Hand,

    /// <summary>The arm.</summary>
    Arm,

    /// <summary>The neck.</summary>
    Neck,
}

/// <summary>Specifies what the patient was doing when a cramp episode started.</summary>
[JsonConverter(typeof(WireEnumConverter<EpisodeSetting>))]
public enum EpisodeSetting
{
    /// <summary>Asleep.</summary>
    Asleep,

    /// <summary>On waking.</summary>
    OnWaking,

    /// <summary>Resting.</summary>
    Resting,

    /// <summary>During exercise.</summary>
    DuringExercise,

    /// <summary>After exercise.</summary>
    AfterExercise,

    /// <summary>During a dialysis session.</summary>
    DuringDialysis,

    /// <summary>In the heat.</summary>
    InHeat,

    /// <summary>At work.</summary>
    Working,
}

/// <summary>Specifies the code system of a coded condition.</summary>
[JsonConverter(typeof(WireEnumConverter<ConditionCodeSystem>))]
public enum ConditionCodeSystem
{
    /// <summary>ICD-10-CM (wire name <c>icd-10-cm</c>).</summary>
    Icd10Cm,

    /// <summary>SNOMED CT (wire name <c>snomed-ct</c>).</summary>
    SnomedCt,
}

/// <summary>Specifies the code system of a coded medication.</summary>
[JsonConverter(typeof(WireEnumConverter<MedicationCodeSystem>))]
public enum MedicationCodeSystem
{
    /// <summary>The WHO Anatomical Therapeutic Chemical classification (wire name <c>atc</c>).</summary>
    Atc,
}

/// <summary>Specifies how soon a person should act, from self-care to emergency; values are ordered.</summary>
[JsonConverter(typeof(WireEnumConverter<Urgency>))]
public enum Urgency
{
    /// <summary>Self-care is reasonable; see primary care if it persists or worsens.</summary>
    SelfCare = 0,

    /// <summary>Book a primary-care visit.</summary>
    Routine = 1,

    /// <summary>See a clinician within a few days.</summary>
    Soon = 2,

    /// <summary>Get medical advice today.</summary>
    Urgent = 3,

    /// <summary>Call emergency services now.</summary>
    Emergency = 4,
}

/// <summary>Specifies how strongly the sources support a risk factor; values are ordered from weakest to strongest.</summary>
[JsonConverter(typeof(WireEnumConverter<EvidenceStrength>))]
public enum EvidenceStrength
{
    /// <summary>Listed without data, or by the seed answer only (weight 1).</summary>
    ExpertOpinion = 1,

    /// <summary>Small or conflicting studies (weight 2).</summary>
    Weak = 2,

    /// <summary>Guideline-listed, or controlled or population data (weight 3).</summary>
    Moderate = 3,

    /// <summary>Guideline or systematic review, consistent (weight 4).</summary>
    Strong = 4,
}

/// <summary>Specifies the three-valued outcome of a knowledge-base rule.</summary>
[JsonConverter(typeof(WireEnumConverter<RuleOutcome>))]
public enum RuleOutcome
{
    /// <summary>The inputs the rule needs are missing, so it can be neither present nor absent.</summary>
    Unknown = 0,

    /// <summary>The rule's trigger is met.</summary>
    Present,

    /// <summary>The rule's trigger is known not to be met.</summary>
    Absent,
}
