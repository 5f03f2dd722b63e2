using System.CommandLine;
using System.Text;
using Disclosure.Domain.Histories;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure log convert FILE --out FILE</c>: rewrites a publication log of the older CLI shape (or of the format
/// itself) in the library's publication-log format, version 1 (<see cref="PublicationLogJson"/>), after checking every
/// entry against the catalog.
/// </summary>
internal static class LogCommand
{
    internal static Command Create()
    {
        var input = new Argument<FileInfo>("file") { Description = "The publication log to convert." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the publication-log format.", Required = true };
        var convert = new Command("convert", "Rewrite a publication log in the library's versioned publication-log format (formatVersion 1).") { input, output };
        convert.SetAction(parsed => Cli.Guarded(parsed, text =>
        {
            var file = parsed.GetValue(input)!;
            var log = DueLogFile.Read(file, Cli.SelectedPack(parsed).Catalog);
            var target = parsed.GetValue(output)!;
            File.WriteAllBytes(target.FullName, PublicationLogJson.Write(log));
            text.WriteLine($"{target.Name}: {log.PublicationCount} publications and {log.EventCount} information events in publication-log format 1.");
            return 0;
        }));
        return new Command("log", "Publication logs: convert the older shape to the versioned format.") { convert };
    }
}
