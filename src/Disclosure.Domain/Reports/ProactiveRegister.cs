using System.Collections.Immutable;

namespace Disclosure.Domain.Reports;

/// <summary>The kind of a document counted in 第二十条第（一）项.</summary>
public enum DocumentKind
{
    /// <summary>规章 (a ministry or local-government regulation).</summary>
    Rule = 0,

    /// <summary>行政规范性文件 (a normative document).</summary>
    NormativeDocument = 1,
}

/// <summary>The kind of decisions counted in 第二十条第（五）项 and 第（六）项.</summary>
public enum DecisionKind
{
    /// <summary>行政许可 (licensing decisions).</summary>
    Licensing = 0,

    /// <summary>行政处罚 (penalty decisions).</summary>
    Penalty = 1,

    /// <summary>行政强制 (coercive measures).</summary>
    Coercion = 2,
}

/// <summary>A 规章 or 行政规范性文件 of the agency, with its issue and repeal dates.</summary>
/// <param name="Id">The document's id, unique in the register, for example its 文号 <c>宣民〔2025〕12号</c>.</param>
/// <param name="Kind">规章 or 行政规范性文件.</param>
/// <param name="Title">The title.</param>
/// <param name="IssuedOn">The day it was issued (制发).</param>
/// <param name="RepealedOn">The day it was repealed or ceased to be in force (废止, 失效), or <see langword="null"/> while in force.</param>
/// <remarks>In force (现行有效) on day d when issued on or before d and not repealed on or before d. Immutable; value equality.</remarks>
public sealed record NormativeDocument(string Id, DocumentKind Kind, string Title, LocalDate IssuedOn, LocalDate? RepealedOn);

/// <summary>The number of decisions of one kind taken in one year (本年处理决定数量), as kept by the licensing or enforcement register.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Year">The year.</param>
/// <param name="Count">The number of decisions, zero or more.</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record DecisionCount(DecisionKind Kind, int Year, int Count);

/// <summary>The administrative fees (行政事业性收费) collected in one year, in 万元 as the template asks.</summary>
/// <param name="Year">The year.</param>
/// <param name="AmountWanYuan">The amount in 万元 (10,000 yuan), zero or more.</param>
/// <remarks>Immutable; value equality.</remarks>
public sealed record FeeTotal(int Year, decimal AmountWanYuan);

/// <summary>
/// The records 二、主动公开政府信息情况 is counted from: the register of 规章 and 行政规范性文件, decision counts per year and fee totals
/// per year — kept per category, never guessed from column publications.
/// </summary>
/// <param name="Documents">The documents ever issued (repealed ones included, so that 现行有效 can be counted).</param>
/// <param name="Decisions">The decision counts; a year and kind without an entry leaves its cell blank.</param>
/// <param name="Fees">The fee totals; a year without an entry leaves its cell blank.</param>
/// <remarks>Immutable; value equality of the arrays by reference.</remarks>
public sealed record ProactiveRegister(ImmutableArray<NormativeDocument> Documents, ImmutableArray<DecisionCount> Decisions, ImmutableArray<FeeTotal> Fees);
