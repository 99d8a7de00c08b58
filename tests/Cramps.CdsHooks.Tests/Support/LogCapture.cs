using System.Collections.Concurrent;

namespace Cramps.CdsHooks.Tests.Support;

/// <summary>Captures every log entry at every level, with its message, its structured values and any exception.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public string All => string.Join('\n', _entries);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue(category + " scope " + state);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => p.Key + "=" + p.Value)) : string.Empty;
            entries.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {values} {exception}");
        }
    }
}
