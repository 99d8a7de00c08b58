using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Cramps.Docs.Tests.Support;

/// <summary>
/// Compiles C# as a reader pastes it into a new console app (<c>dotnet new console</c>: top-level statements, implicit
/// usings, nullable on) that references Cramps.Core and Cramps.Fhir, and runs it.
/// </summary>
public static class CSharpProgram
{
    /// <summary>The global usings of a new console app (the SDK's implicit usings).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path))]);

    /// <summary>Gets the errors and warnings of compiling source files as one program (or a library without a <c>Main</c>).</summary>
    public static IReadOnlyList<string> Problems(params string[] sources) => Compile(sources).Problems;

    /// <summary>Compiles a program and runs it with arguments; returns its exit code and what it wrote.</summary>
    public static (int ExitCode, string Out, string Error) Run(string source, params string[] args)
    {
        var (bytes, problems) = Compile([source]);
        Assert.True(problems.Count == 0, "The program does not compile as shown:\n" + string.Join("\n", problems) + "\n" + source);

        var context = new AssemblyLoadContext("docs-program", isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(new MemoryStream(bytes!)).EntryPoint!;
            var exit = 0;
            var (output, error) = ConsoleOutput.Capture(() =>
            {
                var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [args]);
                if (result is Task<int> task)
                {
                    exit = task.GetAwaiter().GetResult();
                }
                else if (result is Task plain)
                {
                    plain.GetAwaiter().GetResult();
                }
                else if (result is int code)
                {
                    exit = code;
                }
            });
            return (exit, output, error);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException("The program threw: " + e.InnerException, e.InnerException);
        }
        finally
        {
            context.Unload();
        }
    }

    private static (byte[]? Bytes, IReadOnlyList<string> Problems) Compile(string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: "Block" + i + ".cs"))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "GlobalUsings.g.cs"))
            .ToList();
        var hasMain = trees.Any(t => t.GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any());
        var options = new CSharpCompilationOptions(hasMain ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        var compilation = CSharpCompilation.Create("DocsProgram" + Guid.NewGuid().ToString("N"), trees, References.Value, options);
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var problems = emitted.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        return (emitted.Success ? stream.ToArray() : null, problems);
    }
}
