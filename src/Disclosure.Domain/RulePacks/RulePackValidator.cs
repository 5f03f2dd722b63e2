using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Calendars;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using NodaTime.Text;

namespace Disclosure.Domain.RulePacks;

/// <summary>Checks an effective pack document as a whole and, when it has no error, builds the <see cref="RulePack"/>.</summary>
internal static partial class RulePackValidator
{
    private const string AllSectionsLabel = "各科室";
    private const string RelevantSectionsLabel = "各相关科室";
    private const string CaseHandlerLabel = "谁承办谁更新";
    private const int MaxMinimumCount = 1000;

    private static readonly string UnitKinds = string.Join(", ", UnitKind.All.Select(k => k.Id));
    private static readonly string Levels = string.Join(", ", GovernmentLevel.All.Select(l => l.Id));
    private static readonly string Periods = string.Join(", ", ObligationPeriod.All.Select(p => p.Id));
    private static readonly string[] Rules = ["all-sections", "relevant-sections", "drafting-section", "power-exercising-sections", "event-host", "case-handler", "publisher", "affiliated-agencies"];

    public static RulePack? Validate(PackDocument d, PackSource root, Problems problems, WorkingDayCalendar national)
    {
        var p = problems;
        if (!ColumnId.IsValid(d.Id))
        {
            p.Error(d.Id is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidId, root, d.Id is null ? "$" : "$.id", $"The pack id {Show(d.Id)} is missing or malformed; expected lower-case ASCII letters, digits and single hyphens, starting with a letter (for example \"jingxian-civil-affairs-2024\").");
        }

        var metadata = ValidateMetadata(d.Metadata, root, p, national);
        var units = ValidateUnits(d.Units ?? [], root, p);
        var deadlines = ValidateDeadlines(d.Deadlines, p);
        var catalog = ValidateCatalog(d, metadata, units, deadlines, root, p);
        var review = ValidateReview(d.Review, metadata, root, p);
        var obligations = ValidateObligations(d.Obligations ?? [], units, p);
        var workPlan = ValidateWorkPlan(d.WorkPlan, units, p);
        var (holidays, calendar) = ValidateCalendar(d.Calendar, metadata, root, p, national);

        if (p.HasErrors || metadata is null || catalog is null || review is null || calendar is null)
        {
            return null;
        }

        OrgChart orgChart;
        try
        {
            orgChart = new OrgChart(units.Values.Select(u => u.Unit!));
        }
        catch (ArgumentException e)
        {
            p.Error(RulePackErrorCode.InvalidValue, root, "$.units", $"The org chart is not valid: {e.Message}");
            return null;
        }

        return new RulePack(d, metadata, catalog, orgChart, deadlines.TimelyDays, review, obligations, workPlan, holidays, calendar);
    }

    private static RulePackMetadata? ValidateMetadata(MetadataDto? m, PackSource root, Problems p, WorkingDayCalendar national)
    {
        if (m is null)
        {
            p.Error(RulePackErrorCode.MissingValue, root, "$", "\"metadata\" is missing; expected an object with bureau, jurisdiction, effectiveDate and timeZone (English names are optional).");
            return null;
        }

        var o = m.Origin!;
        var ok = Required(m.Bureau, o, ".bureau", "the bureau's Chinese name, for example \"泾县民政局\"", p)
            & Required(m.Jurisdiction, o, ".jurisdiction", "the jurisdiction's Chinese name, for example \"泾县\"", p);
        GovernmentLevel? level = null;
        if (m.Level is not null && !GovernmentLevel.TryParse(m.Level, out level))
        {
            p.Error(RulePackErrorCode.InvalidValue, o, ".level", $"level {Show(m.Level)} is unknown; expected one of {Levels}.");
            ok = false;
        }

        var date = ReadDate(m.EffectiveDate, o, ".effectiveDate", "effectiveDate", p);
        if (date is { } d && !national.Coverage.Covers(d.Year))
        {
            p.Error(RulePackErrorCode.DateOutsideCalendar, o, ".effectiveDate", $"effectiveDate {m.EffectiveDate} is in {d.Year}, which the working-day calendar does not cover ({national.Coverage}); expected a date in a covered year.");
            ok = false;
        }

        DateTimeZone? zone = null;
        if (m.TimeZone is null)
        {
            p.Error(RulePackErrorCode.MissingValue, o, string.Empty, "\"timeZone\" is missing; expected a TZDB id such as \"Asia/Shanghai\".");
        }
        else if ((zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(m.TimeZone)) is null)
        {
            p.Error(RulePackErrorCode.InvalidValue, o, ".timeZone", $"timeZone {Show(m.TimeZone)} is not a TZDB zone id; expected for example \"Asia/Shanghai\".");
        }

        return ok && date is not null && zone is not null
            ? new RulePackMetadata(m.Bureau!, m.BureauEnglishName, m.Jurisdiction!, m.JurisdictionEnglishName, level, date.Value, zone, m.Source)
            : null;
    }

