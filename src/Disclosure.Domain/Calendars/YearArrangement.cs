using System.Collections.Immutable;

namespace Disclosure.Domain.Calendars;

/// <summary>
/// One year's holiday arrangement: the holiday blocks and adjusted working days, with where they come from.
/// </summary>
/// <remarks>
/// For a published year the source is the State Council General Office's notice
/// (国务院办公厅关于…部分节假日安排的通知). For a projected year <see cref="IsProvisional"/> is
/// <see langword="true"/>, the blocks hold the statutory days and their substitute days only, and there are no
/// adjusted working days (a projection cannot know them). Immutable and thread-safe.
/// </remarks>
public sealed class YearArrangement
{
    internal YearArrangement(
        int year,
        string source,
        LocalDate? issuedOn,
        string? noticeNumber,
        ImmutableArray<HolidayBlock> holidays,
        ImmutableArray<LocalDate> adjustedWorkdays,
        bool isProvisional,
        ImmutableArray<NoticeReference> notices = default)
    {
        Year = year;
        Source = source;
        IssuedOn = issuedOn;
        NoticeNumber = noticeNumber;
        Holidays = holidays;
        AdjustedWorkdays = adjustedWorkdays;
        IsProvisional = isProvisional;
        Notices = notices.IsDefault
            ? isProvisional ? [] : [new NoticeReference(source, issuedOn, noticeNumber)]
            : notices;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the source: the notice's title for a published year, a description of the projection otherwise.</summary>
    public string Source { get; }

    /// <summary>Gets the date the notice was issued, when known.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>Gets the notice's number (文号), only where it has been verified; otherwise <see langword="null"/>.</summary>
    public string? NoticeNumber { get; }

    /// <summary>Gets the holiday blocks in date order.</summary>
    public ImmutableArray<HolidayBlock> Holidays { get; }

    /// <summary>Gets the weekend days that are working days (调休上班), in date order.</summary>
    public ImmutableArray<LocalDate> AdjustedWorkdays { get; }

    /// <summary>Gets a value indicating whether this arrangement is a projection rather than a published notice.</summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// Gets every notice that shaped the year, in the order they were applied: the year's notice first, then amendments
    /// and one-off notices (for 2019 the December 2018 notice, then the Labour Day change of 2019-03-22). Empty for a
    /// projected year.
    /// </summary>
    public ImmutableArray<NoticeReference> Notices { get; }
}
