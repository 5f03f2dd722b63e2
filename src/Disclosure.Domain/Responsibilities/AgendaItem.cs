using System.Diagnostics.Contracts;
using System.Globalization;
using Disclosure.Domain.Diagnostics;
using NodaTime;

namespace Disclosure.Domain.Responsibilities;

/// <summary>One dated duty of a unit on its agenda: a period of a recurring obligation, a column update, or another duty.</summary>
/// <remarks>Instances are immutable and thread-safe; equality is reference equality.</remarks>
public sealed class AgendaItem
{
    /// <summary>Creates an agenda item.</summary>
    /// <param name="unit">The unit that owes the duty.</param>
    /// <param name="dueDate">The last day to fulfil the duty.</param>
    /// <param name="kind">Where the item comes from.</param>
    /// <param name="reference">The id of what is owed: an obligation id or a catalog column id.</param>
    /// <param name="description">A short description for people, for example <c>2024-Q3 open-day-city: ≥1 open-day</c>.</param>
    /// <param name="involvement">How the duty reaches the unit (never <see cref="UnitInvolvement.None"/>).</param>
    /// <param name="status">The status on the as-of date, when known.</param>
    /// <param name="isProvisional">Whether the due date or status depends on a projected calendar year.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default id, a text is empty, or <paramref name="involvement"/> is <see cref="UnitInvolvement.None"/>.</exception>
    public AgendaItem(UnitId unit, LocalDate dueDate, AgendaItemKind kind, string reference, string description, UnitInvolvement involvement, ObligationStatus? status = null, bool isProvisional = false)
    {
        if (unit.Value is null)
        {
            throw new ArgumentException("A default UnitId is not a unit id.", nameof(unit));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (involvement == UnitInvolvement.None)
        {
            throw new ArgumentException("An agenda item must involve its unit.", nameof(involvement));
        }

        Unit = unit;
        DueDate = dueDate;
        Kind = kind;
        Reference = reference;
        Description = description;
        Involvement = involvement;
        Status = status;
        IsProvisional = isProvisional;
    }

    /// <summary>Gets the unit that owes the duty.</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the last day to fulfil the duty.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets where the item comes from.</summary>
    public AgendaItemKind Kind { get; }

    /// <summary>Gets the id of what is owed (obligation id, column id).</summary>
    public string Reference { get; }

    /// <summary>Gets a short description.</summary>
    public string Description { get; }

    /// <summary>Gets the description for people, in the language of <paramref name="culture"/>; a description given to the constructor as given.</summary>
    /// <param name="culture">
    /// The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>. Chinese cultures (zh-CN,
    /// zh-Hans, zh-SG) get Simplified Chinese, every other culture English.
    /// </param>
    /// <returns>The description, for example <c>2024-Q2 open-day：至少1次 open-day（已记录0次）——二(一)2 …</c></returns>
    [Pure]
    public string GetDescription(CultureInfo? culture = null) => Text?.Format(culture) ?? Description;

    /// <summary>Gets the library's description as a resource entry, or <see langword="null"/>.</summary>
    private LocalizedText? Text { get; init; }

    /// <summary>Gets how the duty reaches the unit; <see cref="UnitInvolvement.WhenInContext"/> means "when the unit hosts, drafts, handles or publishes".</summary>
    public UnitInvolvement Involvement { get; }

    /// <summary>Gets the status on the as-of date, or <see langword="null"/> when the source does not know it (for example a period after the as-of date).</summary>
    public ObligationStatus? Status { get; }

    /// <summary>Gets a value indicating whether the item depends on a projected calendar year.</summary>
    public bool IsProvisional { get; }

    /// <summary>Describes the item.</summary>
    /// <returns>For example <c>2024-09-30 open-day-city (WhenInContext, Due)</c>.</returns>
    public override string ToString() => $"{DueDate:yyyy-MM-dd} {Reference} ({Involvement}{(Status is { } s ? ", " + s : string.Empty)})";

    /// <summary>Makes an item whose description the library renders in the reader's language.</summary>
    internal static AgendaItem Localized(UnitId unit, LocalDate dueDate, AgendaItemKind kind, string reference, LocalizedText description, UnitInvolvement involvement, ObligationStatus? status, bool isProvisional) =>
        new(unit, dueDate, kind, reference, description.ToString(), involvement, status, isProvisional) { Text = description };
}
