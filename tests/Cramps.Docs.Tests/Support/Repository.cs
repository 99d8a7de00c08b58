namespace Cramps.Docs.Tests.Support;

/// <summary>Reads files of the repository, and checks committed generated files against fresh output.</summary>
public static class Repository
{
    /// <summary>The environment variable that makes the tests rewrite the committed files instead of comparing.</summary>
    public const string WriteVariable = "CRAMPS_WRITE_DOCS";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static string Text(string relativePath) => File.ReadAllText(PathOf(relativePath)).ReplaceLineEndings("\n");

    /// <summary>Asserts that a committed file equals what the code generates now, or rewrites it when asked to.</summary>
    public static void AssertCommitted(string relativePath, string generated)
    {
        generated = generated.ReplaceLineEndings("\n");
        var path = PathOf(relativePath);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? Text(relativePath) : "(missing)";
        Assert.True(
            committed == generated,
            relativePath + " is out of date: run `" + WriteVariable + "=1 dotnet test tests/Cramps.Docs.Tests` and commit the result.\n"
            + "Generated:\n" + generated);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cramps.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
