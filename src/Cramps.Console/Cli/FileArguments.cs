namespace Cramps.Cli;

/// <summary>Opens the files a command line names, turning every way that can fail into a one-line message.</summary>
/// <remarks>
/// A file the command line names but that cannot be opened (missing, a directory, no permission) is a usage error
/// (exit 2): the request was never read. What is inside a file that opened is the request, and its problems are
/// validation errors (exit 1).
/// </remarks>
internal static class FileArguments
{
    /// <summary>Opens a file for reading, or writes why it cannot be opened.</summary>
    /// <param name="host">The console.</param>
    /// <param name="path">The path.</param>
    /// <param name="stream">The open stream.</param>
    /// <returns>Whether the file opened.</returns>
    public static bool TryOpenRead(ConsoleHost host, string path, out Stream stream)
    {
        stream = Stream.Null;
        if (Directory.Exists(path))
        {
            return Fail(host, $"'{path}' is a directory, not a file.");
        }

        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return true;
        }
        catch (FileNotFoundException)
        {
            return Fail(host, $"file not found: '{path}'.");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail(host, $"file not found: '{path}' (no such directory).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(host, $"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>Writes a text file whole, or writes why it cannot be written.</summary>
    /// <param name="host">The console.</param>
    /// <param name="path">The path.</param>
    /// <param name="text">The text.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(ConsoleHost host, string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(host, $"cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Checks before any work that a file can be created at a path: its folder exists and it is not a folder.</summary>
    /// <param name="host">The console.</param>
    /// <param name="path">The path.</param>
    /// <returns>Whether the path looks writable.</returns>
    public static bool CheckWritable(ConsoleHost host, string path)
    {
        if (Directory.Exists(path))
        {
            return Fail(host, $"'{path}' is a directory, not a file.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        return folder is null || Directory.Exists(folder) || Fail(host, $"cannot write '{path}': the folder '{folder}' does not exist.");
    }

    private static bool Fail(ConsoleHost host, string message)
    {
        host.Error.WriteLine("cramps: " + message);
        return false;
    }
}
