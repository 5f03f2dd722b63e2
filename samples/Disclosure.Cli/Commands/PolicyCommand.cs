using System.CommandLine;
using System.Globalization;
using Disclosure.Cli.Output;
using Disclosure.Domain.Review;
using Disclosure.Domain.RulePacks;

namespace Disclosure.Cli.Commands;

/// <summary>
/// <c>disclosure policy [--format table|json|mermaid]</c>: the rules of the embedded review policy (or the one
/// given to <see cref="Create"/>) with their descriptions, for sign-off; or its state diagram. The title, descriptions and
/// the diagram's labels are in the run's language (<c>--lang</c>); JSON keeps the neutral English title and descriptions.
/// </summary>
internal static class PolicyCommand
{
    /// <summary>Creates the <c>policy</c> command.</summary>
    /// <param name="policy">The policy to list; <see langword="null"/> for <see cref="RulePack.XuanchengCivilAffairs2024.Review"/>.</param>
    internal static Command Create(ReviewPolicy? policy = null)
    {
        var format = CliInput.Format("table", "json", "mermaid");
        var command = new Command("policy", CliText.Get("Policy.Description"))
        {
            format,
        };
        command.SetAction(parsed => Cli.Guarded(parsed, output =>
        {
            var selected = policy ?? Cli.SelectedPack(parsed).Review;
            switch (parsed.GetValue(format))
            {
                case "json":
                    WriteJson(output, selected);
                    break;
                case "mermaid":
                    output.Write(selected.ToMermaid(CultureInfo.CurrentUICulture));
                    break;
                default:
                    WriteTable(output, selected);
                    break;
            }

            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Writes one JSON object: <c>name</c>, <c>title</c> (neutral English), <c>source</c>, <c>levels</c> (<c>number</c>, <c>name</c>, <c>role</c>,
    /// <c>roleName</c>), <c>confidentialityReviewer</c>, <c>publisher</c>, <c>cleanupInterval</c> (ISO period) and
    /// <c>rules</c> (<c>id</c>, <c>description</c>, <c>codes</c>).
    /// </summary>
    internal static void WriteJson(TextWriter output, ReviewPolicy policy) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("name", policy.Name);
            json.WriteString("title", policy.Title);
            if (policy.Source is null)
            {
                json.WriteNull("source");
            }
            else
            {
                json.WriteString("source", policy.Source);
            }

            json.WriteStartArray("levels");
            foreach (var level in policy.Levels)
            {
                json.WriteStartObject();
                json.WriteNumber("number", level.Number);
                json.WriteString("name", level.Name);
                json.WriteString("role", level.Role.Id);
                json.WriteString("roleName", level.Role.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("confidentialityReviewer", policy.ConfidentialityReviewer.Id);
            json.WriteString("publisher", policy.Publisher.Id);
            json.WriteString("cleanupInterval", policy.CleanupInterval.ToString());
            json.WriteStartArray("rules");
            foreach (var rule in policy.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("description", rule.Description);
                json.WriteStartArray("codes");
                foreach (var code in rule.Codes)
                {
                    json.WriteStringValue(code);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>Writes a title line (the policy's title in the run's language, and its source), then one row per rule: number, id, violation codes and description.</summary>
    internal static void WriteTable(TextWriter output, ReviewPolicy policy)
    {
        output.WriteLine(policy.Source is null ? policy.GetTitle() : $"{policy.GetTitle()} — {policy.Source}");
        var table = new TextTable("#", CliText.Get("Policy.Header.Rule"), CliText.Get("Policy.Header.Codes"), CliText.Get("Policy.Header.Description"));
        var i = 0;
        foreach (var rule in policy.Rules)
        {
            table.Add((++i).ToString(CultureInfo.InvariantCulture), rule.Id, string.Join(",", rule.Codes), rule.GetDescription());
        }

        table.Write(output);
    }
}
