using System.Collections.Immutable;
using System.Text;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Tests.Review;

/// <summary>The commands of the model check and the random tests.</summary>
internal enum CmdKind
{
    Revise,
    Submit,
    Approve,
    Return,
    Reject,
    Clear,
    Publish,
    Withdraw,
    Keep,
}

/// <summary>One command of the bounded alphabet: who does what, on which content, level and (stale or current) version.</summary>
internal readonly record struct Cmd(CmdKind Kind, int Actor, int Content = 0, int Level = 0, bool Stale = false, SensitivityFlags Flags = SensitivityFlags.None, bool PublicTarget = true)
{
    public override string ToString() => Kind switch
    {
        CmdKind.Revise => $"Revise(a{Actor}, c{Content})",
        CmdKind.Approve => $"Approve(a{Actor}, L{Level}{(Stale ? ", stale" : string.Empty)})",
        CmdKind.Clear => $"Clear(a{Actor}, {Flags}{(Stale ? ", stale" : string.Empty)})",
        CmdKind.Publish => $"Publish(a{Actor}, {(PublicTarget ? "public" : "restricted")})",
        _ => $"{Kind}(a{Actor})",
    };
}

/// <summary>
/// A world for the single-item model: a policy, the actors (actor 0 is the author) with their roles and units
/// as the TEST states them, and the bounded set of contents (2 texts × 2 scopes × privacy flag or not).
/// </summary>
internal sealed class ModelWorld
{
    public static readonly DisclosureScope Restricted = DisclosureScope.RestrictedTo("staff");

    public static readonly ImmutableArray<ItemContent> Contents =
    [
        .. from hash in new[] { "text-a", "text-b" }
           from scope in new[] { DisclosureScope.Public, Restricted }
           from flags in new[] { SensitivityFlags.None, SensitivityFlags.PersonalPrivacy }
           select ItemContent.Create(hash, scope, flags: flags),
    ];

    public ModelWorld(ReviewPolicy policy, ImmutableArray<ReviewRole> levelRoles, ReviewRole confidentiality, ReviewRole publisher, params (string Unit, ReviewRole[] Roles)[] actors)
    {
        Policy = policy;
        LevelRoles = levelRoles;
        ConfidentialityRole = confidentiality;
        PublisherRole = publisher;
        Units = [.. actors.Select(a => a.Unit)];
        Roles = [.. actors.Select(a => a.Roles.ToImmutableHashSet())];
        Actors = [.. actors.Select((a, i) => Reviewer.Create("p" + i, UnitId.Parse(a.Unit), a.Roles))];
    }

    public ReviewPolicy Policy { get; }

    public ImmutableArray<ReviewRole> LevelRoles { get; }

    public ReviewRole ConfidentialityRole { get; }

    public ReviewRole PublisherRole { get; }

    public ImmutableArray<string> Units { get; }

    public ImmutableArray<ImmutableHashSet<ReviewRole>> Roles { get; }

    public ImmutableArray<Reviewer> Actors { get; }

    public int Levels => LevelRoles.Length;

    /// <summary>Every command of the bounded alphabet.</summary>
    public ImmutableArray<Cmd> Alphabet()
    {
        var list = new List<Cmd>();
        for (var a = 0; a < Actors.Length; a++)
        {
            for (var c = 0; c < Contents.Length; c++)
            {
                list.Add(new Cmd(CmdKind.Revise, a, Content: c));
            }

            list.Add(new Cmd(CmdKind.Submit, a));
            for (var l = 1; l <= Levels; l++)
            {
                list.Add(new Cmd(CmdKind.Approve, a, Level: l));
                list.Add(new Cmd(CmdKind.Approve, a, Level: l, Stale: true));
            }

            list.Add(new Cmd(CmdKind.Return, a));
            list.Add(new Cmd(CmdKind.Reject, a));
            foreach (var f in new[] { SensitivityFlags.None, SensitivityFlags.PersonalPrivacy })
            {
                list.Add(new Cmd(CmdKind.Clear, a, Flags: f));
                list.Add(new Cmd(CmdKind.Clear, a, Flags: f, Stale: true));
            }

            list.Add(new Cmd(CmdKind.Publish, a, PublicTarget: true));
            list.Add(new Cmd(CmdKind.Publish, a, PublicTarget: false));
            list.Add(new Cmd(CmdKind.Withdraw, a));
            list.Add(new Cmd(CmdKind.Keep, a));
        }

        return [.. list];
    }

