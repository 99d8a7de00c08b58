using System.Diagnostics;
using System.Text;

namespace Cramps.Cli.Tests.Support;

/// <summary>What a run of the console left behind.</summary>
public sealed record CrampsRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Starts the built console (<c>dotnet cramps.dll</c>) as a process with redirected standard streams.</summary>
public static class CrampsProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "cramps.dll");

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>Runs the console to the end with the given standard input.</summary>
    public static async Task<CrampsRun> RunAsync(IEnumerable<string> args, string? stdin = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        await WaitAsync(process);
        return new CrampsRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the interview, answering each prompt as it appears on stderr.</summary>
    /// <param name="args">The arguments after <c>interview</c>.</param>
    /// <param name="answer">Gets the prompt line and the question being asked, and returns the answer, or null to close stdin.</param>
    public static async Task<CrampsRun> InterviewAsync(IEnumerable<string> args, Func<string, string, string?> answer)
    {
        using var process = Start(["interview", .. args], null);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var transcript = new StringBuilder();
        var buffer = new char[4096];
        var question = string.Empty;
        var prompts = 0;
        int read;
        while ((read = await process.StandardError.ReadAsync(buffer).AsTask().WaitAsync(Timeout)) > 0)
        {
            transcript.Append(buffer, 0, read);
            var text = transcript.ToString();
            if (!text.EndsWith("] > ", StringComparison.Ordinal))
            {
                continue;
            }

            if (++prompts > 500)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("The interview asked more than 500 times; the answers never fit:\n" + text[Math.Max(0, text.Length - 2000)..]);
            }

            var lines = text.Split('\n');
            question = lines.LastOrDefault(l => l.Length > 2 && char.IsDigit(l[0]) && l.Contains(". ", StringComparison.Ordinal)) ?? question;
            var reply = answer(lines[^1], question);
            if (reply is null)
            {
                process.StandardInput.Close();
            }
            else
            {
                await process.StandardInput.WriteAsync(reply + "\n");
                await process.StandardInput.FlushAsync();
            }
        }

        await WaitAsync(process);
        return new CrampsRun(process.ExitCode, await stdout, transcript.ToString());
    }

    private static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A developer's own settings must not change what the tests see.
        info.Environment.Remove("NO_COLOR");
        info.Environment.Remove("FORCE_COLOR");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static async Task WaitAsync(Process process)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("cramps did not finish within " + Timeout + ".");
        }
    }
}
