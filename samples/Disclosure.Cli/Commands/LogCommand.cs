using System.CommandLine;
using Disclosure.Cli.Output;
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
        var input = new Argument<FileInfo>("file") { Description = CliText.Get("Log.Convert.File") };
        var output = new Option<FileInfo>("--out") { Description = CliText.Get("Log.Convert.Out"), Required = true };
        var convert = new Command("convert", CliText.Get("Log.Convert.Description")) { input, output };
        convert.SetAction(parsed => Cli.Guarded(parsed, text =>
        {
            var file = parsed.GetValue(input)!;
            var log = DueLogFile.Read(file, Cli.SelectedPack(parsed).Catalog);
            var target = parsed.GetValue(output)!;
            File.WriteAllBytes(target.FullName, PublicationLogJson.Write(log));
            text.WriteLine(CliText.Format("Log.Converted", target.Name, log.PublicationCount, log.EventCount));
            return 0;
        }));
        return new Command("log", CliText.Get("Log.Description")) { convert };
    }
}