    public ReviewCase Start() =>
        ReviewCase.Open("model", Policy).AddInformation("i1", Contents[0], Actors[0], ReviewFixtures.T0).Value;

    /// <summary>Runs a command against the implementation.</summary>
    public ReviewResult<ReviewCase> Apply(ReviewCase c, Cmd cmd, Instant at)
    {
        var item = c["i1"];
        var by = Actors[cmd.Actor];
        var version = cmd.Stale ? item.Version - 1 : item.Version;
        return cmd.Kind switch
        {
            CmdKind.Revise => c.Revise("i1", Contents[cmd.Content], by, at),
            CmdKind.Submit => c.Submit("i1", by, at),
            CmdKind.Approve => c.Approve("i1", cmd.Level, version, by, at),
            CmdKind.Return => c.Return("i1", "returned", by, at),
            CmdKind.Reject => c.Reject("i1", "rejected", by, at),
            CmdKind.Clear => c.ClearConfidentiality("i1", version, cmd.Flags, by, at),
            CmdKind.Publish => c.Publish("i1", cmd.PublicTarget ? DisclosureScope.Public : Restricted, by, at),
            CmdKind.Withdraw => c.Withdraw("i1", "withdrawn", by, at),
            CmdKind.Keep => c.KeepAfterCleanup("i1", by, at),
            _ => throw new ArgumentOutOfRangeException(nameof(cmd)),
        };
    }

    public bool Has(int actor, ReviewRole role) => Roles[actor].Contains(role);
}

/// <summary>
/// The naive reference: what happened to the current version since it last changed (revision or return), as a
/// plain list of accepted commands, plus whether the item was published or closed. Written from the seed's
/// rules, independently of ReviewCase.
/// </summary>
internal sealed record RefState(int Version, int Content, ImmutableList<Cmd> Since, bool Published, int Publisher, bool Closed)
{
    public static RefState Initial { get; } = new(1, 0, [], false, -1, false);

    public string Key()
    {
        var sb = new StringBuilder();
        sb.Append(Version).Append('|').Append(Content).Append('|').Append(Published).Append(Publisher).Append(Closed).Append('|');
        foreach (var c in Since)
        {
            sb.Append(c).Append(';');
        }

        return sb.ToString();
    }

    /// <summary>Whether the seed's rules allow the command now (the naive oracle).</summary>
    public bool Accepts(Cmd c, ModelWorld w)
    {
        if (Closed)
        {
            return false;
        }

        if (Published)
        {
            return c.Kind is CmdKind.Withdraw or CmdKind.Keep && w.Units[c.Actor] == w.Units[Publisher];
        }

        var submitted = Since.Any(x => x.Kind == CmdKind.Submit);
        var approvals = Since.Where(x => x.Kind == CmdKind.Approve).ToList();
        var cleared = Since.Any(x => x.Kind == CmdKind.Clear);
        var flags = ModelWorld.Contents[Content].Flags;
        var isReviewer = w.Has(c.Actor, w.ConfidentialityRole) || w.LevelRoles.Any(r => w.Has(c.Actor, r));
        return c.Kind switch
        {
            CmdKind.Revise => c.Actor == 0 && c.Content != Content,
            CmdKind.Submit => c.Actor == 0 && !submitted,
            CmdKind.Approve => submitted && approvals.Count < w.Levels && c.Level == approvals.Count + 1 && c.Actor != 0
                && w.Has(c.Actor, w.LevelRoles[c.Level - 1]) && approvals.All(x => x.Actor != c.Actor) && !c.Stale,
            CmdKind.Return or CmdKind.Reject => submitted && c.Actor != 0 && isReviewer,
            CmdKind.Clear => submitted && approvals.Count == w.Levels && !cleared && c.Actor != 0 && w.Has(c.Actor, w.ConfidentialityRole)
                && !c.Stale && (flags & ~c.Flags) == 0,
            CmdKind.Publish => cleared && w.Has(c.Actor, w.PublisherRole) && c.PublicTarget == ModelWorld.Contents[Content].Scope.IsPublic,
            _ => false,
        };
    }

