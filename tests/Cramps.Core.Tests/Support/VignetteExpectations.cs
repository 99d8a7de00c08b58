namespace Cramps.Core.Tests.Support;

/// <summary>Checks an assessment against a vignette's <c>expect</c> block.</summary>
public static class VignetteExpectations
{
    private static readonly string[] Keys =
    [
        "urgency", "riskFactorsInclude", "riskFactorsExclude", "redFlagsInclude", "redFlagsExclude", "redFlagsExactly",
        "topCategoriesInclude", "firstCategory", "adviceInclude", "adviceExclude", "openQuestionsExactly", "interviewComplete",
    ];

    public static void Check(Vignette vignette, CrampAssessment assessment)
    {
        var expect = vignette.Expect;
        // An expectation this checker does not know would otherwise pass silently.
        Assert.All(expect.EnumerateObject(), p => Assert.Contains(p.Name, Keys));
        var factors = assessment.RiskFactors.Select(f => f.Id).ToList();
        var flags = assessment.RedFlags.Select(f => f.Id).ToList();
        var advice = assessment.Advice.Select(a => a.Id).ToList();
        var categories = assessment.CauseCategories.Select(c => c.Id).ToList();

        if (expect.TryGetProperty("urgency", out var urgency))
        {
            Assert.Equal(urgency.GetString(), WireNames.Of(assessment.Urgency));
        }

        foreach (var id in vignette.Strings("riskFactorsInclude"))
        {
            Assert.Contains(id, factors);
        }

        foreach (var id in vignette.Strings("riskFactorsExclude"))
        {
            Assert.DoesNotContain(id, factors);
        }

        foreach (var id in vignette.Strings("redFlagsInclude"))
        {
            Assert.Contains(id, flags);
        }

        foreach (var id in vignette.Strings("redFlagsExclude"))
        {
            Assert.DoesNotContain(id, flags);
        }

        if (expect.TryGetProperty("redFlagsExactly", out _))
        {
            Assert.Equal(vignette.Strings("redFlagsExactly").Order(StringComparer.Ordinal), flags.Order(StringComparer.Ordinal));
        }

        // "Top" categories: each expected id ranks among the first as many categories as the vignette names.
        var top = vignette.Strings("topCategoriesInclude");
        foreach (var id in top)
        {
            Assert.Contains(id, categories.Take(top.Count));
        }

        if (expect.TryGetProperty("firstCategory", out var first))
        {
            Assert.Equal(first.GetString(), categories.FirstOrDefault());
        }

        if (expect.TryGetProperty("openQuestionsExactly", out _))
        {
            Assert.Equal(vignette.Strings("openQuestionsExactly").Order(StringComparer.Ordinal), assessment.OpenQuestions.Select(q => q.Id).Order(StringComparer.Ordinal));
        }

        if (expect.TryGetProperty("interviewComplete", out var complete))
        {
            Assert.Equal(complete.GetBoolean(), assessment.InterviewComplete);
        }

        foreach (var id in vignette.Strings("adviceInclude"))
        {
            Assert.Contains(id, advice);
        }

        foreach (var id in vignette.Strings("adviceExclude"))
        {
            Assert.DoesNotContain(id, advice);
        }
    }
}
