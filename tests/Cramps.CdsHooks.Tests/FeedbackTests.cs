using System.Net;
using System.Text.Json.Nodes;
using Cramps.CdsHooks.Tests.Support;

namespace Cramps.CdsHooks.Tests;

public sealed class FeedbackTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    private const string Path = "/cds-services/patient-view/feedback";

    [Fact]
    public async Task AcceptedSuggestion_IsAcceptedAndLoggedAsACount()
    {
        // The specification's example of an accepted suggestion.
        var feedback = JsonNode.Parse("""
            {"feedback": [{"card": "4e0a3a1e-3283-4575-ab82-028d55fe2719", "outcome": "accepted",
              "acceptedSuggestions": [{"id": "e56e1945-20b3-4393-8503-a1a20fd73152"}], "outcomeTimestamp": "2021-12-11T10:05:31Z"}]}
            """)!;

        using var response = await service.PostAsync(Path, feedback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(service.Logs.Entries, e => e.Contains("Feedback for CDS service patient-view: 1 accepted, 0 overridden.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverriddenWithReason_IsAcceptedWithoutLoggingTheCommentOrCard()
    {
        var feedback = JsonNode.Parse("""
            {"feedback": [{"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "overridden",
              "overrideReason": {"reason": {"code": "d7ecf885", "system": "https://example.com/cds-hooks/override-reason-system"},
              "userComment": "Mrs Quokka-Feedback already stopped her diuretic."}, "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}
            """)!;

        using var response = await service.PostAsync(Path, feedback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Quokka-Feedback", service.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("9368d37b", service.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadItems_Are400NamingEachField()
    {
        var feedback = JsonNode.Parse("""
            {"feedback": [{"card": "a", "outcome": "liked", "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                          {"outcome": "accepted", "outcomeTimestamp": "yesterday"}]}
            """)!;

        using var response = await service.PostAsync(Path, feedback);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["feedback[0].outcome", "feedback[1].card", "feedback[1].outcomeTimestamp", "feedback[1].acceptedSuggestions"],
            Responses.Fields(await response.JsonAsync()));
    }

    [Fact]
    public async Task TokenForTheServiceUrl_IsAcceptedForItsFeedback()
    {
        var token = service.Ec.Token(ServiceFactory.BaseUrl + "/cds-services/patient-view");
        var feedback = JsonNode.Parse("""{"feedback": []}""")!;

        using var response = await service.PostAsync(Path, feedback, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