    private static Dictionary<string, (UnitDto Dto, Unit? Unit)> ValidateUnits(List<UnitDto> list, PackSource root, Problems p)
    {
        var units = new Dictionary<string, (UnitDto Dto, Unit? Unit)>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in list.Where(u => u is not null))
        {
            var o = u.Origin!;
            var ok = Required(u.Name, o, ".name", "the unit's Chinese name, for example \"办公室\"", p);
            if (!UnitKind.TryParse(u.Kind, out var kind))
            {
                p.Error(u.Kind is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidValue, o, u.Kind is null ? string.Empty : ".kind", $"kind {Show(u.Kind)} is missing or unknown; expected one of {UnitKinds}.");
                ok = false;
            }

            ok &= NoRepeats(u.Aliases, o, ".aliases", p) & NoRepeats(u.Topics, o, ".topics", p);

            if (!UnitId.IsValid(u.Id))
            {
                p.Error(u.Id is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidId, o, u.Id is null ? string.Empty : ".id", $"unit id {Show(u.Id)} is missing or malformed; expected lower-case ASCII letters, digits and hyphens, for example \"social-assistance\".");
                continue;
            }

            if (units.ContainsKey(u.Id!))
            {
                p.Error(RulePackErrorCode.DuplicateId, o, ".id", $"unit id '{u.Id}' is used by two units; expected each unit id once.");
                continue;
            }

            foreach (var (name, alias) in NamesOf(u))
            {
                if (!string.IsNullOrWhiteSpace(name) && !names.TryAdd(name, u.Id!))
                {
                    var member = alias < 0 ? ".name" : ".aliases[" + alias.ToString(CultureInfo.InvariantCulture) + "]";
                    p.Error(RulePackErrorCode.DuplicateId, o, member, $"the name '{name}' already names unit '{names[name]}'; expected each unit name and alias once.");
                }
            }

            Unit? unit = null;
            if (ok)
            {
                try
                {
                    unit = new Unit(UnitId.Parse(u.Id!), u.Name!, u.EnglishName, kind!, (u.Aliases ?? []).Where(a => a is not null), (u.Topics ?? []).Where(t => t is not null));
                }
                catch (ArgumentException e)
                {
                    p.Error(RulePackErrorCode.InvalidValue, o, string.Empty, $"unit '{u.Id}' is not a valid unit: {e.Message}");
                }
            }
            units.Add(u.Id!, (u, unit));
        }

