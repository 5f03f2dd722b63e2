using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Domain.Catalog;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.RulePacks.Tables;

/// <summary>
/// The one grammar of deadline phrases in bureaus' column tables (更新频率 / 公开时限 / 时限要求 cells): a cell is split
/// into clauses at commas, semicolons, full stops and parentheses, each clause must be a phrase of <see cref="Phrases"/>,
/// and the clauses combine into one <see cref="UpdateFrequency"/>. A clause that is no phrase is an error naming it,
/// never a guessed default.
/// </summary>
/// <remarks>
/// <para>
/// Before matching, full-width digits and punctuation become ASCII, white space is dropped, and Chinese numerals
/// before 个, 工作日, 日, 天, 月 and 号 become digits (二十日 = 20日). Combination: exactly one clause gives the deadline;
/// a display period (公示7个工作日) may follow an event-based deadline; a next-year date (次年1月31日前) may follow
/// 年度更新. A display period alone is a timely deadline of the default 20 working days (《政府信息公开条例》
/// 第二十六条 applies when the table names no other) with that display period; a next-year date alone is an annual
/// deadline.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static partial class DeadlineGrammar
{
    private const string Verb = "(?:予以|进行|完成)?(?:公开|更新|发布|公布|公示)?(?:一次)?";

    /// <summary>
    /// Gets the phrase table: an example of each phrase (every example is tested), what it means, and its pattern over a
    /// normalised clause.
    /// </summary>
    internal static ImmutableArray<Phrase> Phrases { get; } =
    [
        new("timely", "及时更新", "timely, 20 working days (《政府信息公开条例》 第二十六条)", "^及时" + Verb + "$", _ => Part.Of(UpdateFrequency.Timely)),
        new("working-days", "信息形成或者变更之日起20个工作日内", "timely, N working days after the information is formed or changed", @"^(?:(?:自|从|在)?[^\d]*?(?:之日起|之日后|之后|以后|起|后))?(?<n>\d{1,4})个?工作日内" + Verb + "$", m => Part.WorkingDays(m)),
        new("calendar-days", "经本级财政部门批复后20日内", "N calendar days after an event, moved to the next working day (《预算法》 第十四条)", @"^(?:自|从|在)?[^\d]+?(?:之日起|之日后|之后|以后|起|后)(?<n>\d{1,4})(?:个自然日|个日历日|日|天)内" + Verb + "$", m => Part.CalendarDays(m)),
        new("monthly", "每月更新", "monthly (also 月度更新, 按月公开)", "^(?:每月|月度|按月|每个月)" + Verb + "$", _ => Part.Of(UpdateFrequency.Monthly)),
        new("quarterly", "每季度更新", "quarterly (also 季度更新, 按季度公开)", "^(?:每季度?|季度|按季度?|每个季度)" + Verb + "$", _ => Part.Of(UpdateFrequency.Quarterly)),
        new("semiannual", "半年更新", "semi-annual (also 每半年更新, 半年度更新, 按半年公开)", "^(?:每半年度?|半年度?|按半年度?)" + Verb + "$", _ => Part.Of(UpdateFrequency.SemiAnnual)),
        new("annual", "按年公开", "annual (also 年度更新, 每年更新)", "^(?:每年度?|年度|按年度?|每一年)" + Verb + "$", _ => Part.Of(UpdateFrequency.Annual)),
        new("by-date", "每年1月31日前", "by a fixed day of each year", @"^(?:每年)?(?<m>\d{1,2})月(?<d>\d{1,2})[日号](?:前|之前|以前)" + Verb + "$", m => Part.ByDate(m)),
        new("year-end", "年底前", "by 31 December of each year (also 年末前, 每年年底前)", "^(?:每年)?年(?:底|末)(?:前|之前|以前)?" + Verb + "$", _ => Part.Of(UpdateFrequency.EveryYearBy(new AnnualDate(12, 31)))),
        new("next-year-date", "次年1月31日前", "annual, due by a day of the next year (公开年报: 条例 第四十九条)", @"^(?:次年|翌年|下一?年度?)(?<m>\d{1,2})月(?<d>\d{1,2})[日号](?:前|之前|以前)" + Verb + "$", m => Part.NextYear(m)),
        new("display", "公示7个工作日", "a display period: the item stays posted N working days", @"^公示(?:期|时间)?(?:为|不少于|不得少于)?(?<n>\d{1,4})个?工作日(?:以上)?$", m => Part.Display(m)),
        new("untracked", "持续推进", "untracked: continuing work without a deadline (also 长期, 常态化)", "^(?:持续推进|长期(?:公开|坚持|更新|有效)?|常态化(?:公开|更新|推进|开展)?)$", _ => Part.Of(UpdateFrequency.Untracked)),
    ];

    /// <summary>Gets the phrases for messages: their examples.</summary>
    internal static LocalizedText.TextList Expected { get; } = LocalizedText.List(Phrases.Select(p => p.Example));

    /// <summary>Parses a deadline cell.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="frequency">The deadline, when the cell parses.</param>
    /// <param name="error">Why it does not parse: the clause that is no phrase, or clauses that do not combine.</param>
    /// <returns><see langword="true"/> when the cell parses.</returns>
    internal static bool TryParse(string text, out UpdateFrequency? frequency, out LocalizedText? error)
    {
        frequency = null;
        var clauses = Clauses(Normalize(text));
        if (clauses.Count == 0)
        {
            error = TableTexts.Text("Grammar.Blank");
            return false;
        }

        UpdateFrequency? main = null;
        int? display = null;
        AnnualDate? nextYear = null;
        foreach (var clause in clauses)
        {
            var part = Match(clause, out error);
            if (part is null)
            {
                return false;
            }

            if (part.Main is { } m)
            {
                if (main is not null)
                {
                    error = TableTexts.Text("Grammar.Second", clause, main.ChineseLabel);
                    return false;
                }

                main = m;
            }

            display ??= part.DisplayDays;
            nextYear ??= part.NextYearDate;
        }

        if (nextYear is { } date)
        {
            if (main is not null && main.Kind != UpdateFrequencyKind.Annual)
            {
                error = TableTexts.Text("Grammar.NextYear", main.ChineseLabel);
                return false;
            }

            main = UpdateFrequency.AnnualBy(date);
        }

        main ??= display is not null ? UpdateFrequency.Timely : null;
        if (main is null)
        {
            error = TableTexts.Text("Grammar.None");
            return false;
        }

        if (display is { } days)
        {
            if (!main.IsEventBased)
            {
                error = TableTexts.Text("Grammar.Display", days, main.ChineseLabel);
                return false;
            }

            main = main.WithDisplayPeriod(days);
        }

        frequency = main;
        error = null;
        return true;
    }

    /// <summary>Makes a cell comparable with the patterns: ASCII digits and punctuation, no white space, Arabic numbers.</summary>
    internal static string Normalize(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var mapped = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '（' or '【' or '〔' or '[' => '(',
                '）' or '】' or '〕' or ']' => ')',
                '，' or '、' or '；' or ';' or '。' or '．' => ',',
                '：' => ':',
                _ => c,
            };
            if (!char.IsWhiteSpace(mapped))
            {
                s.Append(mapped);
            }
        }

        return ChineseNumber().Replace(s.ToString(), m => ParseChineseNumber(m.Groups["n"].Value)?.ToString(CultureInfo.InvariantCulture) is { } digits ? digits + m.Groups["after"].Value : m.Value);
    }

    private static List<string> Clauses(string normalized)
    {
        var result = new List<string>();
        foreach (var piece in normalized.Split([',', '(', ')', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = piece.Trim();
            if (clause.Length > 0)
            {
                result.Add(clause);
            }
        }

        return result;
    }

    private static Part? Match(string clause, out LocalizedText? error)
    {
        foreach (var phrase in Phrases)
        {
            var m = phrase.Pattern.Match(clause);
            if (m.Success)
            {
                var part = phrase.Make(m);
                error = part.Error;
                return part.Error is null ? part : null;
            }
        }

        error = TableTexts.Text("Grammar.Unknown", clause, Expected);
        return null;
    }

    // 一 … 九十九, with 两 and 〇/零; enough for days and months in deadline cells.
    private static int? ParseChineseNumber(string text)
    {
        static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c) is >= 0 and var d ? d : c is '两' ? 2 : c is '零' ? 0 : -1;
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && Digit(text[0]) >= 0 ? Digit(text[0]) : null;
        }

        var tens = ten == 0 ? 1 : ten == 1 ? Digit(text[0]) : -1;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digit(text[^1]) : -1;
        return tens < 0 || ones < 0 ? null : (tens * 10) + ones;
    }

    [GeneratedRegex("(?<n>[〇零一二两三四五六七八九十]{1,3})(?<after>个|工作日|日|天|月|号)")]
    private static partial Regex ChineseNumber();

    /// <summary>One phrase of the grammar.</summary>
    internal sealed class Phrase(string id, string example, string meaning, string pattern, Func<Match, Part> make)
    {
        /// <summary>Gets the phrase's stable id, for example <c>working-days</c>.</summary>
        public string Id => id;

        /// <summary>Gets an example cell (tested).</summary>
        public string Example => example;

        /// <summary>Gets what the phrase means, in English.</summary>
        public string Meaning => meaning;

        /// <summary>Gets the pattern over a normalised clause.</summary>
        public Regex Pattern { get; } = new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(100));

        /// <summary>Gets the function turning a match into a part.</summary>
        public Func<Match, Part> Make => make;
    }

    /// <summary>What one clause contributes: a deadline, a display period or a next-year date, or an error about its numbers.</summary>
    internal sealed record Part(UpdateFrequency? Main, int? DisplayDays, AnnualDate? NextYearDate, LocalizedText? Error)
    {
        public static Part Of(UpdateFrequency frequency) => new(frequency, null, null, null);

        public static Part WorkingDays(Match m) =>
            Number(m, "n", 1, UpdateFrequency.MaxTimelyWorkingDays, "Grammar.WorkingDays") is { } n ? Of(UpdateFrequency.TimelyWithin(n)) : Bad(m, "n", 1, UpdateFrequency.MaxTimelyWorkingDays, "Grammar.WorkingDays");

        public static Part CalendarDays(Match m) =>
            Number(m, "n", 1, UpdateFrequency.MaxCalendarDays, "Grammar.Days") is { } n ? Of(UpdateFrequency.CalendarDaysAfterEvent(n)) : Bad(m, "n", 1, UpdateFrequency.MaxCalendarDays, "Grammar.Days");

        public static Part Display(Match m) =>
            Number(m, "n", 1, UpdateFrequency.MaxTimelyWorkingDays, "Grammar.WorkingDays") is { } n ? new(null, n, null, null) : Bad(m, "n", 1, UpdateFrequency.MaxTimelyWorkingDays, "Grammar.WorkingDays");

        public static Part ByDate(Match m) => Date(m) is { } date ? Of(UpdateFrequency.EveryYearBy(date)) : BadDate(m);

        public static Part NextYear(Match m) => Date(m) is { } date ? new(null, null, date, null) : BadDate(m);

        private static int? Number(Match m, string group, int min, int max, string what) =>
            int.TryParse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

        private static Part Bad(Match m, string group, int min, int max, string what) =>
            new(null, null, null, TableTexts.Text("Grammar.Range", m.Value, m.Groups[group].Value, TableTexts.Text(what), min, max));

        private static AnnualDate? Date(Match m) =>
            int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) && int.TryParse(m.Groups["d"].Value, CultureInfo.InvariantCulture, out var day)
            && month is >= 1 and <= 12 && day >= 1 && day <= (month == 2 ? 29 : DateTime.DaysInMonth(2001, month))
                ? new AnnualDate(month, day)
                : null;

        private static Part BadDate(Match m) => new(null, null, null, TableTexts.Text("Grammar.NotADay", m.Value));
    }
}
