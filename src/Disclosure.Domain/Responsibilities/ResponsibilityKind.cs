namespace Disclosure.Domain.Responsibilities;

/// <summary>The forms of responsibility that the seed work plan uses.</summary>
public enum ResponsibilityKind
{
    /// <summary>Named units (办公室, 社会救助科 …).</summary>
    Units = 0,

    /// <summary>Every section of the bureau (各科室).</summary>
    AllSections = 1,

    /// <summary>The sections competent for a topic (各相关科室).</summary>
    RelevantSections = 2,

    /// <summary>The section that drafted the policy document in question (各政策文件起草科室).</summary>
    DraftingSection = 3,

    /// <summary>The sections that exercise the administrative power in question (各行政权力实施科室).</summary>
    PowerExercisingSections = 4,

    /// <summary>The unit hosting the event in question (承办科室).</summary>
    EventHost = 5,

    /// <summary>The unit handling the case in question (谁承办谁更新, 各信息公开申请办理科室).</summary>
    CaseHandler = 6,

    /// <summary>The unit that published the item in question (谁公开、谁清理).</summary>
    Publisher = 7,

    /// <summary>The directly affiliated agencies (各直属机构).</summary>
    AffiliatedAgencies = 8,
}
