using System.Net;
using Cramps.CdsHooks.Tests.Support;

namespace Cramps.CdsHooks.Tests;

public sealed class DiscoveryTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    /// <summary>The LOINC codes of the knowledge base's lab tests (knowledge base, laboratory tests table).</summary>
    private static readonly string[] KnowledgeBaseLoinc =
    [
        "2823-3", "6298-4", "2951-2", "2947-0", "19123-9", "2601-3", "17861-6", "2000-8", "1994-3", "17863-2",
        "1751-7", "3016-3", "11579-0", "11580-8", "2157-6", "98979-8", "62238-1", "33914-3", "49765-1",
    ];

    [Fact]
    public async Task Get_ListsPatientViewAndOrderSelect_WithTheFieldsTheSpecRequires()
    {
        using var response = await service.GetAsync("/cds-services");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var services = (await response.JsonAsync())["services"]!.AsArray();
        Assert.Equal(["patient-view", "order-select"], services.Select(s => s!["hook"]!.GetValue<string>()));
        Assert.Equal(["patient-view", "order-select"], services.Select(s => s!["id"]!.GetValue<string>()));
        Assert.All(services, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s!["description"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(s["title"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task Get_PrefetchAsksForThePatientActiveConditionsAndMedicinesAndTheKnowledgeBaseLabs()
    {
        using var response = await service.GetAsync("/cds-services");

        var prefetch = (await response.JsonAsync())["services"]![0]!["prefetch"]!.AsObject();
        Assert.Equal("Patient/{{context.patientId}}", prefetch["patient"]!.GetValue<string>());
        Assert.Equal("Condition?patient={{context.patientId}}&clinical-status=active", prefetch["conditions"]!.GetValue<string>());
        Assert.Equal("MedicationRequest?patient={{context.patientId}}&status=active", prefetch["medications"]!.GetValue<string>());
        Assert.Equal("MedicationStatement?patient={{context.patientId}}&status=active", prefetch["medicationStatements"]!.GetValue<string>());
        var observations = prefetch["observations"]!.GetValue<string>();
        Assert.StartsWith("Observation?patient={{context.patientId}}&code=", observations, StringComparison.Ordinal);
        var codes = observations.Split("&code=")[1].Split('&')[0].Split(',');
        Assert.Equal(KnowledgeBaseLoinc.Order(StringComparer.Ordinal), codes.Select(c => c.Replace("http://loinc.org|", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(codes, c => Assert.StartsWith("http://loinc.org|", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WithoutToken_Is401()
    {
        using var client = service.CreateClient();

        using var response = await client.GetAsync(new Uri("/cds-services", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("missing-token", (await response.JsonAsync())["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Healthz_NeedsNoToken()
    {
        using var client = service.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Docs_ServesTheArticleTheCardsLinkTo()
    {
        using var client = service.CreateClient();

        using var response = await client.GetAsync(new Uri("/docs/cds-hooks-service", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("## What each card means", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
