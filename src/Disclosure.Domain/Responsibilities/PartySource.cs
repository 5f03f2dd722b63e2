namespace Disclosure.Domain.Responsibilities;

/// <summary>Where the seed states a responsible party of a work point.</summary>
public enum PartySource
{
    /// <summary>In the point's 责任科室 parenthesis, for example (责任科室:办公室、各相关科室).</summary>
    ResponsibilityLine = 0,

    /// <summary>In the point's text, for example the clean-up rule 谁公开、谁清理 of 三(一)3.</summary>
    WorkPointText = 1,
}
