using Cramps.Core;

namespace Cramps.Cli.Interview;

/// <summary>A yes / no input of the patient's history that the interview can ask about.</summary>
/// <param name="Label">What it asks, for example "chest pain or trouble breathing".</param>
/// <param name="Get">Reads the answer; <see langword="null"/> is unknown.</param>
/// <param name="Set">Writes an answer.</param>
internal sealed record Flag(string Label, Func<PatientHistory, bool?> Get, Func<PatientHistory, bool, PatientHistory> Set)
{
    public static Flag Symptom(string label, Func<Symptoms, bool?> get, Func<Symptoms, bool, Symptoms> set) =>
        new(label, h => get(h.Symptoms), (h, v) => h with { Symptoms = set(h.Symptoms, v) });

    public static Flag Lifestyle(string label, Func<Lifestyle, bool?> get, Func<Lifestyle, bool, Lifestyle> set) =>
        new(label, h => get(h.Lifestyle), (h, v) => h with { Lifestyle = set(h.Lifestyle, v) });

    public static Flag Pattern(string label, Func<CrampPattern, bool?> get, Func<CrampPattern, bool, CrampPattern> set) =>
        new(label, h => get(h.CrampPattern), (h, v) => h with { CrampPattern = set(h.CrampPattern, v) });
}

/// <summary>A number in the patient's history that the interview can ask for.</summary>
/// <param name="Label">The prompt, for example "How old are you?".</param>
/// <param name="Range">The accepted values: the request's limits (<see cref="RequestLimits"/>).</param>
/// <param name="NoMeansZero">Whether "no" or "none" means 0.</param>
/// <param name="Get">Reads the value; <see langword="null"/> is unknown.</param>
/// <param name="Set">Writes a value.</param>
internal sealed record Amount(string Label, NumberRange Range, bool NoMeansZero, Func<PatientHistory, double?> Get, Func<PatientHistory, double, PatientHistory> Set);
