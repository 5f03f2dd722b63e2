using System.Globalization;
using Disclosure.Domain.Review;

namespace Disclosure.Domain.Tests.Review;

public class ReviewViolationCodeTests
{
    [Fact]
    public void All_Codes_AreSequentialAndUnique()
    {
        var codes = ReviewViolationCodes.All.Select(c => c.Id).ToList();

        Assert.Equal(Enumerable.Range(1, codes.Count).Select(i => "REVIEW" + i.ToString("000", CultureInfo.InvariantCulture)), codes);
    }

    [Fact]
    public void All_Templates_StartWithTheItemAndFormat()
    {
        Assert.All(ReviewViolationCodes.All, c =>
        {
            Assert.Contains("{0}", ReviewViolationCodes.TemplateOf(c), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            var message = c.For("item-x", "a", "b", "c").Message;
            Assert.Contains("item-x", message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void All_Listing_MatchesSnapshot() =>
        Snapshooter.Xunit3.Snapshot.Match(string.Join("\n", ReviewViolationCodes.All.Select(c => $"{c.Id} {c.Title}: {ReviewViolationCodes.TemplateOf(c)}")));
}
