using System.Text;
using System.Text.Json.Nodes;

namespace Cramps.Core.Tests.Support;

/// <summary>Mutates valid request JSON: drops, duplicates and retypes values, truncates, and injects bytes.</summary>
public static class JsonMutator
{
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1e400", "-1e400", "3.5", "190", "\"\"", "\" \"", "\"x\"", "\"2026-13-45\"", "\"2026-11-26\"",
        "[]", "[null]", "{}", "{\"a\":1}", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "\"calf\"", "\"mg/dL\"", "12345678901234567890123",
    ];

    /// <summary>Applies a structural mutation to a valid JSON document; the result is still well-formed JSON.</summary>
    public static string Structural(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[random.Next(nodes.Count)];
        switch (random.Next(5))
        {
            case 0 when target.Parent is JsonObject owner:
                owner.Remove(target.GetPropertyName());
                break;
            case 1 when target.Parent is JsonArray list:
                list.Remove(target);
                break;
            case 2 when target is JsonObject obj:
                obj["unexpected" + random.Next(3)] = 1;
                break;
            case 3 when target.Parent is JsonObject owner:
                var name = target.GetPropertyName();
                var text = root.ToJsonString();
                var original = "\"" + name + "\":" + target.ToJsonString();
                var at = text.IndexOf(original, StringComparison.Ordinal);
                return at < 0 ? text : text.Insert(at, original + ",");
            default:
                Replace(target, JsonNode.Parse(Replacements[random.Next(Replacements.Length)]));
                break;
        }

        return root.ToJsonString();
    }

    /// <summary>Applies a byte-level mutation: the result may be malformed, truncated or not UTF-8.</summary>
    public static byte[] Bytes(string json, Random random)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(json));
        var count = 1 + random.Next(3);
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(4)).Select(_ => (byte)random.Next(256)));
                    break;
                case 2:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                    break;
                default:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(16));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Collect(child, nodes);
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject owner:
                owner[target.GetPropertyName()] = replacement;
                break;
            case JsonArray list:
                list[list.IndexOf(target)] = replacement;
                break;
        }
    }
}
