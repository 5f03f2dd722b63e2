using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Cli;

/// <summary>Bad command-line input; the message is shown as one line.</summary>
internal sealed class CliInputException(string message) : Exception(message);

/// <summary>Parsing and shared options for the command line.</summary>
internal static class CliInput
{
    internal static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = Output.CliText.Format("Format.Description", string.Join(", ", formats)), DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    internal static Option<bool> Provisional() => new("--provisional")
    {
        Description = Output.CliText.Get("Provisional.Description"),
    };

    internal static LocalDate Date(string? text, string what)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success
            ? result.Value
            : throw new CliInputException($"{what}: '{text}' is not a date; expected yyyy-MM-dd, for example 2025-09-25.");
    }

    internal static string ReadFile(FileInfo file)
    {
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read '{file.FullName}': {e.Message}");
        }
    }
}
