namespace Disclosure.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it writes.</summary>
internal static class CliRunner
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
