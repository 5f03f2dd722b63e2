using System.Collections.Immutable;
using System.Diagnostics;
using System.Numerics;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Review;

/// <summary>
/// Exhaustive bounded model check of <see cref="ReviewCase"/>: every command sequence up to length N over the
/// bounded alphabet (4 actors — author, two reviewers, one leader — plus every look-alike second spelling of their
/// ids, admitted only if the implementation lets them in; 2 texts × 2 scopes × privacy flag, levels,
/// stale or current version, both publication targets). A failed command returns no state (the case is
/// immutable), so every sequence is equivalent to its accepted subsequence: the check expands accepted
/// commands only, merging identical states per length with multiplicities (exact sequence counts), and for
/// every attempted command asserts that the implementation accepts it exactly when the naive reference does,
/// and the safety invariants on every reachable state.
/// </summary>
public class ReviewCaseModelCheckTests(ITestOutputHelper output)
{
    internal static ModelWorld SeedWorld(bool everyoneHoldsEveryRole = false)
    {
        var all = new[] { ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge, ReviewRole.ConfidentialityReviewer };
        ReviewRole[] Roles(params ReviewRole[] roles) => everyoneHoldsEveryRole ? all : roles;

        // Four people, then second spellings of their ids, each with the roles that would let one human sign two levels
        // or review his own item if the spelling counted as another person: the author (p0) as a leader and
        // confidentiality reviewer, p1 and p2 as the levels they lack. Only canonical spellings are admitted.
        return new ModelWorld(
            RulePack.XuanchengCivilAffairs2024.Review,
            [ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge],
            ReviewRole.ConfidentialityReviewer,
            ReviewRole.InformationPublisher,
            [
                ("p0", "social-assistance", Roles(ReviewRole.InformationPublisher)),
                ("p1", "office", Roles(ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.ConfidentialityReviewer)),
                ("p2", "office", Roles(ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead)),
                ("p3", "leadership", Roles(ReviewRole.LeaderInCharge, ReviewRole.ConfidentialityReviewer)),
                .. LookAlikes.Select((how, i) => (
                    ModelIdentity.Spell("p" + (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), how),
                    "office",
                    (i % 3) switch
                    {
                        0 => Roles(ReviewRole.LeaderInCharge, ReviewRole.ConfidentialityReviewer, ReviewRole.InformationPublisher),
                        1 => Roles(ReviewRole.LeaderInCharge),
                        _ => Roles(ReviewRole.LeaderInCharge, ReviewRole.ConfidentialityReviewer),
                    })),
            ]);
    }

    /// <summary>Every way of spelling an id that only changes its look (not <see cref="Spelling.Canonical"/>).</summary>
    internal static ImmutableArray<Spelling> LookAlikes { get; } = [.. Enum.GetValues<Spelling>().Where(s => s != Spelling.Canonical)];

    [Fact]
    public void SeedWorld_SecondSpellingsOfIds_AreNotAdmitted()
    {
        var world = SeedWorld();

        // The look-alike candidates exist in the world and none became an actor: one person, one id.
        Assert.Equal(4 + LookAlikes.Length, world.Candidates.Length);
        Assert.Equal(["p0", "p1", "p2", "p3"], world.Actors.Select(a => a.Id.Value));
        Assert.Equal(world.Humans.Length, world.Humans.Distinct().Count());
    }

    [Theory]
    [InlineData(false, 12)]
    [InlineData(true, 8)]
    public void EveryCommandSequence_UpToLengthN_KeepsSafetyInvariants(bool everyoneHoldsEveryRole, int n)
    {
        var world = SeedWorld(everyoneHoldsEveryRole);
        var stats = Explore(world, n);
        output.WriteLine(stats.ToString());

        // Non-vacuity: the happy path (3 approvals + clearance + publication = 6 commands after submit) is reached,
        // so is withdrawal, and the check did see rejections of every kind of command.
        Assert.True(stats.PublishedStates > 0, "some sequence must publish");
        Assert.True(stats.WithdrawnStates > 0, "some sequence must withdraw");
        Assert.Equal(BigInteger.Pow(world.Alphabet().Length, n), stats.SequencesOfLengthN);
    }

