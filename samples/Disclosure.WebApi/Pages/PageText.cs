using System.Globalization;

namespace Disclosure.WebApi.Pages;

/// <summary>
/// Every text the workbench's pages show, in one place and in both languages (Chinese first, English beside it), picked
/// per request by <see cref="UiLanguage"/>. The review policy's refusals and other library problems are the library's
/// own texts (<see cref="Domain.Review.ReviewViolation.GetMessage"/>, <see cref="Domain.Diagnostics.ProblemCode.GetTitle"/>), in <see cref="Culture"/>.
/// </summary>
internal static class PageText
{
    /// <summary>Gets the culture the library's texts (problem titles and descriptions, status names) are shown in: the request's.</summary>
    internal static CultureInfo Culture => CultureInfo.CurrentUICulture;

    internal static string Workbench => UiLanguage.Pick("政务公开工作台", "Disclosure workbench");
    internal static string Board => UiLanguage.Pick("到期看板", "Status board");
    internal static string SignIn => UiLanguage.Pick("登录", "Sign in");
    internal static string SignOut => UiLanguage.Pick("退出", "Sign out");
    internal static string Account => UiLanguage.Pick("账号", "Account");
    internal static string Password => UiLanguage.Pick("密码", "Password");
    internal static string WrongPassword => UiLanguage.Pick("账号或密码错误。", "Wrong account or password.");
    internal static string Record => UiLanguage.Pick("记录发布", "Record a publication");
    internal static string Column => UiLanguage.Pick("栏目", "Column");
    internal static string PublishedOn => UiLanguage.Pick("发布日期", "Published on");
    internal static string Save => UiLanguage.Pick("保存", "Save");
    internal static string Recorded => UiLanguage.Pick("已记录：{0} 于 {1} 发布（第 {2} 条）。", "Recorded: {0} published on {1} (entry {2}).");
    internal static string BadColumn => UiLanguage.Pick("请选择目录中的栏目。", "Choose a column of the catalog.");
    internal static string BadDate => UiLanguage.Pick("日期格式应为 yyyy-MM-dd，例如 2024-07-01。", "Write the date as yyyy-MM-dd, for example 2024-07-01.");
    internal static string Users => UiLanguage.Pick("用户管理", "Accounts");
    internal static string DisplayName => UiLanguage.Pick("姓名", "Name");
    internal static string Unit => UiLanguage.Pick("科室", "Unit");
    internal static string Roles => UiLanguage.Pick("审核角色", "Review roles");
    internal static string Admin => UiLanguage.Pick("管理员", "Administrator");
    internal static string Create => UiLanguage.Pick("新建用户", "New account");
    internal static string Disable => UiLanguage.Pick("停用", "Disable");
    internal static string Disabled => UiLanguage.Pick("已停用", "Disabled");
    internal static string Active => UiLanguage.Pick("在用", "Active");
    internal static string AdminsOnly => UiLanguage.Pick("只有管理员可以管理用户。", "Only an administrator manages accounts.");
    internal static string SignedInAs => UiLanguage.Pick("当前用户：{0}（{1}）", "Signed in as {0} ({1})");
    internal static string Review => UiLanguage.Pick("信息发布审核", "Review before publication");
    internal static string ReviewCase => UiLanguage.Pick("审核批次", "Review case");
    internal static string Item => UiLanguage.Pick("信息", "Item");
    internal static string Text => UiLanguage.Pick("正文", "Text");
    internal static string Status => UiLanguage.Pick("状态", "Status");
    internal static string Approvals => UiLanguage.Pick("已审核", "Approved by");
    internal static string AddItem => UiLanguage.Pick("起草信息", "Draft an item");
    internal static string SubmitStep => UiLanguage.Pick("提交审核", "Submit for review");
    internal static string ApproveStep => UiLanguage.Pick("第{0}级审核通过", "Approve at level {0}");
    internal static string ClearStep => UiLanguage.Pick("保密审查通过", "Clear (confidentiality review)");
    internal static string PublishStep => UiLanguage.Pick("发布", "Publish");
    internal static string Refused => UiLanguage.Pick("审核制度不允许此操作：", "The review policy does not allow this step:");
    internal static string Changed => UiLanguage.Pick("该批次已被他人更新，请刷新后重新操作。", "Someone else updated this case meanwhile; reload it and decide again.");
    internal static string Open => UiLanguage.Pick("打开", "Open");

