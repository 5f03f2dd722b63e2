using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Catalog;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// What a bureau has published: the publications of each column, the information events of its timely columns and the
/// withdrawals of published items, indexed by column for the <see cref="DueDateCalculator"/>.
/// </summary>
/// <remarks>
/// <para>
/// Creating a log sorts each column's publications and events once; evaluation then only walks them. Entries may
/// lie before the tracking start (they owe nothing but count for <see cref="FreshnessCheck"/>, until withdrawn) or after
/// the as-of date (evaluation ignores them). Duplicates are kept; they change nothing but how many items of their day
/// withdrawals can take.
/// </para>
/// <para>Instances are immutable and thread-safe. Equality is reference identity.</para>
/// </remarks>
public sealed class PublicationLog
{
    private readonly FrozenDictionary<ColumnId, ColumnHistory> _histories;

    private PublicationLog(FrozenDictionary<ColumnId, ColumnHistory> histories, int publicationCount, int eventCount, int withdrawalCount)
    {
        _histories = histories;
        PublicationCount = publicationCount;
        EventCount = eventCount;
        WithdrawalCount = withdrawalCount;
    }

    private PublicationLog(PublicationLog log, DisclosureCatalog catalog)
        : this(log._histories, log.PublicationCount, log.EventCount, log.WithdrawalCount)
    {
        var columns = catalog.Columns;
        var byColumn = new ColumnHistory?[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            byColumn[i] = _histories.GetValueOrDefault(columns[i].Id);
        }

        Catalog = catalog;
        ByColumnIndex = byColumn;
    }

    /// <summary>
    /// Gets the catalog the log was checked against and indexed for by <see cref="BindTo"/>,
    /// or <see langword="null"/> for a log that is not bound to a catalog. Evaluating a bound log against its own catalog
    /// skips the per-column lookups.
    /// </summary>
    public DisclosureCatalog? Catalog { get; }

    /// <summary>Gets a log with no publications and no events: every periodic column is owed for every period since the tracking start.</summary>
    public static PublicationLog Empty { get; } = new(FrozenDictionary<ColumnId, ColumnHistory>.Empty, 0, 0, 0);

    /// <summary>Gets the number of publications in the log.</summary>
    public int PublicationCount { get; }

    /// <summary>Gets the number of information events in the log.</summary>
    public int EventCount { get; }

    /// <summary>Gets the number of withdrawals in the log.</summary>
    public int WithdrawalCount { get; }

    /// <summary>Gets the ids of the columns that have publications, events or withdrawals in the log, in ordinal order.</summary>
    public ImmutableArray<ColumnId> Columns => [.. _histories.Keys.Order()];

    /// <summary>Creates a log.</summary>
    /// <param name="publications">The publications, in any order.</param>
    /// <param name="events">The information events, in any order; <see langword="null"/> for none.</param>
    /// <param name="withdrawals">
    /// The withdrawals of published items, in any order; <see langword="null"/> for none. Each names an item of the log: an
    /// event of its column published on <see cref="Withdrawal.PublishedOn"/> or a publication of its column on that day,
    /// withdrawn at most once.
    /// </param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="publications"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A publication, event or withdrawal has a default (uninitialised) column id, or a
    /// withdrawal names no item of the log that is not already withdrawn (the message names it).</exception>
    [Pure]
    public static PublicationLog Create(IEnumerable<Publication> publications, IEnumerable<InformationEvent>? events = null, IEnumerable<Withdrawal>? withdrawals = null)
    {
        ArgumentNullException.ThrowIfNull(publications);
        var pubs = new Dictionary<ColumnId, List<LocalDate>>();
        var evts = new Dictionary<ColumnId, List<InformationEvent>>();
        var wds = new Dictionary<ColumnId, List<Withdrawal>>();
        var publicationCount = 0;
        var eventCount = 0;
        var withdrawalCount = 0;
        foreach (var p in publications)
        {
            CheckId(p.Column, nameof(publications));
            Add(pubs, p.Column, p.On);
            publicationCount++;
        }

        foreach (var e in events ?? [])
        {
            CheckId(e.Column, nameof(events));
            Add(evts, e.Column, e);
            eventCount++;
        }

        foreach (var w in withdrawals ?? [])
        {
            CheckId(w.Column, nameof(withdrawals));
            Add(wds, w.Column, w);
            withdrawalCount++;
        }

        var histories = new Dictionary<ColumnId, ColumnHistory>();
        foreach (var id in pubs.Keys.Union(evts.Keys).Union(wds.Keys))
        {
            var dates = pubs.TryGetValue(id, out var p) ? p.ToArray() : [];
            Array.Sort(dates);
            var es = evts.TryGetValue(id, out var e) ? e.ToArray() : [];
            Array.Sort(es, static (a, b) => a.FormedOn.CompareTo(b.FormedOn));
            var ws = wds.TryGetValue(id, out var w) ? w.ToArray() : [];
            Array.Sort(ws, static (a, b) => a.PublishedOn != b.PublishedOn ? a.PublishedOn.CompareTo(b.PublishedOn) : a.WithdrawnOn.CompareTo(b.WithdrawnOn));
            CheckWithdrawals(dates, es, ws);
            histories[id] = new ColumnHistory(dates, es, ws);
        }

        return new PublicationLog(histories.ToFrozenDictionary(), publicationCount, eventCount, withdrawalCount);
    }

