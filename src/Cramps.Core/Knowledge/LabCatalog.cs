namespace Cramps.Core.Knowledge;

/// <summary>Resolves the test a laboratory result names, by lab id, by LOINC code, or both.</summary>
internal static class LabCatalog
{
    public static LabResolution Resolve(string? test, string? loinc) => Resolve(test, loinc, KnowledgeBase.Default);

    public static LabResolution Resolve(string? test, string? loinc, KnowledgeBase knowledgeBase)
    {
        var byId = test is null ? null : knowledgeBase.FindLabTest(test);
        var byLoinc = loinc is null ? null : knowledgeBase.FindLabTestByLoinc(loinc);
        if (byId is not null && byLoinc is not null && !ReferenceEquals(byId, byLoinc))
        {
            return new LabResolution(null, Conflict: true);
        }

        return new LabResolution(byId ?? byLoinc, Conflict: false);
    }
}

/// <summary>The test a laboratory result names, or a conflict when its id and LOINC code disagree.</summary>
internal readonly record struct LabResolution(LabTest? Test, bool Conflict);
