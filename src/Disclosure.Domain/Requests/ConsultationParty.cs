namespace Disclosure.Domain.Requests;

/// <summary>Who the agency consults before answering a request (征求意见).</summary>
/// <remarks>Both parties have 15 working days from receiving the letter; the time spent consulting does not count toward the
/// answer period (第三十三条 second paragraph).</remarks>
public enum ConsultationParty
{
    /// <summary>
    /// A third party whose lawful rights may be harmed by disclosure (第三方). 第三十二条: "第三方应当自收到征求意见书之日起15个工作日内提出意见。
    /// 第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。"
    /// </summary>
    ThirdParty = 0,

    /// <summary>
    /// Another administrative agency (其他机关). 第三十四条: "被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。"
    /// </summary>
    OtherAgency = 1,
}
