using System.Text.Json;
using Cramps.Cli.Tests.Support;

namespace Cramps.Cli.Tests.Commands;

/// <summary><c>cramps assess --input-format fhir</c> and <c>--format fhir|cds-hooks</c>, end to end.</summary>
public sealed class AssessFhirTests
{
    private static readonly string Bundle = CrampsProcess.TestData(Path.Combine("fhir", "older-woman-on-thiazide.json"));

    [Fact]
    public async Task Assess_FhirBundle_AssessesItAndListsWhatWasNotMapped()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--input-format", "fhir", "--as-of", "2026-11-25", Bundle]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("SOON", run.Stdout, StringComparison.Ordinal);
        // The readable report is for a person: plain names (the FHIR and CDS Hooks outputs keep the clinical ones).
        Assert.Contains("A water pill of the thiazide type", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Thiazide or thiazide-like diuretic", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("cramps: not mapped: MedicationStatement/furosemide-stopped: Only medicines with the status active are read. (inactive)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_FormatFhir_WritesARiskAssessmentBasedOnTheBundlesResources()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--input-format", "fhir", "--as-of", "2026-11-25", "--format", "fhir", Bundle]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        Assert.Equal("RiskAssessment", root.GetProperty("resourceType").GetString());
        Assert.Equal("final", root.GetProperty("status").GetString());
        Assert.Contains(root.GetProperty("basis").EnumerateArray(), b => b.GetProperty("reference").GetString()!.Contains("MedicationStatement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_FormatCdsHooks_WritesOneCardPerRedFlagAndASummary()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--input-format", "fhir", "--as-of", "2026-11-25", "--format", "cds-hooks", Bundle]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        var cards = document.RootElement.GetProperty("cards").EnumerateArray().ToList();
        Assert.True(cards.Count >= 2);
        Assert.All(cards, c => Assert.True(c.GetProperty("summary").GetString()!.Length < 140));
        Assert.Contains(cards, c => c.GetProperty("indicator").GetString() == "warning");

        // Cards are for clinicians: clinical names, not the plain ones of the readable report.
        var summary = cards[^1].GetProperty("detail").GetString()!;
        Assert.Contains("Thiazide or thiazide-like diuretic", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("A water pill of the thiazide type", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_RequestJsonAsCdsHooks_Works()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--format", "cds-hooks", CrampsProcess.Example("thiazide-low-potassium.json")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"cards\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_InvalidFhir_ExitsOneWithErrorsOnStderr()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--input-format", "fhir", "-"], stdin: "{\"resourceType\": \"Bundle\", \"entry\": 3}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is invalid", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Assess_BadAsOf_IsAUsageError()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--input-format", "fhir", "--as-of", "25/11/2026", Bundle]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of must be a date in the form yyyy-MM-dd.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_UnknownOutputFormat_IsAUsageError()
    {
        var run = await CrampsProcess.RunAsync(["assess", "--format", "xml", CrampsProcess.Example("night-calf-cramps.json")]);

        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("json", "thiazide-low-potassium.json")]
    [InlineData("fhir", null)]
    public async Task Assess_FileWithAByteOrderMark_ReadAsWithout(string inputFormat, string? example)
    {
        var source = example is null ? Bundle : CrampsProcess.Example(example);
        var withBom = Path.Combine(Path.GetTempPath(), "cramps-bom-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllBytesAsync(withBom, [0xEF, 0xBB, 0xBF, .. await File.ReadAllBytesAsync(source)]);
        try
        {
            var run = await CrampsProcess.RunAsync(["assess", "--input-format", inputFormat, "--as-of", "2026-11-25", withBom]);

            Assert.True(run.ExitCode == 0, run.ToString());
        }
        finally
        {
            File.Delete(withBom);
        }
    }

    [Fact]
    public async Task Assess_CdsHooksRequestAsFhir_OneErrorPointingToItsPrefetch()
    {
        var run = await CrampsProcess.RunAsync(
            ["assess", "--input-format", "fhir", "-"],
            stdin: """{ "hook": "patient-view", "hookInstance": "d1577c69", "context": { "patientId": "1288992" }, "prefetch": { "patient": { "resourceType": "Patient", "id": "1288992" } } }""");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(1 error)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("CDS Hooks request", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("prefetch", run.Stderr, StringComparison.Ordinal);
    }
}
