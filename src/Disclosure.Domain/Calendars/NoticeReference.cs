namespace Disclosure.Domain.Calendars;

/// <summary>Where (part of) a year's arrangement comes from: one official notice.</summary>
/// <param name="Title">The notice's title, for example 国务院办公厅关于2019年部分节假日安排的通知.</param>
/// <param name="IssuedOn">The date the notice was issued, when known.</param>
/// <param name="Number">The notice's number (文号), only where it has been confirmed; otherwise <see langword="null"/>.</param>
/// <remarks>An immutable value with value equality; thread-safe.</remarks>
public sealed record NoticeReference(string Title, LocalDate? IssuedOn, string? Number);
