using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Testing;

/// <content>Assertions about due dates of catalog columns.</content>
public static partial class DomainAssert
{
    /// <summary>Asserts that column <paramref name="column"/> has an overdue obligation on <paramref name="date"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="column">The column id.</param>
    /// <param name="date">The as-of date.</param>
    /// <param name="log">What was published; empty when not given.</param>
    /// <param name="calendar">The calendar; the embedded China mainland calendar when not given.</param>
    /// <exception cref="DomainAssertionException">Nothing of the column is overdue on that day; the message lists its obligations.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of the catalog.</exception>
    public static void ColumnIsOverdueOn(DisclosureCatalog catalog, string column, LocalDate date, PublicationLog? log = null, WorkingDayCalendar? calendar = null)
    {
        var obligations = Obligations(catalog, column, date, log, calendar);
        if (!obligations.Any(o => o.Status == ObligationStatus.Overdue))
        {
            throw new DomainAssertionException($"Expected column {column} to be overdue on {Iso(date)}, but {Describe(obligations)}.");
        }
    }

    /// <summary>Asserts that column <paramref name="column"/> has no overdue obligation on <paramref name="date"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="column">The column id.</param>
    /// <param name="date">The as-of date.</param>
    /// <param name="log">What was published; empty when not given.</param>
    /// <param name="calendar">The calendar; the embedded China mainland calendar when not given.</param>
    /// <exception cref="DomainAssertionException">Something of the column is overdue; the message names it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of the catalog.</exception>
    public static void ColumnIsNotOverdueOn(DisclosureCatalog catalog, string column, LocalDate date, PublicationLog? log = null, WorkingDayCalendar? calendar = null)
    {
        var obligations = Obligations(catalog, column, date, log, calendar);
        if (obligations.Any(o => o.Status == ObligationStatus.Overdue))
        {
            throw new DomainAssertionException($"Expected column {column} not to be overdue on {Iso(date)}, but {Describe(obligations)}.");
        }
    }

    /// <summary>Asserts that, on <paramref name="asOf"/>, column <paramref name="column"/> is next due on <paramref name="expected"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="column">The column id.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="expected">The expected next due date.</param>
    /// <param name="log">What was published; empty when not given.</param>
    /// <param name="calendar">The calendar; the embedded China mainland calendar when not given.</param>
    /// <exception cref="DomainAssertionException">The next due date differs (or there is none).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a column of the catalog.</exception>
    public static void ColumnIsNextDueOn(DisclosureCatalog catalog, string column, LocalDate asOf, LocalDate expected, PublicationLog? log = null, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var found = Column(catalog, column);
        var next = new DueDateCalculator(calendar ?? WorkingDayCalendar.ChinaMainland).GetNextDueOn(catalog, found, log ?? PublicationLog.Empty, asOf);
        if (next != expected)
        {
            throw new DomainAssertionException(
                $"Expected column {column} to be next due on {Iso(expected)} (as of {Iso(asOf)}), but it is {(next is { } d ? "due on " + Iso(d) : "not due at all")}.");
        }
    }

    private static List<Obligation> Obligations(DisclosureCatalog catalog, string column, LocalDate date, PublicationLog? log, WorkingDayCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var found = Column(catalog, column);
        return [.. new DueDateCalculator(calendar ?? WorkingDayCalendar.ChinaMainland).EvaluateColumn(catalog, found, log ?? PublicationLog.Empty, date)];
    }

    private static Column Column(DisclosureCatalog catalog, string column) =>
        ColumnId.TryParse(column, out var id) && catalog.TryGetColumn(id, out var found)
            ? found!
            : throw new ArgumentException($"'{column}' is not a column of {catalog.BureauName}'s catalog.", nameof(column));

    private static string Describe(List<Obligation> obligations) =>
        obligations.Count == 0
            ? "it has no obligation yet"
            : "its obligations are " + string.Join("; ", obligations.Select(o => $"{o.Key} due {Iso(o.DueOn)} {o.Status}{(o.OverdueWorkingDays > 0 ? $" ({o.OverdueWorkingDays} working days)" : string.Empty)}"));
}
