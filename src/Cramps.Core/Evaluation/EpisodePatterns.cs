using Cramps.Core.Internal;
using Cramps.Core.Knowledge;

namespace Cramps.Core.Evaluation;

/// <summary>The episode policies of the knowledge base, as bit masks built once: typical muscles, benign settings, the night window.</summary>
internal sealed class EpisodePatterns
{
    private readonly KnowledgePolicies _policies;
    private readonly int _prolongedSeconds;
    private readonly int _typicalMuscles;
    private readonly int _benignSettings;

    public EpisodePatterns(KnowledgePolicies policies, int prolongedSeconds)
    {
        _policies = policies;
        _prolongedSeconds = prolongedSeconds;
        _typicalMuscles = policies.TypicalMuscles.Aggregate(0, (mask, muscle) => mask | (1 << (int)muscle));
        _benignSettings = policies.BenignSettings.Aggregate(0, (mask, setting) => mask | (1 << (int)setting));
    }

    /// <summary>Gets whether every muscle of an episode is one of the policy's typical muscles.</summary>
    public bool InTypicalMuscles(CrampEpisode episode)
    {
        foreach (var muscle in ReadOnlyArray<MuscleRegion>.Of(episode.Muscles))
        {
            if ((_typicalMuscles & (1 << (int)muscle)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every episode is in the typical muscles, at night or rest (a benign setting, or with the setting unknown a local
    /// start in the night window), no longer than prolongedSeconds when known, and none is unrelieved by stretching.
    /// </summary>
    public bool IsBenignPattern(CrampEpisode[] episodes)
    {
        if (episodes.Length == 0)
        {
            return false;
        }

        foreach (var episode in episodes)
        {
            if (!InTypicalMuscles(episode))
            {
                return false;
            }

            var atRest = episode.Setting is { } setting
                ? (_benignSettings & (1 << (int)setting)) != 0
                : episode.StartedAt is { } started && (started.Hour >= _policies.NightStartHour || started.Hour < _policies.NightEndHour);
            if (!atRest || episode.DurationSeconds > _prolongedSeconds || episode.RelievedByStretching == false)
            {
                return false;
            }
        }

        return true;
    }
}
