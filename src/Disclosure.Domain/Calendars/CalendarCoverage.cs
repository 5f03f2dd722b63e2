using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Calendars;

/// <summary>Which years a <see cref="WorkingDayCalendar"/> can answer for, and how.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CalendarCoverage
{
    internal CalendarCoverage(ImmutableArray<int> publishedYears, int? projectionFirstYear, int? projectionLastYear)
    {
        PublishedYears = publishedYears;
        ProjectionFirstYear = projectionFirstYear;
        ProjectionLastYear = projectionLastYear;
    }

    /// <summary>Gets the years with an official (or user-loaded) arrangement, in ascending order.</summary>
    public ImmutableArray<int> PublishedYears { get; }

    /// <summary>Gets a value indicating whether years without an arrangement are projected provisionally.</summary>
    public bool ProjectsUnpublishedYears => ProjectionFirstYear is not null;

    /// <summary>Gets the first year the projection can answer for, or <see langword="null"/> without projection.</summary>
    public int? ProjectionFirstYear { get; }

    /// <summary>Gets the last year the projection can answer for, or <see langword="null"/> without projection.</summary>
    public int? ProjectionLastYear { get; }

    /// <summary>Tells whether the calendar can answer for a year, exactly or provisionally.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when a day of <paramref name="year"/> can be classified.</returns>
    public bool Covers(int year) => IsPublished(year) || (year >= ProjectionFirstYear && year <= ProjectionLastYear);

    /// <summary>Tells whether a year has a published arrangement.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> for a published year.</returns>
    public bool IsPublished(int year) => PublishedYears.BinarySearch(year) >= 0;

    /// <summary>Tells whether answers for a year are provisional (projected).</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> for a covered year without a published arrangement.</returns>
    public bool IsProvisional(int year) => Covers(year) && !IsPublished(year);

    /// <summary>Describes the coverage, for example <c>2024–2026 (published)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Describe().ToString();

    /// <summary>The description in both languages, for messages.</summary>
    internal LocalizedText Describe()
    {
        var published = PublishedYears.IsEmpty ? CalendarTexts.Text("Coverage.None") : CalendarTexts.Text("Coverage.Published", LocalizedText.List(Ranges(PublishedYears)));
        return ProjectsUnpublishedYears
            ? CalendarTexts.Text("Coverage.Projected", published, ProjectionFirstYear, ProjectionLastYear)
            : published;
    }

    private static List<string> Ranges(ImmutableArray<int> years)
    {
        var parts = new List<string>();
        var start = years[0];
        for (var i = 1; i <= years.Length; i++)
        {
            if (i == years.Length || years[i] != years[i - 1] + 1)
            {
                parts.Add(start == years[i - 1] ? $"{start}" : $"{start}–{years[i - 1]}");
                if (i < years.Length)
                {
                    start = years[i];
                }
            }
        }

        return parts;
    }
}
