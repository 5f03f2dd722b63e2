using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.Tests.Requests;

/// <summary>The receipt-date rules of 第三十一条, channel by channel.</summary>
public sealed class RequestReceivedTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void InPerson_ReceivedOnSubmissionDay()
    {
        var received = RequestReceived.InPerson(D(2025, 10, 9));

        Assert.Equal(D(2025, 10, 9), received.ReceivedOn);
        Assert.Null(received.ConfirmedOn);
        Assert.Same(RequestChannel.InPerson, received.Channel);
    }

    [Fact]
    public void ByRegisteredPost_ReceivedOnSigningDay() =>
        Assert.Equal(D(2025, 10, 10), RequestReceived.ByRegisteredPost(D(2025, 10, 10)).ReceivedOn);

    [Fact]
    public void ByOrdinaryPost_ReceivedOnConfirmationDay() =>
        Assert.Equal(D(2025, 10, 9), RequestReceived.ByOrdinaryPost(D(2025, 10, 9), D(2025, 10, 9)).ReceivedOn);

    [Fact]
    public void Online_ReceivedOnConfirmationDayNotSubmissionDay()
    {
        var received = RequestReceived.Online(D(2025, 9, 30), D(2025, 10, 9));

        Assert.Equal(D(2025, 10, 9), received.ReceivedOn);
        Assert.Equal(D(2025, 9, 30), received.SubmittedOn);
    }

    [Fact]
    public void ByFax_ReceivedOnConfirmationDay() =>
        Assert.Equal(D(2025, 10, 9), RequestReceived.ByFax(D(2025, 10, 8), D(2025, 10, 9)).ReceivedOn);

    [Fact]
    public void Create_ChannelNeedingConfirmationWithoutIt_Throws() =>
        Assert.Throws<ArgumentException>(() => RequestReceived.Create(RequestChannel.Online, D(2025, 10, 9)));

    [Fact]
    public void Create_InPersonIgnoresConfirmation_ReceivedOnSubmission()
    {
        var received = RequestReceived.Create(RequestChannel.InPerson, D(2025, 10, 9), D(2025, 10, 10));

        Assert.Equal(D(2025, 10, 9), received.ReceivedOn);
        Assert.Null(received.ConfirmedOn);
    }

    [Theory]
    [InlineData("in-person", false)]
    [InlineData("registered-post", false)]
    [InlineData("post", true)]
    [InlineData("online", true)]
    [InlineData("FAX", true)]
    public void TryParse_ChannelIds_FoundWithConfirmationRule(string id, bool needsConfirmation)
    {
        Assert.True(RequestChannel.TryParse(id, out var channel));
        Assert.Equal(needsConfirmation, channel.ReceiptNeedsConfirmation);
        Assert.Contains("第三十一条", channel.ReceiptRule, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_UnknownId_False() => Assert.False(RequestChannel.TryParse("email", out _));

    [Fact]
    public void Events_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExtensionApproved(D(2025, 10, 9), 0, PersonId.Parse("office-head")));
        Assert.Throws<ArgumentException>(() => new ExtensionApproved(D(2025, 10, 9), 5, default));
        Assert.Throws<ArgumentException>(() => new ConsultationSent(D(2025, 10, 9), "", ConsultationParty.ThirdParty));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConsultationSent(D(2025, 10, 9), "C1", (ConsultationParty)7));
        Assert.Throws<ArgumentException>(() => new ConsultationAnswered(D(2025, 10, 9), ""));
    }
}
