using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Review;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// The review of information before it is published (先审后发, 三级审核, 保密审查), command by command. Every command is given
/// by the signed-in user: the author, each level's approver, the confidentiality reviewer and the publisher are the accounts
/// that call, never names in a body. A command the policy refuses is 422 with the violation codes; a command decided on a
/// case that changed meanwhile is 409.
/// </summary>
internal static class ReviewEndpoints
{
    internal static void MapReviews(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/reviews/{caseId}").RequireAuthorization().WithTags("Review").WithIdempotency();
        reviews.MapGet("", GetCase)
            .WithName("GetReviewCase")
            .WithSummary("A review case: its items, their status, approvals and the policy's findings")
            .WithDescription("caseId names the case, for example 2024-07. version is the number of stored commands; send it back as expectedVersion to make a command conditional on the case being unchanged. 404 for a case with no command yet (or of another bureau).")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status404NotFound);
        reviews.MapPost("/items", AddItem)
            .WithName("AddReviewItem")
            .WithSummary("Draft an item of information for review; the author is the signed-in user")
            .WithDescription("item: the item id within the case; text: the content (its SHA-256 is what the reviewers approve); column: the catalog column it will be published in; flags: PersonalPrivacy, Classified (a confidentiality reviewer must clear them).")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        reviews.MapPost("/items/{item}/submit", Submit)
            .WithName("SubmitReviewItem").WithSummary("Submit a draft for review (the author)")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        reviews.MapPost("/items/{item}/approve", Approve)
            .WithName("ApproveReviewItem").WithSummary("Approve the item at a level, as the signed-in reviewer")
            .WithDescription("level: the level approved (1-based, the next one); version: the content version reviewed (the current one). The approver must hold the level's role, not be the author and not have approved at another level.")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        reviews.MapPost("/items/{item}/clear", Clear)
            .WithName("ClearReviewItem").WithSummary("Confidentiality review (保密审查) of the approved version, as the signed-in confidentiality reviewer")
            .WithDescription("version: the content version cleared; flags: the sensitivity flags lifted.")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        reviews.MapPost("/items/{item}/publish", Publish)
            .WithName("PublishReviewItem").WithSummary("Publish the cleared item, as the signed-in publisher")
            .Produces<CaseDto>().ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        reviews.MapGet("/history", History)
            .WithName("GetReviewHistory")
            .WithSummary("The stored case in the library's review-case-history format: every command with who gave it (id, name, unit, roles) and when, the policy, the SHA-256 chain and head")
            .WithDescription("The document `disclosure review replay --history FILE` reads; replaying it re-checks every command under the policy. 404 for a case with no command (or of another bureau).")
            .Produces<JsonElement>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The body of <c>POST …/items</c>.</summary>
    internal sealed record ItemRequest(string? Item, string? Text, string? Column, string[]? Flags, int? ExpectedVersion);

    /// <summary>The body of the item commands; the reviewer is never part of it.</summary>
    internal sealed record StepRequest(int? Level, int? Version, string[]? Flags, int? ExpectedVersion);

    /// <summary>A case.</summary>
    internal sealed record CaseDto(string Id, int Version, IReadOnlyList<ItemDto> Items, IReadOnlyList<ViolationDto> Findings);

    /// <summary>An item of a case.</summary>
    internal sealed record ItemDto(string Id, string Status, int Version, string Author, IReadOnlyList<ApprovalDto> Approvals, string? ClearedBy, string? PublishedBy);

    /// <summary>An approval.</summary>
    internal sealed record ApprovalDto(int Level, string By, string Name, string At);

    /// <summary>A violation of the policy: its stable code, title and message.</summary>
    internal sealed record ViolationDto(string Code, string Title, string Item, string Message);

