namespace Cramps.Cli;

/// <summary>How a stream's text looks: rich layout (tables, panels) and colour, or plain text.</summary>
/// <param name="Rich">Whether to draw tables and panels; true on a terminal or when <c>FORCE_COLOR</c> is set.</param>
/// <param name="Color">Whether to colour text; never when <c>NO_COLOR</c> is set or <c>TERM</c> is <c>dumb</c>.</param>
internal sealed record TerminalStyle(bool Rich, bool Color)
{
    /// <summary>Plain text: no tables, no colour, no escape sequences.</summary>
    public static TerminalStyle Plain { get; } = new(false, false);

    /// <summary>Decides the style of a stream from whether it is a terminal and from the environment.</summary>
    /// <param name="isTerminal">Whether the stream is a terminal.</param>
    /// <param name="environment">The environment variables, by name.</param>
    /// <returns>
    /// Plain text when the stream is redirected; rich layout on a terminal, coloured unless <c>NO_COLOR</c> is set to
    /// anything non-empty (https://no-color.org) or <c>TERM=dumb</c>. <c>FORCE_COLOR</c> set to anything non-empty asks
    /// for the rich layout on a redirected stream too; <c>NO_COLOR</c> still wins over it for colour.
    /// </returns>
    public static TerminalStyle Detect(bool isTerminal, Func<string, string?> environment)
    {
        var rich = isTerminal || !string.IsNullOrEmpty(environment("FORCE_COLOR"));
        var noColor = !string.IsNullOrEmpty(environment("NO_COLOR")) || string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
        return new TerminalStyle(rich, rich && !noColor);
    }
}
