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

    /// <summary>The language of the pages: the library's messages are asked for in it.</summary>
    internal static readonly System.Globalization.CultureInfo Culture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
}
