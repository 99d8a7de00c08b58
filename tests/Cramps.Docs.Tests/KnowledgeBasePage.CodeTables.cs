using Cramps.Core.Knowledge;

namespace Cramps.Docs.Tests;

/// <summary>The knowledge-base page's code tables: SNOMED CT conditions, RxNorm medicines, extra LOINC codes and unit forms.</summary>
public static partial class KnowledgeBasePage
{
    private static void CodeTables(Page page, KnowledgeBase kb)
    {
        page.Section(
            "Code table: SNOMED CT conditions",
            """
            Real records code conditions in SNOMED CT, often by stage, type or complication. Each of these concepts names
            the conditions it implies (a complication can name two); a SNOMED CT condition matches when its code is here
            or in the condition's own list above.
            """,
            ["SNOMED CT", "concept", "condition ids", "source"],
            kb.SnomedCtConditionCodes.Select(m => new[] { Code(m.Code), Text(m.Display), string.Join(", ", m.Targets.Select(Code)), Text(m.Source) }));
        page.Section(
            "Code table: RxNorm medicines",
            """
            RxNorm ingredient codes of the medicine classes' generic names, and the clinical-drug codes real records use for
            them. A medicine coded in RxNorm is matched by the generic names its code gives, as any medicine name is.
            """,
            ["RxNorm", "concept", "generic names", "source"],
            kb.RxNormMedicineCodes.Select(m => new[] { Code(m.Code), Text(m.Display), Text(string.Join(", ", m.Targets)), Text(m.Source) }));
        page.Section(
            "Code table: more LOINC codes",
            "LOINC codes real records use for a test beyond those listed with the test above.",
            ["LOINC", "concept", "lab id", "source"],
            kb.ExtraLoincCodes.Select(m => new[] { Code(m.Code), Text(m.Display), Code(m.Targets[0]), Text(m.Source) }));
        page.Section(
            "Code table: unit forms",
            """
            Units as real records write them for a test whose LOINC code fixes the unit, and the accepted unit each one is
            read as.
            """,
            ["unit as written", "lab id", "read as", "why", "source"],
            kb.LabUnitForms.Select(m => new[] { Code(m.Code), Code(m.Targets[0]), Text(m.Targets[1]), Text(m.Display), Text(m.Source) }));
    }
}
