using NodaTime;
using System.Text.Json.Nodes;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Requests;
using Disclosure.Domain.Responsibilities;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Cli.Tests;

/// <summary>The commands that read and write the history formats: due/agenda logs, log convert, request deadline --history, review replay.</summary>
public sealed class HistoryCommandsTests
{
    internal static string Write(string name, byte[] bytes)
    {
        var directory = Path.Combine(Path.GetTempPath(), "disclosure-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string OlderLog = """{"publications":[{"column":"rural-revitalization","on":"2024-05-06"}],"information":[]}""";

    [Fact]
    public void LogConvert_OlderShape_WritesTheFormat_AndDueGivesTheSameReport()
    {
        var older = Write("old.json", System.Text.Encoding.UTF8.GetBytes(OlderLog));
        var converted = Path.Combine(Path.GetDirectoryName(older)!, "new.json");

        var (code, output, error) = CliRunner.Run("log", "convert", older, "--out", converted);

        Assert.True(code == 0, error);
        Assert.Contains("1 publications", output, StringComparison.Ordinal);
        var read = PublicationLogJson.ReadFile(converted);
        Assert.Empty(read.Warnings);
        Assert.Equal(1, read.Value.PublicationCount);
        var before = CliRunner.Run("due", "--as-of", "2024-07-01", "--log", older, "--format", "json");
        var after = CliRunner.Run("due", "--as-of", "2024-07-01", "--log", converted, "--format", "json");
        Assert.Equal(0, after.ExitCode);
        Assert.Equal(before.Output, after.Output);
        var agenda = CliRunner.Run("agenda", "--unit", "office", "--from", "2024-01-01", "--to", "2024-12-31", "--as-of", "2024-07-01", "--publications", converted);
        Assert.True(agenda.ExitCode == 0, agenda.Error);
    }

    [Fact]
    public void Due_FormatLogWithAColumnTheCatalogLacks_InputError()
    {
        var log = Write("log.json", PublicationLogJson.Write(Domain.Scheduling.PublicationLog.Create([new(Domain.Catalog.ColumnId.Parse("no-such-column"), new LocalDate(2024, 5, 6))])));

        var (code, _, error) = CliRunner.Run("due", "--as-of", "2024-07-01", "--log", log);

        Assert.Equal(1, code);
        Assert.Contains("no-such-column", error, StringComparison.Ordinal);
    }

    private static InformationRequest Request() =>
        InformationRequest.Receive(RequestReceived.InPerson(new LocalDate(2025, 9, 25)))
            .Record(new ExtensionApproved(new LocalDate(2025, 10, 20), 10, PersonId.Parse("disclosure-office-head")));

    [Fact]
    public void RequestDeadlineHistory_SameAnswerAsTheOptions()
    {
        var file = Write("r.json", RequestHistory.Of("2025-001", Request()).ToUtf8Json());

        var fromHistory = CliRunner.Run("request", "deadline", "--history", file, "--as-of", "2025-11-03");
        var fromOptions = CliRunner.Run("request", "deadline", "--received", "2025-09-25", "--extension", "10", "--extension-approved", "2025-10-20", "--as-of", "2025-11-03");

        Assert.True(fromHistory.ExitCode == 0, fromHistory.Error);
        Assert.Equal(fromOptions.Output, fromHistory.Output);
        Assert.Contains("extended by 10", fromHistory.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestDeadlineHistory_TamperedEvent_InputErrorNamingTheEvent()
    {
        var node = JsonNode.Parse(RequestHistory.Of("2025-001", Request()).ToUtf8Json())!;
        node["events"]![1]!["workingDays"] = 20;
        var file = Write("r.json", System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));

        var (code, _, error) = CliRunner.Run("request", "deadline", "--history", file, "--as-of", "2025-11-03");

        Assert.Equal(1, code);
        Assert.Contains("HIST001", error, StringComparison.Ordinal);
        Assert.Contains("events[1]", error, StringComparison.Ordinal);
    }

    internal static ReviewCase Case()
    {
        var office = UnitId.Parse("office");
        var author = Reviewer.Create(PersonId.Parse("author"), "作者", UnitId.Parse("social-assistance"), ReviewRole.InformationPublisher);
        var publisher = Reviewer.Create(PersonId.Parse("publisher"), "发布员", office, ReviewRole.InformationPublisher);
        var head = Reviewer.Create(PersonId.Parse("office-head"), "主任", office, ReviewRole.DisclosureOfficeHead);
        var leader = Reviewer.Create(PersonId.Parse("leader"), "分管", office, ReviewRole.LeaderInCharge);
        var t = Instant.FromUtc(2024, 6, 14, 1, 0);
        return ReviewCase.Open("case-1", RulePack.XuanchengCivilAffairs2024.Review)
            .AddInformation("i1", ItemContent.Create("sha-1", DisclosureScope.Public), author, t).Value
            .Submit("i1", author, t + Duration.FromMinutes(1)).Value
            .Approve("i1", 1, 1, publisher, t + Duration.FromMinutes(2)).Value
            .Approve("i1", 2, 1, head, t + Duration.FromMinutes(3)).Value
            .Approve("i1", 3, 1, leader, t + Duration.FromMinutes(4)).Value;
    }

    [Fact]
    public void ReviewReplay_StoredCase_PrintsItemsAndTrail()
    {
        var file = Write("case.json", ReviewCaseHistory.Of(Case()).ToUtf8Json());

        var (code, output, error) = CliRunner.Run("review", "replay", "--history", file);

        Assert.True(code == 0, error);
        Assert.Contains("item:  i1 (Information) Approved v1", output, StringComparison.Ordinal);
        Assert.Contains("5. 2024-06-14T01:04:00Z Approved i1 v1 by leader", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewReplay_ApprovalByTheAuthorRehashed_RefusedWithExitCode2()
    {
        var node = JsonNode.Parse(ReviewCaseHistory.Of(Case()).ToUtf8Json())!;
        node["events"]![3]!["by"]!["id"] = "author";
        var file = Write("case.json", Rehash(node));

        var (code, output, _) = CliRunner.Run("review", "replay", "--history", file);

        Assert.Equal(2, code);
        Assert.StartsWith("refused at event 3:", output, StringComparison.Ordinal);
    }

    private static byte[] Rehash(JsonNode document)
    {
        string? previous = null;
        foreach (var e in document["events"]!.AsArray())
        {
            var o = e!.AsObject();
            o.Remove("hash");
            o.Remove("previous");
            if (previous is not null)
            {
                o["previous"] = previous;
            }

            previous = EvidenceHash.Of(System.Text.Encoding.UTF8.GetBytes(o.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))).Hex;
            o["hash"] = previous;
        }

        document["head"]!["hash"] = previous;
        return System.Text.Encoding.UTF8.GetBytes(document.ToJsonString());
    }
}
