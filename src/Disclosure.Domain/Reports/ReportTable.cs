using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using Disclosure.Domain.Requests;

namespace Disclosure.Domain.Reports;

/// <summary>
/// One of the three tables of the annual report (政府信息公开工作年度报告) in the national format of 2021:
/// 二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况 and 四、政府信息公开行政复议、行政诉讼情况.
/// </summary>
/// <remarks>
/// <para>Source of every label: 国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知
/// (国办公开办函〔2021〕30号, 2021-09-26), whose attachment is reproduced verbatim in the reports that follow it, for example
/// 固阳县民政局2021年信息公开工作年度报告 (guyang.gov.cn/xzfgzbm2021/24908839.jhtml) and 雁塔区民政局2023年政府信息公开工作年度报告
/// (www.yanta.gov.cn). The template writes the enclosing brackets full-width (（一）); readers accept both widths.</para>
/// <para>A closed set of three instances, listed in <see cref="All"/>. Reference equality; immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportTable
{
    private ReportTable(string id, string number, string title, ImmutableArray<ReportColumn> columns, ImmutableArray<ReportRow> rows)
    {
        Id = id;
        Number = number;
        Title = title;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Gets the stable id: <c>proactive</c>, <c>requests</c> or <c>appeals</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the section number of the table in the report: <c>二</c>, <c>三</c> or <c>四</c>.</summary>
    public string Number { get; }

    /// <summary>Gets the section title, for example <c>收到和处理政府信息公开申请情况</c>.</summary>
    public string Title { get; }

    /// <summary>Gets the section heading, for example <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string Heading => $"{Number}、{Title}";

    /// <summary>Gets the columns, in template order.</summary>
    public ImmutableArray<ReportColumn> Columns { get; }

    /// <summary>Gets the rows, in template order.</summary>
    public ImmutableArray<ReportRow> Rows { get; }

    /// <summary>Gets 二、主动公开政府信息情况: 第二十条第（一）项 规章 and 行政规范性文件 (本年制发件数, 本年废止件数, 现行有效件数); 第（五）项 行政许可 and 第（六）项 行政处罚, 行政强制 (本年处理决定数量); 第（八）项 行政事业性收费 (本年收费金额（单位：万元）).</summary>
    public static ReportTable Proactive { get; }

    /// <summary>Gets 三、收到和处理政府信息公开申请情况: the applicant columns (自然人; 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他; 总计) by 一 本年新收, 二 上年结转, 三 本年度办理结果 (（一）…（七）总计 with numbered sub-rows) and 四 结转下年度继续办理.</summary>
    public static ReportTable Requests { get; }

    /// <summary>Gets 四、政府信息公开行政复议、行政诉讼情况: 行政复议, 行政诉讼 未经复议直接起诉 and 复议后起诉, each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
    public static ReportTable Appeals { get; }

    /// <summary>Gets the three tables in report order.</summary>
    public static ImmutableArray<ReportTable> All { get; }

    /// <summary>Finds a row by id.</summary>
    /// <param name="id">The row id.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    [Pure]
    public ReportRow? FindRow(string id) => Rows.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>Finds a column by id.</summary>
    /// <param name="id">The column id.</param>
    /// <returns>The column, or <see langword="null"/>.</returns>
    [Pure]
    public ReportColumn? FindColumn(string id) => Columns.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>Returns the <see cref="Heading"/>.</summary>
    /// <returns>The heading.</returns>
    public override string ToString() => Heading;

    /// <summary>The corner cell of the requests table (三), verbatim from the template: the balance its columns keep.</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The header over the requests table's applicant columns (三), verbatim from the template: 申请人情况.</summary>
    public const string ApplicantHeader = "申请人情况";

    /// <summary>The header of the proactive table's label column (二), verbatim from the template: 信息内容.</summary>
    public const string ContentHeader = "信息内容";

    // Requests-table row labels, verbatim from the template.
    private const string Results = "三、本年度办理结果";

    internal static ImmutableArray<ReportColumn> ApplicantColumns { get; }

    internal static ReportColumn RequestTotal { get; }

    internal static ReportRow NewRow { get; }

    internal static ReportRow CarriedOverRow { get; }

    internal static ReportRow ConcludedTotalRow { get; }

    internal static ReportRow CarriedForwardRow { get; }

    /// <summary>The outcome rows that (七)总计 sums: (一), (二) and every numbered sub-row.</summary>
    internal static ImmutableArray<ReportRow> OutcomeRows { get; }

    internal static ReportRow DisclosedRow { get; }

    internal static ReportRow PartlyDisclosedRow { get; }

    internal static ImmutableDictionary<AnswerGround, ReportRow> GroundRows { get; }

    /// <summary>The appeals groups: each with its four result columns and its 总计.</summary>
    internal static ImmutableArray<(ReportColumn[] Parts, ReportColumn Total)> AppealGroups { get; }

    internal static ReportRow AppealRow { get; }

    internal static ReportRow RulesRow { get; }

    internal static ReportRow NormativeDocumentsRow { get; }

    internal static ReportRow LicensingRow { get; }

    internal static ReportRow PenaltyRow { get; }

    internal static ReportRow CoercionRow { get; }

    internal static ReportRow FeesRow { get; }

    internal static ReportColumn Issued { get; }

    internal static ReportColumn Repealed { get; }

    internal static ReportColumn InForce { get; }

    internal static ReportColumn Decisions { get; }

    internal static ReportColumn FeeAmount { get; }

    /// <summary>Gets the group label of a proactive row (第二十条第（一）项 …).</summary>
    internal static string ProactiveGroup(ReportRow row) => row.Path[0];

#pragma warning disable CA1810 // the tables reference each other's parts; one static constructor builds them in order.
    static ReportTable()
#pragma warning restore CA1810
    {
        Issued = new ReportColumn("issued", "本年制发件数");
        Repealed = new ReportColumn("repealed", "本年废止件数");
        InForce = new ReportColumn("in-force", "现行有效件数");
        Decisions = new ReportColumn("decisions", "本年处理决定数量");
        FeeAmount = new ReportColumn("fee-amount", "本年收费金额（单位：万元）");
        ImmutableArray<ReportColumn> documents = [Issued, Repealed, InForce];
        RulesRow = new ReportRow("rules", "规章", ["第二十条第（一）项"], documents);
        NormativeDocumentsRow = new ReportRow("normative-documents", "行政规范性文件", ["第二十条第（一）项"], documents);
        LicensingRow = new ReportRow("licensing", "行政许可", ["第二十条第（五）项"], [Decisions]);
        PenaltyRow = new ReportRow("penalty", "行政处罚", ["第二十条第（六）项"], [Decisions]);
        CoercionRow = new ReportRow("coercion", "行政强制", ["第二十条第（六）项"], [Decisions]);
        FeesRow = new ReportRow("fees", "行政事业性收费", ["第二十条第（八）项"], [FeeAmount]);
        Proactive = new ReportTable("proactive", "二", "主动公开政府信息情况", [Issued, Repealed, InForce, Decisions, FeeAmount],
            [RulesRow, NormativeDocumentsRow, LicensingRow, PenaltyRow, CoercionRow, FeesRow]);

        const string organizations = "法人或其他组织";
        ApplicantColumns =
        [
            new ReportColumn("natural-person", "自然人"),
            new ReportColumn("commercial-enterprise", "商业企业", organizations),
            new ReportColumn("research-institution", "科研机构", organizations),
            new ReportColumn("public-interest-organization", "社会公益组织", organizations),
            new ReportColumn("legal-service-provider", "法律服务机构", organizations),
            new ReportColumn("other-organization", "其他", organizations),
        ];
        RequestTotal = new ReportColumn("total", "总计");
        ImmutableArray<ReportColumn> requestColumns = [.. ApplicantColumns, RequestTotal];
        ReportRow Row(string id, string label, params string[] path) => new(id, label, [.. path], requestColumns);

        NewRow = Row("new", "一、本年新收政府信息公开申请数量");
        CarriedOverRow = Row("carried-over", "二、上年结转政府信息公开申请数量");
        DisclosedRow = Row("disclosed", "（一）予以公开", Results);
        PartlyDisclosedRow = Row("partly-disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Results);
        (string Id, string Label, (AnswerGround Ground, string Label)[] Subrows)[] groups =
        [
            ("not-disclosed", "（三）不予公开",
            [
                (AnswerGround.StateSecret, "1.属于国家秘密"),
                (AnswerGround.ProhibitedByLaw, "2.其他法律行政法规禁止公开"),
                (AnswerGround.EndangersSecurityOrStability, "3.危及“三安全一稳定”"),
                (AnswerGround.ThirdPartyRights, "4.保护第三方合法权益"),
                (AnswerGround.InternalAffairs, "5.属于三类内部事务信息"),
                (AnswerGround.ProcessInformation, "6.属于四类过程性信息"),
                (AnswerGround.EnforcementCaseFile, "7.属于行政执法案卷"),
                (AnswerGround.AdministrativeQuery, "8.属于行政查询事项"),
            ]),
            ("cannot-provide", "（四）无法提供",
            [
                (AnswerGround.NotHeld, "1.本机关不掌握相关政府信息"),
                (AnswerGround.WouldNeedCreating, "2.没有现成信息需要另行制作"),
                (AnswerGround.UnclearAfterCorrection, "3.补正后申请内容仍不明确"),
            ]),
            ("not-processed", "（五）不予处理",
            [
                (AnswerGround.PetitionOrComplaint, "1.信访举报投诉类申请"),
                (AnswerGround.RepeatedRequest, "2.重复申请"),
                (AnswerGround.PublishedMaterial, "3.要求提供公开出版物"),
                (AnswerGround.ExcessiveRequests, "4.无正当理由大量反复申请"),
                (AnswerGround.ConfirmOrReissue, "5.要求行政机关确认或重新出具已获取信息"),
            ]),
            ("other-handling", "（六）其他处理",
            [
                (AnswerGround.CorrectionNotMade, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                (AnswerGround.FeeNotPaid, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                (AnswerGround.Other, "3.其他"),
            ]),
        ];
        var grounds = ImmutableDictionary.CreateBuilder<AnswerGround, ReportRow>();
        var outcomeRows = new List<ReportRow> { DisclosedRow, PartlyDisclosedRow };
        foreach (var (id, label, subrows) in groups)
        {
            for (var i = 0; i < subrows.Length; i++)
            {
                var row = Row($"{id}-{i + 1}", subrows[i].Label, Results, label);
                grounds.Add(subrows[i].Ground, row);
                outcomeRows.Add(row);
            }
        }

        GroundRows = grounds.ToImmutable();
        OutcomeRows = [.. outcomeRows];
        ConcludedTotalRow = Row("concluded-total", "（七）总计", Results);
        CarriedForwardRow = Row("carried-forward", "四、结转下年度继续办理");
        Requests = new ReportTable("requests", "三", "收到和处理政府信息公开申请情况", requestColumns,
            [NewRow, CarriedOverRow, .. OutcomeRows, ConcludedTotalRow, CarriedForwardRow]);

        ReportColumn[] Parts(string id, string group, string? subgroup) =>
        [
            new($"{id}-upheld", "结果维持", group, subgroup),
            new($"{id}-corrected", "结果纠正", group, subgroup),
            new($"{id}-other", "其他结果", group, subgroup),
            new($"{id}-pending", "尚未审结", group, subgroup),
        ];
        var reconsideration = Parts("reconsideration", "行政复议", null);
        var direct = Parts("litigation-direct", "行政诉讼", "未经复议直接起诉");
        var after = Parts("litigation-after-reconsideration", "行政诉讼", "复议后起诉");
        AppealGroups =
        [
            (reconsideration, new ReportColumn("reconsideration-total", "总计", "行政复议")),
            (direct, new ReportColumn("litigation-direct-total", "总计", "行政诉讼", "未经复议直接起诉")),
            (after, new ReportColumn("litigation-after-reconsideration-total", "总计", "行政诉讼", "复议后起诉")),
        ];
        ImmutableArray<ReportColumn> appealColumns = [.. AppealGroups.SelectMany(g => g.Parts.Append(g.Total))];
        AppealRow = new ReportRow("cases", "件数", [], appealColumns);
        Appeals = new ReportTable("appeals", "四", "政府信息公开行政复议、行政诉讼情况", appealColumns, [AppealRow]);
        All = [Proactive, Requests, Appeals];
    }
}
