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
/// Who a spelling of a person id stands for, decided by the test alone: the naive "human" behind an id folds
/// compatibility forms (full-width), case, white space of every kind and invisible characters away and maps the
/// Cyrillic and Greek look-alikes of Latin letters to them. Two spellings with the same human are one person, however
/// the implementation compares them. And the form the test expects the implementation to admit, written as a plain
/// pattern.
/// </summary>
internal static class ModelIdentity
{
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['х'] = 'x', ['у'] = 'y', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
        ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
        ['Α'] = 'a', ['Β'] = 'b', ['Ε'] = 'e', ['Ο'] = 'o', ['Ρ'] = 'p', ['Τ'] = 't', ['Х'] = 'x', ['Р'] = 'p', ['О'] = 'o', ['А'] = 'a',
    };

    public static string Human(string spelling)
    {
        var sb = new StringBuilder();
        foreach (var c in spelling.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            sb.Append(LookAlikes.TryGetValue(lower, out var latin) || LookAlikes.TryGetValue(c, out latin) ? latin : lower);
        }

        return sb.ToString();
    }

    /// <summary>The canonical form the library promises: lower-case ASCII words of letters and digits joined by single '-', '.' or '_'.</summary>
    public static bool Admissible(string spelling) =>
        spelling.Length is > 0 and <= 64 && System.Text.RegularExpressions.Regex.IsMatch(spelling, "^[a-z0-9]+([-._][a-z0-9]+)*$");

    /// <summary>The ways a spelling of <paramref name="id"/> ("p" + digits) can differ from it only in how it looks.</summary>
    public static string Spell(string id, Spelling how) => how switch
    {
        Spelling.Canonical => id,
        Spelling.UpperCase => id.ToUpperInvariant(),
        Spelling.LeadingSpace => " " + id,
        Spelling.TrailingSpace => id + " ",
        Spelling.NoBreakSpace => id + "\u00A0",
        Spelling.Tab => "\t" + id,
        Spelling.IdeographicSpace => id + "\u3000",
        Spelling.FullWidth => string.Concat(id.Select(c => (char)(c + 0xFEE0))),
        Spelling.ZeroWidth => id[..1] + "\u200B" + id[1..],
        Spelling.ZeroWidthJoiner => id + "\u200D",
        Spelling.SoftHyphen => id[..1] + "\u00AD" + id[1..],
        Spelling.Cyrillic => "р" + id[1..],
        Spelling.Greek => "ρ" + id[1..],
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };
}

/// <summary>How a spelling differs from the canonical id (<see cref="Canonical"/>: not at all; the same person in a second hat).</summary>
internal enum Spelling
{
    Canonical,
    UpperCase,
    LeadingSpace,
    TrailingSpace,
    NoBreakSpace,
    Tab,
    IdeographicSpace,
    FullWidth,
    ZeroWidth,
    ZeroWidthJoiner,
    SoftHyphen,
    Cyrillic,
    Greek,
}