    public RefState Next(Cmd c) => c.Kind switch
    {
        CmdKind.Revise => this with { Version = Version + 1, Content = c.Content, Since = [] },
        CmdKind.Return => this with { Since = [] },
        CmdKind.Reject or CmdKind.Withdraw => this with { Closed = true },
        CmdKind.Publish => this with { Published = true, Publisher = c.Actor },
        CmdKind.Keep => this,
        _ => this with { Since = Since.Add(c) },
    };
}

/// <summary>The safety invariants, asserted on every reachable state.</summary>
internal static class Invariants
{
    /// <summary>
    /// Nothing is published unless, since the last change of the content, every level approved the current
    /// version in order, by distinct people who are not the author and hold the level's role; then a
    /// non-author confidentiality reviewer cleared that version and all its flags; and the publication went
    /// to the item's own scope (never a restricted item publicly). And the implementation's view of the
    /// item (content, version, approvals) agrees with the reference.
    /// </summary>
    public static void Check(ReviewCase c, RefState r, ModelWorld w, Func<string> trace)
    {
        var item = c["i1"];
        void That(bool ok, string what)
        {
            if (!ok)
            {
                Assert.Fail($"Invariant broken: {what}\nsequence: {trace()}\nstate: {item} approvals=[{string.Join(", ", item.Approvals)}]");
            }
        }

        That(item.Version == r.Version, "version agrees with the reference");
        That(item.Content.Equals(ModelWorld.Contents[r.Content]), "content agrees with the reference");
        That(item.Approvals.All(a => a.Version == item.Version), "approvals bind the current version only");
        That(item.Approvals.Select(a => a.By.Id).Distinct().Count() == item.Approvals.Length, "no person approves at two levels");
        That(item.Approvals.All(a => a.By.Id != item.Author.Id), "no self-approval");
        That(item.Approvals.Select(a => a.Level).SequenceEqual(Enumerable.Range(1, item.Approvals.Length)), "levels in order");
        if (item.Status != ReviewItemStatus.Published && item.Status != ReviewItemStatus.Withdrawn)
        {
            That(item.Publication is null, "unpublished items carry no publication");
            return;
        }

        var p = item.Publication;
        That(p is not null && p.Version == item.Version && p.Version == r.Version, "published version is the current version");
        var approvals = r.Since.Where(x => x.Kind == CmdKind.Approve).ToList();
        That(approvals.Select(a => a.Level).SequenceEqual(Enumerable.Range(1, w.Levels)), "all levels approved, in order, since the last change");
        That(approvals.Select(a => a.Actor).Distinct().Count() == w.Levels, "by distinct people");
        That(approvals.All(a => a.Actor != 0 && !a.Stale && w.Has(a.Actor, w.LevelRoles[a.Level - 1])), "by non-authors holding the level role, on the current version");
        var lastApproval = r.Since.FindLastIndex(x => x.Kind == CmdKind.Approve);
        var clear = r.Since.FindIndex(x => x.Kind == CmdKind.Clear);
        That(clear > lastApproval, "confidentiality review after the last approval");
        var cl = r.Since[clear];
        That(cl.Actor != 0 && !cl.Stale && w.Has(cl.Actor, w.ConfidentialityRole), "cleared by a non-author confidentiality reviewer on the current version");
        That((ModelWorld.Contents[r.Content].Flags & ~cl.Flags) == 0, "every privacy/classified flag cleared");
        That(p!.Scope.Equals(item.Content.Scope), "published to its own scope");
        That(item.Content.Scope.IsPublic || !p.Scope.IsPublic, "a restricted item is never published publicly");
    }

    public static string ImplKey(ReviewCase c)
    {
        var i = c["i1"];
        var sb = new StringBuilder();
        sb.Append(i.Status).Append('|').Append(i.Version).Append('|').Append(ModelWorld.Contents.IndexOf(i.Content)).Append('|');
        foreach (var a in i.Approvals)
        {
            sb.Append(a.Level).Append(':').Append(a.By.Id).Append(':').Append(a.Version).Append(';');
        }

        sb.Append('|').Append(i.Clearance is { } cl ? $"{cl.By.Id}:{cl.Version}:{cl.ClearedFlags}" : "-");
        sb.Append('|').Append(i.Publication is { } p ? $"{p.By.Id}:{p.Scope}" : "-");
        return sb.ToString();
    }
}
