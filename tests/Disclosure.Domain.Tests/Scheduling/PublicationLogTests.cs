using Disclosure.Domain.Catalog;
using Disclosure.Domain.RulePacks;
using Disclosure.Domain.Scheduling;

namespace Disclosure.Domain.Tests.Scheduling;

public class PublicationLogTests
{
    private static readonly ColumnId A = ColumnId.Parse("rural-revitalization");
    private static readonly ColumnId B = ColumnId.Parse("department-documents");

    [Fact]
    public void Create_UnsortedEntries_SortsPerColumn()
    {
        var log = PublicationLog.Create(
            [new Publication(A, new LocalDate(2024, 3, 1)), new Publication(A, new LocalDate(2024, 1, 1)), new Publication(B, new LocalDate(2024, 2, 1))],
            [new InformationEvent(B, new LocalDate(2024, 5, 1)), new InformationEvent(B, new LocalDate(2024, 4, 1), new LocalDate(2024, 4, 2))]);

        Assert.Equal([new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 1)], log.GetPublications(A));
        Assert.Equal([new LocalDate(2024, 4, 1), new LocalDate(2024, 5, 1)], log.GetEvents(B).Select(e => e.FormedOn));
        Assert.Equal(3, log.PublicationCount);
        Assert.Equal(2, log.EventCount);
        Assert.Equal([B, A], log.Columns);
    }

    [Fact]
    public void Create_DefaultColumnId_Throws()
    {
        Assert.Throws<ArgumentException>(() => PublicationLog.Create([new Publication(default, new LocalDate(2024, 1, 1))]));
    }

    [Fact]
    public void FindUnknownColumns_GroupAndUnknownIds_AreListed()
    {
        var log = PublicationLog.Create([
            new Publication(A, new LocalDate(2024, 1, 1)),
            new Publication(ColumnId.Parse("policy-regulations"), new LocalDate(2024, 1, 1)),
            new Publication(ColumnId.Parse("nowhere"), new LocalDate(2024, 1, 1)),
        ]);

        Assert.Equal(["nowhere", "policy-regulations"], log.FindUnknownColumns(RulePack.XuanchengCivilAffairs2024.Catalog).Select(i => i.Value));
    }

    [Fact]
    public void InformationEvent_PublishedBeforeFormed_Throws()
    {
        Assert.Throws<ArgumentException>(() => new InformationEvent(B, new LocalDate(2024, 5, 2), new LocalDate(2024, 5, 1)));
    }
}
