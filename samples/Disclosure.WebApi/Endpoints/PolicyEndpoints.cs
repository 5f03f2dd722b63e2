using System.Globalization;
using Disclosure.Domain.Review;
using NodaTime.Text;

namespace Disclosure.WebApi.Endpoints;

/// <summary><c>GET /policy?format=json|mermaid</c>: the review policy (先审后发, 三级审核, 保密审查) and its rules.</summary>
internal static class PolicyEndpoints
{
    internal static void MapPolicy(this IEndpointRouteBuilder app) =>
        app.MapGet("/policy", GetPolicy)
            .WithName("GetPolicy")
            .WithSummary("The review policy")
            .WithDescription("The levels of review, who clears confidentiality and publishes, the requirements and every rule with the violation codes it can produce; the title and the descriptions of levels and rules are in the request's language. "
                + "format=mermaid answers the review flow as a Mermaid state diagram, labelled in the request's language (Chinese by default, English by Accept-Language).")
            .Produces<PolicyDto>()
            .Produces(StatusCodes.Status200OK, contentType: "text/plain")
            .ProducesValidationProblem();

    internal static IResult GetPolicy(DisclosureSetup setup, string? format = null)
    {
        var policy = setup.Policy;
        switch (format ?? "json")
        {
            case "mermaid":
                // The diagram is in Chinese by default: without the charset a browser may read the UTF-8 bytes as GBK or Latin-1.
                return TypedResults.Text(policy.ToMermaid(CultureInfo.CurrentUICulture), "text/plain; charset=utf-8");
            case "json":
                return TypedResults.Ok(new PolicyDto(
                    policy.Name,
                    policy.GetTitle(),
                    policy.Source,
                    [.. policy.Levels.Select(l => new LevelDto(l.Number, l.Name, l.Role.Id, l.Role.Name, l.GetDescription()))],
                    policy.ConfidentialityReviewer.Id,
                    policy.Publisher.Id,
                    policy.RequiresInterpretation,
                    policy.RequiresPublicConsultation,
                    policy.RequiresConsultationChannel,
                    PeriodPattern.NormalizingIso.Format(policy.CleanupInterval),
                    [.. policy.Rules.Select(r => new RuleDto(r.Id, r.GetDescription(), r.Source, r.Codes))]));
            default:
                return ApiInput.Invalid("format", UiLanguage.Format("“{0}”不是可用的格式；请用 json 或 mermaid。", "'{0}' is not a format; use json or mermaid.", format));
        }
    }
}

/// <summary>The review policy: its name (its identity in review histories) and the title, level and rule descriptions in the request's language.</summary>
internal sealed record PolicyDto(
    string Name,
    string Title,
    string? Source,
    IReadOnlyList<LevelDto> Levels,
    string ConfidentialityReviewer,
    string Publisher,
    bool RequiresInterpretation,
    bool RequiresPublicConsultation,
    bool RequiresConsultationChannel,
    string CleanupInterval,
    IReadOnlyList<RuleDto> Rules);

/// <summary>A level of review.</summary>
internal sealed record LevelDto(int Number, string Name, string Role, string RoleName, string Description);

/// <summary>A rule of the policy and the violation codes it produces.</summary>
internal sealed record RuleDto(string Id, string Description, string? Source, IReadOnlyList<string> Codes);
