using System.Globalization;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// Turns an effective pack document into a <see cref="RulePack"/>: each section (one file each) maps its DTOs to
/// builder calls and locates the builders' problems at the JSON of the entries they name. What is checked here is
/// only what the JSON form adds: required JSON values, text to parse (dates, labels, unit names), references
/// between sections, and ids unique within a list the builders do not see whole.
/// </summary>
internal static partial class RulePackValidator
{
    public static RulePack? Validate(PackDocument d, PackSource root, Problems problems, WorkingDayCalendar national)
    {
        var p = problems;
        if (!ColumnId.IsValid(d.Id))
        {
            p.Error(d.Id is null ? DataProblemCodes.MissingValue : DataProblemCodes.InvalidId, root, d.Id is null ? "$" : "$.id", RulePackTexts.Text("Pack.Id", Show(d.Id)));
        }

        var metadata = ValidateMetadata(d.Metadata, root, p, national);
        var units = ValidateUnits(d.Units ?? [], root, p, out var orgChart);
        var deadlines = ValidateDeadlines(d.Deadlines, p);
        var catalog = ValidateCatalog(d, metadata, units, deadlines, root, p);
        var review = ValidateReview(d.Review, metadata, root, p);
        var obligations = ValidateObligations(d.Obligations ?? [], units, p);
        var workPlan = ValidateWorkPlan(d.WorkPlan, units, p);
        var (holidays, calendar) = ValidateCalendar(d.Calendar, p, national);

        // A duty stated by a point of a dated plan ends with the plan's year.
        if (workPlan?.Year is { } year)
        {
            obligations = [.. obligations.Select(o => workPlan.Find(o.WorkPoint) is null ? o : o.Until(new LocalDate(year, 12, 31)))];
        }

        return p.HasErrors || metadata is null || orgChart is null || catalog is null || review is null || calendar is null
            ? null
            : new RulePack(d, metadata, catalog, orgChart, deadlines.TimelyDays, review, obligations, workPlan, holidays, calendar);
    }

    private static LocalDate? ReadDate(string? text, Origin o, string member, string name, Problems p)
    {
        if (text is null)
        {
            p.Error(DataProblemCodes.MissingValue, o, string.Empty, RulePackTexts.Text("Date.Missing", name));
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            p.Error(DataProblemCodes.InvalidValue, o, member, RulePackTexts.Text("Date.Invalid", name, Show(text)));
            return null;
        }

        return parsed.Value;
    }

    private static bool Required(string? value, Origin o, string member, LocalizedText expected, Problems p)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        p.Error(DataProblemCodes.MissingValue, o, value is null ? string.Empty : member, RulePackTexts.Text("Required", member[1..], expected));
        return false;
    }

    /// <summary>Lists names for a message, at most 20 of them, so that a huge (perhaps hostile) file cannot make every message huge.</summary>
    private static object Listing(IEnumerable<string?> names)
    {
        const int Shown = 20;
        var all = names.ToList();
        return all.Count <= Shown
            ? LocalizedText.List(all)
            : RulePackTexts.Text("Listing.More", LocalizedText.List(all.Take(Shown)), all.Count);
    }

    /// <summary>A value as a message quotes it ('x' in English, “x” in Chinese), at most 80 characters, or "(missing)".</summary>
    private static LocalizedText Show(string? value) => value is null ? RulePackTexts.Text("Missing") : RulePackTexts.Text("Quoted", value.Length > 80 ? value[..80] + "…" : value);

    private static string Item(string member, int i) => member + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
}
