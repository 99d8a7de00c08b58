using System.Globalization;

namespace Cramps.Core.Internal;

/// <summary>The JSON paths that evidence, trace entries, questions and validation errors use.</summary>
/// <remarks>Paths of list items point at the caller's own positions, so they follow the order the caller gave.</remarks>
internal static class JsonPaths
{
    public const string Root = "$";
    public const string SchemaVersion = "$.schemaVersion";
    public const string RequestId = "$.requestId";
    public const string AsOf = "$.asOf";
    public const string Patient = "$.patient";
    public const string Episodes = "$.episodes";
    public const string AgeYears = "$.patient.ageYears";
    public const string Sex = "$.patient.sex";
    public const string Pregnant = "$.patient.pregnant";
    public const string FamilyHistoryOfCramps = "$.patient.familyHistoryOfCramps";
    public const string Conditions = "$.patient.conditions";
    public const string Medications = "$.patient.medications";
    public const string Labs = "$.patient.labs";
    public const string Lifestyle = "$.patient.lifestyle";
    public const string CrampPattern = "$.patient.crampPattern";
    public const string Symptoms = "$.patient.symptoms";

    private const int CachedIndexes = 64;
    private static readonly string[] EpisodePaths = Build(Episodes);
    private static readonly string[] ConditionPaths = Build(Conditions);
    private static readonly string[] MedicationPaths = Build(Medications);
    private static readonly string[] LabPaths = Build(Labs);
    private static readonly string[] EpisodeMembers = ["startedAt", "setting", "muscles", "durationSeconds", "relievedByStretching"];
    private static readonly string[][] EpisodeMemberPaths = [.. EpisodeMembers.Select(m => EpisodePaths.Select(p => p + "." + m).ToArray())];
    private static readonly string[] MedicationStartPaths = [.. MedicationPaths.Select(p => p + ".startedOn")];

    public static string Episode(int index) => Item(EpisodePaths, Episodes, index);

    public static string Episode(int index, string member) =>
        (uint)index < CachedIndexes && Array.IndexOf(EpisodeMembers, member) is var m and >= 0
            ? EpisodeMemberPaths[m][index]
            : Episode(index) + "." + member;

    public static string Condition(int index) => Item(ConditionPaths, Conditions, index);

    public static string Medication(int index) => Item(MedicationPaths, Medications, index);

    public static string Medication(int index, string member) =>
        (uint)index < CachedIndexes && member == "startedOn" ? MedicationStartPaths[index] : Medication(index) + "." + member;

    public static string Lab(int index) => Item(LabPaths, Labs, index);

    public static string Lab(int index, string member) => Lab(index) + "." + member;

    public static string Index(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary>Gets the path that names one entry of a list by a property value, as a JSONPath filter.</summary>
    public static string Filter(string list, string property, string value) => $"{list}[?(@.{property}=='{value}')]";

    private static string Item(string[] cache, string list, int index) =>
        (uint)index < (uint)cache.Length ? cache[index] : Index(list, index);

    private static string[] Build(string list)
    {
        var paths = new string[CachedIndexes];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = Index(list, i);
        }

        return paths;
    }
}