    [Fact]
    public void MergedExploration_AgreesWithPlainDepthFirstEnumeration_UpToLength5()
    {
        // Cross-check of the state merging: a plain DFS over accepted sequences (no merging) counts the same.
        var world = SeedWorld();
        var alphabet = world.Alphabet();
        var perLength = new long[6];
        void Dfs(ReviewCase c, RefState r, int depth)
        {
            perLength[depth]++;
            if (depth == 5)
            {
                return;
            }

            foreach (var cmd in alphabet)
            {
                var result = world.Apply(c, cmd, ReviewFixtures.At(depth + 1));
                Assert.Equal(r.Accepts(cmd, world), result.IsSuccess);
                if (result.IsSuccess)
                {
                    Dfs(result.Value, r.Next(cmd), depth + 1);
                }
            }
        }

        Dfs(world.Start(), RefState.Initial, 0);
        var stats = Explore(world, 5);
        output.WriteLine($"DFS accepted sequences per length: [{string.Join(", ", perLength)}]; merged: [{string.Join(", ", stats.AcceptedPerLength)}]");
        Assert.Equal(perLength, stats.AcceptedPerLength);
    }

    internal static ModelStats Explore(ModelWorld world, int n)
    {
        var watch = Stopwatch.StartNew();
        var alphabet = world.Alphabet();
        var layer = new Dictionary<string, (ReviewCase Case, RefState Ref, long Count, ImmutableList<Cmd> Witness)>
        {
            ["start"] = (world.Start(), RefState.Initial, 1, []),
        };
        var seen = new HashSet<string>();
        var accepted = new long[n + 1];
        accepted[0] = 1;
        long attempts = 0, published = 0, withdrawn = 0;
        for (var depth = 1; depth <= n; depth++)
        {
            var next = new Dictionary<string, (ReviewCase Case, RefState Ref, long Count, ImmutableList<Cmd> Witness)>();
            var at = ReviewFixtures.At(depth);
            foreach (var (c, r, count, witness) in layer.Values)
            {
                foreach (var cmd in alphabet)
                {
                    attempts++;
                    var result = world.Apply(c, cmd, at);
                    var expected = r.Accepts(cmd, world);
                    if (result.IsSuccess != expected)
                    {
                        Assert.Fail($"Implementation {(result.IsSuccess ? "accepted" : "rejected")} {cmd} but the reference {(expected ? "accepts" : "rejects")} it after [{string.Join(", ", witness)}]; violations: {result}");
                    }

                    if (!result.IsSuccess)
                    {
                        Assert.NotEmpty(result.Violations);
                        continue;
                    }

                    var nc = result.Value;
                    var nr = r.Next(cmd);
                    var path = witness.Add(cmd);
                    Invariants.Check(nc, nr, world, () => string.Join(", ", path));
                    accepted[depth] += count;
                    var key = Invariants.ImplKey(nc) + "#" + nr.Key();
                    if (seen.Add(key))
                    {
                        published += nc["i1"].Status == ReviewItemStatus.Published ? 1 : 0;
                        withdrawn += nc["i1"].Status == ReviewItemStatus.Withdrawn ? 1 : 0;
                    }

                    next[key] = next.TryGetValue(key, out var e) ? e with { Count = e.Count + count } : (nc, nr, count, path);
                }
            }

            layer = next;
        }

        return new ModelStats(n, alphabet.Length, BigInteger.Pow(alphabet.Length, n), accepted, attempts, seen.Count, published, withdrawn, watch.Elapsed);
    }
}

internal sealed record ModelStats(int N, int Alphabet, BigInteger SequencesOfLengthN, long[] AcceptedPerLength, long Attempts, int DistinctStates, long PublishedStates, long WithdrawnStates, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"N={N}, alphabet={Alphabet} commands, sequences of length N covered={SequencesOfLengthN:E3} (all lengths ≤ N likewise), " +
        $"accepted-only sequences ≤ N={AcceptedPerLength.Sum()} (per length: {string.Join(", ", AcceptedPerLength)}), " +
        $"commands executed={Attempts}, distinct states={DistinctStates} (published {PublishedStates}, withdrawn {WithdrawnStates}), elapsed={Elapsed.TotalSeconds:F1}s";
}
