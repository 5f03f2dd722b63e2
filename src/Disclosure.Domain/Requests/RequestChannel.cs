using System.Collections.Immutable;
using System.Diagnostics.Contracts;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The way an application for government information (政府信息公开申请) reached the agency. The channel decides
/// which day is the day of receipt (收到申请之日) under 《政府信息公开条例》 第三十一条.
/// </summary>
/// <remarks>
/// <para>第三十一条: "(一)申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；(二)申请人以邮寄方式提交政府信息公开申请的，
/// 以行政机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式提交政府信息公开申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，
/// 确认之日为收到申请之日；(三)申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日。"</para>
/// <para>A closed set: the instances are the static members of this class. Equality is reference equality.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RequestChannel
{
    private RequestChannel(string id, string name, string englishName, string receiptRule)
    {
        Id = id;
        Name = name;
        EnglishName = englishName;
        ReceiptRule = receiptRule;
    }

    /// <summary>Gets the channel "handed in at the office" (当面提交): received on the day of submission (第三十一条(一)).</summary>
    public static RequestChannel InPerson { get; } = new("in-person", "当面提交", "in person", "以提交之日为收到申请之日 (第三十一条(一))");

    /// <summary>Gets the channel "registered post" (需签收的邮寄): received on the day the agency signs for it (第三十一条(二)).</summary>
    public static RequestChannel RegisteredPost { get; } = new("registered-post", "邮寄（需签收）", "registered post", "以行政机关签收之日为收到申请之日 (第三十一条(二))");

    /// <summary>
    /// Gets the channel "ordinary post" (平常信函等无需签收的邮寄方式): the office confirms with the applicant on the day the
    /// letter arrives, and the day of confirmation is the day of receipt (第三十一条(二)).
    /// </summary>
    public static RequestChannel OrdinaryPost { get; } = new("post", "平常信函", "ordinary post", "当日与申请人确认，确认之日为收到申请之日 (第三十一条(二))");

    /// <summary>Gets the channel "online" (互联网渠道): received on the day both sides confirmed (第三十一条(三)).</summary>
    public static RequestChannel Online { get; } = new("online", "互联网渠道", "online", "以双方确认之日为收到申请之日 (第三十一条(三))");

    /// <summary>Gets the channel "fax to the disclosure office" (传真): received on the day both sides confirmed (第三十一条(三)).</summary>
    public static RequestChannel Fax { get; } = new("fax", "传真", "fax", "以双方确认之日为收到申请之日 (第三十一条(三))");

    /// <summary>Gets every channel, in the order of 第三十一条.</summary>
    public static ImmutableArray<RequestChannel> All { get; } = [InPerson, RegisteredPost, OrdinaryPost, Online, Fax];

    /// <summary>Gets the stable identifier: <c>in-person</c>, <c>registered-post</c>, <c>post</c>, <c>online</c> or <c>fax</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name, for example <c>平常信函</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, for example <c>ordinary post</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the receipt-date rule of 第三十一条 for this channel, in Chinese with the article cited.</summary>
    public string ReceiptRule { get; }

    /// <summary>Tells whether the day of receipt is a confirmation day (ordinary post, online, fax) rather than the submission or signing day.</summary>
    public bool ReceiptNeedsConfirmation => ReferenceEquals(this, OrdinaryPost) || ReferenceEquals(this, Online) || ReferenceEquals(this, Fax);

    /// <summary>Finds a channel by its <see cref="Id"/>.</summary>
    /// <param name="id">The identifier, for example <c>registered-post</c>; compared ordinally and case-insensitively.</param>
    /// <param name="channel">The channel found, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a channel has that identifier.</returns>
    [Pure]
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RequestChannel? channel)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                channel = candidate;
                return true;
            }
        }

        channel = null;
        return false;
    }

    /// <summary>Returns the <see cref="Id"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
