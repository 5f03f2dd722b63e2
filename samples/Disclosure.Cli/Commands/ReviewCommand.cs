using System.CommandLine;
using System.Globalization;
using Disclosure.Domain.Histories;
using Disclosure.Domain.Review;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure review replay --history FILE [--pack …]</c>: reads a review-case history (verifying its evidence chain),
/// runs every command again under the pack's review policy and prints the items and the audit trail, or the first
/// refused command. Exit code 0 when accepted, 2 when a command is refused, 1 for a file that cannot be read or is tampered with.
/// </summary>
internal static class ReviewCommand
{
    internal static Command Create()
    {
        var history = new Option<FileInfo>("--history") { Description = "A review-case history file (review-case-history format 1).", Required = true };
        var replay = new Command("replay", "Replay a stored review case under the review policy and print its items and trail, or the first refused command.") { history };
        replay.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var file = parsed.GetValue(history)!;
            var read = Read(file);
            foreach (var warning in read.Warnings)
            {
                parsed.InvocationConfiguration.Error.WriteLine(warning);
            }

            var result = read.Value.Replay(Cli.SelectedPack(parsed).Review);
            foreach (var problem in result.Problems)
            {
                parsed.InvocationConfiguration.Error.WriteLine(problem);
            }

            if (result.Value is not { } c)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"refused at event {result.RefusedIndex}: {result.Problems[0].GetMessage()}"));
                return RequestCommand.RuleViolation;
            }

            output.WriteLine($"case {c.Id} under {ReviewPolicyVersion.Of(c.Policy)}: {c.Items.Length} item(s), {c.Trail.Length} trail entries, chain head {read.Value.Head}");
            foreach (var item in c.Items)
            {
                output.WriteLine($"item:  {item}");
            }

            foreach (var e in c.Trail)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Sequence,3}. {e.At} {e.Kind} {e.ItemId} v{e.Version} by {e.ActorId}{(e.Note is { } note ? " — " + note : string.Empty)}"));
            }

            return 0;
        }));
        return new Command("review", "Review cases (先审后发, 三级审核): replay a stored history.") { replay };
    }

    private static HistoryRead<ReviewCaseHistory> Read(FileInfo file)
    {
        try
        {
            return ReviewCaseHistory.ReadFile(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--history: cannot read '{file.FullName}': {e.Message}");
        }
    }
}
