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
}
