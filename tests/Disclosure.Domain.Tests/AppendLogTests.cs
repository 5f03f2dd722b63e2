using System.Collections.Immutable;
using CsCheck;

namespace Disclosure.Domain.Tests;

/// <summary>
/// <see cref="AppendLog{T}"/> against the naive reference, <see cref="ImmutableArray{T}.Add"/>: any version may be
/// extended any number of times (branches), and every version keeps exactly the items it had.
/// </summary>
public sealed class AppendLogTests
{
    [Fact]
    public void Add_AnyVersionExtended_EveryVersionEqualsTheReference()
    {
        Gen.Select(Gen.Int[0, 1000], Gen.Int).Array[1, 200].Sample(steps =>
        {
            var logs = new List<AppendLog<int>> { default };
            var reference = new List<ImmutableArray<int>> { ImmutableArray<int>.Empty };
            foreach (var (pick, value) in steps)
            {
                // Mostly the newest version (in place), sometimes an older one (a branch that must copy).
                var at = pick < 700 ? logs.Count - 1 : pick % logs.Count;
                logs.Add(logs[at].Add(value));
                reference.Add(reference[at].Add(value));
            }

            for (var i = 0; i < logs.Count; i++)
            {
                Assert.Equal(reference[i], logs[i].ToImmutableArray());
                Assert.Equal(reference[i].Length, logs[i].Count);
                if (reference[i].Length > 0)
                {
                    Assert.Equal(reference[i][^1], logs[i].Last);
                }
            }
        });
    }

    [Fact]
    public void Add_OneVersionExtendedFromManyThreads_EachBranchKeepsItsOwnItems()
    {
        var start = default(AppendLog<int>).Add(-1).Add(-2);
        var branches = new AppendLog<int>[8];
        Parallel.For(0, branches.Length, b =>
        {
            var log = start;
            for (var i = 0; i < 1_000; i++)
            {
                log = log.Add((b * 10_000) + i);
            }

            branches[b] = log;
        });

        for (var b = 0; b < branches.Length; b++)
        {
            Assert.Equal([-1, -2, .. Enumerable.Range(b * 10_000, 1_000)], branches[b].ToImmutableArray());
        }

        Assert.Equal([-1, -2], start.ToImmutableArray());
    }

    [Fact]
    public void Last_Empty_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => default(AppendLog<string>).Last);
    }
}
