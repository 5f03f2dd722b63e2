using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.WebApi.Storage;
using NodaTime;
using NodaTime.Text;

namespace Disclosure.WebApi.Recording;

/// <summary>
/// A review case (三级审核) as a chained stream of the commands that were accepted (<c>review/{case}</c>): each a compact JSON
/// object with the command, the item, its arguments, the person who gave it as they were then (id, name, unit, roles) and
/// the instant, and last <c>previous</c>, the predecessor's hash. The case is the replay of those commands through
/// <see cref="ReviewCase"/> under the bureau's policy, so the policy's checks run again on every read.
/// </summary>
internal sealed class ReviewHistory(EventStore store, DisclosureSetup setup)
{
    internal static string StreamOf(string caseId) => $"review/{caseId}";

    /// <summary>One accepted command.</summary>
    internal sealed record Command(string Name, string Item, Reviewer By, Instant At, int? Level = null, int? Version = null, string? ContentHash = null, string? Column = null, SensitivityFlags Flags = SensitivityFlags.None);

    /// <summary>The case as stored and the stream version it reflects.</summary>
    /// <exception cref="InvalidDataException">A stored command is refused by the policy on replay (the database or the policy changed).</exception>
    internal async Task<(ReviewCase Case, int Version)> ReadAsync(string caseId, CancellationToken cancellationToken)
    {
        var rows = await store.ReadAsync(StreamOf(caseId), cancellationToken);
        var review = ReviewCase.Open(caseId, setup.Policy);
        foreach (var row in rows)
        {
            var result = Apply(review, Parse(row.Json));
            review = result.ValueOrNull ?? throw new InvalidDataException($"Event {row.Index} of '{row.StreamId}' is refused on replay ({result}); the database or the policy changed since it was recorded.");
        }

        return (review, rows.Count);
    }

    /// <summary>Runs a command on the case; when the policy accepts it, appends it at <paramref name="expectedVersion"/>.</summary>
    /// <returns>The result of the command and whether it was stored (false: another command was stored first).</returns>
    internal async Task<(ReviewResult<ReviewCase> Result, bool Stored, int Version)> RunAsync(string caseId, ReviewCase review, int expectedVersion, Command command, CancellationToken cancellationToken)
    {
        var result = Apply(review, command);
        if (!result.IsSuccess)
        {
            return (result, false, expectedVersion);
        }

        var previous = await store.HashAtAsync(StreamOf(caseId), expectedVersion, cancellationToken);
        var json = Write(command, previous);
        var (appended, version) = await store.AppendAsync(StreamOf(caseId), expectedVersion, [new NewEntry(expectedVersion, json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))))], command.By.Id.Value, cancellationToken);
        return (result, appended, version);
    }

    private ReviewResult<ReviewCase> Apply(ReviewCase review, Command c) => c.Name switch
    {
        "add-information" => review.AddInformation(c.Item, ItemContent.Create(c.ContentHash!, DisclosureScope.Public, flags: c.Flags), c.By, c.At, c.Column),
        "submit" => review.Submit(c.Item, c.By, c.At),
        "approve" => review.Approve(c.Item, c.Level!.Value, c.Version!.Value, c.By, c.At),
        "clear-confidentiality" => review.ClearConfidentiality(c.Item, c.Version!.Value, c.Flags, c.By, c.At),
        "publish" => review.Publish(c.Item, DisclosureScope.Public, c.By, c.At),
        _ => throw new InvalidDataException($"Unknown review command '{c.Name}'."),
    };

    private static string Write(Command c, string? previous)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("command", c.Name);
            json.WriteString("item", c.Item);
            if (c.Level is { } level)
            {
                json.WriteNumber("level", level);
            }

            if (c.Version is { } version)
            {
                json.WriteNumber("version", version);
            }

            if (c.ContentHash is not null)
            {
                json.WriteString("contentHash", c.ContentHash);
            }

            if (c.Column is not null)
            {
                json.WriteString("column", c.Column);
            }

            if (c.Flags != SensitivityFlags.None)
            {
                json.WriteString("flags", c.Flags.ToString());
            }

            json.WriteStartObject("by");
            json.WriteString("id", c.By.Id.Value);
            json.WriteString("name", c.By.DisplayName);
            json.WriteString("unit", c.By.Unit.Value);
            json.WriteStartArray("roles");
            foreach (var role in c.By.Roles)
            {
                json.WriteStringValue(role.Id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("at", InstantPattern.ExtendedIso.Format(c.At));
            if (previous is not null)
            {
                json.WriteString("previous", previous);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private Command Parse(string text)
    {
        var e = JsonDocument.Parse(text).RootElement;
        string? Str(string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
        int? Int(string name) => e.TryGetProperty(name, out var v) ? v.GetInt32() : null;
        var by = e.GetProperty("by");
        var reviewer = Reviewer.Create(
            PersonId.Parse(by.GetProperty("id").GetString()!),
            by.GetProperty("name").GetString()!,
            UnitId.Parse(by.GetProperty("unit").GetString()!),
            by.GetProperty("roles").EnumerateArray().Select(r => setup.ReviewRoles[r.GetString()!]));
        return new Command(
            Str("command")!,
            Str("item")!,
            reviewer,
            InstantPattern.ExtendedIso.Parse(Str("at")!).Value,
            Int("level"),
            Int("version"),
            Str("contentHash"),
            Str("column"),
            Str("flags") is { } flags ? Enum.Parse<SensitivityFlags>(flags) : SensitivityFlags.None);
    }
}
