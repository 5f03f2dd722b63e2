using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Catalog;

/// <summary>
/// One row of the frequency table: a kind's one stable name, its Chinese labels and, for a periodic kind, the length of its
/// calendar periods and the format of their keys. <see cref="All"/> is the only table: parsing and printing of labels
/// (<see cref="UpdateFrequency"/>, the catalog builder, the rule-pack reader) and period arithmetic (the due-date
/// calculator, obligation keys) all read it, so a new kind is one new row.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class FrequencyKindInfo
{
    private readonly CompositeFormat? keyFormat;

    private FrequencyKindInfo(UpdateFrequencyKind kind, string name, string chineseLabel, ImmutableArray<string> labels, int monthsPerPeriod, string? keyFormat, string? formerName = null)
    {
        // A period must tile the calendar year, so that period indexes, bounds and keys are plain arithmetic.
        if (monthsPerPeriod < 0 || (monthsPerPeriod > 0 && 12 % monthsPerPeriod != 0) || (monthsPerPeriod > 0) != (keyFormat is not null))
        {
            throw new ArgumentOutOfRangeException(nameof(monthsPerPeriod), monthsPerPeriod, $"The frequency table row for {kind} is inconsistent: a periodic kind needs months per period dividing 12 and a key format.");
        }

        Kind = kind;
        Name = name;
        FormerName = formerName;
        ChineseLabel = chineseLabel;
        Labels = labels;
        MonthsPerPeriod = monthsPerPeriod;
        this.keyFormat = keyFormat is null ? null : CompositeFormat.Parse(keyFormat);
    }

    /// <summary>
    /// Gets the table: event-based kinds, then periodic kinds from the shortest period to the longest, then untracked.
    /// Key formats take the year ({0}) and the 1-based number of the period within its year ({1}). A kind that needs a
    /// parameter (calendar days, a date in the year) has no labels: it has no default instance to parse to, and
    /// <see cref="UpdateFrequency"/>'s factories or the table importer's deadline grammar create it. The canonical
    /// labels of those two kinds (限期更新, 定期更新) are ours; the seed has none. A kind has one name, the same in a
    /// pack's <c>frequency</c> and <c>deadline.kind</c>, in catalog and due JSON and in <see cref="UpdateFrequency.Name"/>;
    /// <c>semi-annual</c>, the name of the semi-annual kind before the deadline object existed, is still read as an alias
    /// in <c>frequency</c> (and by <see cref="UpdateFrequency.Parse"/>) so that packs written for it keep loading.
    /// </summary>
    internal static ImmutableArray<FrequencyKindInfo> All { get; } =
    [
        new(UpdateFrequencyKind.Timely, "timely", "及时更新", ["及时更新"], 0, null),
        new(UpdateFrequencyKind.CalendarDays, "calendarDays", "限期更新", [], 0, null),
        new(UpdateFrequencyKind.Monthly, "monthly", "每月更新", ["每月更新", "月度更新"], 1, "{0:D4}-{1:D2}"),
        new(UpdateFrequencyKind.Quarterly, "quarterly", "季度更新", ["季度更新"], 3, "{0:D4}-Q{1}"),
        new(UpdateFrequencyKind.SemiAnnual, "semiannual", "半年更新", ["半年更新", "每半年更新", "半年度更新"], 6, "{0:D4}-H{1}", formerName: "semi-annual"),
        new(UpdateFrequencyKind.Annual, "annual", "年度更新", ["年度更新"], 12, "{0:D4}"),
        new(UpdateFrequencyKind.ByDate, "byDate", "定期更新", [], 12, "{0:D4}"),
        new(UpdateFrequencyKind.Untracked, "untracked", "持续推进", ["持续推进", "长期", "常态化"], 0, null),
    ];

    // Declared after All: static initializers run in textual order.
    private static readonly FrequencyKindInfo?[] ByValue = IndexByValue();

    private static readonly FrozenDictionary<string, FrequencyKindInfo> ByText = Parsable()
        .SelectMany(k => k.Labels.Append(k.Name).Concat(k.FormerName is { } former ? [former] : []).Select(text => KeyValuePair.Create(text, k)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrequencyKindInfo> ByName = All.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Gets every text <see cref="TryFind"/> accepts: the Chinese labels of every kind, then the stable names of the kinds that have labels.</summary>
    internal static ImmutableArray<string> KnownLabels { get; } = [.. All.SelectMany(k => k.Labels), .. Parsable().Select(k => k.Name)];

    /// <summary>Gets the accepted texts for error messages: <c>及时更新, 每月更新, … (or timely, monthly, …)</c>.</summary>
    internal static LocalizedText Expected { get; } =
        CatalogTexts.Text("Expected", LocalizedText.List(All.SelectMany(k => k.Labels)), LocalizedText.List(Parsable().Select(k => k.Name)));

    /// <summary>Gets the names of every kind, the values of a rule pack's <c>deadline.kind</c>, for error messages.</summary>
    internal static string ExpectedNames { get; } = string.Join(", ", All.Select(k => k.Name));

    /// <summary>Gets the kind this row describes.</summary>
    internal UpdateFrequencyKind Kind { get; }

    /// <summary>Gets the one stable ASCII name, for example <c>semiannual</c>.</summary>
    internal string Name { get; }

    /// <summary>Gets the name the kind had before (<c>semi-annual</c>), read as an alias in a pack's <c>frequency</c>; <see langword="null"/> for most kinds.</summary>
    internal string? FormerName { get; }

    /// <summary>Gets the Chinese labels a table or pack writes the kind with (empty for a kind that needs a parameter).</summary>
    internal ImmutableArray<string> Labels { get; }

    /// <summary>Gets a value indicating whether the kind owes one publication per information event (timely, calendar days).</summary>
    internal bool IsEventBased => Kind is UpdateFrequencyKind.Timely or UpdateFrequencyKind.CalendarDays;

    /// <summary>Gets the months in each calendar period (1, 3, 6 or 12), or 0 for a kind without periods (timely).</summary>
    internal int MonthsPerPeriod { get; }

    /// <summary>Gets a value indicating whether the kind owes one publication per calendar period.</summary>
    internal bool IsPeriodic => MonthsPerPeriod > 0;

    /// <summary>Gets the canonical Chinese label.</summary>
    internal string ChineseLabel { get; }

    /// <summary>Gets the row of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a member of <see cref="UpdateFrequencyKind"/>.</exception>
    internal static FrequencyKindInfo Of(UpdateFrequencyKind kind) =>
        (uint)kind < (uint)ByValue.Length && ByValue[(int)kind] is { } info
            ? info
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{(int)kind} is not an update frequency kind; expected one of {string.Join(", ", All.Select(k => k.Kind))}.");

    /// <summary>Finds the row of a label or stable name, ignoring leading and trailing white space.</summary>
    /// <param name="text">The label or name.</param>
    /// <returns>The row, or <see langword="null"/> when the text is not in the table.</returns>
    internal static FrequencyKindInfo? TryFind(string? text) =>
        text is not null && ByText.TryGetValue(text.Trim(), out var info) ? info : null;

    /// <summary>Finds the row of a kind's name (<see cref="Name"/>, not a former name), ordinally: the values of a pack's <c>deadline.kind</c>.</summary>
    /// <param name="name">The kind's name.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    internal static FrequencyKindInfo? TryFindName(string? name) =>
        name is not null && ByName.TryGetValue(name, out var info) ? info : null;

    /// <summary>Gets the index of the period containing a date; consecutive periods have consecutive indexes.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>year × periods per year + period within the year</c>.</returns>
    internal int PeriodIndex(LocalDate date)
    {
        var months = Periodic();
        return (date.Year * (12 / months)) + ((date.Month - 1) / months);
    }

    /// <summary>Gets the first and last day of the period with an index from <see cref="PeriodIndex"/>.</summary>
    /// <param name="index">The period's index.</param>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The last day of the period.</param>
    internal void PeriodBounds(int index, out LocalDate start, out LocalDate end)
    {
        var months = Periodic();
        var perYear = 12 / months;
        var year = index / perYear;
        var firstMonth = ((index % perYear) * months) + 1;
        var lastMonth = firstMonth + months - 1;
        start = new LocalDate(year, firstMonth, 1);
        end = new LocalDate(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
    }

    /// <summary>Formats the key of the period containing a date, for example <c>2024-06</c>, <c>2024-Q2</c>, <c>2024-H1</c> or <c>2024</c>.</summary>
    /// <param name="date">A day of the period.</param>
    /// <returns>The key.</returns>
    internal string PeriodKey(LocalDate date)
    {
        var months = Periodic();
        return string.Format(CultureInfo.InvariantCulture, keyFormat!, date.Year, ((date.Month - 1) / months) + 1);
    }

    private static IEnumerable<FrequencyKindInfo> Parsable() => All.Where(k => !k.Labels.IsEmpty);

    private static FrequencyKindInfo?[] IndexByValue()
    {
        var byValue = new FrequencyKindInfo?[All.Max(k => (int)k.Kind) + 1];
        foreach (var info in All)
        {
            byValue[(int)info.Kind] = info;
        }

        return byValue;
    }

    private int Periodic() => IsPeriodic
        ? MonthsPerPeriod
        : throw new InvalidOperationException($"A {Name} frequency has no calendar periods.");
}
