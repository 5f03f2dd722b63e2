namespace Disclosure.Domain.Reports;

/// <summary>The national layout a filled annual report follows.</summary>
public enum AnnualReportLayout
{
    /// <summary>
    /// The layout of 国办公开办函〔2021〕30号 (2021-09-26), required from the reports on 2021: 本年制发件数/本年废止件数/现行有效件数
    /// in 二 and the numbered sub-rows of （六）其他处理 in 三.
    /// </summary>
    Format2021 = 0,

    /// <summary>
    /// The earlier layout of 国办公开办函〔2019〕60号: 本年新制作数量/本年新公开数量/对外公开总数量 in 二 and a single 其他处理 row. A report
    /// on 2021 or later in this layout is an inspector's finding (<see cref="AnnualReportProblemCodes.OutdatedLayout"/>).
    /// </summary>
    Format2019 = 1,
}
