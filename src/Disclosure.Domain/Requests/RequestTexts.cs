using System.Resources;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Requests;

/// <summary>
/// The messages of this namespace for people: <c>Requests/RequestTexts.resx</c> (English) and <c>RequestTexts.zh-Hans.resx</c>
/// (Simplified Chinese), read through <see cref="LocalizedText"/>. String lookups only (trimming and AOT keep them).
/// </summary>
internal static class RequestTexts
{
    /// <summary>Gets the resource manager of <c>Requests/RequestTexts*.resx</c>.</summary>
    internal static ResourceManager Resources { get; } = new("Disclosure.Domain.Requests.RequestTexts", typeof(RequestTexts).Assembly);

    /// <summary>The entry <paramref name="key"/> with its arguments.</summary>
    internal static LocalizedText Of(string key, params ReadOnlySpan<object?> arguments) => new(Resources, key, arguments);

    /// <summary>The detail of a violation: the entry <c>{code}.Detail</c> (or <c>{code}.Detail.{variant}</c>).</summary>
    internal static LocalizedText Detail(ProblemCode code, params ReadOnlySpan<object?> arguments) => Of(code.Id + ".Detail", arguments);

    /// <summary>A date that may be missing: the date, or <c>-</c>.</summary>
    internal static object Date(LocalDate? date) => date is { } d ? d : "-";

    /// <summary>The name of an answer outcome, for example <c>予以公开</c>; in English the enum's own spelling.</summary>
    internal static LocalizedText Outcome(AnswerOutcome outcome) => Of("Outcome." + outcome.ToString());

    /// <summary>The name of a channel, for example <c>平常信函</c> or <c>ordinary post</c>.</summary>
    internal static LocalizedText Channel(RequestChannel channel) => Of("Channel." + channel.Id);

    /// <summary>The name of a status, for example <c>待补正</c>; in English its JSON id.</summary>
    internal static LocalizedText Status(RequestStatus status) => Of("Status." + RequestsJson.StatusId(status));
}
