using Cramps.Core;
using Cramps.Core.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cramps.Docs.Snippets;

/// <summary>The examples of the embedding article: one evaluator shared by many threads, and a web endpoint.</summary>
internal static class Embedding
{
    /// <summary>Evaluates many requests in parallel with one shared evaluator.</summary>
    public static CrampAssessment[] EvaluateInParallel(ICrampEvaluator evaluator, IReadOnlyList<AssessmentRequest> requests)
    {
        #region parallel
        var assessments = new CrampAssessment[requests.Count];
        Parallel.For(0, requests.Count, i => assessments[i] = evaluator.Evaluate(requests[i]));   // no lock needed
        #endregion
        return assessments;
    }

    /// <summary>Builds a minimal web API that assesses request JSON posted to /assessments.</summary>
    public static WebApplication BuildWebApi(string[] args)
    {
        #region web-api
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCrampEvaluator();   // thresholds from configuration: add .BindThresholds("Cramps:Thresholds")

        var app = builder.Build();
        app.MapPost("/assessments", AssessAsync);
        #endregion
        return app;
    }

    #region web-api-handler
    /// <summary>Assesses the request JSON in the body: 200 with the result JSON, or 400 with every validation error.</summary>
    private static async Task<IResult> AssessAsync(HttpRequest http, ICrampEvaluator evaluator)
    {
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, http.HttpContext.RequestAborted);

        var parsed = CrampJson.ParseRequest(body.GetBuffer().AsSpan(0, (int)body.Length));
        if (!parsed.IsValid)
        {
            return Results.BadRequest(new { errors = parsed.Errors });
        }

        var assessment = evaluator.Evaluate(parsed.Request, EvaluationOptions.WithTrace);   // the contract's JSON carries the trace
        return Results.Bytes(CrampJson.SerializeToUtf8Bytes(assessment), "application/json");
    }
    #endregion
}
