using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// A bureau's disclosure rules as one validated document: metadata, the catalog of columns with frequencies, deadlines
/// and responsible parties, the org chart, the review policy, recurring obligations, the work plan and local holidays
/// layered over the national working-day calendar. Loaded from a rule-pack JSON file (format 1, see the schema
/// <c>rule-pack.schema.json</c>); a pack may <c>extends</c> another and add, override or remove entries.
/// </summary>
/// <remarks>
/// Loading is all or nothing: either every check passes and a complete pack is returned, or a
/// <see cref="RulePackException"/> lists every problem with its code, JSON path, line and column. Immutable and
/// thread-safe. Reference equality; compare packs with <see cref="Diff"/>.
/// </remarks>
public sealed class RulePack
{
    /// <summary>The <c>extends</c> value naming the embedded Xuancheng pack.</summary>
    public const string XuanchengBuiltinName = RulePackReader.BuiltinPrefix + RulePackReader.XuanchengId;

    private static readonly Lazy<RulePack> Xuancheng = new(
        () => LoadCore(RulePackReader.ReadEmbedded(RulePackReader.XuanchengId), $"embedded {RulePackReader.XuanchengId}.pack.json", null, RulePackLoadOptions.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PackDocument document;

    /// <summary>Gets the effective document (the table importer reads a base pack's units, catalog and review from it).</summary>
    internal PackDocument Document => document;

    internal RulePack(
        PackDocument document,
        RulePackMetadata metadata,
        DisclosureCatalog catalog,
        OrgChart orgChart,
        int timelyWorkingDays,
        ReviewPolicy review,
        ImmutableArray<RecurringObligation> obligations,
        WorkPlan? workPlan,
        ImmutableArray<LocalHoliday> localHolidays,
        WorkingDayCalendar calendar)
    {
        this.document = document;
        Id = document.Id!;
        Metadata = metadata;
        Catalog = catalog;
        OrgChart = orgChart;
        TimelyWorkingDays = timelyWorkingDays;
        Review = review;
        Obligations = obligations;
        WorkPlan = workPlan;
        LocalHolidays = localHolidays;
        Calendar = calendar;
    }

    /// <summary>
    /// Gets the pack of 宣城市民政局 for 2024, embedded in this library — the library's only embedded rules, read once on
    /// first use (thread-safe) from 《宣城市民政局2024年度政务公开工作要点和分工》 (published 2024-06-14): the 75 columns of
    /// section 五 effective 2024-01-01 (<see cref="Catalog"/>), the six units the plan names (<see cref="OrgChart"/>), the
    /// 三级审核 review policy of section 三(一) (<see cref="Review"/>), the 23 work points of sections 一 to 四
    /// (<see cref="WorkPlan"/>), their activity quotas (<see cref="Obligations"/>) and the national calendar
    /// (<see cref="Calendar"/>).
    /// </summary>
    /// <remarks>
    /// Where the source table's merged cells leave a column's parent ambiguous, the choice made is recorded in
    /// seeds/README.md of the repository. Row 60's name, damaged in transmission, is repaired to
    /// “六稳”“六保”专项工作; row 47's 规划化 is kept as the source gives it, with a <see cref="CatalogNode.Note"/>.
    /// 公开年报 (row 53) and 政府网站工作年度报表 (row 50) are annual with a deadline of 31 January of the next year.
    /// The seed fixes no clean-up interval; the review policy reviews every published item once a year (our choice).
    /// Which sections count as 各相关科室 for a topic is our documented assumption (the units' topics).
    /// </remarks>
    /// <exception cref="RulePackException">The embedded pack is broken (a defect of this library; never expected).</exception>
    public static RulePack XuanchengCivilAffairs2024 => Xuancheng.Value;

    /// <summary>Gets the format version the pack was written in (always 1 for now).</summary>
    public int FormatVersion => RulePackReader.SupportedFormatVersion;

    /// <summary>Gets the pack id, for example <c>xuancheng-civil-affairs-2024</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the bureau, jurisdiction, effective date and time zone.</summary>
    public RulePackMetadata Metadata { get; }

    /// <summary>Gets the catalog, with deadline overrides applied to the columns' frequencies.</summary>
    public DisclosureCatalog Catalog { get; }

    /// <summary>Gets the org chart: the units that can be responsible, with their names, aliases and topics.</summary>
    public OrgChart OrgChart { get; }

    /// <summary>Gets the default deadline, in working days, of 及时更新 columns (20 unless the pack says otherwise).</summary>
    public int TimelyWorkingDays { get; }

    /// <summary>Gets the review policy (levels in order, confidentiality reviewer, publisher, clean-up interval…).</summary>
    public ReviewPolicy Review { get; }

    /// <summary>Gets the recurring obligations (≥ N activities per quarter or year).</summary>
    public ImmutableArray<RecurringObligation> Obligations { get; }

    /// <summary>
    /// Gets the work plan: its numbered work points (工作要点) and who is responsible for each (分工); null when the pack has
    /// no <c>workPlan</c> section (a pack that extends another inherits the base's unless it gives its own).
    /// </summary>
    public WorkPlan? WorkPlan { get; }

    /// <summary>Gets the local holidays the pack adds to the national calendar.</summary>
    public ImmutableArray<LocalHoliday> LocalHolidays { get; }

    /// <summary>Gets the national working-day calendar with the pack's local holidays layered over it.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>Gets the warnings found while loading (for example unknown fields), in file order.</summary>
    public ImmutableArray<Problem> Warnings { get; private set; } = [];

    /// <summary>Loads a pack from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="sourceName">The name used in error locations, usually the file name.</param>
    /// <param name="options">Limits and the base directory for relative <c>extends</c>; null for defaults.</param>
    /// <returns>The effective pack (with its base applied when it <c>extends</c> one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RulePackException">The pack is invalid; every problem is listed.</exception>
    [Pure]
    public static RulePack Load(byte[] utf8Json, string sourceName, RulePackLoadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= RulePackLoadOptions.Default;
        return LoadCore(utf8Json, sourceName, options.BaseDirectory, options);
    }

    /// <summary>Loads a pack from a stream of UTF-8 JSON, reading at most the size limit plus one byte.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">The name used in error locations.</param>
    /// <param name="options">Limits and the base directory for relative <c>extends</c>; null for defaults.</param>
    /// <returns>The effective pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RulePackException">The pack is too large or invalid; every problem is listed.</exception>
    public static RulePack Load(Stream utf8Json, string sourceName, RulePackLoadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= RulePackLoadOptions.Default;
        var bytes = RulePackFiles.ReadBounded(utf8Json, options.EffectiveLimits.MaxBytes)
            ?? throw TooLarge(sourceName, options.EffectiveLimits.MaxBytes);
        return LoadCore(bytes, sourceName, options.BaseDirectory, options);
    }

    /// <summary>Loads a pack from a file; a relative <c>extends</c> is resolved against the file's directory.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits; null for defaults.</param>
    /// <returns>The effective pack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RulePackException">The file cannot be read, is too large (checked before reading) or is invalid.</exception>
    public static RulePack LoadFile(string path, RulePackLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= RulePackLoadOptions.Default;
        byte[]? bytes;
        string full;
        try
        {
            full = Path.GetFullPath(path);
            var info = new FileInfo(full);
            if (info.Exists && info.Length > options.EffectiveLimits.MaxBytes)
            {
                throw TooLarge(path, options.EffectiveLimits.MaxBytes);
            }

            bytes = RulePackFiles.ReadBounded(full, options.EffectiveLimits.MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new RulePackException([Problems.Located(DataProblemCodes.BaseNotFound, ProblemSeverity.Error, path, "$", 0, 0, RulePackTexts.Text("Reader.Unreadable", e.Message))]);
        }

        return LoadCore(bytes ?? throw TooLarge(path, options.EffectiveLimits.MaxBytes), path, Path.GetDirectoryName(full), options);
    }

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of rule-pack format 1, with English and Chinese titles and descriptions —
    /// the same file as RulePacks/Schema/rule-pack.schema.json in the repository. Point a pack's <c>$schema</c> at it
    /// for validation and completion in editors.
    /// </summary>
    /// <returns>The schema text.</returns>
    [Pure]
    public static string GetJsonSchema()
    {
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream("Disclosure.Domain.RulePacks.Schema.rule-pack.schema.json")
            ?? throw new InvalidOperationException("The assembly has no rule-pack schema resource.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Lists what <paramref name="other"/> changes from <paramref name="baseline"/> (for example what a county changed from the city).</summary>
    /// <param name="baseline">The pack compared against, usually the base.</param>
    /// <param name="other">The pack compared.</param>
    /// <returns>The changes, section by section in file order.</returns>
    /// <exception cref="ArgumentNullException">A pack is null.</exception>
    [Pure]
    public static RulePackDiff Diff(RulePack baseline, RulePack other)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(other);
        return RulePackDiff.Compute(baseline.document, other.document);
    }

    /// <summary>
    /// Writes the effective pack as rule-pack JSON (indented, Chinese unescaped, '\n' line ends, no <c>extends</c>).
    /// For a pack that extends nothing and was written by this method, the output equals the input byte for byte.
    /// </summary>
    /// <returns>The UTF-8 JSON.</returns>
    [Pure]
    public byte[] ToUtf8Json()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, RulePackJsonContext.Export.PackDocument);
        if (Environment.NewLine != "\n")
        {
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
        }

        var result = new byte[bytes.Length + 1];
        bytes.CopyTo(result, 0);
        result[^1] = (byte)'\n';
        return result;
    }

    /// <summary>Writes the effective pack as rule-pack JSON text (see <see cref="ToUtf8Json"/>).</summary>
    /// <returns>The JSON text.</returns>
    [Pure]
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Json());

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Metadata.BureauName} ({Metadata.JurisdictionName}), effective {Metadata.EffectiveDate:uuuu-MM-dd}";

    private static RulePack LoadCore(byte[] bytes, string name, string? directory, RulePackLoadOptions options)
    {
        var problems = new Problems();
        var effective = RulePackReader.ReadEffective(bytes, name, directory, options, problems, [], out var root);
        if (effective is null || root is null || problems.HasErrors)
        {
            throw problems.ToException();
        }

        var pack = RulePackValidator.Validate(effective, root, problems, WorkingDayCalendar.ChinaMainland);
        if (pack is null || problems.HasErrors)
        {
            throw problems.ToException();
        }

        pack.Warnings = [.. problems.List];
        return pack;
    }

    private static RulePackException TooLarge(string name, long max) =>
        new([Problems.Located(DataProblemCodes.FileTooLarge, ProblemSeverity.Error, name, "$", 0, 0, RulePackFiles.TooLarge(RulePackTexts.Text("File.TheFile"), max))]);
}