    internal static string Requests => UiLanguage.Pick("依申请公开", "Information requests");
    internal static string RequestId => UiLanguage.Pick("登记编号", "Register number");
    internal static string Channel => UiLanguage.Pick("申请渠道", "Channel");
    internal static string SubmittedOn => UiLanguage.Pick("提交（签收）日期", "Submitted (signed for) on");
    internal static string ConfirmedOn => UiLanguage.Pick("确认日期（信函、网络、传真）", "Confirmed on (post, online, fax)");
    internal static string HandlingUnit => UiLanguage.Pick("承办科室", "Handling unit");
    internal static string Applicant => UiLanguage.Pick("申请人类型", "Applicant");
    internal static string ReceivedOn => UiLanguage.Pick("收到申请日期", "Received on");
    internal static string DueOn => UiLanguage.Pick("答复期限", "Answer due");
    internal static string OverdueDays => UiLanguage.Pick("逾期工作日", "Working days overdue");
    internal static string RemainingDays => UiLanguage.Pick("剩余工作日", "Working days left");
    internal static string Register => UiLanguage.Pick("登记申请", "Register a request");
    internal static string NoRequests => UiLanguage.Pick("尚未登记任何申请。", "No request is registered yet.");
    internal static string Taken => UiLanguage.Pick("登记编号 {0} 已被使用，请换一个编号。", "Register number {0} is taken; choose another.");
    internal static string Invalid => UiLanguage.Pick("“{0}”填写有误：{1}", "\"{0}\" is wrong: {1}");
    internal static string Findings => UiLanguage.Pick("发现的问题", "Findings");
    internal static string NoFindings => UiLanguage.Pick("未发现问题。", "No findings.");
    internal static string Ledger => UiLanguage.Pick("逐日计算表", "Day-by-day ledger");
    internal static string Day => UiLanguage.Pick("日期", "Day");
    internal static string DayCounted => UiLanguage.Pick("计入", "Counted");
    internal static string RunningCount => UiLanguage.Pick("累计工作日", "Working days so far");
    internal static string Notes => UiLanguage.Pick("说明", "Notes");
    internal static string Yes => UiLanguage.Pick("是", "Yes");
    internal static string No => UiLanguage.Pick("否", "No");
    internal static string RecordEvent => UiLanguage.Pick("记录办理情况", "Record what happened");
    internal static string EventOn => UiLanguage.Pick("日期", "Date");
    internal static string CorrectionRequested => UiLanguage.Pick("发出补正告知", "Correction notice sent");
    internal static string CorrectBy => UiLanguage.Pick("补正期限", "Correct by");
    internal static string CorrectionReceived => UiLanguage.Pick("收到补正申请", "Corrected request received");
    internal static string ConsultationSent => UiLanguage.Pick("发出征求意见函", "Consultation letter sent");
    internal static string ConsultationId => UiLanguage.Pick("征求意见函编号", "Consultation letter number");
    internal static string Party => UiLanguage.Pick("征求对象", "Consulted party");
    internal static string DeliveredOn => UiLanguage.Pick("送达日期", "Delivered on");
    internal static string ConsultationAnswered => UiLanguage.Pick("收到征求意见答复", "Consultation answered");
    internal static string ExtensionApproved => UiLanguage.Pick("批准延长答复期限", "Extension of the answer deadline approved");
    internal static string WorkingDays => UiLanguage.Pick("延长工作日数", "Working days of extension");
    internal static string OfficeHeadsOnly => UiLanguage.Pick("只有政府信息公开工作机构负责人可以批准延长答复期限（条例 第三十三条）；当前账号 {0} 不是负责人。", "Only a head of the disclosure office may approve an extension (条例 第三十三条); the account {0} is not one.");
    internal static string Answered => UiLanguage.Pick("答复", "Answer");
    internal static string AnsweredOnTheSpot => UiLanguage.Pick("当场答复", "Answered on the spot");
    internal static string Outcome => UiLanguage.Pick("办理结果", "Outcome");
    internal static string Ground => UiLanguage.Pick("具体情形", "Ground");
    internal static string NoGround => UiLanguage.Pick("（予以公开、部分公开无需选择）", "(none needed for disclosed or partly disclosed)");
    internal static string Withdrawn => UiLanguage.Pick("申请人撤回申请", "Withdrawn by the applicant");
    internal static string EventRefused => UiLanguage.Pick("该记录违反条例规定，未予保存：", "This event breaks the regulation and was not stored:");
    internal static string RequestChanged => UiLanguage.Pick("该申请已被他人更新，请刷新后重新记录。", "Someone else updated this request meanwhile; reload it and record again.");
    internal static string Activities => UiLanguage.Pick("活动记录", "Activities");
    internal static string Activity => UiLanguage.Pick("活动类型", "Activity");
    internal static string HeldOn => UiLanguage.Pick("举办日期", "Held on");
    internal static string HeldBy => UiLanguage.Pick("举办科室", "Held by");
    internal static string NotGiven => UiLanguage.Pick("未填写", "Not given");
    internal static string RecordActivity => UiLanguage.Pick("记录活动", "Record an activity");
    internal static string NoActivities => UiLanguage.Pick("尚未记录任何活动。", "No activity is recorded yet.");
    internal static string ActivityRecorded => UiLanguage.Pick("已记录：{0}（{1}）。", "Recorded: {0} ({1}).");
    internal static string Obligations => UiLanguage.Pick("工作要点的活动要求", "Activities the work plan requires");
    internal static string Period => UiLanguage.Pick("周期", "Period");
    internal static string Count => UiLanguage.Pick("已开展 / 要求", "Held / required");
    internal static string AnnualReport => UiLanguage.Pick("年度报告", "Annual report");
    internal static string Year => UiLanguage.Pick("年度", "Year");
    internal static string Show => UiLanguage.Pick("查看", "Show");
    internal static string Downloads => UiLanguage.Pick("下载", "Downloads");
    internal static string ReportFindings => UiLanguage.Pick("检查发现的问题", "Findings of the checks");
    internal static string ReportPasses => UiLanguage.Pick("表格检查通过。", "The tables pass the checks.");
    internal static string ReportNotComputed => UiLanguage.Pick("以下记录无法计入年度报告，请先补全：", "These records cannot be counted in the annual report; complete them first:");
    internal static string NotOwed => UiLanguage.Pick("工作要点年度已过，本周期不再要求", "The work plan's year is over; not required for this period");
    internal static string ReportSources => UiLanguage.Pick("第三部分（依申请公开）根据本工作台登记的 {0} 件申请计算；第二部分（主动公开）：{1}；第四部分（行政复议、行政诉讼）：{2}。", "Part three (requests) is computed from the {0} requests registered in this workbench; part two (proactive disclosure): {1}; part four (administrative reconsideration and litigation): {2}.");
    internal static string RegisterMissing => UiLanguage.Pick("尚未导入登记簿，相应单元格为空", "no register imported yet, its cells are empty");
    internal static string RegisterVersion => UiLanguage.Pick("根据导入的登记簿（第 {0} 版）计算", "computed from the imported register (version {0})");
    internal static string Registers => UiLanguage.Pick("导入登记簿", "Import registers");
    internal static string ProactiveRegister => UiLanguage.Pick("主动公开登记簿（规章、行政规范性文件，处理决定数量，收费金额）", "Proactive disclosure register (regulations, normative documents, decision counts, fees)");
    internal static string AppealsRegister => UiLanguage.Pick("行政复议、行政诉讼登记簿", "Administrative reconsideration and litigation register");
    internal static string RegisterRefused => UiLanguage.Pick("{0}不符合格式，未予保存：", "{0} does not follow the format and was not stored:");
    internal static string Uncovered => UiLanguage.Pick("工作日历尚未包含所需年份，无法计算", "The working-day calendar does not cover the year needed; nothing can be computed");
    internal static string Location => UiLanguage.Pick("位置", "Location");
    internal static string Feed => UiLanguage.Pick("日历订阅", "Calendar feed");
    internal static string FeedExplained => UiLanguage.Format(
        "在手机日历或 Outlook 中订阅科室的应办事项：每项一个全天事件，提前 {0} 个工作日提醒，日历刷新时自动更新。订阅地址中含有您个人的令牌，请勿转发；生成新地址或撤销后，旧地址立即失效。",
        "Subscribe to a unit's agenda in your phone's calendar or Outlook: one all-day event per item, a reminder {0} working days before, updated whenever the calendar refreshes. The address holds your personal token: do not pass it on; issuing a new one or revoking it stops the old address at once.",
        Endpoints.AgendaFeedEndpoints.RemindWorkingDays);
    internal static string FeedIssue => UiLanguage.Pick("生成订阅地址（旧地址失效）", "Issue a feed address (the old one stops)");
    internal static string FeedRevoke => UiLanguage.Pick("撤销订阅地址", "Revoke the feed address");
    internal static string FeedIssued => UiLanguage.Pick("已生成新的订阅地址。", "A new feed address was issued.");
    internal static string FeedShownOnce => UiLanguage.Pick("以下地址只显示这一次，请复制到日历应用中：", "These addresses are shown only this once; copy one into your calendar app:");
    internal static string FeedRevoked => UiLanguage.Pick("订阅地址已撤销，已订阅的日历将不再更新。", "The feed address was revoked; subscribed calendars no longer update.");
    internal static string AsOf => UiLanguage.Pick("日期", "Date");
    internal static string Overdue => UiLanguage.Pick("已逾期", "Overdue");
    internal static string Due => UiLanguage.Pick("待公开", "Due");
    internal static string BoardSummary => UiLanguage.Pick("{0}：栏目逾期 {1} 项，待公开 {2} 项；依申请在办 {3} 件，逾期 {4} 件", "{0}: {1} columns overdue, {2} due; {3} requests open, {4} overdue");
    internal static string BoardProvisional => UiLanguage.Pick("（含推算日历，仅供参考）", " (partly on a provisional calendar; for reference only)");
    internal static string BoardNeedsCalendars => UiLanguage.Pick("（{0} 年日历未载入，部分到期日待定）", " (the calendar of {0} is not loaded; some due dates are not known yet)");
    internal static string BoardPastPlanYear => UiLanguage.Pick(
        "（已超出{0}年度工作要点，未载入新要点：目录继续有效，{0}年要点中的年度任务已于{0}年12月31日结束）",
        " (past the {0} work plan and no newer plan is loaded: the catalog stays in force; the {0} plan's yearly tasks ended on {0}-12-31)");
    internal static string ColumnOverdue => UiLanguage.Pick("（逾期 {0} 个工作日）", " ({0} working days overdue)");
    internal static string NeedsCalendar => UiLanguage.Pick("需 {0} 年日历", "needs the {0} calendar");
    internal static string RequestOverdue => UiLanguage.Pick("{0} {1}（逾期 {2} 个工作日）", "{0} {1} ({2} working days overdue)");
    internal static string RequestLeft => UiLanguage.Pick("{0} {1}（剩 {2} 个工作日）", "{0} {1} ({2} working days left)");
    internal static string NoneOverdue => UiLanguage.Pick("无逾期", "None overdue");
    internal static string None => UiLanguage.Pick("无", "None");
    internal static string BoardUnreadable => UiLanguage.Pick("看板数据读取失败（HTTP {0}），请稍后重试。", "The board's data could not be read (HTTP {0}); try again later.");
    internal static string BoardUnreachable => UiLanguage.Pick("无法连接工作台，请检查网络后重试。", "The workbench cannot be reached; check the network and try again.");
    internal static string Freshness => UiLanguage.Pick("栏目更新检查", "Freshness check");
    internal static string FreshnessAtRisk => UiLanguage.Pick("存在问题的栏目", "Columns at risk");
    internal static string FreshnessNoneAtRisk => UiLanguage.Pick("没有空白、未按时更新或长期未更新的栏目。", "No column is blank, out of date or long not updated.");
    internal static string SeedRow => UiLanguage.Pick("序号", "Row");
    internal static string FreshnessCategory => UiLanguage.Pick("类别", "Category");
    internal static string Finding => UiLanguage.Pick("问题", "Finding");
    internal static string LastUpdated => UiLanguage.Pick("最后更新", "Last update");
    internal static string DaysSince => UiLanguage.Pick("距今", "Days since");
    internal static string Window => UiLanguage.Pick("时限", "Window");
    internal static string Responsible => UiLanguage.Pick("负责科室", "Responsible");
    internal static string NeverUpdated => UiLanguage.Pick("从未更新", "Never");

