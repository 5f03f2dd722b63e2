using Disclosure.Domain.Requests;

namespace Disclosure.Domain.Reports;

/// <summary>A 行政复议 or 行政诉讼 case that challenges the answer to one registered request, with its result once decided.</summary>
/// <param name="Id">The case's id, unique in the appeals register, for example <c>fy-2025-003</c>.</param>
/// <param name="RequestId">The <see cref="RegisteredRequest.Id"/> of the request whose answer is challenged.</param>
/// <param name="Kind">Reconsideration, or a lawsuit with or without reconsideration before it.</param>
/// <param name="FiledOn">The day the case was filed (accepted).</param>
/// <param name="Result">The result, or <see langword="null"/> while undecided (尚未审结).</param>
/// <param name="DecidedOn">The day of the decision or judgment, or <see langword="null"/> while undecided.</param>
/// <remarks>
/// Counted in the year's 四 when decided in the year (by result) or still undecided on 31 December (尚未审结) — our reading of the
/// template, which states no counting rule for 四. Immutable and thread-safe; value equality.
/// </remarks>
public sealed record AppealCase(string Id, string RequestId, AppealKind Kind, LocalDate FiledOn, AppealResult? Result, LocalDate? DecidedOn);

/// <summary>An information request in the register, with the id the appeals refer to.</summary>
/// <param name="Id">The request's id, unique in the register, for example <c>2025-017</c>.</param>
/// <param name="Request">The request and its history.</param>
/// <remarks>Immutable and thread-safe; value equality (the request by reference).</remarks>
public sealed record RegisteredRequest(string Id, InformationRequest Request);
