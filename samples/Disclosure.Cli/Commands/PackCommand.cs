using System.CommandLine;
using System.Globalization;
using System.Text;
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
/// <c>file:line:col: CODE error|warning: message (at JSON path)</c>; a pack with errors exits with code 1.
/// </remarks>
internal static class PackCommand
{
    /// <summary>Creates the <c>pack</c> command and its subcommands.</summary>
    internal static Command Create()
    {
        var command = new Command("pack", "Rule packs: validate, print the effective pack, diff two packs, export the embedded pack or its schema.")
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
            throw new CliInputException($"'{pathOrBuiltin}' is not a built-in pack; the built-in packs are: {RulePack.XuanchengBuiltinName}. For your own rules give the path of a .pack.json file.");
        }

        CliInput.CheckFile(pathOrBuiltin, what);
        return RulePack.LoadFile(pathOrBuiltin, null);
    }

    /// <summary>Creates the <c>--pack FILE</c> option for commands that use rules (a file or the built-in name).</summary>
    internal static Option<string?> PackOption() => new("--pack")
    {
        Description = "A rule pack (a .pack.json file, or builtin:xuancheng-civil-affairs-2024) whose catalog, org chart, review policy, obligations and calendar replace the embedded ones.",
        Recursive = true,
    };

    /// <summary>
    /// Loads the pack named by <paramref name="option"/>, or returns null when it is not given. A pack that does not
    /// load has its problems written to the error writer, one a line, and becomes a <see cref="CliInputException"/>.
    /// </summary>
    internal static RulePack? Selected(ParseResult parsed, Option<string?> option)
    {
        if (parsed.GetValue(option) is not { } path)
        {
            return null;
        }

        try
        {
            return Load(path, "--pack");
        }
        catch (RulePackException e)
        {
            WriteProblems(parsed.InvocationConfiguration.Error, e.Problems);
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"--pack {path}: {e.Errors.Length} error(s); the pack was not loaded."));
        }
    }


    private static Command Validate()
    {
        var file = new Argument<string>("FILE") { Description = "The pack file (or builtin:xuancheng-civil-affairs-2024)." };
        var command = new Command("validate", "Check a pack; print every problem as file:line:col: CODE severity: message; exit 1 on errors.") { file };
        command.SetAction(parsed => Loaded(parsed, parsed.GetValue(file)!, (output, pack) =>
        {
            WriteProblems(output, pack.Warnings);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ok: {pack.Id} — {pack.Metadata.BureauName} ({pack.Metadata.JurisdictionName}), effective {pack.Metadata.EffectiveDate:uuuu'-'MM'-'dd}, {pack.Catalog.Columns.Length} columns, {pack.OrgChart.Units.Length} units, {pack.Review.Levels.Length} review levels, {pack.Obligations.Length} obligations, {pack.LocalHolidays.Length} local holidays, {pack.Warnings.Length} warnings"));
            return 0;
        }));
        return command;
    }

    private static Command Print()
    {
        var file = new Argument<string>("FILE") { Description = "The pack file (or builtin:xuancheng-civil-affairs-2024)." };
        var command = new Command("print", "Print the effective pack (its base applied, extends and remove resolved) as rule-pack JSON.") { file };
        command.SetAction(parsed => Loaded(parsed, parsed.GetValue(file)!, (output, pack) =>
        {
            output.Write(pack.ToJson());
            return 0;
        }));
        return command;
    }

    private static Command Diff()
    {
        var baseline = new Argument<string>("BASE") { Description = "The baseline pack (a file, or builtin:xuancheng-civil-affairs-2024)." };
        var other = new Argument<string>("OTHER") { Description = "The pack compared with the baseline." };
        var command = new Command("diff", "List what OTHER changes from BASE: + added, - removed, ~ changed field (before → after).") { baseline, other };
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
        var target = new Option<FileInfo?>("--out") { Description = "Write the pack to this file instead of standard output." };
        var command = new Command("export", "Write the embedded Xuancheng 2024 pack (a starting point for a county pack).") { target };
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
                    throw new CliInputException($"cannot write '{file.FullName}': {e.Message}");
                }

                output.WriteLine($"wrote {file.FullName}");
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
        var command = new Command("schema", "Print the rule-pack JSON Schema (draft 2020-12).");
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            output.Write(RulePack.GetJsonSchema());
            return 0;
        }));
        return command;
    }

    private static Command ImportTable()
    {
        var file = new Argument<FileInfo>("TABLE") { Description = "The bureau's column table: .csv (UTF-8 or GB18030), .xlsx, or .txt text copied from a web page." };
        var target = new Option<FileInfo>("--out") { Description = "The pack file to write (nothing is written when there is an error).", Required = true };
        var extends = new Option<string?>("--extends") { Description = "A base pack (builtin:xuancheng-civil-affairs-2024 or a file): the table replaces its catalog; units, review policy, obligations and calendar are inherited." };
        var bureau = new Option<string?>("--bureau") { Description = "The bureau's Chinese name, for example 泾县民政局 (required without --extends)." };
        var hints = new Option<FileInfo?>("--hints") { Description = "A hints JSON file: parents of ambiguous rows, ids, repaired cells, deadline phrases, unit aliases." };
        var id = new Option<string?>("--id") { Description = "The pack id (default: the --out file name without .pack.json)." };
        var effective = new Option<string?>("--effective-date") { Description = "The date the catalog takes effect, yyyy-MM-dd (default: 1 January of the current year)." };
        var encoding = new Option<string?>("--encoding") { Description = "The csv encoding: utf-8 or gb18030 (default: detected)." };
        var sheet = new Option<string?>("--sheet") { Description = "The xlsx sheet's name (default: the first sheet)." };
        var command = new Command("import-table", "Turn a bureau's column table (序号/一级栏目/…/更新频率/负责科室) into a rule pack; print every problem as file:row:col: CODE severity: message; exit 1 on errors.")
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
                error.WriteLine($"{table.Name}: not read; nothing written.");
                return Cli.InputError;
            }

            WriteProblems(error, result.Problems);
            if (!result.Succeeded)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Name}: {result.Errors.Length} error(s), {result.Warnings.Length} warning(s); nothing written."));
                return Cli.InputError;
            }

            try
            {
                File.WriteAllBytes(outFile.FullName, result.GetPackJson()!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"cannot write '{outFile.FullName}': {e.Message}");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outFile.FullName}: {result.ColumnCount} columns, {result.NewUnits.Length} new units, {result.Warnings.Length} warnings"));
            return 0;
        }));
        return command;
    }

    /// <summary>Reads a table file by its extension, within the size limit (checked before reading).</summary>
    private static SourceTable ReadTable(FileInfo file, string? encodingName, string? sheet)
    {
        if (!file.Exists)
        {
            throw new CliInputException($"cannot read '{file.FullName}': the file does not exist.");
        }

        if (file.Length > TableReader.MaxBytes)
        {
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"'{file.Name}' is {file.Length} bytes; a column table is read up to {TableReader.MaxBytes} bytes (nothing was read)."));
        }

        var encoding = encodingName is null ? null : TableReader.FindEncoding(encodingName) ?? throw new CliInputException($"--encoding: '{encodingName}' is not utf-8 or gb18030.");
        var bytes = File.ReadAllBytes(file.FullName);
        return Path.GetExtension(file.Name).ToLowerInvariant() switch
        {
            ".xlsx" => XlsxTableReader.Read(bytes, file.Name, sheet),
            ".csv" => TableReader.ReadCsv(bytes, file.Name, encoding),
            ".txt" or ".text" => TableReader.ReadWebCopy(TableReader.Decode(bytes, encoding), file.Name),
            var other => throw new CliInputException($"'{file.Name}': {other} is not a table format the importer reads; expected .csv, .xlsx or .txt (text copied from a web page)."),
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
                parsed.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pathOrBuiltin}: {e.Errors.Length} error(s); the pack was not loaded."));
                return Cli.InputError;
            }

            return body(output, pack);
        });

    private static void WriteProblems(TextWriter writer, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem.ToString());
        }
    }
}
