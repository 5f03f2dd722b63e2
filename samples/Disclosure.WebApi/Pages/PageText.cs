namespace Disclosure.WebApi.Pages;

/// <summary>Every text the workbench's pages show, in one place (Chinese; a translation replaces this table).</summary>
internal static class PageText
{
    /// <summary>The language of the pages: the library's messages are asked for in it.</summary>
    internal static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("zh-Hans");

    internal const string Workbench = "政务公开工作台";
    internal const string Board = "到期看板";
    internal const string SignIn = "登录";
    internal const string SignOut = "退出";
    internal const string Account = "账号";
    internal const string Password = "密码";
    internal const string WrongPassword = "账号或密码错误。";
    internal const string Record = "记录发布";
    internal const string Column = "栏目";
    internal const string PublishedOn = "发布日期";
    internal const string Save = "保存";
    internal const string Recorded = "已记录：{0} 于 {1} 发布（第 {2} 条）。";
    internal const string BadColumn = "请选择目录中的栏目。";
    internal const string BadDate = "日期格式应为 yyyy-MM-dd，例如 2024-07-01。";
    internal const string Users = "用户管理";
    internal const string DisplayName = "姓名";
    internal const string Unit = "科室";
    internal const string Roles = "审核角色";
    internal const string Admin = "管理员";
    internal const string Create = "新建用户";
    internal const string Disable = "停用";
    internal const string Disabled = "已停用";
    internal const string Active = "在用";
    internal const string AdminsOnly = "只有管理员可以管理用户。";
    internal const string SignedInAs = "当前用户：{0}（{1}）";
    internal const string Review = "信息发布审核";
    internal const string ReviewCase = "审核批次";
    internal const string Item = "信息";
    internal const string Text = "正文";
    internal const string Status = "状态";
    internal const string Approvals = "已审核";
    internal const string AddItem = "起草信息";
    internal const string SubmitStep = "提交审核";
    internal const string ApproveStep = "第{0}级审核通过";
    internal const string ClearStep = "保密审查通过";
    internal const string PublishStep = "发布";
    internal const string Refused = "审核制度不允许此操作：";
    internal const string Changed = "该批次已被他人更新，请刷新后重新操作。";
    internal const string Open = "打开";

    internal const string Requests = "依申请公开";
    internal const string RequestId = "登记编号";
    internal const string Channel = "申请渠道";
    internal const string SubmittedOn = "提交（签收）日期";
    internal const string ConfirmedOn = "确认日期（信函、网络、传真）";
    internal const string HandlingUnit = "承办科室";
    internal const string Applicant = "申请人类型";
    internal const string ReceivedOn = "收到申请日期";
    internal const string DueOn = "答复期限";
    internal const string OverdueDays = "逾期工作日";
    internal const string RemainingDays = "剩余工作日";
    internal const string Register = "登记申请";
    internal const string NoRequests = "尚未登记任何申请。";
    internal const string Taken = "登记编号 {0} 已被使用，请换一个编号。";
    internal const string Invalid = "“{0}”填写有误：{1}";
    internal const string Findings = "发现的问题";
    internal const string NoFindings = "未发现问题。";
    internal const string Ledger = "逐日计算表";
    internal const string Day = "日期";
    internal const string DayCounted = "计入";
    internal const string RunningCount = "累计工作日";
    internal const string Notes = "说明";
    internal const string Yes = "是";
    internal const string No = "否";
    internal const string RecordEvent = "记录办理情况";
    internal const string EventOn = "日期";
    internal const string CorrectionRequested = "发出补正告知";
    internal const string CorrectBy = "补正期限";
    internal const string CorrectionReceived = "收到补正申请";
    internal const string ConsultationSent = "发出征求意见函";
    internal const string ConsultationId = "征求意见函编号";
    internal const string Party = "征求对象";
    internal const string DeliveredOn = "送达日期";
    internal const string ConsultationAnswered = "收到征求意见答复";
    internal const string ExtensionApproved = "批准延长答复期限";
    internal const string WorkingDays = "延长工作日数";
    internal const string OfficeHeadsOnly = "只有政府信息公开工作机构负责人可以批准延长答复期限（条例 第三十三条）；当前账号 {0} 不是负责人。";
    internal const string Answered = "答复";
    internal const string AnsweredOnTheSpot = "当场答复";
    internal const string Outcome = "办理结果";
    internal const string Ground = "具体情形";
    internal const string NoGround = "（予以公开、部分公开无需选择）";
    internal const string Withdrawn = "申请人撤回申请";
    internal const string EventRefused = "该记录违反条例规定，未予保存：";
    internal const string RequestChanged = "该申请已被他人更新，请刷新后重新记录。";
    internal const string Activities = "活动记录";
    internal const string Activity = "活动类型";
    internal const string HeldOn = "举办日期";
    internal const string HeldBy = "举办科室";
    internal const string NotGiven = "未填写";
    internal const string RecordActivity = "记录活动";
    internal const string NoActivities = "尚未记录任何活动。";
    internal const string ActivityRecorded = "已记录：{0}（{1}）。";
    internal const string Obligations = "工作要点的活动要求";
    internal const string Period = "周期";
    internal const string Count = "已开展 / 要求";
    internal const string NotOwed = "工作要点年度已过，本周期不再要求";
    internal const string AnnualReport = "年度报告";
    internal const string Year = "年度";
    internal const string Show = "查看";
    internal const string Downloads = "下载";
    internal const string ReportFindings = "检查发现的问题";
    internal const string ReportPasses = "表格检查通过。";
    internal const string ReportNotComputed = "以下记录无法计入年度报告，请先补全：";
    internal const string ReportSources = "第三部分（依申请公开）根据本工作台登记的 {0} 件申请计算；第二部分（主动公开）：{1}；第四部分（行政复议、行政诉讼）：{2}。";
    internal const string RegisterMissing = "尚未导入登记簿，相应单元格为空";
    internal const string RegisterVersion = "根据导入的登记簿（第 {0} 版）计算";
    internal const string Registers = "导入登记簿";
    internal const string ProactiveRegister = "主动公开登记簿（规章、行政规范性文件，处理决定数量，收费金额）";
    internal const string AppealsRegister = "行政复议、行政诉讼登记簿";
    internal const string RegisterRefused = "{0}不符合格式，未予保存：";
    internal const string Location = "位置";
    internal const string Uncovered = "工作日历尚未包含所需年份，无法计算";

