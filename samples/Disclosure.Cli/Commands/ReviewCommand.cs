using System.CommandLine;
using Disclosure.Cli.Output;
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
        var history = new Option<FileInfo>("--history") { Description = CliText.Get("Review.History"), Required = true };
        var replay = new Command("replay", CliText.Get("Review.Replay.Description")) { history };
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
                output.WriteLine(CliText.Format("History.RefusedAt", result.RefusedIndex, result.Problems[0].GetMessage()));
                return RequestCommand.RuleViolation;
            }

            output.WriteLine(CliText.Format("Review.Case", c.Id, ReviewPolicyVersion.Of(c.Policy), c.Items.Length, c.Trail.Length, read.Value.Head));
            foreach (var item in c.Items)
            {
                output.WriteLine(CliText.Format("Review.Item", item.Id, CliText.Name(nameof(ReviewItemKind), item.Kind), CliText.Name(nameof(ReviewItemStatus), item.Status), item.Version));
            }

            foreach (var e in c.Trail)
            {
                output.WriteLine(CliText.Format("Review.TrailEntry", e.Sequence, e.At, CliText.Name(nameof(ReviewEventKind), e.Kind), e.ItemId, e.Version, e.ActorId, e.Note is { } note ? " — " + note : string.Empty));
            }

            return 0;
        }));
        return new Command("review", CliText.Get("Review.Description")) { replay };
    }

    private static HistoryRead<ReviewCaseHistory> Read(FileInfo file)
    {
        try
        {
            return ReviewCaseHistory.ReadFile(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(CliInput.Prefix("--history") + CliText.Format("Input.CannotRead", file.FullName, e.Message));
        }
    }
}