    /// <summary>A number of years, months, weeks or days, in the request's language (1 year, 2 years; 1年).</summary>
    internal static string Years(int n) => UiLanguage.Format("{0}年", n == 1 ? "{0} year" : "{0} years", n);

    /// <inheritdoc cref="Years"/>
    internal static string Months(int n) => UiLanguage.Format("{0}个月", n == 1 ? "{0} month" : "{0} months", n);

    /// <inheritdoc cref="Years"/>
    internal static string Weeks(int n) => UiLanguage.Format("{0}周", n == 1 ? "{0} week" : "{0} weeks", n);

    /// <inheritdoc cref="Years"/>
    internal static string Days(int n) => UiLanguage.Format("{0}天", n == 1 ? "{0} day" : "{0} days", n);
    internal static string ListSeparator => UiLanguage.Pick("、", ", ");
    internal static string OtherLanguage => UiLanguage.Pick("English", "中文");

    /// <summary>The request statuses, by <see cref="Domain.Requests.RequestStatus"/> name.</summary>
    internal static IReadOnlyDictionary<string, string> RequestStatuses => UiLanguage.IsEnglish ? RequestStatusesTable.English : RequestStatusesTable.Chinese;

    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) RequestStatusesTable = Table(
        ("Open", "办理中", "Open"),
        ("Paused", "征求意见，暂停计时", "Paused for consultation"),
        ("AwaitingCorrection", "等待补正", "Awaiting correction"),
        ("Overdue", "已逾期", "Overdue"),
        ("AnsweredOnTheSpot", "当场答复", "Answered on the spot"),
        ("AnsweredOnTime", "按期答复", "Answered on time"),
        ("AnsweredLate", "逾期答复", "Answered late"),
        ("Withdrawn", "申请人已撤回", "Withdrawn by the applicant"),
        ("Abandoned", "视为放弃申请", "Deemed abandoned"),
        ("Invalid", "记录有误", "Records in error"));

    /// <summary>The applicant columns of the annual report (国办公开办函〔2021〕30号), by <see cref="Domain.Requests.ApplicantCategory"/> name.</summary>
    internal static IReadOnlyDictionary<string, string> Applicants => UiLanguage.IsEnglish ? ApplicantsTable.English : ApplicantsTable.Chinese;

    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) ApplicantsTable = Table(
        ("NaturalPerson", "自然人", "Natural person"),
        ("CommercialEnterprise", "法人或其他组织 — 商业企业", "Organisation — commercial enterprise"),
        ("ResearchInstitution", "法人或其他组织 — 科研机构", "Organisation — research institution"),
        ("PublicInterestOrganization", "法人或其他组织 — 社会公益组织", "Organisation — public-interest organisation"),
        ("LegalServiceProvider", "法人或其他组织 — 法律服务机构", "Organisation — legal service provider"),
        ("OtherOrganization", "法人或其他组织 — 其他", "Organisation — other"));

    /// <summary>The outcome rows of the annual report, by <see cref="Domain.Requests.AnswerOutcome"/> name.</summary>
    internal static IReadOnlyDictionary<string, string> Outcomes => UiLanguage.IsEnglish ? OutcomesTable.English : OutcomesTable.Chinese;

    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) OutcomesTable = Table(
        ("Disclosed", "（一）予以公开", "(1) Disclosed"),
        ("PartlyDisclosed", "（二）部分公开", "(2) Partly disclosed"),
        ("NotDisclosed", "（三）不予公开", "(3) Not disclosed"),
        ("CannotBeProvided", "（四）无法提供", "(4) Cannot be provided"),
        ("NotProcessed", "（五）不予处理", "(5) Not processed"),
        ("OtherHandling", "（六）其他处理", "(6) Other handling"));

    /// <summary>The numbered sub-rows of the annual report's outcomes (国办公开办函〔2021〕30号), by <see cref="Domain.Requests.AnswerGround"/> name.</summary>
    internal static IReadOnlyDictionary<string, string> Grounds => UiLanguage.IsEnglish ? GroundsTable.English : GroundsTable.Chinese;

    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) GroundsTable = Table(
        ("StateSecret", "1.属于国家秘密", "1. State secret"),
        ("ProhibitedByLaw", "2.其他法律行政法规禁止公开", "2. Disclosure prohibited by other laws or regulations"),
        ("EndangersSecurityOrStability", "3.危及“三安全一稳定”", "3. Endangers national, public or economic security or social stability"),
        ("ThirdPartyRights", "4.保护第三方合法权益", "4. Protects a third party's lawful rights"),
        ("InternalAffairs", "5.属于三类内部事务信息", "5. Internal affairs information"),
        ("ProcessInformation", "6.属于四类过程性信息", "6. Process information"),
        ("EnforcementCaseFile", "7.属于行政执法案卷", "7. Administrative enforcement case file"),
        ("AdministrativeQuery", "8.属于行政查询事项", "8. An administrative query"),
        ("NotHeld", "1.本机关不掌握相关政府信息", "1. Not held by this agency"),
        ("WouldNeedCreating", "2.没有现成信息需要另行制作", "2. Would have to be created"),
        ("UnclearAfterCorrection", "3.补正后申请内容仍不明确", "3. Still unclear after correction"),
        ("PetitionOrComplaint", "1.信访举报投诉类申请", "1. A petition, report or complaint"),
        ("RepeatedRequest", "2.重复申请", "2. A repeated request"),
        ("PublishedMaterial", "3.要求提供公开出版物", "3. Asks for published material"),
        ("ExcessiveRequests", "4.无正当理由大量反复申请", "4. Many repeated requests without good reason"),
        ("ConfirmOrReissue", "5.要求行政机关确认或重新出具已获取信息", "5. Asks the agency to confirm or reissue information already obtained"),
        ("CorrectionNotMade", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. Not corrected in time without good reason; no longer processed"),
        ("FeeNotPaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. Fee not paid in time; no longer processed"),
        ("Other", "3.其他", "3. Other"));

    /// <summary>The consulted parties (第三十二条 third party, 第三十三条 other agency), by <see cref="Domain.Requests.ConsultationParty"/> name.</summary>
    internal static IReadOnlyDictionary<string, string> Parties => UiLanguage.IsEnglish ? PartiesTable.English : PartiesTable.Chinese;

    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) PartiesTable = Table(
        ("ThirdParty", "第三方", "Third party"),
        ("OtherAgency", "其他机关", "Other agency"));

    /// <summary>The activity kinds of the embedded rule pack's recurring obligations; a pack's other kinds show their id.</summary>
    internal static IReadOnlyDictionary<string, string> ActivityKinds => UiLanguage.IsEnglish ? ActivityKindsTable.English : ActivityKindsTable.Chinese;

    private static readonly (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) ActivityKindsTable = Table(
        ("open-day", "政府开放日活动", "Government open day"),
        ("disclosure-training", "政务公开业务培训", "Disclosure training"),
        ("public-opinion-solicitation", "公众意见征集", "Public opinion solicitation"),
        ("key-tasks-publication", "重点任务执行情况公开", "Publication of key tasks' progress"));

    /// <summary>The labels of the command fields an error can name, by the field's API name.</summary>
    internal static IReadOnlyDictionary<string, string> Fields => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = RequestId, ["channel"] = Channel, ["submittedOn"] = SubmittedOn, ["confirmedOn"] = ConfirmedOn, ["unit"] = HandlingUnit,
        ["applicant"] = Applicant, ["on"] = EventOn, ["correctBy"] = CorrectBy, ["consultationId"] = ConsultationId, ["party"] = Party,
        ["deliveredOn"] = DeliveredOn, ["workingDays"] = WorkingDays, ["outcome"] = Outcome, ["ground"] = Ground, ["type"] = RecordEvent,
        ["activity"] = Activity, ["date"] = HeldOn, ["year"] = Year,
    };

    /// <summary>An item status for people, in the request's language.</summary>
    internal static string StatusName(Domain.Review.ReviewItemStatus status) =>
        StatusNames.TryGetValue(status, out var name) ? UiLanguage.Pick(name.Chinese, name.English) : status.ToString();

    /// <summary>The item statuses in both languages; a test checks every status is here.</summary>
    internal static readonly IReadOnlyDictionary<Domain.Review.ReviewItemStatus, (string Chinese, string English)> StatusNames = new Dictionary<Domain.Review.ReviewItemStatus, (string, string)>
    {
        [Domain.Review.ReviewItemStatus.Draft] = ("草稿", "Draft"),
        [Domain.Review.ReviewItemStatus.InReview] = ("审核中", "In review"),
        [Domain.Review.ReviewItemStatus.Approved] = ("已通过三级审核", "Approved at every level"),
        [Domain.Review.ReviewItemStatus.Cleared] = ("已通过保密审查", "Cleared by confidentiality review"),
        [Domain.Review.ReviewItemStatus.Published] = ("已发布", "Published"),
        [Domain.Review.ReviewItemStatus.Withdrawn] = ("已撤回", "Withdrawn"),
        [Domain.Review.ReviewItemStatus.Rejected] = ("已退回", "Rejected"),
    };

    /// <summary>A table in both languages from rows of key, Chinese and English.</summary>
    private static (IReadOnlyDictionary<string, string> Chinese, IReadOnlyDictionary<string, string> English) Table(params (string Key, string Chinese, string English)[] rows) =>
        (rows.ToDictionary(r => r.Key, r => r.Chinese, StringComparer.Ordinal), rows.ToDictionary(r => r.Key, r => r.English, StringComparer.Ordinal));
}
