using System.Diagnostics;
using System.Text;

namespace Disclosure.Cli.Tests;

/// <summary>
/// Runs the command line and captures what it writes: in-process by default, or as a child process of the
/// executable that <see cref="ExecutableVariable"/> names (the published Native AOT binary, say), so that the same
/// tests check the program users install.
/// </summary>
internal static class CliRunner
{
    /// <summary>The environment variable naming an executable <c>disclosure</c> to run the tests against.</summary>
    internal const string ExecutableVariable = "DISCLOSURE_CLI_EXECUTABLE";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Decodes as the command writes (UTF-8); GetString keeps a leading byte order mark as U+FEFF.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The executable under test, or null when the tests run the command line in-process.</summary>
    internal static string? Executable { get; } = Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } path
        ? File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"{ExecutableVariable} names '{path}', which does not exist.", path)
        : null;

    internal static (int ExitCode, string Output, string Error) Run(params string[] args) =>
        Executable is null ? RunInProcess(args) : RunProcess(Executable, args);

    internal static (int ExitCode, string Output, string Error) RunInProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Starts <paramref name="executable"/> with the arguments as given (no shell) and waits for it to exit.</summary>
    internal static (int ExitCode, string Output, string Error) RunProcess(string executable, params string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.StandardInput.Close();
        // Both streams are read concurrently (a child that fills one pipe while we wait on the other would hang), as
        // bytes: a StreamReader would drop the UTF-8 byte order mark that the CSV output begins with.
        var output = ReadAllAsync(process.StandardOutput.BaseStream);
        var error = ReadAllAsync(process.StandardError.BaseStream);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} {string.Join(' ', args)} did not exit within {Timeout.TotalSeconds} s.");
        }

        return (process.ExitCode, Utf8.GetString(output.Result).ReplaceLineEndings("\n"), Utf8.GetString(error.Result).ReplaceLineEndings("\n"));
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
