using System.CommandLine;
using Disclosure.Cli.Output;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure workdays add DATE N</c> and <c>disclosure workdays count FROM TO</c>.</summary>
internal static class WorkdaysCommand
{
    internal static Command Create() => new("workdays", "Working-day arithmetic on the official calendar (the start day never counts).")
    {
        Add(),
        Count(),
    };

    private static Command Add()
    {
        var start = new Argument<string>("DATE") { Description = "The start day (not counted), yyyy-MM-dd." };
        var days = new Argument<string>("N") { Description = "Working days to add; negative counts backwards." };
        var format = CliInput.Format("plain", "json");
        var provisional = CliInput.Provisional();
        var command = new Command("add", "The N-th working day strictly after DATE (民法典 第201条).") { start, days, format, provisional };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var from = CliInput.Date(parsed.GetValue(start), "DATE");
            var text = parsed.GetValue(days);
            var n = int.TryParse(text, out var value)
                ? value
                : System.Numerics.BigInteger.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? throw new CliInputException($"N: {text} working days is too many to count: the calendar covers 2008–2099 (about 23,000 working days); give a smaller N, for example 20.")
                    : throw new CliInputException($"N: '{text}' is not a whole number of working days (for example 20 or -5).");
            var calendar = Cli.Calendar(parsed, parsed.GetValue(provisional));
            var result = calendar.AddWorkingDays(from, n);
            var isProvisional = calendar.IsProvisional(from, result);
            Cli.WarnNearEndOfCoverage(calendar, result, parsed.InvocationConfiguration.Error);
            if (parsed.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("start", from.ToString("uuuu-MM-dd", null));
                    json.WriteNumber("workingDays", n);
                    json.WriteString("result", result.ToString("uuuu-MM-dd", null));
                    json.WriteBoolean("provisional", isProvisional);
                    json.WriteEndObject();
                });
            }
            else
            {
                output.WriteLine(result.ToString("uuuu-MM-dd", null) + (isProvisional ? " (provisional)" : string.Empty));
            }

            return 0;
        }));
        return command;
    }

    private static Command Count()
    {
        var from = new Argument<string>("FROM") { Description = "Counting starts after this day (yyyy-MM-dd)." };
        var to = new Argument<string>("TO") { Description = "The last day counted (yyyy-MM-dd)." };
        var format = CliInput.Format("plain", "json");
        var provisional = CliInput.Provisional();
        var command = new Command("count", "Working days d with FROM < d ≤ TO.") { from, to, format, provisional };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var a = CliInput.Date(parsed.GetValue(from), "FROM");
            var b = CliInput.Date(parsed.GetValue(to), "TO");
            var calendar = Cli.Calendar(parsed, parsed.GetValue(provisional));
            var count = calendar.CountWorkingDays(a, b);
            var isProvisional = calendar.IsProvisional(a, b);
            Cli.WarnNearEndOfCoverage(calendar, b > a ? b : a, parsed.InvocationConfiguration.Error);
            if (parsed.GetValue(format) == "json")
            {
                JsonOutput.Write(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("from", a.ToString("uuuu-MM-dd", null));
                    json.WriteString("to", b.ToString("uuuu-MM-dd", null));
                    json.WriteNumber("workingDays", count);
                    json.WriteBoolean("provisional", isProvisional);
                    json.WriteEndObject();
                });
            }
            else
            {
                output.WriteLine(count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (isProvisional ? " (provisional)" : string.Empty));
            }

            return 0;
        }));
        return command;
    }
}
