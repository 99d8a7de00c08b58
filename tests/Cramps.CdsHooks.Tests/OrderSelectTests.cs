using System.Net;
using System.Text.Json.Nodes;
using Cramps.CdsHooks.Tests.Support;

namespace Cramps.CdsHooks.Tests;

public sealed class OrderSelectTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string Path = "/cds-services/order-select";

    [Fact]
    public async Task Thiazide_ForAPatientWithLowPotassium_GivesAWarningCard()
    {
        var draft = FhirData.MedicationRequest("draft-1", "Hydrochlorothiazide 25 MG Oral Tablet");
        var request = FhirData.OrderSelect(draft, FhirData.Prefetch(observations: [FhirData.Potassium(3.2)]));

        using var response = await service.PostAsync(Path, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single((await response.JsonAsync())["cards"]!.AsArray())!;
        Assert.Equal("warning", card["indicator"]!.GetValue<string>());
        Assert.Equal(
            "Thiazide or thiazide-like diuretic selected; the record shows Low potassium (hypokalemia).",
            card["summary"]!.GetValue<string>());
        Assert.Equal("diuretic-thiazide", card["source"]!["topic"]!["code"]!.GetValue<string>());
        var detail = card["detail"]!.GetValue<string>();
        Assert.Contains("`$.patient.labs[0]` = 3\\.2 mmol/L (from Observation/k1)", detail, StringComparison.Ordinal);
        Assert.Contains("S7: Garrison SR", detail, StringComparison.Ordinal);
        Cards.AssertWellFormed(card);
    }

    [Fact]
    public async Task Statin_ForAPatientWithHeartFailure_GivesACard()
    {
        var draft = FhirData.MedicationRequest("draft-2", "atorvastatin 20 MG Oral Tablet");
        var request = FhirData.OrderSelect(draft, FhirData.Prefetch(conditions: [FhirData.HeartFailure()]));

        using var response = await service.PostAsync(Path, request);

        var card = Assert.Single((await response.JsonAsync())["cards"]!.AsArray())!;
        Assert.Equal("Statin selected; the record shows Heart failure.", card["summary"]!.GetValue<string>());
        Assert.Contains("(from Condition/hf)", card["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongActingBetaAgonist_ForAPatientWithCramps_GivesACard()
    {
        var draft = FhirData.MedicationRequest("draft-3", "salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler");
        var request = FhirData.OrderSelect(draft, FhirData.Prefetch(conditions: [FhirData.Cramps()]));

        using var response = await service.PostAsync(Path, request);

        var card = Assert.Single((await response.JsonAsync())["cards"]!.AsArray())!;
        Assert.Equal("Inhaled long-acting beta-agonist selected; the record shows muscle cramps.", card["summary"]!.GetValue<string>());
        Assert.Contains("Muscle cramps: `$.patient.conditions[0]` = R25\\.2 (from Condition/cramp)", card["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thiazide_ForAPatientWithNothingRelevant_GivesNoCard()
    {
        var draft = FhirData.MedicationRequest("draft-4", "Hydrochlorothiazide 25 MG Oral Tablet");
        var request = FhirData.OrderSelect(draft, FhirData.Prefetch(observations: [FhirData.Potassium(4.2)]));

        using var response = await service.PostAsync(Path, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync())["cards"]!.AsArray());
    }

    [Fact]
    public async Task UnlinkedMedicine_GivesNoCardAndNeedsNoRecord()
    {
        // No prefetch and no FHIR access: the record is not needed, so there is no 412.
        var draft = FhirData.MedicationRequest("draft-5", "Amoxicillin 500 MG Oral Capsule");

        using var response = await service.PostAsync(Path, FhirData.OrderSelect(draft, prefetch: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync())["cards"]!.AsArray());
    }

    [Fact]
    public async Task LinkedMedicine_WithoutRecordOrAccess_Is412()
    {
        var draft = FhirData.MedicationRequest("draft-6", "Furosemide 40 MG Oral Tablet");

        using var response = await service.PostAsync(Path, FhirData.OrderSelect(draft, prefetch: null));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task UnselectedDraft_IsNotJudged()
    {
        var draft = FhirData.MedicationRequest("draft-7", "Hydrochlorothiazide 25 MG Oral Tablet");
        var request = FhirData.OrderSelect(draft, FhirData.Prefetch(observations: [FhirData.Potassium(3.2)]));
        request["context"]!["selections"] = new JsonArray("MedicationRequest/another");

        using var response = await service.PostAsync(Path, request);

        Assert.Empty((await response.JsonAsync())["cards"]!.AsArray());
    }

    [Fact]
    public async Task SpecExample_ServiceRequestSelected_GivesNoCard()
    {
        using var response = await service.PostAsync(Path, TestData.Sample("examples-request-2-order-select.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync())["cards"]!.AsArray());
    }

    [Fact]
    public async Task SpecOrderSignExample_SentToOrderSelect_Is400NamingTheFields()
    {
        using var response = await service.PostAsync(Path, TestData.Sample("examples-request-0-order-sign.json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["hook", "context.draftOrders", "context.selections"], Responses.Fields(await response.JsonAsync()));
    }
}