    /// <summary>
    /// Binds the log to a catalog: checks that every entry names a column of the catalog and indexes the entries by the
    /// catalog's column order, so that evaluating against this catalog needs no lookups (the fast path for bulk
    /// evaluation: bind once when the log is loaded, evaluate on many dates).
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>A log with the same entries and <see cref="Catalog"/> set; this log itself when it is already bound to <paramref name="catalog"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An entry names a column the catalog does not have (the message lists them).</exception>
    [Pure]
    public PublicationLog BindTo(DisclosureCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (ReferenceEquals(Catalog, catalog))
        {
            return this;
        }

        var unknown = FindUnknownColumns(catalog);
        return unknown.IsEmpty
            ? new PublicationLog(this, catalog)
            : throw new ArgumentException(
                $"The publication log names columns that the catalog of {catalog.BureauName} does not have: {string.Join(", ", unknown)}.",
                nameof(catalog));
    }

    /// <summary>Gets the publication dates of a column, ascending.</summary>
    /// <param name="column">The column id.</param>
    /// <returns>The dates; empty when the column has none.</returns>
    [Pure]
    public ImmutableArray<LocalDate> GetPublications(ColumnId column) =>
        _histories.TryGetValue(column, out var h) ? [.. h.Publications] : [];

    /// <summary>Gets the information events of a column, by ascending <see cref="InformationEvent.FormedOn"/>.</summary>
    /// <param name="column">The column id.</param>
    /// <returns>The events; empty when the column has none.</returns>
    [Pure]
    public ImmutableArray<InformationEvent> GetEvents(ColumnId column) =>
        _histories.TryGetValue(column, out var h) ? [.. h.Events] : [];

    /// <summary>Gets the withdrawals of a column's published items, by ascending <see cref="Withdrawal.PublishedOn"/>.</summary>
    /// <param name="column">The column id.</param>
    /// <returns>The withdrawals; empty when the column has none.</returns>
    [Pure]
    public ImmutableArray<Withdrawal> GetWithdrawals(ColumnId column) =>
        _histories.TryGetValue(column, out var h) ? [.. h.Withdrawals] : [];

    /// <summary>Lists the column ids of the log that the catalog does not have as columns (unknown ids or grouping nodes).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The ids, in ordinal order; empty when every entry names a column of the catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    [Pure]
    public ImmutableArray<ColumnId> FindUnknownColumns(DisclosureCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. _histories.Keys.Where(id => !catalog.TryGetColumn(id, out _)).Order()];
    }

    internal int ColumnCount => _histories.Count;

    internal ColumnHistory?[]? ByColumnIndex { get; }

    internal ColumnHistory? Find(ColumnId column) => _histories.GetValueOrDefault(column);

    private static void Add<T>(Dictionary<ColumnId, List<T>> byColumn, ColumnId column, T item)
    {
        if (!byColumn.TryGetValue(column, out var list))
        {
            byColumn[column] = list = [];
        }

        list.Add(item);
    }

    /// <summary>Each withdrawal must take an item of its column published that day that no other withdrawal took.</summary>
    private static void CheckWithdrawals(LocalDate[] publications, InformationEvent[] events, Withdrawal[] withdrawals)
    {
        for (var i = 0; i < withdrawals.Length; i++)
        {
            var w = withdrawals[i];
            var earlier = 0;
            for (var j = i - 1; j >= 0 && withdrawals[j].PublishedOn == w.PublishedOn; j--)
            {
                earlier++;
            }

            var items = 0;
            foreach (var e in events)
            {
                items += e.PublishedOn == w.PublishedOn ? 1 : 0;
            }

            items = Math.Max(items, publications.Count(d => d == w.PublishedOn));
            if (earlier >= items)
            {
                throw new ArgumentException(
                    string.Format(
                        CultureInfo.InvariantCulture,
                        items == 0
                            ? "A withdrawal on {2} names an item of column '{0}' published on {1}, but the log has no publication or information event of that column published that day; record the publication first or correct the date."
                            : "Column '{0}' has {3} item(s) published on {1} but more withdrawals of them (one on {2}); remove the extra withdrawal.",
                        w.Column,
                        LocalDatePattern.Iso.Format(w.PublishedOn),
                        LocalDatePattern.Iso.Format(w.WithdrawnOn),
                        items),
                    "withdrawals");
            }
        }
    }

    private static void CheckId(ColumnId id, string paramName)
    {
        if (id.Value is null)
        {
            throw new ArgumentException("An entry of the log has a default ColumnId: create ids with ColumnId.Parse.", paramName);
        }
    }

    internal sealed class ColumnHistory(LocalDate[] publications, InformationEvent[] events, Withdrawal[] withdrawals)
    {
        internal Withdrawal[] Withdrawals { get; } = withdrawals;

        internal LocalDate[] Publications { get; } = publications;

        internal InformationEvent[] Events { get; } = events;
    }
}