    internal static async Task<IResult> GetCase(string caseId, HttpContext context, People.People people, ReviewHistory history)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var (review, version) = await history.ReadAsync(caseId, context.RequestAborted);
        return version == 0 ? NotFound(caseId) : TypedResults.Ok(Dto(review, version));
    }

    /// <summary>No case of that id in the request's bureau (a case of another bureau looks the same: its existence does not leak).</summary>
    internal static IResult NotFound(string caseId) =>
        TypedResults.Problem(WorkbenchText.Get("Review.NoCase", caseId), statusCode: StatusCodes.Status404NotFound, title: WorkbenchText.Get("Review.NoCase.Title"));

    internal static Task<IResult> AddItem(string caseId, ItemRequest body, HttpContext context, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock)
    {
        if (string.IsNullOrWhiteSpace(body.Item) || string.IsNullOrWhiteSpace(body.Text))
        {
            return Task.FromResult(ApiInput.Invalid(string.IsNullOrWhiteSpace(body.Item) ? "item" : "text", UiLanguage.Pick("请给出信息的标识和正文。", "give the item id and its text.")));
        }

        if (!TryFlags(body.Flags, out var flags, out var problem))
        {
            return Task.FromResult(problem!);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.Text)));
        return RunAsync(caseId, body.ExpectedVersion, context, people, setup, history, clock, (by, at) => new ReviewHistory.Command("add-information", body.Item.Trim(), by, at, ContentHash: hash, Column: body.Column, Flags: flags));
    }

    internal static Task<IResult> Submit(string caseId, string item, StepRequest? body, HttpContext context, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock) =>
        RunAsync(caseId, body?.ExpectedVersion, context, people, setup, history, clock, (by, at) => new ReviewHistory.Command("submit", item, by, at));

    internal static Task<IResult> Approve(string caseId, string item, StepRequest body, HttpContext context, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock) =>
        body.Level is not { } level || body.Version is not { } version
            ? Task.FromResult(ApiInput.Invalid(body.Level is null ? "level" : "version", UiLanguage.Pick("请给出审核通过的级次（1、2、3……）和所审核的内容版本（两者均可通过 GET 批次查到）。", "give the level approved (1, 2, 3 …) and the content version reviewed (GET the case for both).")))
            : RunAsync(caseId, body.ExpectedVersion, context, people, setup, history, clock, (by, at) => new ReviewHistory.Command("approve", item, by, at, Level: level, Version: version));

    internal static Task<IResult> Clear(string caseId, string item, StepRequest body, HttpContext context, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock)
    {
        if (body.Version is not { } version)
        {
            return Task.FromResult(ApiInput.Invalid("version", UiLanguage.Pick("请给出通过保密审查的内容版本（可通过 GET 批次查到）。", "give the content version cleared (GET the case for it).")));
        }

        return TryFlags(body.Flags, out var flags, out var problem)
            ? RunAsync(caseId, body.ExpectedVersion, context, people, setup, history, clock, (by, at) => new ReviewHistory.Command("clear-confidentiality", item, by, at, Version: version, Flags: flags))
            : Task.FromResult(problem!);
    }

    internal static Task<IResult> Publish(string caseId, string item, StepRequest? body, HttpContext context, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock) =>
        RunAsync(caseId, body?.ExpectedVersion, context, people, setup, history, clock, (by, at) => new ReviewHistory.Command("publish", item, by, at));

    internal static async Task<IResult> History(string caseId, HttpContext context, People.People people, ReviewHistory history)
    {
        if (await people.CurrentAsync(context) is null)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var stored = await history.HistoryAsync(caseId, context.RequestAborted);
        return stored.Count == 0 ? NotFound(caseId) : TypedResults.Bytes(stored.ToUtf8Json(), "application/json");
    }

    /// <summary>What a step came to: the case after it, the policy's refusals, or a conflict with a concurrent step.</summary>
    internal sealed record StepOutcome(ReviewCase Case, int Version, IReadOnlyList<ReviewViolation> Violations, bool Conflict, int ExpectedVersion);

    /// <summary>Runs a step as the signed-in user (the page and the API share it).</summary>
    internal static async Task<StepOutcome> StepAsync(string caseId, int? expectedVersion, WorkbenchUserStep user, ReviewHistory history, CancellationToken cancellationToken)
    {
        var (review, version) = await history.ReadAsync(caseId, cancellationToken);
        if (expectedVersion is { } expected && expected != version)
        {
            return new StepOutcome(review, version, [], true, expected);
        }

        var (result, stored, now) = await history.RunAsync(caseId, review, version, user.Command(user.Reviewer, user.At), cancellationToken);
        return !result.IsSuccess ? new StepOutcome(review, version, result.Violations, false, version)
            : stored ? new StepOutcome(result.Value, now, [], false, version)
            : new StepOutcome(review, now, [], true, version);
    }

    /// <summary>The signed-in reviewer, the instant and the command to build from them.</summary>
    internal sealed record WorkbenchUserStep(Reviewer Reviewer, Instant At, Func<Reviewer, Instant, ReviewHistory.Command> Command);

    private static async Task<IResult> RunAsync(string caseId, int? expectedVersion, HttpContext context, People.People people, DisclosureSetup setup, ReviewHistory history, IClock clock, Func<Reviewer, Instant, ReviewHistory.Command> command)
    {
        if (await people.CurrentAsync(context) is not { } user)
        {
            return PublicationEndpoints.NotSignedIn();
        }

        var outcome = await StepAsync(caseId, expectedVersion, new WorkbenchUserStep(user.ToReviewer(setup.ReviewRoles), clock.GetCurrentInstant(), command), history, context.RequestAborted);
        if (outcome.Conflict)
        {
            return Conflict(caseId, outcome.ExpectedVersion, outcome.Version);
        }

        if (outcome.Violations.Count > 0)
        {
            // The code is stable; its title and message are in the request's language (Accept-Language, Chinese by default).
            var violations = outcome.Violations.Select(v => new ViolationDto(v.Code.Id, v.Code.GetTitle(), v.ItemId, v.GetMessage())).ToList();
            return TypedResults.Problem(
                string.Join(" ", violations.Select(v => $"{v.Code}: {v.Message}")),
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: UiLanguage.Pick("审核制度不允许此步骤", "The review policy refuses this step"),
                extensions: new Dictionary<string, object?> { ["violations"] = violations });
        }

        return TypedResults.Ok(Dto(outcome.Case, outcome.Version));
    }

    private static IResult Conflict(string caseId, int expected, int current) =>
        TypedResults.Problem(
            UiLanguage.Format(
                "审核批次“{0}”在本次操作决定期间已被更新：操作依据的是第 {1} 版，现在是第 {2} 版（另一人已先操作）。请刷新批次后重新决定。",
                "Case '{0}' changed while this step was decided: it was at version {1}, it is now at {2} (another person acted first). Reload the case and decide again.",
                caseId, expected, current),
            statusCode: StatusCodes.Status409Conflict,
            title: UiLanguage.Pick("审核批次已被他人更新", "The case changed"),
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    private static bool TryFlags(string[]? names, out SensitivityFlags flags, out IResult? problem)
    {
        flags = SensitivityFlags.None;
        problem = null;
        foreach (var name in names ?? [])
        {
            if (!Enum.TryParse<SensitivityFlags>(name, ignoreCase: false, out var flag) || flag == SensitivityFlags.None || !Enum.IsDefined(flag))
            {
                problem = ApiInput.Invalid("flags", UiLanguage.Format("“{0}”不是敏感标记；请用 PersonalPrivacy（个人隐私）或 Classified（涉密）。", "'{0}' is not a sensitivity flag; use PersonalPrivacy or Classified.", name));
                return false;
            }

            flags |= flag;
        }

        return true;
    }

    private static CaseDto Dto(ReviewCase review, int version) =>
        new(
            review.Id,
            version,
            [.. review.Items.Select(i => new ItemDto(
                i.Id,
                i.Status.ToString(),
                i.Version,
                i.Author.Id.Value,
                [.. i.Approvals.Select(a => new ApprovalDto(a.Level, a.By.Id.Value, a.By.DisplayName, InstantPattern.ExtendedIso.Format(a.At)))],
                i.Clearance?.By.Id.Value,
                i.Publication?.By.Id.Value))],
            [.. review.Findings.Select(v => new ViolationDto(v.Code.Id, v.Code.GetTitle(), v.ItemId, v.GetMessage()))]);
}
