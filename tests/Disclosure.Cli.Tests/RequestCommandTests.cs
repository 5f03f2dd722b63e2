using System.Text.Json;

namespace Disclosure.Cli.Tests;

public class RequestCommandTests
{
    [Fact]
    public void Deadline_NationalDay2025_TextSummary()
    {
        // 2025-09-25 + 20 working days across the 10-01..10-08 block = 2025-10-29.
        var (code, output, error) = CliRunner.Run("request", "deadline", "--received", "2025-09-25", "--as-of", "2025-10-09");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("due:       2025-10-29\n", output);
        Assert.Contains("used:      5 of 20 working days; 15 remaining", output);
    }

    [Fact]
    public void Deadline_JsonWithLedger_HasIssueFieldsAndLedgerEntries()
    {
        var (code, output, _) = CliRunner.Run(
            "request", "deadline", "--received", "2025-09-24", "--channel", "online", "--confirmed", "2025-09-25",
            "--consultation", "2025-09-29:2025-10-10", "--consultation", "2025-10-09:2025-10-15:agency",
            "--extension", "3", "--extension-approved", "2025-10-20", "--as-of", "2025-10-20", "--ledger", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2025-09-25", root.GetProperty("receivedOn").GetString());
        Assert.Equal("2025-11-12", root.GetProperty("dueOn").GetString());
        Assert.Equal(6, root.GetProperty("workingDaysUsed").GetInt32());
        Assert.Equal(17, root.GetProperty("workingDaysRemaining").GetInt32());
        Assert.Equal("open", root.GetProperty("status").GetString());
        Assert.False(root.GetProperty("provisional").GetBoolean());
        Assert.Equal(0, root.GetProperty("violations").GetArrayLength());
        var ledger = root.GetProperty("ledger");
        Assert.Equal(49, ledger.GetArrayLength());
        Assert.Equal("paused-consultation", ledger[5].GetProperty("reason").GetString()); // 2025-09-30
        Assert.False(ledger[5].GetProperty("counted").GetBoolean());
        Assert.Equal("extension", ledger[48].GetProperty("reason").GetString());
    }

    [Fact]
    public void Deadline_CorrectionRestart_ClockFromCorrectedApplication()
    {
        var (code, output, _) = CliRunner.Run(
            "request", "deadline", "--received", "2024-02-01", "--correction-requested", "2024-02-05", "--correct-by", "2024-02-29",
            "--correction-received", "2024-02-08", "--as-of", "2024-02-19", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2024-03-13", json.RootElement.GetProperty("dueOn").GetString());
        Assert.Equal("2024-02-08", json.RootElement.GetProperty("clockStartsOn").GetString());
    }

    [Fact]
    public void Deadline_OrdinaryPostConfirmedNextDay_DueFromConfirmationWithAFinding()
    {
        var (code, output, error) = CliRunner.Run(
            "request", "deadline", "--received", "2025-10-09", "--channel", "post", "--confirmed", "2025-10-10", "--as-of", "2025-10-20");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("due:       2025-11-06\n", output);
        Assert.Contains("finding:   ordinary-post-not-confirmed-same-day (第三十一条(二)): ", output);
        Assert.DoesNotContain("violation:", output);
    }

    [Fact]
    public void Deadline_ExtensionApprovedByANonHead_DoesNotCountAndSaysWhy()
    {
        string[] args = ["request", "deadline", "--received", "2025-09-25", "--extension", "10", "--extension-approved", "2025-10-20", "--approver", "zhang.san", "--as-of", "2025-10-20"];

        var (code, output, _) = CliRunner.Run(args);
        var (_, headed, _) = CliRunner.Run([.. args, "--office-head", "zhang.san"]);

        Assert.Equal(0, code);
        Assert.Contains("due:       2025-10-29\n", output);
        Assert.Contains("finding:   extension-approver-not-office-head (第三十三条): ", output);
        Assert.Contains("'zhang.san' is not a head of the disclosure office (heads: disclosure-office-head)", output);
        Assert.Contains("due:       2025-11-12 (extended by 10; originally 2025-10-29)\n", headed);
    }

    [Fact]
    public void Deadline_TextLedger_PrintsTable()
    {
        var (code, output, _) = CliRunner.Run("request", "deadline", "--received", "2024-02-08", "--as-of", "2024-02-08", "--ledger");

        Assert.Equal(0, code);
        Assert.Contains("2024-02-10  Sat  statutoryHoliday   no           1  statutory holiday 春节 (Spring Festival)", output);
        Assert.Contains("2024-03-13  Wed  workday            yes         20", output);
    }

    [Fact]
    public void Deadline_ExtensionOver20_RefusedWithViolationAndExitCode2()
    {
        var (code, output, _) = CliRunner.Run("request", "deadline", "--received", "2025-09-25", "--extension", "25", "--extension-approved", "2025-10-20", "--as-of", "2025-10-21");

        Assert.Equal(2, code);
        Assert.Contains("violation: extension-too-long (第三十三条)", output);
        Assert.Contains("due:       -", output);
    }

    [Fact]
    public void Deadline_ApproverNotAPersonId_FailsSayingWhatWhereAndHow()
    {
        var (code, _, error) = CliRunner.Run("request", "deadline", "--received", "2025-09-25", "--extension", "5", "--extension-approved", "2025-10-20", "--approver", "Office-Head", "--as-of", "2025-10-21");

        Assert.Equal(1, code);
        Assert.Contains("--approver: 'Office-Head' is not a valid person id: it has the upper-case letter 'O'", error, StringComparison.Ordinal);
        Assert.Contains("If 'office-head' is meant, write exactly that.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_IntoUnpublishedYear_FailsWithOneLine()
    {
        var (code, output, error) = CliRunner.Run("request", "deadline", "--received", "2026-12-15", "--as-of", "2026-12-16");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("2027 is not covered", error);
    }

    [Fact]
    public void Deadline_IntoUnpublishedYearWithProvisional_MarksIt()
    {
        var (code, output, _) = CliRunner.Run("request", "deadline", "--received", "2026-12-15", "--as-of", "2026-12-16", "--provisional", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("--consultation", "2025-09-29", "--consultation: '2025-09-29' is not FROM:TO")]
    [InlineData("--as-of", "2025-09-01", "--as-of: 2025-09-01 is before the day of receipt")]
    [InlineData("--correction-received", "2025-09-30", "--correction-received needs --correction-requested")]
    public void Deadline_BadInput_FailsNamingTheOption(string option, string value, string expected)
    {
        var (code, _, error) = CliRunner.Run("request", "deadline", "--received", "2025-09-25", option, value);

        Assert.Equal(1, code);
        Assert.Contains(expected, error);
    }
}
