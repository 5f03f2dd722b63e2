using System.CommandLine;
using System.Text;
using Disclosure.Domain.Office.Ics;
using Disclosure.Domain.Office.Spreadsheets;
using NodaTime;

namespace Disclosure.Cli.Output;

/// <summary>
/// The files staff open: <c>--out FILE</c>, CSV with a UTF-8 byte-order mark (so Excel and WPS on Chinese Windows read
/// it as UTF-8, not GBK), <c>.xlsx</c> through <see cref="XlsxWriter"/> and <c>.ics</c> through <see cref="IcsWriter"/>.
/// </summary>
internal static class FileOutput
{
    /// <summary>The byte-order mark every CSV text starts with: U+FEFF, written as EF BB BF in UTF-8.</summary>
    internal const char ByteOrderMark = '\uFEFF';

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The <c>--out</c> option: where a file format goes; required for xlsx, standard output otherwise.</summary>
    internal static Option<FileInfo?> Out() => new("--out")
    {
        Description = CliText.Get("Out.Description"),
    };

    /// <summary>The <c>--remind</c> option of the ics format: a reminder this many working days before each due date.</summary>
    internal static Option<int> Remind() => new("--remind")
    {
        Description = CliText.Get("Remind.Description"),
        DefaultValueFactory = _ => 3,
    };

    /// <summary>Writes text to the <c>--out</c> file (UTF-8, no extra mark) or to standard output.</summary>
    internal static void Text(TextWriter output, FileInfo? file, string text)
    {
        if (file is null)
        {
            output.Write(text);
            return;
        }

        Guard(file, () => File.WriteAllText(file.FullName, text, Utf8));
        output.WriteLine(CliText.Format("Wrote", file.FullName));
    }

    /// <summary>Writes a CSV text, prefixed with the byte-order mark, to the <c>--out</c> file or standard output.</summary>
    internal static void Csv(TextWriter output, FileInfo? file, string csv) => Text(output, file, ByteOrderMark + csv);

    /// <summary>Writes one sheet of a workbook to the <c>--out</c> file, which <c>--format xlsx</c> requires.</summary>
    /// <param name="output">Standard output, for the line saying what was written.</param>
    /// <param name="file">The <c>--out</c> file.</param>
    /// <param name="sheet">The key of the sheet's name in <c>CliTexts.resx</c>.</param>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows.</param>
    internal static void Xlsx<T>(TextWriter output, FileInfo? file, string sheet, IReadOnlyList<XlsxColumn<T>> columns, IEnumerable<T> rows)
    {
        if (file is null)
        {
            throw new CliInputException(CliText.Get("Xlsx.NeedsOut"));
        }

        var count = 0;
        Guard(file, () =>
        {
            using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write);
            count = XlsxWriter.Write(stream, CliText.Get(sheet), columns, rows);
        });
        output.WriteLine(CliText.Format("WroteRows", file.FullName, count));
    }

    /// <summary>Writes a calendar of all-day events to the <c>--out</c> file or standard output.</summary>
    internal static void Ics(TextWriter output, FileInfo? file, string name, IEnumerable<IcsEvent> events, IClock clock)
    {
        using var text = new StringWriter();
        IcsWriter.Write(text, name, events, clock.GetCurrentInstant());
        Text(output, file, text.ToString());
    }

    private static void Guard(FileInfo file, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(CliText.Format("CannotWrite", file.FullName, e.Message));
        }
    }
}