/// <summary>
/// A world for the single-item model: a policy, the actors (actor 0 is the author) with their roles and units
/// as the TEST states them, and the bounded set of contents (2 texts × 2 scopes × privacy flag or not). Actors are
/// given as spellings of ids; the world admits those the implementation lets in (PersonId.TryParse), and the
/// reference compares admitted actors by <see cref="ModelIdentity.Human"/>, never by the implementation's id.
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
        : this(policy, levelRoles, confidentiality, publisher, [.. actors.Select((a, i) => ("p" + i, a.Unit, a.Roles))])
    {
    }

    public ModelWorld(ReviewPolicy policy, ImmutableArray<ReviewRole> levelRoles, ReviewRole confidentiality, ReviewRole publisher, ImmutableArray<(string Spelling, string Unit, ReviewRole[] Roles)> candidates)
    {
        Policy = policy;
        LevelRoles = levelRoles;
        ConfidentialityRole = confidentiality;
        PublisherRole = publisher;
        Candidates = candidates;
        var admitted = candidates.Where(a => PersonId.TryParse(a.Spelling, out _)).ToList();
        Assert.True(admitted.Count > 0 && admitted[0] == candidates[0], "the author must be spelled canonically");
        Units = [.. admitted.Select(a => a.Unit)];
        Roles = [.. admitted.Select(a => a.Roles.ToImmutableHashSet())];
        Humans = [.. admitted.Select(a => ModelIdentity.Human(a.Spelling))];
        Actors = [.. admitted.Select(a => Reviewer.Create(PersonId.Parse(a.Spelling), "actor " + a.Spelling, UnitId.Parse(a.Unit), a.Roles))];
    }

    /// <summary>Every actor the test tried to create, admitted or not.</summary>
    public ImmutableArray<(string Spelling, string Unit, ReviewRole[] Roles)> Candidates { get; }

    /// <summary>Who each admitted actor is, as the test decides it.</summary>
    public ImmutableArray<string> Humans { get; }

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
        // People are compared as the test sees them (ModelIdentity.Human), not by the implementation's ids.
        var isAuthor = w.Humans[c.Actor] == w.Humans[0];
        return c.Kind switch
        {
            CmdKind.Revise => isAuthor && c.Content != Content,
            CmdKind.Submit => isAuthor && !submitted,
            CmdKind.Approve => submitted && approvals.Count < w.Levels && c.Level == approvals.Count + 1 && !isAuthor
                && w.Has(c.Actor, w.LevelRoles[c.Level - 1]) && approvals.All(x => w.Humans[x.Actor] != w.Humans[c.Actor]) && !c.Stale,
            CmdKind.Return or CmdKind.Reject => submitted && !isAuthor && isReviewer,
            CmdKind.Clear => submitted && approvals.Count == w.Levels && !cleared && !isAuthor && w.Has(c.Actor, w.ConfidentialityRole)
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
    /// item (content, version, approvals) agrees with the reference. "Distinct people, none the author" is stated
    /// over canonical identities (<see cref="ModelIdentity.Human"/> of each id), so no spelling of one person's id
    /// counts as a second person.
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
        var author = ModelIdentity.Human(item.Author.Id.Value);
        That(item.Approvals.Select(a => ModelIdentity.Human(a.By.Id.Value)).Distinct().Count() == item.Approvals.Length, "no person (canonical identity) approves at two levels");
        That(item.Approvals.All(a => ModelIdentity.Human(a.By.Id.Value) != author), "no self-approval (canonical identity)");
        That(item.Clearance is null || ModelIdentity.Human(item.Clearance.By.Id.Value) != author, "no self-clearance (canonical identity)");
        That(item.Approvals.Select(a => a.Level).SequenceEqual(Enumerable.Range(1, item.Approvals.Length)), "levels in order");
        if (item.Status != ReviewItemStatus.Published && item.Status != ReviewItemStatus.Withdrawn)
        {
            That(item.Publication is null, "unpublished items carry no publication");
            return;
        }

        var p = item.Publication;
        That(
            item.Approvals.Length == w.Levels && item.Approvals.Select(a => ModelIdentity.Human(a.By.Id.Value)).Append(author).Distinct().Count() == w.Levels + 1,
            $"{w.Levels} distinct people approved, none the author (canonical identities)");
        That(p is not null && p.Version == item.Version && p.Version == r.Version, "published version is the current version");
        var approvals = r.Since.Where(x => x.Kind == CmdKind.Approve).ToList();
        That(approvals.Select(a => a.Level).SequenceEqual(Enumerable.Range(1, w.Levels)), "all levels approved, in order, since the last change");
        That(approvals.Select(a => w.Humans[a.Actor]).Distinct().Count() == w.Levels, "by distinct people");
        That(approvals.All(a => w.Humans[a.Actor] != w.Humans[0] && !a.Stale && w.Has(a.Actor, w.LevelRoles[a.Level - 1])), "by non-authors holding the level role, on the current version");
        var lastApproval = r.Since.FindLastIndex(x => x.Kind == CmdKind.Approve);
        var clear = r.Since.FindIndex(x => x.Kind == CmdKind.Clear);
        That(clear > lastApproval, "confidentiality review after the last approval");
        var cl = r.Since[clear];
        That(w.Humans[cl.Actor] != w.Humans[0] && !cl.Stale && w.Has(cl.Actor, w.ConfidentialityRole), "cleared by a non-author confidentiality reviewer on the current version");
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
