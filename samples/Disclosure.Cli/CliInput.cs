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
            : throw new CliInputException(Output.CliText.Format("Input.NotADate", what, text));
    }

    /// <summary>Reads a text file named by an option, saying what is wrong when it is missing, a directory or unreadable.</summary>
    internal static string ReadFile(FileInfo file, string? option = null)
    {
        CheckFile(file.FullName, option);
        try
        {
            return File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(Prefix(option) + Output.CliText.Format("Input.CannotRead", file.FullName, e.Message));
        }
    }

    /// <summary>Refuses a path that is a directory or does not exist, with what to give instead.</summary>
    internal static void CheckFile(string path, string? option)
    {
        if (Directory.Exists(path))
        {
            var inside = Directory.EnumerateFiles(path, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(5).ToList();
            throw new CliInputException(Prefix(option) + (inside.Count == 0
                ? Output.CliText.Format("Input.IsDirectory", path)
                : Output.CliText.Format("Input.IsDirectoryWithExample", path, Path.Combine(path, inside[0]!), string.Join(Output.CliText.Get("ListSeparator"), inside))));
        }

        if (!File.Exists(path))
        {
            throw new CliInputException(Prefix(option) + Output.CliText.Format("Input.NoSuchFile", path));
        }
    }

    /// <summary>The option a message is about, then a colon (<c>--log: </c>, <c>--log：</c>), or nothing.</summary>
    internal static string Prefix(string? option) => option is null ? string.Empty : Output.CliText.Format("Input.OptionPrefix", option);
}
