using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The ranking of cause categories: scores from present rules and episode patterns, ordered by the ranking policy.</summary>
internal sealed class CategoryRanking
{
    private readonly KnowledgeBase _knowledgeBase;
    private readonly KnowledgePolicies _policies;
    private readonly EpisodePatterns _episodes;
    private readonly int _benignCategory;
    private readonly int _restlessCategory;
    private readonly int _lastCategory;
    private readonly CategoryContribution _benignPattern;
    private readonly CategoryContribution _restlessLegs;

    public CategoryRanking(KnowledgeBase knowledgeBase, EpisodePatterns episodes)
    {
        _knowledgeBase = knowledgeBase;
        _policies = knowledgeBase.Policies;
        _episodes = episodes;
        _benignCategory = knowledgeBase.Category(_policies.BenignPatternCategory).Order;
        _restlessCategory = knowledgeBase.Category(_policies.RestlessLegsCategory).Order;
        _lastCategory = knowledgeBase.Category(_policies.RankedLastCategory).Order;
        _benignPattern = new CategoryContribution(CategoryContribution.BenignEpisodePattern, _policies.BenignPatternWeight);
        _restlessLegs = new CategoryContribution(CategoryContribution.RestlessLegs, _policies.RestlessLegsWeight);
    }

    /// <summary>Scores the cause categories and lists those above zero, ranked; every contribution is listed so a score can be re-added.</summary>
    public CauseCategoryFinding[] Rank(EvaluationContext context)
    {
        var rules = context.Rules;
        // stackalloc buffers start zeroed.
        var categories = _knowledgeBase.CategoryArray.Length;
        Span<double> scores = stackalloc double[categories];
        Span<int> factorCounts = stackalloc int[categories];
        Span<int> flagCounts = stackalloc int[categories];
        Span<int> flagUrgency = stackalloc int[categories];
        Span<int> present = stackalloc int[_knowledgeBase.RuleArray.Length];
        var presentFactors = 0;
        foreach (var factor in _knowledgeBase.FactorArray)
        {
            if (rules[factor.Index].Outcome == Truth.True)
            {
                present[presentFactors++] = factor.Index;
                scores[factor.Category.Order] += factor.Weight;
                factorCounts[factor.Category.Order]++;
                foreach (var category in factor.PointsToArray)
                {
                    scores[category.Order] += factor.PointsToWeight;
                    factorCounts[category.Order]++;
                }
            }
        }

        var presentRules = presentFactors;
        foreach (var flag in _knowledgeBase.FlagArray)
        {
            if (rules[flag.Index].Outcome == Truth.True)
            {
                present[presentRules++] = flag.Index;
                scores[flag.Category.Order] += flag.Weight;
                flagCounts[flag.Category.Order]++;
                var urgency = rules[flag.Index].Urgency;
                if (urgency >= _policies.RankingFlagFloor)
                {
                    // Stored one above the urgency, so that 0 stays "no such flag".
                    flagUrgency[flag.Category.Order] = Math.Max(flagUrgency[flag.Category.Order], (int)urgency + 1);
                }
            }
        }

        var benign = _episodes.IsBenignPattern(context.Episodes);
        var restless = context.Patient.Symptoms.UrgeToMoveLegs == true;
        scores[_benignCategory] += benign ? _benignPattern.Weight : 0;
        scores[_restlessCategory] += restless ? _restlessLegs.Weight : 0;

        var listed = 0;
        foreach (var score in scores)
        {
            listed += score > 0 ? 1 : 0;
        }

        var findings = new CauseCategoryFinding[listed];
        Span<RankKey> keys = stackalloc RankKey[listed];
        var next = 0;
        foreach (var category in _knowledgeBase.CategoryArray)
        {
            var order = category.Order;
            if (scores[order] <= 0)
            {
                continue;
            }

            var withBenign = order == _benignCategory && benign;
            var withRestless = order == _restlessCategory && restless;
            var extra = (withBenign ? 1 : 0) + (withRestless ? 1 : 0);
            var factors = IdList.Of(factorCounts[order]);
            var flags = IdList.Of(flagCounts[order]);
            var contributions = new CategoryContribution[factors.Length + flags.Length + extra];
            var f = 0;
            var c = 0;

            // Own factors first, then those that point to the category, each in table order; then red flags and patterns.
            for (var i = 0; i < presentFactors; i++)
            {
                var factor = _knowledgeBase.FactorArray[present[i]];
                if (factor.Category.Order == order)
                {
                    factors[f++] = factor.Id;
                    contributions[c++] = factor.Contribution;
                }
            }

            for (var i = 0; i < presentFactors; i++)
            {
                var factor = _knowledgeBase.FactorArray[present[i]];
                if (PointsTo(factor, order))
                {
                    factors[f++] = factor.Id;
                    contributions[c++] = factor.PointsToContribution;
                }
            }

            var g = 0;
            for (var i = presentFactors; i < presentRules; i++)
            {
                var flag = (RedFlag)_knowledgeBase.RuleArray[present[i]];
                if (flag.Category.Order == order)
                {
                    flags[g++] = flag.Id;
                    contributions[c++] = flag.Contribution;
                }
            }

            if (withBenign)
            {
                contributions[c++] = _benignPattern;
            }

            if (withRestless)
            {
                contributions[c] = _restlessLegs;
            }

            keys[next] = new RankKey(flagUrgency[order], scores[order], order == _lastCategory, order);
            findings[next++] = new CauseCategoryFinding(category, scores[order], factors, flags, contributions);
        }

        // The category of exclusion last; otherwise red-flag urgency first, then score, then table order: a total order.
        keys.Sort(findings.AsSpan());
        return findings;
    }

    private static bool PointsTo(RiskFactor factor, int categoryOrder)
    {
        foreach (var category in factor.PointsToArray)
        {
            if (category.Order == categoryOrder)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sort key of a listed category: whether it is ranked last, red-flag urgency (0 none), score, table order.</summary>
    private readonly record struct RankKey(int FlagUrgency, double Score, bool Last, int Order) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            // The category of exclusion comes after every other listed category, whatever its score.
            var byLast = Last.CompareTo(other.Last);
            if (byLast != 0)
            {
                return byLast;
            }

            var byFlag = other.FlagUrgency.CompareTo(FlagUrgency);
            if (byFlag != 0)
            {
                return byFlag;
            }

            var byScore = other.Score.CompareTo(Score);
            return byScore != 0 ? byScore : Order.CompareTo(other.Order);
        }
    }
}
