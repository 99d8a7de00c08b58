using System.Text.Json;
using Cramps.Core.Serialization;

namespace Cramps.Cli;

/// <summary>Writes validation errors as JSON, in the shape the contract gives batch error lines.</summary>
internal static class ErrorJson
{
    /// <summary>Writes the property <c>"errors": [{"path", "code", "message"}, ...]</c>.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="errors">The errors.</param>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<ValidationError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("path", error.Path);
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