    /// <summary>The request statuses in Chinese, by <see cref="Domain.Requests.RequestStatus"/> name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> RequestStatuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Open"] = "办理中", ["Paused"] = "征求意见，暂停计时", ["AwaitingCorrection"] = "等待补正", ["Overdue"] = "已逾期",
        ["AnsweredOnTheSpot"] = "当场答复", ["AnsweredOnTime"] = "按期答复", ["AnsweredLate"] = "逾期答复", ["Withdrawn"] = "申请人已撤回",
        ["Abandoned"] = "视为放弃申请", ["Invalid"] = "记录有误",
    };

    /// <summary>The applicant columns of the annual report (国办公开办函〔2021〕30号), by <see cref="Domain.Requests.ApplicantCategory"/> name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Applicants = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NaturalPerson"] = "自然人", ["CommercialEnterprise"] = "法人或其他组织 — 商业企业", ["ResearchInstitution"] = "法人或其他组织 — 科研机构",
        ["PublicInterestOrganization"] = "法人或其他组织 — 社会公益组织", ["LegalServiceProvider"] = "法人或其他组织 — 法律服务机构", ["OtherOrganization"] = "法人或其他组织 — 其他",
    };

    /// <summary>The outcome rows of the annual report, by <see cref="Domain.Requests.AnswerOutcome"/> name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Outcomes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Disclosed"] = "（一）予以公开", ["PartlyDisclosed"] = "（二）部分公开", ["NotDisclosed"] = "（三）不予公开",
        ["CannotBeProvided"] = "（四）无法提供", ["NotProcessed"] = "（五）不予处理", ["OtherHandling"] = "（六）其他处理",
    };

    /// <summary>The numbered sub-rows of the annual report's outcomes (国办公开办函〔2021〕30号), by <see cref="Domain.Requests.AnswerGround"/> name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Grounds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StateSecret"] = "1.属于国家秘密", ["ProhibitedByLaw"] = "2.其他法律行政法规禁止公开", ["EndangersSecurityOrStability"] = "3.危及“三安全一稳定”",
        ["ThirdPartyRights"] = "4.保护第三方合法权益", ["InternalAffairs"] = "5.属于三类内部事务信息", ["ProcessInformation"] = "6.属于四类过程性信息",
        ["EnforcementCaseFile"] = "7.属于行政执法案卷", ["AdministrativeQuery"] = "8.属于行政查询事项",
        ["NotHeld"] = "1.本机关不掌握相关政府信息", ["WouldNeedCreating"] = "2.没有现成信息需要另行制作", ["UnclearAfterCorrection"] = "3.补正后申请内容仍不明确",
        ["PetitionOrComplaint"] = "1.信访举报投诉类申请", ["RepeatedRequest"] = "2.重复申请", ["PublishedMaterial"] = "3.要求提供公开出版物",
        ["ExcessiveRequests"] = "4.无正当理由大量反复申请", ["ConfirmOrReissue"] = "5.要求行政机关确认或重新出具已获取信息",
        ["CorrectionNotMade"] = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ["FeeNotPaid"] = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ["Other"] = "3.其他",
    };

    /// <summary>The consulted parties (第三十二条 third party, 第三十三条 other agency), by <see cref="Domain.Requests.ConsultationParty"/> name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Parties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ThirdParty"] = "第三方", ["OtherAgency"] = "其他机关",
    };

    /// <summary>The activity kinds of the embedded rule pack's recurring obligations; a pack's other kinds show their id.</summary>
    internal static readonly IReadOnlyDictionary<string, string> ActivityKinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["open-day"] = "政府开放日活动", ["disclosure-training"] = "政务公开业务培训", ["public-opinion-solicitation"] = "公众意见征集",
        ["key-tasks-publication"] = "重点任务执行情况公开",
    };

    /// <summary>The labels of the command fields an error can name, by the field's API name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = RequestId, ["channel"] = Channel, ["submittedOn"] = SubmittedOn, ["confirmedOn"] = ConfirmedOn, ["unit"] = HandlingUnit,
        ["applicant"] = Applicant, ["on"] = EventOn, ["correctBy"] = CorrectBy, ["consultationId"] = ConsultationId, ["party"] = Party,
        ["deliveredOn"] = DeliveredOn, ["workingDays"] = WorkingDays, ["outcome"] = Outcome, ["ground"] = Ground, ["type"] = RecordEvent,
        ["activity"] = Activity, ["date"] = HeldOn, ["year"] = Year,
    };

    /// <summary>The item statuses in Chinese.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Statuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Draft"] = "草稿", ["InReview"] = "审核中", ["Approved"] = "已通过三级审核", ["Cleared"] = "已通过保密审查",
        ["Published"] = "已发布", ["Withdrawn"] = "已撤回", ["Rejected"] = "已退回",
    };
}
