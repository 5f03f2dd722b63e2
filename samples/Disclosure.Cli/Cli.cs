using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Disclosure.Cli.Output;
using Disclosure.Cli.Commands;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Cli;

/// <summary>The <c>disclosure</c> command line: builds the command tree and runs it against given writers.</summary>
internal static class Cli
{
    /// <summary>Exit code for bad input (a date that does not parse, an uncovered year, a malformed file).</summary>
    internal const int InputError = 1;

    /// <summary>The option naming a calendar data file layered over the embedded calendar (for example the next year's arrangement).</summary>
    private const string CalendarDataName = "--calendar-data";

    /// <summary>The languages of <c>--lang</c>.</summary>
    internal static readonly string[] Languages = ["zh-CN", "en"];

    /// <summary>
    /// Runs the command line in the language <c>--lang</c> asks for, or Chinese when the UI culture is Chinese and English
    /// otherwise: the UI culture is set for the run (help text included) and restored after.
    /// </summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language(args, saved);
        try
        {
            return RunInLanguage(args, output, error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>The culture of the run: <c>--lang</c>'s (read before parsing, so help is in it too), else Chinese for a Chinese UI culture.</summary>
    internal static CultureInfo Language(string[] args, CultureInfo current)
    {
        string? asked = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
            {
                asked = args[i + 1];
            }
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                asked = args[i][7..];
            }
        }

        var chinese = asked switch
        {
            "zh-CN" => true,
            "en" => false,
            _ => CliText.IsChineseCulture(current),
        };
        return CultureInfo.GetCultureInfo(chinese ? "zh-CN" : "en");
    }

    private static int RunInLanguage(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Root().Parse(args);
        if (parsed.Action is not HelpAction && parsed.Errors.Count == 0)
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }

        // Help and parse errors are System.CommandLine's text: written to buffers first, so ParserText can put the
        // strings its own translation leaves in English into the run's language.
        using var helpOutput = new StringWriter(CultureInfo.InvariantCulture);
        using var helpError = new StringWriter(CultureInfo.InvariantCulture);
        var code = parsed.Invoke(new InvocationConfiguration { Output = helpOutput, Error = helpError, EnableDefaultExceptionHandler = false });
        output.Write(ParserText.Translate(helpOutput.ToString()));
        error.Write(ParserText.Translate(helpError.ToString()));
        return code;
    }

    /// <summary>The command tree with its help text in the current UI culture.</summary>
    internal static RootCommand Root()
    {
        var lang = new Option<string>("--lang") { Description = CliText.Get("Lang.Description"), Recursive = true };
        lang.AcceptOnlyFromAmong(Languages);
        // The options are made per run, in its language: a static option would keep the first run's help text.
        var root = new RootCommand(CliText.Get("Root.Description"))
        {
            CalendarCommand.Create(),
            WorkdaysCommand.Create(),
            CatalogCommand.Create(),
            DueCommand.Create(),
            FreshnessCommand.Create(),
            RequestCommand.Create(),
            UnitsCommand.Create(),
            WorkplanCommand.Create(),
            AgendaCommand.Create(),
            PolicyCommand.Create(),
            PackCommand.Create(),
            LogCommand.Create(),
            ReviewCommand.Create(),
            ReportCommand.Create(),
        };
        root.Add(new Option<FileInfo?>(CalendarDataName) { Description = CliText.Get("CalendarData.Description"), Recursive = true });
        root.Add(PackCommand.PackOption());
        root.Add(lang);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Description = CliText.Get("Help.Description");
        }

        return root;
    }

    /// <summary>The rule pack given with <c>--pack</c>, or the embedded one.</summary>
    internal static Domain.RulePacks.RulePack SelectedPack(ParseResult parsed) => PackCommand.Selected(parsed) ?? Domain.RulePacks.RulePack.XuanchengCivilAffairs2024;

    /// <summary>Runs a command body, turning bad input into a one-line message and a non-zero exit code.</summary>
    internal static int Guarded(ParseResult parsed, Func<TextWriter, int> body)
    {
        var output = parsed.InvocationConfiguration.Output;
        var error = parsed.InvocationConfiguration.Error;
        try
        {
            return body(output);
        }
        catch (CalendarCoverageException e)
        {
            error.WriteLine(CoverageMessage(e.Year, e.Coverage));
            return InputError;
        }
        catch (Domain.Histories.HistoryException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine(problem.ToString(CultureInfo.CurrentUICulture));
            }

            return InputError;
        }
        catch (Exception e) when (e is CliInputException or CalendarDataException)
        {
            error.WriteLine(CliText.Format("Error.Prefix", (e is ProblemException p ? p.GetMessage() : e.Message).ReplaceLineEndings(" ")));
            return InputError;
        }
    }

    /// <summary>What to do about a year the calendar cannot answer for; suggests --provisional only where it would help.</summary>
    internal static string CoverageMessage(int year, CalendarCoverage coverage)
    {
        var head = CliText.Format("Coverage.NotCovered", year, CliText.Coverage(coverage));
        if (year is < 2008 or > 2099)
        {
            return head + CliText.Get(coverage.ProjectsUnpublishedYears ? "Coverage.OutOfRangeEvenProvisional" : "Coverage.OutOfRange");
        }

        var import = CliText.Format("Coverage.Import", year, year - 1);
        return coverage.ProjectsUnpublishedYears
            ? head + import
            : head + import + CliText.Format("Coverage.UntilThen", year);
    }

    /// <summary>
    /// Warns on <paramref name="error"/> when <paramref name="result"/> lies within 30 working days of the end of the
    /// published calendar data, so the next year's notice is imported before answers start failing.
    /// </summary>
    internal static void WarnNearEndOfCoverage(WorkingDayCalendar calendar, NodaTime.LocalDate result, TextWriter error)
    {
        var year = result.Year;
        if (!calendar.Coverage.IsPublished(year) || calendar.Coverage.IsPublished(year + 1))
        {
            return;
        }

        var end = new NodaTime.LocalDate(year, 12, 31);
        if (calendar.CountWorkingDays(result, end) < 30)
        {
            error.WriteLine(CliText.Format("Warning.CoverageEnds", CliText.Date(end), year + 1));
        }
    }

    /// <summary>The embedded official calendar (or the pack's, with its local holidays), with the user's data and projection as asked.</summary>
    internal static WorkingDayCalendar Calendar(ParseResult parsed, bool provisional)
    {
        var calendar = SelectedPack(parsed).Calendar;
        if (parsed.GetValue<FileInfo?>(CalendarDataName) is { } file)
        {
            try
            {
                calendar = calendar.WithData(CliInput.ReadFile(file, CalendarDataName));
            }
            catch (CalendarDataException e)
            {
                // One problem a line, each located in the file, then what was refused.
                foreach (var problem in e.Problems)
                {
                    var where = problem.Location.Line > 0 ? $"{file.Name}:{problem.Location.Line}:{problem.Location.Column}" : file.Name;
                    parsed.InvocationConfiguration.Error.WriteLine($"{where}: {(problem with { Location = problem.Location with { Source = null } }).ToString(CultureInfo.CurrentUICulture)}");
                }

                throw new CliInputException(CliText.Format("CalendarData.NotLoaded", file.Name, e.Errors.Length));
            }
        }

        return provisional ? calendar.WithProjection() : calendar;
    }
}
