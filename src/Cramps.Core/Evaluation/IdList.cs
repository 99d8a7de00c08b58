namespace Cramps.Core.Evaluation;

/// <summary>Lists of ids that the evaluation fills.</summary>
internal static class IdList
{
    /// <summary>A list of ids to fill; the shared empty array when there are none, the common case.</summary>
    public static string[] Of(int count) => count == 0 ? [] : new string[count];
}
