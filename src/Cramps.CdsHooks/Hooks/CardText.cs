using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Cramps.CdsHooks.Hooks;

/// <summary>What the service adds to every card, and the text helpers its own cards use.</summary>
internal static class CardText
{
    /// <summary>The anchor of the article's section on what each card means.</summary>
    public const string CardsAnchor = "#what-each-card-means";

    /// <summary>The most characters of a summary: CDS Hooks asks for fewer than 140.</summary>
    public const int MaxSummaryLength = 139;

    /// <summary>Adds the documentation link and the source URL to each card of a <c>{"cards": [...]}</c> response.</summary>
    /// <returns>The number of cards.</returns>
    public static int Decorate(JsonObject response, string documentationUrl)
    {
        var cards = response["cards"]!.AsArray();
        foreach (var card in cards)
        {
            var source = card!["source"]!.AsObject();
            source["url"] ??= documentationUrl;
            card["links"] = new JsonArray(new JsonObject
            {
                ["label"] = "What this card means (Cramps documentation)",
                ["url"] = documentationUrl + CardsAnchor,
                ["type"] = "absolute",
            });
        }

        return cards.Count;
    }

    /// <summary>Shortens a summary to <see cref="MaxSummaryLength"/> characters, ending in an ellipsis when cut.</summary>
    public static string Summary(string text) =>
        text.Length <= MaxSummaryLength ? text : text[..(MaxSummaryLength - 1)].TrimEnd() + "\u2026";

    /// <summary>Escapes text for GitHub Flavored Markdown, so a value from a record renders as itself.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>Derives a UUID from content (RFC 9562 version 8, from SHA-256), so equal cards have equal ids.</summary>
    public static string Uuid(string content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(content), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash[..16]);
        return string.Join('-', hex[..8], hex[8..12], hex[12..16], hex[16..20], hex[20..32]);
    }
}
