namespace Disclosure.WebApi.Pages;

/// <summary>Every text the workbench's pages show, in one place (Chinese; a translation replaces this table).</summary>
internal static class PageText
{
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

    /// <summary>The item statuses in Chinese.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Statuses = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Draft"] = "草稿", ["InReview"] = "审核中", ["Approved"] = "已通过三级审核", ["Cleared"] = "已通过保密审查",
        ["Published"] = "已发布", ["Withdrawn"] = "已撤回", ["Rejected"] = "已退回",
    };

    /// <summary>The review policy's violations in Chinese, by their stable code (ReviewViolationCodes).</summary>
    internal static readonly IReadOnlyDictionary<string, string> Violations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["REVIEW001"] = "批次中没有该信息。",
        ["REVIEW002"] = "批次中已有同一编号的信息。",
        ["REVIEW003"] = "只有起草人可以修改或提交该信息。",
        ["REVIEW004"] = "信息当前的状态不允许此操作。",
        ["REVIEW005"] = "未经各级审核通过当前版本即发布（先审后发）。",
        ["REVIEW006"] = "操作人不具备此环节要求的审核角色。",
        ["REVIEW007"] = "起草人不能审核、审查或批准自己起草的信息。",
        ["REVIEW008"] = "同一人不能在两级审核（三级审核须由不同人员完成）。",
        ["REVIEW009"] = "审核所依据的版本不是信息的当前版本（一事一审）。",
        ["REVIEW010"] = "审核级次不是下一级，不能越级审核。",
        ["REVIEW011"] = "当前版本未经保密审查即发布。",
        ["REVIEW012"] = "各级审核通过前不能进行保密审查。",
        ["REVIEW013"] = "涉及个人隐私或涉密内容的标记尚未解除。",
        ["REVIEW014"] = "发布范围与信息的公开范围不一致（分类施策）。",
        ["REVIEW015"] = "政策文件没有解读材料，也未说明无需解读（同步解读）。",
        ["REVIEW016"] = "政策文件先于其解读材料报送（同步报送、同步审签）。",
        ["REVIEW017"] = "政策文件先于其解读材料发布（同步部署）。",
        ["REVIEW018"] = "涉及重大公共利益的政策文件未经意见征集或未记录免于征集的依据。",
        ["REVIEW019"] = "政策文件发布时缺少政策咨询、建议与评价窗口。",
        ["REVIEW020"] = "修改没有任何变化。",
        ["REVIEW021"] = "操作时间早于上一次记录的决定。",
        ["REVIEW022"] = "解读材料所对应的不是本批次的政策文件。",
        ["REVIEW023"] = "未开展意见征集或已反馈过，不应再记录反馈。",
        ["REVIEW024"] = "非发布单位人员不能清理或撤回（谁公开、谁清理）。",
        ["REVIEW025"] = "此操作不适用于这类信息。",
        ["REVIEW026"] = "该信息不在本次清理范围内。",
        ["REVIEW027"] = "该信息在本次清理中已有决定。",
        ["REVIEW028"] = "意见征集尚未结束或尚未开始，不能视为在通过前完成。",
        ["REVIEW029"] = "免于意见征集的依据未引用《》中的法律、法规或规范性文件。",
        ["REVIEW030"] = "解读材料发布时，其政策文件既未发布也不在同一次发布中（同步部署）。",
        ["REVIEW031"] = "政策文件已撤回，其解读材料也须撤回。",
        ["REVIEW032"] = "公开的政策文件只有限定范围的解读材料。",
    };
}
