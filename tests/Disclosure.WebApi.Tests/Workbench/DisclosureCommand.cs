using System.Diagnostics;

namespace Disclosure.WebApi.Tests.Workbench;

/// <summary>Runs the <c>disclosure</c> command (the CLI sample, built beside these tests) on a file, as a bureau would on an export.</summary>
internal static class DisclosureCommand
{
    private static readonly string Assembly = Path.Combine(AppContext.BaseDirectory, "Disclosure.Cli.dll");

    /// <summary>Writes <paramref name="document"/> to a temporary file, runs <c>disclosure</c> with <c>{file}</c> in the arguments replaced by its path, and deletes it.</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunOnFileAsync(byte[] document, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"workbench-export-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, document, WorkbenchClient.Cancel);
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Assembly);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg.Replace("{file}", file, StringComparison.Ordinal));
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(WorkbenchClient.Cancel);
            var error = process.StandardError.ReadToEndAsync(WorkbenchClient.Cancel);
            await process.WaitForExitAsync(WorkbenchClient.Cancel);
            return (process.ExitCode, await output, await error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
