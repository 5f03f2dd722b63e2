using System.Reflection;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The command line as a separate process: the executable named by <see cref="CliRunner.ExecutableVariable"/> (the
/// Native AOT binary in CI), otherwise the JIT-compiled apphost built beside these tests. Its answers must be the
/// in-process ones, byte for byte, exit code and error stream included.
/// </summary>
public class CliProcessTests
{
    private static string Executable =>
        CliRunner.Executable ?? Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Disclosure.Cli.exe" : "Disclosure.Cli");

    [Theory]
    [InlineData("workdays add 2025-09-25 20")]
    [InlineData("workdays add 2025-02-30 20")]
    [InlineData("workdays add 2026-12-20 20")]
    [InlineData("catalog --format json")]
    [InlineData("due --as-of 2024-07-01 --format json")]
    [InlineData("units")]
    [InlineData("calendar --from 2024-09-28 --to 2024-10-08 --format json")]
    [InlineData("calendar --from 2024-09-28 --to 2024-10-08 --format csv")]
    public void Process_AnyCommand_AnswersAsInProcess(string commandLine)
    {
        var args = commandLine.Split(' ');

        var inProcess = CliRunner.RunInProcess(args);
        var child = CliRunner.RunProcess(Executable, args);

        Assert.Equal(inProcess.ExitCode, child.ExitCode);
        Assert.Equal(inProcess.Error, child.Error);
        Assert.Equal(inProcess.Output, child.Output);
    }

    [Fact]
    public void Process_Version_PrintsTheToolVersion()
    {
        var version = typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        var (code, output, error) = CliRunner.RunProcess(Executable, "--version");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith(version, output, StringComparison.Ordinal);
    }
}