        return units;
    }

    private static (int TimelyDays, Dictionary<string, DeadlineOverrideDto> Overrides) ValidateDeadlines(DeadlinesDto? d, Problems p)
    {
        var days = UpdateFrequency.DefaultTimelyWorkingDays;
        var overrides = new Dictionary<string, DeadlineOverrideDto>(StringComparer.Ordinal);
        if (d is null)
        {
            return (days, overrides);
        }

        if (d.TimelyWorkingDays is { } t)
        {
            if (t < 1 || t > UpdateFrequency.MaxTimelyWorkingDays)
            {
                p.Error(RulePackErrorCode.OutOfRange, d.Origin!, ".timelyWorkingDays", string.Create(CultureInfo.InvariantCulture, $"timelyWorkingDays {t} is out of range; expected 1 to {UpdateFrequency.MaxTimelyWorkingDays} (条例 第26条 sets 20)."));
            }
            else
            {
                days = t;
            }
        }

        foreach (var x in (d.Overrides ?? []).Where(x => x is not null))
        {
            if (x.Column is null)
            {
                p.Error(RulePackErrorCode.MissingValue, x.Origin!, string.Empty, "\"column\" is missing; expected the id of the column whose deadline is overridden.");
            }
            else if (!overrides.TryAdd(x.Column, x))
            {
                p.Error(RulePackErrorCode.DuplicateId, x.Origin!, ".column", $"column '{x.Column}' has two deadline overrides; expected at most one per column.");
            }
        }

        return (days, overrides);
    }

    private static DisclosureCatalog? ValidateCatalog(PackDocument d, RulePackMetadata? metadata, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, (int TimelyDays, Dictionary<string, DeadlineOverrideDto> Overrides) deadlines, PackSource root, Problems p)
    {
        // Each unit by id, name and alias, with the responsibility of that unit alone, shared by the columns naming it.
        var byName = new Dictionary<string, (UnitId Id, Responsibility Alone)>(StringComparer.Ordinal);
        foreach (var (id, (dto, _)) in units)
        {
            var unitId = UnitId.Parse(id);
            var unit = (unitId, Responsibility.Of(unitId));
            byName.TryAdd(id, unit);
            foreach (var (name, _) in NamesOf(dto))
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    byName.TryAdd(name, unit);
                }
            }
        }

        var list = (d.Catalog ?? []).Where(n => n is not null).ToList();
        if (d.Catalog is null || list.Count == 0)
        {
            p.Error(RulePackErrorCode.MissingValue, root, d.Catalog is null ? "$" : "$.catalog", "\"catalog\" is missing or empty; expected an array of catalog nodes with at least one column.");
        }

        // Nodes are numbered by position in `list`; `index` maps each id to its first node, and a column's rules are
        // kept at its number (frequency null for grouping nodes and unusable columns).
        var index = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        var frequencies = new UpdateFrequency?[list.Count];
        var responsibles = new Responsibility?[list.Count];
        var seedRows = new Dictionary<int, string>();
        var hasColumn = false;
        for (var i = 0; i < list.Count; i++)
        {
            var n = list[i];
            var o = n.Origin!;
            hasColumn |= n.Frequency is not null;
            Required(n.Name, o, ".name", "the column's Chinese name", p);
            if (n.Parent is not null && !ColumnId.IsValid(n.Parent))
            {
                p.Error(RulePackErrorCode.InvalidId, o, ".parent", $"parent {Show(n.Parent)} is not a node id; expected lower-case ASCII letters, digits and hyphens.");
            }

            var isColumn = n.Frequency is not null || n.SeedRow is not null || n.Responsible is not null;
            UpdateFrequency? frequency = null;
            Responsibility? responsible = null;
            if (isColumn)
            {
                frequency = ReadFrequency(n, o, p);
                responsible = ReadResponsible(n, o, units, byName, p);
                if (n.SeedRow is not { } row)
                {
                    p.Error(RulePackErrorCode.MissingValue, o, string.Empty, "\"seedRow\" is missing; a column needs the row number of the bureau's published table (序号).");
                }
                else if (row < 1 || row > 100_000)
                {
                    p.Error(RulePackErrorCode.OutOfRange, o, ".seedRow", string.Create(CultureInfo.InvariantCulture, $"seedRow {row} is out of range; expected 1 to 100000."));
                }
                else if (!seedRows.TryAdd(row, n.Id ?? "?"))
                {
                    p.Error(RulePackErrorCode.DuplicateId, o, ".seedRow", string.Create(CultureInfo.InvariantCulture, $"seedRow {row} is already used by '{seedRows[row]}'; expected each table row once."));
                }
            }

            if (!ColumnId.IsValid(n.Id))
            {
                p.Error(n.Id is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidId, o, n.Id is null ? string.Empty : ".id", $"node id {Show(n.Id)} is missing or malformed; expected lower-case ASCII letters, digits and single hyphens, starting with a letter (at most {ColumnId.MaxLength} characters).");
                continue;
            }

            if (!index.TryAdd(n.Id!, i))
            {
                p.Error(RulePackErrorCode.DuplicateId, o, ".id", $"node id '{n.Id}' is used twice; expected each catalog id once.");
                continue;
            }

            if (frequency is not null && responsible is not null)
            {
                frequencies[i] = frequency.Kind == UpdateFrequencyKind.Timely && deadlines.TimelyDays != UpdateFrequency.DefaultTimelyWorkingDays
                    ? UpdateFrequency.TimelyWithin(deadlines.TimelyDays)
                    : frequency;
                responsibles[i] = responsible;
            }
        }

        var parents = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            parents[i] = -1;
            var n = list[i];
            if (n.Parent is not { } parent || !ColumnId.IsValid(parent) || !index.TryGetValue(n.Id ?? string.Empty, out var at) || at != i)
            {
                continue;
            }

            if (index.TryGetValue(parent, out var parentAt))
            {
                parents[i] = parentAt;
            }
            else
            {
                p.Error(RulePackErrorCode.DanglingParent, n.Origin!, ".parent", $"parent '{parent}' of '{n.Id}' is not a node of the catalog; expected the id of a catalog node (was it removed or misspelt?).");
            }
        }

        if (!ReportCycles(parents, i => (list[i].Id!, list[i].Origin!), "catalog nodes", p))
        {
            var levels = ParentLinks.Levels(parents);
            for (var i = 0; i < list.Count; i++)
            {
                if (levels[i] == DisclosureCatalogBuilder.MaxLevels + 1)
                {
                    p.Error(RulePackErrorCode.OutOfRange, list[i].Origin!, ".parent", string.Create(CultureInfo.InvariantCulture, $"'{list[i].Id}' is at level {levels[i]} of the catalog tree; expected at most {DisclosureCatalogBuilder.MaxLevels} levels (a website has three or four)."));
                }
            }
        }

        if (list.Count > 0 && !hasColumn)
        {
            p.Error(RulePackErrorCode.MissingValue, root, "$.catalog", "The catalog has no column; expected at least one node with a frequency.");
        }

        foreach (var (column, x) in deadlines.Overrides)
        {
            ApplyOverride(column, x, list, index, frequencies, p);
        }

        if (p.HasErrors || metadata is null)
        {
            return null;
        }

        var builder = new DisclosureCatalogBuilder(metadata.BureauName, metadata.BureauEnglishName, metadata.EffectiveDate) { TimeZoneId = metadata.TimeZone.Id };
        for (var i = 0; i < list.Count; i++)
        {
            var n = list[i];
            if (frequencies[i] is { } frequency)
            {
                builder.AddColumn(n.SeedRow!.Value, n.Id!, n.Name!, n.EnglishName, n.Parent, frequency, responsibles[i]!, n.Responsible!, n.Frequency, n.Note);
            }
            else
            {
                builder.AddGroup(n.Id!, n.Name!, n.EnglishName, n.Parent, n.Note);
            }
        }

        try
        {
            return builder.Build(root.Name);
        }
        catch (InvalidCatalogException e)
        {
            foreach (var error in e.Errors)
            {
                p.Error(RulePackErrorCode.InvalidValue, root, "$.catalog", error);
            }

            return null;
        }
    }

    private static void ApplyOverride(string column, DeadlineOverrideDto x, List<NodeDto> nodes, Dictionary<string, int> index, UpdateFrequency?[] frequencies, Problems p)
    {
        var o = x.Origin!;
        if (!index.TryGetValue(column, out var at))
        {
            p.Error(RulePackErrorCode.DanglingColumn, o, ".column", $"'{column}' is not a column of the catalog; expected the id of a catalog column.");
            return;
        }

        if (frequencies[at] is not { } frequency)
        {
            // A column whose own rules are in error has no frequency to override; its errors are reported already.
            if (nodes[at].Frequency is null)
            {
                p.Error(RulePackErrorCode.DanglingColumn, o, ".column", $"'{column}' is a grouping node, not a column; expected the id of a node with a frequency.");
            }

            return;
        }

        if (x.WorkingDays is null && x.AnnualDeadline is null)
        {
            p.Error(RulePackErrorCode.MissingValue, o, string.Empty, "The override sets nothing; expected \"workingDays\" (及时更新 columns) or \"annualDeadline\" (年度更新 columns).");
        }

        if (x.WorkingDays is { } days)
        {
            if (frequency.Kind != UpdateFrequencyKind.Timely)
            {
                p.Error(RulePackErrorCode.InvalidValue, o, ".workingDays", $"workingDays applies to 及时更新 columns, but '{column}' is {frequency.ChineseLabel}; expected annualDeadline or no override.");
            }
            else if (days < 1 || days > UpdateFrequency.MaxTimelyWorkingDays)
            {
                p.Error(RulePackErrorCode.OutOfRange, o, ".workingDays", string.Create(CultureInfo.InvariantCulture, $"workingDays {days} is out of range; expected 1 to {UpdateFrequency.MaxTimelyWorkingDays}."));
            }
            else
            {
                frequencies[at] = UpdateFrequency.TimelyWithin(days);
            }
        }

        if (x.AnnualDeadline is { } deadline)
        {
            var parsed = AnnualDatePattern.Iso.Parse(deadline);
            if (frequency.Kind != UpdateFrequencyKind.Annual)
            {
                p.Error(RulePackErrorCode.InvalidValue, o, ".annualDeadline", $"annualDeadline applies to 年度更新 columns, but '{column}' is {frequency.ChineseLabel}.");
            }
            else if (!parsed.Success)
            {
                p.Error(RulePackErrorCode.OutOfRange, o, ".annualDeadline", $"annualDeadline {Show(deadline)} is not a day of the year; expected MM-dd, for example \"01-31\".");
            }
            else
            {
                frequencies[at] = UpdateFrequency.AnnualBy(parsed.Value);
            }
        }
    }

    private static UpdateFrequency? ReadFrequency(NodeDto n, Origin o, Problems p)
    {
        if (n.Frequency is null)
        {
            p.Error(RulePackErrorCode.MissingValue, o, string.Empty, $"\"frequency\" is missing; a column needs one of {FrequencyKindInfo.Expected}.");
            return null;
        }

        if (!UpdateFrequency.TryParse(n.Frequency, out var frequency))
        {
            p.Error(RulePackErrorCode.UnknownFrequency, o, ".frequency", $"frequency {Show(n.Frequency)} is unknown; expected one of {FrequencyKindInfo.Expected}.");
            return null;
        }

        return frequency;
    }

    private static Responsibility? ReadResponsible(NodeDto n, Origin o, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Dictionary<string, (UnitId Id, Responsibility Alone)> byName, Problems p)
    {
        switch (n.Responsible)
        {
            case null or "":
                p.Error(RulePackErrorCode.NoResponsibleParty, o, string.Empty, $"column {Show(n.Id)} has no responsible party; expected \"responsible\": a unit name, {AllSectionsLabel}, {RelevantSectionsLabel} or {CaseHandlerLabel}.");
                return null;
            case AllSectionsLabel:
                return Responsibility.AllSections;
            case CaseHandlerLabel:
                return Responsibility.CaseHandler;
            case RelevantSectionsLabel:
                if (!ColumnId.IsValid(n.Id))
                {
                    return null;
                }

                if (!units.Values.Any(u => u.Dto.Topics?.Contains(n.Id!, StringComparer.Ordinal) == true))
                {
                    p.Error(RulePackErrorCode.NoResponsibleParty, o, ".responsible", $"column '{n.Id}' is {RelevantSectionsLabel}, but no unit lists '{n.Id}' among its topics, so nobody is responsible; expected a unit with \"topics\": [\"{n.Id}\"].");
                    return null;
                }

                return Responsibility.RelevantSections(n.Id!);
            case var one when !one.Contains('、', StringComparison.Ordinal) && byName.TryGetValue(one.Trim(), out var unit):
                return unit.Alone;
            default:
                var found = new List<UnitId>();
                foreach (var name in n.Responsible.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (byName.TryGetValue(name, out var named))
                    {
                        var unit = named.Id;
                        if (found.Contains(unit))
                        {
                            p.Error(RulePackErrorCode.DuplicateId, o, ".responsible", $"responsible names unit '{unit}' twice ('{name}' is one of its names); expected each unit once.");
                            return null;
                        }

                        found.Add(unit);
                    }
                    else
                    {
                        p.Error(RulePackErrorCode.DanglingUnit, o, ".responsible", $"responsible '{name}' is not a unit of the org chart; expected a unit's name, alias or id ({Listing(units.Values.Select(u => u.Dto.Name))}) or {AllSectionsLabel}, {RelevantSectionsLabel}, {CaseHandlerLabel}.");
                        return null;
                    }
                }

                if (found.Count == 0)
                {
                    p.Error(RulePackErrorCode.NoResponsibleParty, o, ".responsible", $"column {Show(n.Id)} names no responsible unit.");
                    return null;
                }

                return Responsibility.Of(found);
        }
    }

    private static ReviewPolicy? ValidateReview(ReviewDto? r, RulePackMetadata? metadata, PackSource root, Problems p)
    {
        if (r is null)
        {
            p.Error(RulePackErrorCode.MissingValue, root, "$", "\"review\" is missing; expected a review policy with at least one level (三级审核: three).");
            return null;
        }

        var o = r.Origin!;
        var ok = Required(r.Name, o, ".name", "the policy's name", p);
        var list = (r.Levels ?? []).Where(l => l is not null).ToList();
        if (list.Count == 0)
        {
            p.Error(RulePackErrorCode.NoReviewLevels, o, r.Levels is null ? string.Empty : ".levels", "The review policy has no levels; expected at least one, for example {\"name\": \"信息发布同志\", \"role\": \"information-publisher\"} (先审后发 needs a reviewer).");
            ok = false;
        }

        var levels = new List<(string Name, ReviewRole Role, string? Description)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (r.Levels?.Count ?? 0); i++)
        {
            if (r.Levels![i] is not { } l)
            {
                continue;
            }

            var at = ".levels[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var levelOk = Required(l.Name, o, at + ".name", "the reviewer's title, for example \"信息发布同志\"", p);
            if (levelOk && !names.Add(l.Name!))
            {
                p.Error(RulePackErrorCode.DuplicateId, o, at + ".name", $"the level name '{l.Name}' is used twice; expected each level once.");
                levelOk = false;
            }

            if (!UnitId.IsValid(l.Role))
            {
                p.Error(l.Role is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidId, o, at + (l.Role is null ? string.Empty : ".role"), $"role {Show(l.Role)} is missing or malformed; expected a role id such as \"information-publisher\".");
                levelOk = false;
            }

            if (levelOk)
            {
                levels.Add((l.Name!, Role(l.Role!, l.Name!, levels), l.Description));
            }

            ok &= levelOk;
        }

        var roles = new List<ReviewRole>();
        foreach (var (value, member, what) in new[] { (r.ConfidentialityReviewer, ".confidentialityReviewer", "the role that performs the confidentiality review (保密审查), for example \"confidentiality-reviewer\""), (r.Publisher, ".publisher", "the role that publishes, for example \"information-publisher\"") })
        {
            if (value is null)
            {
                p.Error(RulePackErrorCode.MissingValue, o, string.Empty, $"\"{member[1..]}\" is missing; expected {what}.");
                ok = false;
            }
            else if (!UnitId.IsValid(value))
            {
                p.Error(RulePackErrorCode.InvalidId, o, member, $"{member[1..]} {Show(value)} is not a role id; expected {what}.");
                ok = false;
            }
            else
            {
                roles.Add(Role(value, value, levels));
            }
        }

        Period? cleanUp = null;
        if (r.CleanUpEvery is not { } text)
        {
            p.Error(RulePackErrorCode.MissingValue, o, string.Empty, "\"cleanUpEvery\" is missing; expected how often published information is reviewed and cleaned up (公开后定期清理), for example \"P1Y\".");
            ok = false;
        }
        else
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(text);
            if (!parsed.Success || parsed.Value.HasTimeComponent || parsed.Value.Years < 0 || parsed.Value.Months < 0 || parsed.Value.Weeks < 0 || parsed.Value.Days < 0 || parsed.Value.Equals(Period.Zero))
            {
                p.Error(RulePackErrorCode.InvalidValue, o, ".cleanUpEvery", $"cleanUpEvery {Show(text)} is not a positive ISO-8601 date period; expected for example \"P1Y\" or \"P6M\".");
                ok = false;
            }
            else
            {
                cleanUp = parsed.Value;
            }
        }

        if (!ok || metadata is null)
        {
            return null;
        }

        try
        {
            var builder = ReviewPolicy.Create(r.Name!).InTimeZone(metadata.TimeZone);
            if (r.Source is not null)
            {
                builder.WithSource(r.Source);
            }

            foreach (var (name, role, description) in levels)
            {
                builder.Level(name, role, description);
            }

            builder.ConfidentialityReviewBy(roles[0]).PublishedBy(roles[1]).CleanUpEvery(cleanUp!);
            if (r.RequireInterpretation == true)
            {
                builder.RequireInterpretation();
            }

            if (r.RequirePublicConsultation == true)
            {
                builder.RequirePublicConsultation();
            }

            if (r.RequireConsultationChannel == true)
            {
                builder.RequireConsultationChannel();
            }

            return builder.Build();
        }
        catch (Exception e) when (e is ReviewPolicyConfigurationException or ArgumentException)
        {
            foreach (var error in e is ReviewPolicyConfigurationException c ? c.Errors : ImmutableArray.Create(e.Message))
            {
                p.Error(RulePackErrorCode.InvalidValue, o, string.Empty, $"The review policy is not valid: {error}");
            }

            return null;
        }
    }

    /// <summary>The review role with this id: a standard role, a role named by an earlier level, or a new one.</summary>
    private static ReviewRole Role(string id, string name, List<(string Name, ReviewRole Role, string? Description)> levels)
    {
        foreach (var standard in new[] { ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge, ReviewRole.ConfidentialityReviewer })
        {
            if (standard.Id == id)
            {
                return standard;
            }
        }

        return levels.Select(l => l.Role).FirstOrDefault(r => r.Id == id) ?? ReviewRole.Of(id, name);
    }

    private static ImmutableArray<RecurringObligation> ValidateObligations(List<ObligationDto> list, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Problems p)
    {
        var result = ImmutableArray.CreateBuilder<RecurringObligation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var x in list.Where(x => x is not null))
        {
            var o = x.Origin!;
            var ok = true;
            if (!UnitId.IsValid(x.Id))
            {
                p.Error(x.Id is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidId, o, x.Id is null ? string.Empty : ".id", $"obligation id {Show(x.Id)} is missing or malformed; expected lower-case ASCII letters, digits and hyphens.");
                ok = false;
            }
            else if (!ids.Add(x.Id!))
            {
                p.Error(RulePackErrorCode.DuplicateId, o, ".id", $"obligation id '{x.Id}' is used twice; expected each obligation id once.");
                ok = false;
            }

            ok &= Required(x.ActivityKind, o, ".activityKind", "the activity kind, for example \"open-day\"", p);
            if (!ObligationPeriod.TryParse(x.Period, out var period))
            {
                p.Error(x.Period is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidValue, o, x.Period is null ? string.Empty : ".period", $"period {Show(x.Period)} is missing or unknown; expected one of {Periods}.");
                ok = false;
            }

            ok &= Required(x.WorkPoint, o, ".workPoint", "the work-plan point the obligation comes from, for example \"二(一)2\"", p)
                & Required(x.SeedText, o, ".seedText", "the sentence of the source document", p);

            if (x.MinimumCount is not { } count || count < 1 || count > MaxMinimumCount)
            {
                p.Error(x.MinimumCount is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.OutOfRange, o, x.MinimumCount is null ? string.Empty : ".minimumCount", string.Create(CultureInfo.InvariantCulture, $"minimumCount {x.MinimumCount?.ToString(CultureInfo.InvariantCulture) ?? "(missing)"} is out of range; expected 1 to {MaxMinimumCount}."));
                ok = false;
            }

            var levels = new List<GovernmentLevel>();
            for (var i = 0; i < (x.Levels?.Count ?? 0); i++)
            {
                if (x.Levels![i] is not { } text)
                {
                    continue;
                }

                if (!GovernmentLevel.TryParse(text, out var level))
                {
                    p.Error(RulePackErrorCode.InvalidValue, o, ".levels[" + i.ToString(CultureInfo.InvariantCulture) + "]", $"level {Show(text)} is unknown; expected one of {Levels}.");
                    ok = false;
                }
                else if (levels.Contains(level))
                {
                    p.Error(RulePackErrorCode.DuplicateId, o, ".levels[" + i.ToString(CultureInfo.InvariantCulture) + "]", $"level '{text}' is listed twice.");
                    ok = false;
                }
                else
                {
                    levels.Add(level);
                }
            }

            if (levels.Count == 0 && ok)
            {
                p.Error(RulePackErrorCode.MissingValue, o, x.Levels is null ? string.Empty : ".levels", $"\"levels\" is missing or empty; expected the government levels bound ({Levels}).");
                ok = false;
            }

            var responsible = ReadRuleOrUnits(x.Rule, x.Units, x.Topic, $"obligation {Show(x.Id)}", o, units, p);
            if (ok && responsible is not null)
            {
                try
                {
                    result.Add(new RecurringObligation(x.Id!, x.ActivityKind!, period!, x.MinimumCount!.Value, levels, responsible, x.WorkPoint!, x.SeedText!));
                }
                catch (ArgumentException e)
                {
                    p.Error(RulePackErrorCode.InvalidValue, o, string.Empty, $"obligation '{x.Id}' is not valid: {e.Message}");
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Reads a responsibility given as exactly one of a rule (with a topic for relevant-sections) or a list of unit ids.</summary>
    private static Responsibility? ReadRuleOrUnits(string? rule, List<string>? unitIds, string? topic, string what, Origin o, Dictionary<string, (UnitDto Dto, Unit? Unit)> units, Problems p)
    {
        var hasUnits = unitIds is { Count: > 0 };
        if ((rule is null) == !hasUnits)
        {
            p.Error(RulePackErrorCode.NoResponsibleParty, o, string.Empty, $"{what} needs exactly one of \"rule\" ({string.Join(", ", Rules)}) or \"units\" (unit ids).");
            return null;
        }

        if (hasUnits)
        {
            var ids = new List<UnitId>();
            for (var i = 0; i < unitIds!.Count; i++)
            {
                var id = unitIds[i];
                if (id is null)
                {
                    continue;
                }

                if (!units.ContainsKey(id))
                {
                    p.Error(RulePackErrorCode.DanglingUnit, o, ".units[" + i.ToString(CultureInfo.InvariantCulture) + "]", $"unit '{id}' is not in the org chart; expected one of: {Listing(units.Keys)}.");
                    return null;
                }

                var unit = UnitId.Parse(id);
                if (ids.Contains(unit))
                {
                    p.Error(RulePackErrorCode.DuplicateId, o, ".units[" + i.ToString(CultureInfo.InvariantCulture) + "]", $"unit '{id}' is listed twice; expected each unit once.");
                    return null;
                }

                ids.Add(unit);
            }

            return ids.Count == 0 ? null : Responsibility.Of(ids);
        }

        switch (rule)
        {
            case "relevant-sections" when string.IsNullOrWhiteSpace(topic):
                p.Error(RulePackErrorCode.MissingValue, o, ".rule", "rule relevant-sections needs a \"topic\".");
                return null;
            case "relevant-sections":
                return Responsibility.RelevantSections(topic!);
            case "all-sections":
                return Responsibility.AllSections;
            case "drafting-section":
                return Responsibility.DraftingSection;
            case "power-exercising-sections":
                return Responsibility.PowerExercisingSections;
            case "event-host":
                return Responsibility.EventHost;
            case "case-handler":
                return Responsibility.CaseHandler;
            case "publisher":
                return Responsibility.Publisher;
            case "affiliated-agencies":
                return Responsibility.AffiliatedAgencies;
            default:
                p.Error(RulePackErrorCode.InvalidValue, o, ".rule", $"rule {Show(rule)} is unknown; expected one of {string.Join(", ", Rules)}.");
                return null;
        }
    }

    private static (ImmutableArray<RulePackHoliday> Holidays, WorkingDayCalendar? Calendar) ValidateCalendar(CalendarDto? c, RulePackMetadata? metadata, PackSource root, Problems p, WorkingDayCalendar national)
    {
        var list = (c?.LocalHolidays ?? []).Where(h => h is not null).ToList();
        if (list.Count == 0)
        {
            return ([], national);
        }

        var holidays = ImmutableArray.CreateBuilder<RulePackHoliday>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in list)
        {
            var o = h.Origin!;
            var ok = Required(h.Name, o, ".name", "the holiday's Chinese name", p);
            if (!UnitId.IsValid(h.Id))
            {
                p.Error(h.Id is null ? RulePackErrorCode.MissingValue : RulePackErrorCode.InvalidId, o, h.Id is null ? string.Empty : ".id", $"holiday id {Show(h.Id)} is missing or malformed; expected lower-case ASCII letters, digits and hyphens.");
                ok = false;
            }
            else if (!ids.Add(h.Id!))
            {
                p.Error(RulePackErrorCode.DuplicateId, o, ".id", $"holiday id '{h.Id}' is used twice; expected each local holiday once.");
                ok = false;
            }

            var from = ReadDate(h.From, o, ".from", "from", p);
            var to = ReadDate(h.To, o, ".to", "to", p);
            foreach (var (date, member) in new[] { (from, ".from"), (to, ".to") })
            {
                if (date is { } d && !national.Coverage.IsPublished(d.Year))
                {
                    p.Error(RulePackErrorCode.DateOutsideCalendar, o, member, $"{d:uuuu-MM-dd} is in {d.Year}, which has no published national arrangement ({national.Coverage}); expected a date in a published year.");
                    ok = false;
                }
            }

            if (from is { } f && to is { } t)
            {
                if (t < f)
                {
                    p.Error(RulePackErrorCode.OutOfRange, o, ".to", $"to {t:uuuu-MM-dd} is before from {f:uuuu-MM-dd}; expected from ≤ to.");
                    ok = false;
                }
                else if (Period.Between(f, t, PeriodUnits.Days).Days > 31)
                {
                    p.Error(RulePackErrorCode.OutOfRange, o, ".to", $"the block {f:uuuu-MM-dd}..{t:uuuu-MM-dd} is longer than 31 days; expected a holiday block.");
                    ok = false;
                }

                if (ok)
                {
                    holidays.Add(new RulePackHoliday(h.Id!, h.Name!, h.EnglishName, f, t));
                }
            }
        }

        if (p.HasErrors)
        {
            return (holidays.ToImmutable(), null);
        }

        if (holidays.Count == 0)
        {
            // Nothing to layer: share the national calendar instead of rebuilding its tables.
            return ([], national);
        }

        try
        {
            var json = CalendarJson(holidays, metadata?.BureauName ?? "pack");
            return (holidays.ToImmutable(), national.WithData(json));
        }
        catch (CalendarDataException e)
        {
            foreach (var problem in e.Problems)
            {
                var path = "$.calendar.localHolidays";
                var origin = list[0].Origin!;
                if (problem.StartsWith("localHolidays[", StringComparison.Ordinal) && int.TryParse(problem.AsSpan(14, Math.Max(0, problem.IndexOf(']', StringComparison.Ordinal) - 14)), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count)
                {
                    origin = list[index].Origin!;
                    path = origin.Path;
                }

                p.Error(RulePackErrorCode.CalendarConflict, origin.Source, path, problem);
            }

            return (holidays.ToImmutable(), null);
        }
    }

    private static string CalendarJson(ImmutableArray<RulePackHoliday>.Builder holidays, string bureau)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", 1);
            writer.WriteString("name", "local holidays of " + bureau);
            writer.WriteStartArray("localHolidays");
            foreach (var h in holidays)
            {
                writer.WriteStartObject();
                writer.WriteString("id", h.Id);
                writer.WriteString("name", h.Name);
                writer.WriteString("englishName", h.EnglishName);
                writer.WriteString("from", LocalDatePattern.Iso.Format(h.From));
                writer.WriteString("to", LocalDatePattern.Iso.Format(h.To));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reports each cycle of parent links once; entry i's parent is entry parents[i] (-1 for none).</summary>
    /// <returns>Whether there was a cycle.</returns>
    private static bool ReportCycles(int[] parents, Func<int, (string Id, Origin Origin)> describe, string what, Problems p)
    {
        var cycles = ParentLinks.Cycles(parents);
        foreach (var cycle in cycles)
        {
            var ids = cycle.Append(cycle[0]).Select(i => describe(i).Id);
            p.Error(RulePackErrorCode.Cycle, describe(cycle[0]).Origin, ".parent", $"The {what} {string.Join(" -> ", ids)} are each other's parents; expected a tree (remove one parent).");
        }

        return cycles.Count > 0;
    }

    private static LocalDate? ReadDate(string? text, Origin o, string member, string name, Problems p)
    {
        if (text is null)
        {
            p.Error(RulePackErrorCode.MissingValue, o, string.Empty, $"\"{name}\" is missing; expected an ISO date (yyyy-MM-dd).");
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            p.Error(RulePackErrorCode.InvalidValue, o, member, $"{name} {Show(text)} is not an ISO date; expected yyyy-MM-dd, for example \"2024-01-01\".");
            return null;
        }

        return parsed.Value;
    }

    private static bool Required(string? value, Origin o, string member, string expected, Problems p)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        p.Error(RulePackErrorCode.MissingValue, o, value is null ? string.Empty : member, $"\"{member[1..]}\" is missing or empty; expected {expected}.");
        return false;
    }

    private static bool NoRepeats(List<string>? values, Origin o, string member, Problems p)
    {
        // A unit has a handful of aliases and topics: scanning them costs less than building a set, which only a
        // long (perhaps hostile) list needs.
        var seen = values?.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (values![i] is { } value && (seen is null ? values.IndexOf(value, 0, i) >= 0 : !seen.Add(value)))
            {
                p.Error(RulePackErrorCode.DuplicateId, o, member + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", $"'{value}' is listed twice in {member[1..]}; expected each once.");
                return false;
            }
        }

        return true;
    }

    /// <summary>A unit's Chinese name (alias -1), then its aliases (0, 1, …).</summary>
    private static IEnumerable<(string? Name, int Alias)> NamesOf(UnitDto unit)
    {
        yield return (unit.Name, -1);
        for (var i = 0; i < (unit.Aliases?.Count ?? 0); i++)
        {
            yield return (unit.Aliases![i], i);
        }
    }

    /// <summary>Lists names for a message, at most 20 of them, so that a huge (perhaps hostile) file cannot make every message huge.</summary>
    private static string Listing(IEnumerable<string?> names)
    {
        const int Shown = 20;
        var all = names.ToList();
        return all.Count <= Shown
            ? string.Join(", ", all)
            : string.Join(", ", all.Take(Shown)) + string.Create(CultureInfo.InvariantCulture, $", … ({all.Count} in all)");
    }

    private static string Show(string? value) => value is null ? "(missing)" : "'" + (value.Length > 80 ? value[..80] + "…" : value) + "'";
}
