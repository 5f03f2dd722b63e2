using Microsoft.AspNetCore.OpenApi;

namespace Disclosure.WebApi;

/// <summary>
/// The OpenAPI documents in both languages: <c>/openapi/v1.json</c> in English (the summaries and descriptions given where
/// each endpoint is mapped) and <c>/openapi/v1.zh-CN.json</c> in Chinese, from this table keyed by operation id
/// (<c>WithName</c>). Paths, parameter names, schemas and codes are the same in both; a test fails when an operation has
/// no Chinese text here.
/// </summary>
internal static class OpenApiText
{
    /// <summary>The English document.</summary>
    internal const string English = "v1";

    /// <summary>The Chinese document.</summary>
    internal const string Chinese = "v1.zh-CN";

    internal static IServiceCollection AddWorkbenchOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(English, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Disclosure workbench";
            document.Info.Description = "Working-day calendar, disclosure catalog, due dates, publications, reviews and requests of a Chinese government bureau (政务公开), stored and signed. "
                + "The same document in Chinese: /openapi/v1.zh-CN.json.";
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) => IdempotencyHeader(operation, context, Recording.Idempotency.Description))
            .AddOperationTransformer((operation, _, _) => DescribeParameters(operation, english: true)));
        services.AddOpenApi(Chinese, options =>
        {
            options.AddOperationTransformer((operation, context, _) => IdempotencyHeader(operation, context, IdempotencyDescription));
            options.AddOperationTransformer((operation, _, _) => DescribeParameters(operation, english: false));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "政务公开工作台";
                document.Info.Description = "政府机关政务公开工作的工作日历、公开目录、到期日、发布记录、发布审核与依申请公开，数据持久保存并带哈希链。英文版：/openapi/v1.json。";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                if (operation.OperationId is { } id && Operations.TryGetValue(id, out var text))
                {
                    operation.Summary = text.Summary;
                    operation.Description = text.Description ?? operation.Description;
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>The Chinese text of <see cref="Recording.Idempotency.Description"/>.</summary>
    private const string IdempotencyDescription =
        "可选。客户端为本次写入选定的键（最多 200 个可打印 ASCII 字符，例如 UUID）。以相同的键和相同的请求体重试，返回第一次的答复且不会重复保存；相同的键配不同的请求体返回 422。键按用户和单位区分，重启后仍有效。";

    /// <summary>Documents the <c>Idempotency-Key</c> header on the writes that honour it.</summary>
    private static Task IdempotencyHeader(Microsoft.OpenApi.OpenApiOperation operation, OpenApiOperationTransformerContext context, string description)
    {
        if (Recording.Idempotency.Honours(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new Microsoft.OpenApi.OpenApiParameter
            {
                Name = Recording.Idempotency.Header,
                In = Microsoft.OpenApi.ParameterLocation.Header,
                Description = description,
                Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, MaxLength = Storage.IdempotencyRecord.MaxKeyLength },
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Describes every route and query parameter from <see cref="Parameters"/>: first by <c>{operationId}.{name}</c> (a name
    /// that means something else on that operation, such as <c>id</c>), then by the name alone.
    /// </summary>
    private static Task DescribeParameters(Microsoft.OpenApi.OpenApiOperation operation, bool english)
    {
        foreach (var parameter in operation.Parameters?.OfType<Microsoft.OpenApi.OpenApiParameter>() ?? [])
        {
            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is { } name
                && (Parameters.TryGetValue($"{operation.OperationId}.{name}", out var text) || Parameters.TryGetValue(name, out text)))
            {
                parameter.Description = english ? text.English : text.Chinese;
            }
        }

        return Task.CompletedTask;
    }

    private static readonly string Channels = string.Join(", ", Domain.Requests.RequestChannel.All.Select(c => c.Id));

    /// <summary>The description of each parameter in English and Chinese; a test fails when a parameter has none.</summary>
    internal static readonly IReadOnlyDictionary<string, (string English, string Chinese)> Parameters = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["asOf"] = ("The day to compute for (yyyy-MM-dd); today in the bureau's time zone when absent.", "计算所依据的日期（yyyy-MM-dd）；不填为本机关所在时区的今天。"),
        ["unit"] = ("A unit of the org chart, by id, name or alias (for example social-assistance or 社会救助科).", "组织架构中的科室：标识、名称或别名均可（例如 social-assistance 或 社会救助科）。"),
        ["GetRequestDeadline.unit"] = ("The unit that handles the request, by id (for example social-assistance); optional.", "承办申请的科室标识（例如 social-assistance）；可不填。"),
        ["year"] = ("A year, four digits (for example 2024).", "年份，四位数字（例如 2024）。"),
        ["responsible"] = ("Only the columns this unit is responsible for (id, name or alias).", "只列出该科室负责的栏目（标识、名称或别名）。"),
        ["received"] = ("The day the application was received (yyyy-MM-dd).", "收到申请之日（yyyy-MM-dd）。"),
        ["channel"] = ($"How the application arrived: {Channels}; it decides the day of receipt (条例 第三十一条).", $"申请的提交方式：{Channels}；决定收到申请之日（条例第三十一条）。"),
        ["confirmed"] = ("For ordinary post, online and fax: the day receipt was confirmed (yyyy-MM-dd); the day received when absent.", "平常信函、互联网渠道和传真：确认收到之日（yyyy-MM-dd）；不填即为收到之日。"),
        ["extensionApproved"] = ("The day the head of the disclosure office approved an extension (yyyy-MM-dd).", "政府信息公开工作机构负责人同意延期之日（yyyy-MM-dd）。"),
        ["extension"] = ("Working days of the extension, at most 20 (条例 第三十三条).", "延期的工作日数，最多 20 个（条例第三十三条）。"),
        ["approver"] = ("The person id of who approved the extension; it must be a head of the disclosure office.", "同意延期者的人员标识，须为政府信息公开工作机构负责人。"),
        ["consultation"] = ("A consultation of a third party or another agency: FROM:TO (letter sent, reply received), FROM: while waiting, or FROM:TO:agency; may repeat.", "征求第三方或其他机关意见：FROM:TO（发函日:收到答复日）、尚未答复时 FROM:，或 FROM:TO:机关；可重复。"),
        ["answered"] = ("The day the answer was given (yyyy-MM-dd).", "作出答复之日（yyyy-MM-dd）。"),
        ["withdrawn"] = ("The day the applicant withdrew the application (yyyy-MM-dd).", "申请人撤回申请之日（yyyy-MM-dd）。"),
        ["ledger"] = ("true to include the day-by-day ledger of the clock.", "为 true 时附上逐日计时明细。"),
        ["from"] = ("The first day of the agenda (yyyy-MM-dd).", "应办事项的起始日（yyyy-MM-dd）。"),
        ["to"] = ("The last day of the agenda (yyyy-MM-dd).", "应办事项的截止日（yyyy-MM-dd）。"),
        ["level"] = ("The level of government whose duties apply: city or county.", "适用职责的政府层级：city（市级）或 county（县级）。"),
        ["format"] = ("json (default) or mermaid (a flow chart of the review).", "json（默认）或 mermaid（审核流程图）。"),
        ["token"] = ("The feed token issued on the 日历订阅 page or by POST /api/feeds/agenda (not the password or the session token).", "在“日历订阅”页面或通过 POST /api/feeds/agenda 取得的订阅令牌（不是密码，也不是登录令牌）。"),
        ["GetAgendaFeed.id"] = ("The unit, by id (for example social-assistance).", "科室标识（例如 social-assistance）。"),
        ["DisableUser.id"] = ("The person id of the account to disable.", "要停用账号的人员标识。"),
        ["id"] = ("The request's id, as given when it was registered.", "登记申请时给出的申请编号。"),
        ["caseId"] = ("The review case, for example 2024-07.", "审核批次名，例如 2024-07。"),
        ["item"] = ("The item's id within the case.", "批次中信息的标识。"),
        ["kind"] = ("The register: proactive (table 二) or appeals (table 四).", "登记簿：proactive（表二，主动公开）或 appeals（表四，行政复议和行政诉讼）。"),
    };

    /// <summary>The Chinese summary and description of each operation, by operation id.</summary>
    internal static readonly IReadOnlyDictionary<string, (string Summary, string? Description)> Operations = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
    {
        ["CreateSession"] = ("登录并取得 Bearer 令牌", $"核对账号（人员标识）的密码，返回供后续请求 Authorization 头使用的 Bearer 令牌。连续输错密码 {People.PeopleSetup.MaxFailedSignIns} 次，账号锁定 {People.PeopleSetup.Lockout.TotalMinutes} 分钟；登录还按客户端地址限流（429）。"),
        ["ListUsers"] = ("账号列表（仅管理员）", null),
        ["CreateUser"] = ("新建账号（仅管理员）", "id：人员的规范标识（小写 ASCII，例如 zhang.san）；unit：组织架构中的科室标识；roles：审核制度中的审核角色标识（见 GET /policy）。"),
        ["DisableUser"] = ("停用账号（仅管理员）：不能再登录，其令牌和 Cookie 立即失效", null),
        ["GetReviewCase"] = ("审核批次：其中的信息、状态、审核记录和制度检查结果", "caseId 为批次名，例如 2024-07。version 为已保存的操作数；作为 expectedVersion 传回，即可要求批次未被改动时操作才生效。"),
        ["AddReviewItem"] = ("起草待审核的信息，起草人为当前登录用户", "item：批次内的信息编号；text：正文（审核人审核的是其 SHA-256）；column：拟发布的目录栏目；flags：PersonalPrivacy（个人隐私）、Classified（涉密），须经保密审查解除。"),
        ["SubmitReviewItem"] = ("提交草稿审核（起草人）", null),
        ["ApproveReviewItem"] = ("以当前登录审核人身份通过某一级审核", "level：通过的级次（从 1 起，须为下一级）；version：所审核的内容版本（须为当前版本）。审核人须具备该级角色，不得为起草人，也不得已在其他级次审核过。"),
        ["ClearReviewItem"] = ("以当前登录的保密审查人身份对已通过版本进行保密审查", "version：审查的内容版本；flags：解除的敏感标记。"),
        ["PublishReviewItem"] = ("以当前登录的发布人身份发布已通过保密审查的信息", null),
        ["GetReviewHistory"] = ("按本库审核案件历史格式导出已保存的批次：每项操作及其操作人（标识、姓名、科室、角色）和时间、审核制度、SHA-256 链和头部", "即 `disclosure review replay --history FILE` 读取的文档；重放时按审核制度重新检查每项操作。批次没有任何操作（或属于其他单位）时返回 404。"),
        ["ReceiveRequest"] = ("登记收到的政府信息公开申请", "id：登记编号（2024-017）；channel：in-person（当面）、registered-post（挂号信）、post（平信）、online（网络）、fax（传真）；submittedOn：提交或签收日；confirmedOn：平信、网络、传真申请的确认日；unit：承办科室标识。"),
        ["RecordRequestEvent"] = ("记录申请的办理事项", "type：correction-requested（补正告知：on、correctBy）、correction-received（收到补正：on）、consultation-sent（征求意见：on、consultationId、party 为 ThirdParty 或 OtherAgency、deliveredOn 可选）、consultation-answered（意见答复：on、consultationId）、extension-approved（批准延期：on、workingDays，批准人为当前登录用户）、answered（答复：on、outcome 为 Disclosed、PartlyDisclosed、NotDisclosed、CannotBeProvided、NotProcessed、OtherHandling）。给出 expectedVersion 时须为申请的当前版本，否则返回 409。"),
        ["GetRecordedRequest"] = ("已登记申请在某日的状态、答复期限、检查结果和工作日台账", "asOf：日期（yyyy-MM-dd），默认为本机关时区的今天。"),
        ["GetRequestHistory"] = ("按本库申请历史格式保存的完整历史（事件、记录的违规、SHA-256 链、头部）", null),
        ["RecordPublication"] = ("记录某栏目在某日发布", "column：目录栏目标识（见 GET /catalog）；on：发布日期（yyyy-MM-dd）。记录人为当前登录用户。"),
        ["RecordInformationEvent"] = ("记录及时更新栏目须发布的信息", "column：目录栏目标识；formedOn：信息形成或变更之日；publishedOn：已发布的发布日期。除栏目另有规定外，应在 formedOn 后 20 个工作日内发布（条例第二十六条）。"),
        ["GetPublicationLog"] = ("按本库发布记录格式导出已保存的发布记录（发布和信息事件）", "对已保存事件流的重放，可直接供 `disclosure due --log FILE` 和 `disclosure agenda --publications FILE` 读取，得出与 GET /due 相同的到期统计。"),
        ["ReplaceReportRegister"] = ("保存年度报告所统计的主动公开登记簿或行政复议、行政诉讼登记簿的新版本", "kind：proactive（请求体为 disclosure-proactive-register/1 文档——规章和行政规范性文件及其印发、废止日期，处理决定数量，收费金额）或 appeals（请求体为 disclosure-appeal-register/1 文档——写明所针对申请的行政复议和行政诉讼案件）。以最新版本为准；不符合格式的文档连同其问题一并拒绝。"),
        ["GetReportRegister"] = ("登记簿已保存的最新版本（kind：proactive 或 appeals）", null),
        ["GetPublicationHistory"] = ("已保存的发布记录，逐条附链式哈希", null),
        ["GetFreshness"] = ("某日的全国栏目更新检查（国办秘函〔2019〕19号）", "按已保存的发布记录（含撤下记录）在 asOf（默认为本机关时区的今天）运行《政府网站与政务新媒体检查指标》的栏目更新检查，按检查人员在当天结束时看到的网站计算（此前已撤下的信息不再计入）：列出存在问题的栏目——空白栏目、2周内未更新的动态要闻类栏目、6个月内未更新的通知公告政策文件类栏目、长期未更新（1年）的栏目——以及每项单项否决的全站栏目数、阈值和是否触发。名称、汇总和否决结论随请求的语言（默认中文，按 Accept-Language 可为英文），代码和键不变。与 `disclosure freshness` 的结果相同。"),
        ["GetDue"] = ("某日待公开和已逾期的目录栏目", "按已保存的发布记录在 asOf（默认为本机关时区的今天）评估目录的每个栏目，并按组织架构逐个科室列出其承担的每项未完成义务：点名该科室的栏目，以及按规则应由其承担的栏目（各科室、其所服务主题的各相关科室、谁承办谁更新）。多个科室共同承担的栏目在每个相关科室下都列出。unit 只看一个科室：标识（social-assistance）、名称（社会救助科）或别名（儿童福利科）。"),
        ["GetRequestDeadline"] = ("政府信息公开申请的答复期限", "按工作日历给出答复期限、已用和剩余工作日、状态以及他方应遵守的期限。违反条例规定的办理过程以违规（代码和说明）答复，而不是报错。"),
        ["GetRequests"] = ("申请登记簿在某日的各项期限", null),
        ["GetAgendaFeed"] = ("可订阅的科室应办事项日历（.ics）", $"id：科室标识（social-assistance）或名称（社会救助科）。token：POST /api/feeds/agenda 取得的订阅令牌（日历应用不发送 Cookie，故放在地址中）。每个应办事项一个全天事件，范围为 {Endpoints.AgendaFeedEndpoints.PastDays} 天前至一年后，UID 稳定，提前 {Endpoints.AgendaFeedEndpoints.RemindWorkingDays} 个工作日提醒。lang=en 为英文标题。"),
        ["IssueAgendaFeedToken"] = ("为当前登录用户生成日历订阅令牌（原令牌随即作废）", "令牌只返回这一次，同时返回本人所在科室的订阅地址；同一令牌可订阅各科室。数据库只保存其哈希。"),
        ["RevokeAgendaFeedToken"] = ("撤销当前登录用户的日历订阅令牌：已订阅的日历随即得到 401", null),
        ["GetPolicy"] = ("发布审核制度", "审核级次、保密审查人和发布人、各项要求，以及每条规则及其可能产生的违规代码；标题以及各级次、各规则的说明随请求语言。format=mermaid 以 Mermaid 状态图返回审核流程，标注文字随请求语言（默认中文，Accept-Language 为英文时用英文）。"),
        ["GetAgenda"] = ("科室应办事项", "在 from 至 to 之间（默认为此后 30 天）到期的工作要点常规任务（按已保存的活动记录计算，见 POST /api/activities）及目录栏目期限（按已保存的发布记录计算），科室以标识（social-assistance）或名称（社会救助科）指定。"),
        ["RecordActivity"] = ("记录本机关举办的活动", "activity：活动类型，须为规则包常规任务所计的类型（GET /agenda 列出；内置规则包为 open-day、disclosure-training、public-opinion-solicitation、key-tasks-publication）；date：举办日期（yyyy-MM-dd，不晚于今天）；unit：举办科室（可选）。记录人为当前登录用户。"),
        ["GetActivities"] = ("按本库活动记录格式导出已保存的活动记录", null),
        ["GetActivityHistory"] = ("已保存的活动记录，逐条附链式哈希", null),
        ["ListRecordedRequests"] = ("某日所有已登记的申请：收到日期、申请人类型、状态和答复期限", "asOf：日期（yyyy-MM-dd），默认为本机关时区的今天。"),
        ["GetCalendarYear"] = ("某年的工作日历", "全年每一天：是否工作日及原因（周末、法定节假日、调休休息日或调休上班日）。"),
        ["GetCatalog"] = ("政务公开目录", "本机关目录的每个栏目及其路径、更新频率和责任单位。用 responsible=<标签或科室标识> 筛选。"),
    };
}
