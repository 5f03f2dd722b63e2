namespace Disclosure.WebApi.Pages;

/// <summary>
/// Every text the workbench's pages show, in one place and in both languages (Chinese first, English beside it), picked
/// per request by <see cref="UiLanguage"/>. The review policy's refusals are the library's own texts
/// (<see cref="Domain.Diagnostics.ProblemCode.GetDescription"/>), in the same language.
/// </summary>
internal static class PageText
{
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
    internal static string OtherLanguage => UiLanguage.Pick("English", "中文");

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
}
