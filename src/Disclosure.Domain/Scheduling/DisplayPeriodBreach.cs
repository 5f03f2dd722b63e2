using System.Globalization;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using NodaTime.Text;

namespace Disclosure.Domain.Scheduling;

/// <summary>
/// A finding of the due report (<see cref="DueReport.DisplayBreaches"/>, code <see cref="PublicationFindingCodes.DisplayPeriodCut"/>):
/// an item of a column with a display period (公示期, <see cref="UpdateFrequency.DisplayWorkingDays"/>) was withdrawn
/// before it had been posted that many working days.
/// </summary>
/// <remarks>
/// <para>
/// Counted on the working-day calendar like every period of this library: the publication day does not count
/// (《民法典》 第二百零一条), the withdrawal day does. So an item published on P with a display period of N working days
/// must stay posted until <c>AddWorkingDays(P, N)</c> (<see cref="DisplayEndsOn"/>); withdrawn on that day it has been
/// posted N working days and is no breach, withdrawn one working day earlier it has been posted N − 1. Holidays and
/// weekends inside the period do not count (a period over the National Day block is longer in calendar days).
/// </para>
/// <para>Instances are immutable and thread-safe; equality is reference identity.</para>
/// </remarks>
public sealed class DisplayPeriodBreach
{
    internal DisplayPeriodBreach(Obligation obligation, Withdrawal withdrawal, int requiredWorkingDays, int postedWorkingDays, LocalDate? displayEndsOn)
    {
        Obligation = obligation;
        Withdrawal = withdrawal;
        RequiredWorkingDays = requiredWorkingDays;
        PostedWorkingDays = postedWorkingDays;
        DisplayEndsOn = displayEndsOn;
    }

    /// <summary>Gets the code of this finding: <see cref="PublicationFindingCodes.DisplayPeriodCut"/>.</summary>
    public static ProblemCode Code => PublicationFindingCodes.DisplayPeriodCut;

    /// <summary>Gets the column.</summary>
    public Column Column => Obligation.Column;

    /// <summary>Gets the obligation of the withdrawn item: the information event published on <see cref="PublishedOn"/>.</summary>
    public Obligation Obligation { get; }

    /// <summary>Gets the recorded withdrawal.</summary>
    public Withdrawal Withdrawal { get; }

    /// <summary>Gets the day the item was published.</summary>
    public LocalDate PublishedOn => Withdrawal.PublishedOn;

    /// <summary>Gets the day the item was withdrawn.</summary>
    public LocalDate WithdrawnOn => Withdrawal.WithdrawnOn;

    /// <summary>Gets the display period of the column, in working days (公示7个工作日: 7).</summary>
    public int RequiredWorkingDays { get; }

    /// <summary>Gets the working days the item was posted: those after the publication day up to and including the withdrawal day.</summary>
    public int PostedWorkingDays { get; }

    /// <summary>Gets the working days the display period fell short by: <see cref="RequiredWorkingDays"/> − <see cref="PostedWorkingDays"/>, at least 1.</summary>
    public int MissingWorkingDays => RequiredWorkingDays - PostedWorkingDays;

    /// <summary>
    /// Gets the last day of the display period, <c>AddWorkingDays(PublishedOn, RequiredWorkingDays)</c>: the item had to stay
    /// posted until then; <see langword="null"/> when that day is in a year the calendar does not cover.
    /// </summary>
    public LocalDate? DisplayEndsOn { get; }

    /// <summary>
    /// Describes the finding in English, for example
    /// <c>PUB001 row 12 公示公告 (public-notices): published 2024-09-27, withdrawn 2024-10-08 after 2 of 7 working days of its display period (until 2024-10-15).</c>
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Code.Id} row {Column.SeedRow} {Column.Name} ({Column.Id}): published {Iso(PublishedOn)}, withdrawn {Iso(WithdrawnOn)} after {PostedWorkingDays} of {RequiredWorkingDays} working days of its display period{(DisplayEndsOn is { } end ? $" (until {Iso(end)})" : string.Empty)}.");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
