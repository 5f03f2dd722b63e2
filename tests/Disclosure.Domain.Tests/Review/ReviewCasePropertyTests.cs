using System.Collections.Immutable;
using CsCheck;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Domain.Tests.Review;

/// <summary>
/// CsCheck properties: random role assignments for five people and long random command sequences (biased
/// towards commands the naive reference accepts, so that publications actually happen), under the seed's
/// policy and under user-built policies (a two-level township policy, a four-level policy). At every step the
/// implementation must accept exactly what the reference accepts, and the safety invariants must hold.
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
        const int people = 5;
        var gen =
            from holds in Gen.Bool.Array[people * roles.Length]
            from units in Gen.Int[0, 1].Array[people]
            from choices in Gen.Int[0, 9999].Array[1, 80]
            select (holds, units, choices);
        long sequences = 0, steps = 0, publications = 0;
        gen.Sample(
            (holds, units, choices) =>
            {
                var world = new ModelWorld(
                    policy,
                    levelRoles,
                    confidentiality,
                    ReviewRole.InformationPublisher,
                    [.. Enumerable.Range(0, people).Select(p => (units[p] == 0 ? "office" : "social-assistance", roles.Where((_, r) => holds[(p * roles.Length) + r]).ToArray()))]);
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
        output.WriteLine($"{which}: {sequences} random sequences, {steps} commands, {publications} publications");
        Assert.True(publications > 100, $"the property must exercise publication (got {publications})");
    }
}
