using Cramps.Core;
using Cramps.Core.Knowledge;

namespace Cramps.Cli.Interview;

/// <summary>A yes / no input of the patient's history that the interview can ask about.</summary>
/// <param name="Label">What it asks, for example "chest pain or trouble breathing".</param>
/// <param name="Get">Reads the answer; <see langword="null"/> is unknown.</param>
/// <param name="Set">Writes an answer.</param>
internal sealed record Flag(string Label, Func<PatientHistory, bool?> Get, Func<PatientHistory, bool, PatientHistory> Set)
{
    /// <summary>Asks for a yes/no input of the knowledge base, named by its own prompt.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The flag.</returns>
    public static Flag Of(YesNoInput input) => new(input.Prompt, input.Read, (h, v) => input.With(h, v));
}

/// <summary>A number in the patient's history that the interview can ask for.</summary>
/// <param name="Label">The prompt, for example "How old are you?".</param>
/// <param name="Range">The accepted values: the request's limits (<see cref="RequestLimits"/>).</param>
/// <param name="NoMeansZero">Whether "no" or "none" means 0.</param>
/// <param name="Get">Reads the value; <see langword="null"/> is unknown.</param>
/// <param name="Set">Writes a value.</param>
internal sealed record Amount(string Label, NumberRange Range, bool NoMeansZero, Func<PatientHistory, double?> Get, Func<PatientHistory, double, PatientHistory> Set);
