using System.CommandLine;
using System.Globalization;
using System.Text;
using Disclosure.Cli.Output;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Office.Spreadsheets;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.RulePacks.Tables;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure pack validate FILE | print FILE | diff BASE OTHER | export [--out FILE] | schema | import-table TABLE --out FILE</c>:
/// rule packs — one JSON document per bureau, optionally extending the embedded city pack — and the import of a
/// bureau's own column table (csv, xlsx, text copied from a web page) into one.
/// </summary>
/// <remarks>
/// A pack argument is a file path or <c>builtin:xuancheng-civil-affairs-2024</c>. Problems are printed one a line as
/// <c>file:line:col: CODE error|warning: message (at JSON path)</c> (in Chinese <c>…（位置：JSON path）</c>); a pack with errors exits with code 1.
/// </remarks>
internal static class PackCommand
{
    /// <summary>Creates the <c>pack</c> command and its subcommands.</summary>
    internal static Command Create()
    {
        var command = new Command("pack", CliText.Get("Pack.Description"))
        {
            Validate(),
            Print(),
            Diff(),
            Export(),
            Schema(),
            ImportTable(),
        };
        return command;
    }

    /// <summary>Loads a pack from a path or the built-in name; problems become a <see cref="RulePackException"/>.</summary>
    internal static RulePack Load(string pathOrBuiltin, string what = "pack")
    {
        if (pathOrBuiltin == RulePack.XuanchengBuiltinName)
        {
            return RulePack.XuanchengCivilAffairs2024;
        }

        if (pathOrBuiltin.StartsWith("builtin:", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliInputException(CliText.Format("Pack.NotBuiltin", pathOrBuiltin, RulePack.XuanchengBuiltinName));
        }

        CliInput.CheckFile(pathOrBuiltin, what);
        return RulePack.LoadFile(pathOrBuiltin, null);
    }

    /// <summary>The option naming a rule pack for commands that use rules.</summary>
    private const string PackName = "--pack";

    /// <summary>Creates the <c>--pack FILE</c> option for commands that use rules (a file or the built-in name).</summary>
    internal static Option<string?> PackOption() => new(PackName)
    {
        Description = CliText.Get("Pack.Option"),
        Recursive = true,
    };

    /// <summary>
    /// Loads the pack named by <c>--pack</c>, or returns null when it is not given. A pack that does not
    /// load has its problems written to the error writer, one a line, and becomes a <see cref="CliInputException"/>.
    /// </summary>
    internal static RulePack? Selected(ParseResult parsed)
    {
        if (parsed.GetValue<string?>(PackName) is not { } path)
        {
            return null;
        }

        try
        {
            return Load(path, PackName);
        }
        catch (RulePackException e)
        {
            WriteProblems(parsed.InvocationConfiguration.Error, e.Problems);
            throw new CliInputException(CliText.Format("Pack.NotLoaded", PackName + " " + path, e.Errors.Length));
        }
    }


    private static Command Validate()
    {
        var file = new Argument<string>("FILE") { Description = CliText.Get("Pack.File") };
        var command = new Command("validate", CliText.Get("Pack.Validate.Description")) { file };
        command.SetAction(parsed => Loaded(parsed, parsed.GetValue(file)!, (output, pack) =>
        {
            WriteProblems(output, pack.Warnings);
            output.WriteLine(CliText.Format(
                "Pack.Valid", pack.Id, pack.Metadata.BureauName, pack.Metadata.JurisdictionName, CliText.Date(pack.Metadata.EffectiveDate), pack.Catalog.Columns.Length,
                pack.OrgChart.Units.Length, pack.Review.Levels.Length, pack.Obligations.Length, pack.LocalHolidays.Length, pack.Warnings.Length));
            return 0;
        }));
        return command;
    }

    private static Command Print()
    {
        var file = new Argument<string>("FILE") { Description = CliText.Get("Pack.File") };
        var command = new Command("print", CliText.Get("Pack.Print.Description")) { file };
        command.SetAction(parsed => Loaded(parsed, parsed.GetValue(file)!, (output, pack) =>
        {
            output.Write(pack.ToJson());
            return 0;
        }));
        return command;
    }

    private static Command Diff()
    {
        var baseline = new Argument<string>("BASE") { Description = CliText.Get("Pack.Diff.Base") };
        var other = new Argument<string>("OTHER") { Description = CliText.Get("Pack.Diff.Other") };
        var command = new Command("diff", CliText.Get("Pack.Diff.Description")) { baseline, other };
        command.SetAction(parsed => Loaded(parsed, parsed.GetValue(baseline)!, (output, a) =>
            Loaded(parsed, parsed.GetValue(other)!, (_, b) =>
            {
                output.WriteLine(RulePack.Diff(a, b).ToString());
                return 0;
            })));
        return command;
    }

    private static Command Export()
    {
        var target = new Option<FileInfo?>("--out") { Description = CliText.Get("Pack.Export.Out") };
        var command = new Command("export", CliText.Get("Pack.Export.Description")) { target };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var json = RulePack.XuanchengCivilAffairs2024.ToUtf8Json();
            if (parsed.GetValue(target) is { } file)
            {
                try
                {
                    File.WriteAllBytes(file.FullName, json);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliInputException(CliText.Format("CannotWrite", file.FullName, e.Message));
                }

                output.WriteLine(CliText.Format("Wrote", file.FullName));
            }
            else
            {
                output.Write(Encoding.UTF8.GetString(json));
            }

            return 0;
        }));
        return command;
    }

    private static Command Schema()
    {
        var command = new Command("schema", CliText.Get("Pack.Schema.Description"));
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            output.Write(RulePack.GetJsonSchema());
            return 0;
        }));
        return command;
    }

    private static Command ImportTable()
    {
        var file = new Argument<FileInfo>("TABLE") { Description = CliText.Get("ImportTable.Table") };
        var target = new Option<FileInfo>("--out") { Description = CliText.Get("ImportTable.Out"), Required = true };
        var extends = new Option<string?>("--extends") { Description = CliText.Get("ImportTable.Extends") };
        var bureau = new Option<string?>("--bureau") { Description = CliText.Get("ImportTable.Bureau") };
        var hints = new Option<FileInfo?>("--hints") { Description = CliText.Get("ImportTable.Hints") };
        var id = new Option<string?>("--id") { Description = CliText.Get("ImportTable.Id") };
        var effective = new Option<string?>("--effective-date") { Description = CliText.Get("ImportTable.EffectiveDate") };
        var encoding = new Option<string?>("--encoding") { Description = CliText.Get("ImportTable.Encoding") };
        var sheet = new Option<string?>("--sheet") { Description = CliText.Get("ImportTable.Sheet") };
        var command = new Command("import-table", CliText.Get("ImportTable.Description"))
        {
            file, target, extends, bureau, hints, id, effective, encoding, sheet,
        };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var table = parsed.GetValue(file)!;
            var outFile = parsed.GetValue(target)!;
            var packId = parsed.GetValue(id) ?? Path.GetFileName(outFile.FullName).Replace(".pack.json", string.Empty, StringComparison.OrdinalIgnoreCase).Replace(".json", string.Empty, StringComparison.OrdinalIgnoreCase);
            var date = parsed.GetValue(effective) is { } text
                ? CliInput.Date(text, "--effective-date")
                : new NodaTime.LocalDate(DateTime.Now.Year, 1, 1); // the command line is the edge: the clock is read here
            var baseName = parsed.GetValue(extends);
            var basePack = baseName is null ? null : Load(baseName);
            TableImportResult result;
            try
            {
                var source = ReadTable(table, parsed.GetValue(encoding), parsed.GetValue(sheet));
                var hintFile = parsed.GetValue(hints);
                result = TableImporter.Import(source, new TableImportOptions(packId, date)
                {
                    Bureau = parsed.GetValue(bureau),
                    Base = basePack,
                    BaseName = baseName is null || baseName.StartsWith(RulePack.XuanchengBuiltinName, StringComparison.Ordinal) ? baseName : Path.GetRelativePath(outFile.DirectoryName ?? ".", Path.GetFullPath(baseName)),
                    BaseDirectory = outFile.DirectoryName,
                    Hints = hintFile is null ? ImportHints.None : ImportHints.Parse(CliInput.ReadFile(hintFile), hintFile.Name),
                });
            }
            catch (TableImportException e)
            {
                WriteProblems(error, e.Problems);
                error.WriteLine(CliText.Format("ImportTable.NotRead", table.Name));
                return Cli.InputError;
            }

            WriteProblems(error, result.Problems);
            if (!result.Succeeded)
            {
                error.WriteLine(CliText.Format("ImportTable.Refused", table.Name, result.Errors.Length, result.Warnings.Length));
                return Cli.InputError;
            }

            try
            {
                File.WriteAllBytes(outFile.FullName, result.GetPackJson()!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException(CliText.Format("CannotWrite", outFile.FullName, e.Message));
            }

            output.WriteLine(CliText.Format("ImportTable.Wrote", outFile.FullName, result.ColumnCount, result.NewUnits.Length, result.Warnings.Length));
            return 0;
        }));
        return command;
    }

    /// <summary>Reads a table file by its extension, within the size limit (checked before reading).</summary>
    private static SourceTable ReadTable(FileInfo file, string? encodingName, string? sheet)
    {
        if (!file.Exists)
        {
            throw new CliInputException(CliText.Format("ImportTable.NoSuchFile", file.FullName));
        }

        if (file.Length > TableReader.MaxBytes)
        {
            throw new CliInputException(CliText.Format("ImportTable.TooLarge", file.Name, file.Length, TableReader.MaxBytes));
        }

        var encoding = encodingName is null ? null : TableReader.FindEncoding(encodingName) ?? throw new CliInputException(CliText.Format("ImportTable.UnknownEncoding", encodingName));
        var bytes = File.ReadAllBytes(file.FullName);
        return Path.GetExtension(file.Name).ToLowerInvariant() switch
        {
            ".xlsx" => XlsxTableReader.Read(bytes, file.Name, sheet),
            ".csv" => TableReader.ReadCsv(bytes, file.Name, encoding),
            ".txt" or ".text" => TableReader.ReadWebCopy(TableReader.Decode(bytes, encoding), file.Name),
            var other => throw new CliInputException(CliText.Format("ImportTable.UnknownFormat", file.Name, other)),
        };
    }

    private static int Loaded(ParseResult parsed, string pathOrBuiltin, Func<TextWriter, RulePack, int> body) =>
        Cli.Guarded(parsed, output =>
        {
            RulePack pack;
            try
            {
                pack = Load(pathOrBuiltin);
            }
            catch (RulePackException e)
            {
                WriteProblems(parsed.InvocationConfiguration.Error, e.Problems);
                parsed.InvocationConfiguration.Error.WriteLine(CliText.Format("Pack.NotLoaded", pathOrBuiltin, e.Errors.Length));
                return Cli.InputError;
            }

            return body(output, pack);
        });

    private static void WriteProblems(TextWriter writer, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem.ToString(CultureInfo.CurrentUICulture));
        }
    }
}
