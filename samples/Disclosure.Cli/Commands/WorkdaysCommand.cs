using System.CommandLine;
using Disclosure.Cli.Output;

namespace Disclosure.Cli.Commands;

/// <summary><c>disclosure workdays add DATE N</c> and <c>disclosure workdays count FROM TO</c>.</summary>
internal static class WorkdaysCommand
{
    internal static Command Create() => new("workdays", CliText.Get("Workdays.Description"))
    {
        Add(),
        Count(),
    };

    private static Command Add()
    {
        var start = new Argument<string>("DATE") { Description = CliText.Get("Workdays.Add.Date") };
        var days = new Argument<string>("N") { Description = CliText.Get("Workdays.Add.N") };
        var format = CliInput.Format("plain", "json");
        var provisional = CliInput.Provisional();
        var command = new Command("add", CliText.Get("Workdays.Add.Description")) { start, days, format, provisional };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var from = CliInput.Date(parsed.GetValue(start), "DATE");
            var text = parsed.GetValue(days);
            var n = int.TryParse(text, out var value)
                ? value
                : System.Numerics.BigInteger.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? throw new CliInputException(CliText.Format("Workdays.TooMany", text))
                    : throw new CliInputException(CliText.Format("Workdays.NotANumber", text));
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
                output.WriteLine(CliText.TableDate(result) + (isProvisional ? CliText.Get("Workdays.ProvisionalSuffix") : string.Empty));
            }

            return 0;
        }));
        return command;
    }

    private static Command Count()
    {
        var from = new Argument<string>("FROM") { Description = CliText.Get("Workdays.Count.From") };
        var to = new Argument<string>("TO") { Description = CliText.Get("Workdays.Count.To") };
        var format = CliInput.Format("plain", "json");
        var provisional = CliInput.Provisional();
        var command = new Command("count", CliText.Get("Workdays.Count.Description")) { from, to, format, provisional };
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
                output.WriteLine(count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (isProvisional ? CliText.Get("Workdays.ProvisionalSuffix") : string.Empty));
            }

            return 0;
        }));
        return command;
    }
}
