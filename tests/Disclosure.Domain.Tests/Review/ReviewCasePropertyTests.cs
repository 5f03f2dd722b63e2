using System.Collections.Immutable;
using CsCheck;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Review;

/// <summary>
/// CsCheck properties: random role assignments for five people and long random command sequences (biased
/// towards commands the naive reference accepts, so that publications actually happen), under the seed's
/// policy and under user-built policies (a two-level township policy, a four-level policy). At every step the
/// implementation must accept exactly what the reference accepts, and the safety invariants must hold. Three more
/// actors are second spellings of the five people's ids (the same spelling in another hat, or differing only in
/// case, white space, width, invisible characters or Cyrillic/Greek look-alikes) with random roles: the world
/// admits those the implementation lets in, and the reference counts people by canonical identity.
/// </summary>
public class ReviewCasePropertyTests(ITestOutputHelper output)
{
    private static readonly ReviewRole TownshipLeader = ReviewRole.Of("township-leader", "镇分管领导");
    private static readonly ReviewRole TownshipSecrecy = ReviewRole.Of("township-secrecy", "镇保密员");
    private static readonly ReviewRole Principal = ReviewRole.Of("principal", "主要负责同志");

    internal static ReviewPolicy Township { get; } = ReviewPolicy.Create("某镇 two-level review")
        .Level("信息发布员", ReviewRole.InformationPublisher)
        .Level("镇分管领导", TownshipLeader)
        .ConfidentialityReviewBy(TownshipSecrecy)
        .PublishedBy(ReviewRole.InformationPublisher)
        .CleanUpEvery(Period.FromMonths(6))
        .Build();

    internal static ReviewPolicy FourLevel { get; } = ReviewPolicy.Create("four-level review")
        .Level("信息发布同志", ReviewRole.InformationPublisher)
        .Level("政务公开机构负责同志", ReviewRole.DisclosureOfficeHead)
        .Level("分管负责同志", ReviewRole.LeaderInCharge)
        .Level("主要负责同志", Principal)
        .ConfidentialityReviewBy(ReviewRole.ConfidentialityReviewer)
        .PublishedBy(ReviewRole.InformationPublisher)
        .RequireInterpretation()
        .CleanUpEvery(Period.FromYears(2))
        .Build();

    [Theory]
    [InlineData("seed")]
    [InlineData("township")]
    [InlineData("four-level")]
    public void RandomSequences_UnderPolicy_AgreeWithReferenceAndKeepInvariants(string which)
    {
        var (policy, levelRoles, confidentiality) = which switch
        {
            "township" => (Township, ImmutableArray.Create(ReviewRole.InformationPublisher, TownshipLeader), TownshipSecrecy),
            "four-level" => (FourLevel, [ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge, Principal], ReviewRole.ConfidentialityReviewer),
            _ => (RulePack.XuanchengCivilAffairs2024.Review, [ReviewRole.InformationPublisher, ReviewRole.DisclosureOfficeHead, ReviewRole.LeaderInCharge], ReviewRole.ConfidentialityReviewer),
        };
        var roles = levelRoles.Add(confidentiality).Distinct().ToArray();
        const int people = 5, aliases = 3, actors = people + aliases;
        var spellings = Enum.GetValues<Spelling>();
        var gen =
            from holds in Gen.Bool.Array[actors * roles.Length]
            from units in Gen.Int[0, 1].Array[actors]
            from aliasOf in Gen.Int[0, people - 1].Array[aliases]
            from how in Gen.Int[0, spellings.Length - 1].Array[aliases]
            from choices in Gen.Int[0, 9999].Array[1, 80]
            select (holds, units, aliasOf, how, choices);
        long sequences = 0, steps = 0, publications = 0, twoHats = 0;
        gen.Sample(
            (holds, units, aliasOf, how, choices) =>
            {
                string Id(int a) => a < people ? "p" + a.ToString(System.Globalization.CultureInfo.InvariantCulture) : ModelIdentity.Spell("p" + aliasOf[a - people].ToString(System.Globalization.CultureInfo.InvariantCulture), spellings[how[a - people]]);
                var world = new ModelWorld(
                    policy,
                    levelRoles,
                    confidentiality,
                    ReviewRole.InformationPublisher,
                    [.. Enumerable.Range(0, actors).Select(a => (Id(a), units[a] == 0 ? "office" : "social-assistance", roles.Where((_, r) => holds[(a * roles.Length) + r]).ToArray()))]);
                if (world.Actors.Length > people)
                {
                    Interlocked.Increment(ref twoHats);
                }

                var alphabet = world.Alphabet();
                var c = world.Start();
                var r = RefState.Initial;
                var trace = ImmutableList<Cmd>.Empty;
                for (var i = 0; i < choices.Length; i++)
                {
                    var accepted = alphabet.Where(x => r.Accepts(x, world)).ToList();
                    var choice = choices[i];
                    var progress = accepted.Where(x => x.Kind is not (CmdKind.Revise or CmdKind.Return or CmdKind.Reject or CmdKind.Withdraw)).ToList();
                    var cmd = (choice % 10) switch
                    {
                        < 7 when progress.Count > 0 => progress[choice / 10 % progress.Count],
                        < 8 when accepted.Count > 0 => accepted[choice / 10 % accepted.Count],
                        _ => alphabet[choice / 10 % alphabet.Length],
                    };
                    trace = trace.Add(cmd);
                    var result = world.Apply(c, cmd, ReviewFixtures.At(i + 1));
                    Assert.True(
                        result.IsSuccess == r.Accepts(cmd, world),
                        $"{cmd}: implementation {result}, reference {(r.Accepts(cmd, world) ? "accepts" : "rejects")}; after [{string.Join(", ", trace)}]");
                    Interlocked.Increment(ref steps);
                    if (result.IsSuccess)
                    {
                        c = result.Value;
                        r = r.Next(cmd);
                        Invariants.Check(c, r, world, () => string.Join(", ", trace));
                        if (cmd.Kind == CmdKind.Publish)
                        {
                            Interlocked.Increment(ref publications);
                        }
                    }
                }

                Interlocked.Increment(ref sequences);
            },
            iter: 2000);
        output.WriteLine($"{which}: {sequences} random sequences, {steps} commands, {publications} publications, {twoHats} worlds with one person in two hats");
        Assert.True(twoHats > 100, $"the property must exercise people holding two Reviewer values (got {twoHats})");
        Assert.True(publications > 100, $"the property must exercise publication (got {publications})");
    }
}
