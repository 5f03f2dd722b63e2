using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using NodaTime.Text;

namespace Disclosure.Domain.RulePacks;

// The review section: role ids and the clean-up period are read here; everything else is ReviewPolicyBuilder's to check.
internal static partial class RulePackValidator
{
    private static ReviewPolicy? ValidateReview(ReviewDto? r, RulePackMetadata? metadata, PackSource root, Problems p)
    {
        if (r is null)
        {
            p.Error(DataProblemCodes.MissingValue, root, "$", RulePackTexts.Text("Review.Missing"));
            return null;
        }

        var o = r.Origin!;
        var builder = ReviewPolicy.Create(r.Name ?? string.Empty);
        if (metadata is not null)
        {
            builder.InTimeZone(metadata.TimeZone);
        }

        if (r.Title is not null || r.EnglishTitle is not null)
        {
            builder.WithTitle(r.Title ?? string.Empty, r.EnglishTitle);
        }

        if (r.Source is not null)
        {
            builder.WithSource(r.Source);
        }

        // A level whose role is unusable is reported here and not given to the builder; `positions` maps the builder's
        // level numbers back to the entries of "levels".
        var positions = new List<int>();
        var roles = new List<ReviewRole>();
        for (var i = 0; i < (r.Levels?.Count ?? 0); i++)
        {
            if (r.Levels![i] is not { } l)
            {
                continue;
            }

            if (ReadRole(l.Role, o, Item(".levels", i) + ".role", RulePackTexts.Text("Review.LevelRole"), string.IsNullOrWhiteSpace(l.Name) ? l.Role : l.Name, roles, p) is { } role)
            {
                builder.Level(l.Name ?? string.Empty, role, l.Description, l.EnglishDescription);
                positions.Add(i);
            }
        }

        if (ReadRole(r.ConfidentialityReviewer, o, ".confidentialityReviewer", RulePackTexts.Text("Review.ConfidentialityReviewer"), r.ConfidentialityReviewer, roles, p) is { } reviewer)
        {
            builder.ConfidentialityReviewBy(reviewer);
        }

        if (ReadRole(r.Publisher, o, ".publisher", RulePackTexts.Text("Review.Publisher"), r.Publisher, roles, p) is { } publisher)
        {
            builder.PublishedBy(publisher);
        }

        if (r.CleanUpEvery is { } text)
        {
            var parsed = PeriodPattern.NormalizingIso.Parse(text);
            if (parsed.Success)
            {
                builder.CleanUpEvery(parsed.Value);
            }
            else
            {
                p.Error(DataProblemCodes.InvalidValue, o, ".cleanUpEvery", RulePackTexts.Text("Review.CleanUpEvery", Show(text)));
            }
        }

        if (r.RequireInterpretation == true)
        {
            builder.RequireInterpretation();
        }

        if (r.RequirePublicConsultation == true)
        {
            builder.RequirePublicConsultation();
        }

        if (r.RequireConsultationChannel == true)
        {
            builder.RequireConsultationChannel();
        }

        if (builder.TryBuild(out var policy, out var problems))
        {
            return policy;
        }

        p.AddLocated(problems, l => l.Section == "review.levels" && l.Index >= 0 ? new Origin(o.Source, o.Path + ".levels", positions[l.Index]) : null, o);
        return null;
    }

    /// <summary>
    /// The review role with this id: a standard role, one met earlier in the policy, or a new one; null (reported when
    /// malformed; a missing one is the builder's to report) when the id is unusable.
    /// </summary>
    private static ReviewRole? ReadRole(string? id, Origin o, string member, LocalizedText expected, string? name, List<ReviewRole> roles, Problems p)
    {
        if (id is null)
        {
            return null;
        }

        if (!UnitId.IsValid(id))
        {
            p.Error(DataProblemCodes.InvalidId, o, member, RulePackTexts.Text("Review.RoleId", member[(member.LastIndexOf('.') + 1)..], Show(id), expected));
            return null;
        }

        var role = Array.Find([ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge, ReviewRole.ConfidentialityReviewer], s => s.Id == id)
            ?? roles.Find(r => r.Id == id)
            ?? ReviewRole.Of(id, name!);
        roles.Add(role);
        return role;
    }
}
