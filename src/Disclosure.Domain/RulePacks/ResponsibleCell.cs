using System.Collections.Frozen;
using System.Collections.Immutable;
using Disclosure.Domain.Diagnostics;
using Disclosure.Domain.Responsibilities;

namespace Disclosure.Domain.RulePacks;

/// <summary>
/// Reads a responsible label (负责科室 / 责任科室 cell) the one way both the rule-pack loader and the table importer do:
/// a rule phrase (各科室, 各相关科室, 相关股室, 谁承办谁更新 …) becomes its typed form; anything else is unit names split at
/// 、，,；;/ and line breaks — never inside parentheses and never at 和 (养老服务和慈善事业促进科 is one unit).
/// </summary>
/// <remarks>
/// 办公室、各科室 is <see cref="Responsibility.AllSections"/>: the office is one of 各科室, named for emphasis (seeds/README.md).
/// Stateless and thread-safe.
/// </remarks>
internal static class ResponsibleCell
{
    /// <summary>The typed forms a whole cell can name, with the labels real tables write them with.</summary>
    internal static ImmutableArray<(string Label, ResponsibilityKind Kind)> Forms { get; } =
    [
        ("各科室", ResponsibilityKind.AllSections),
        ("各股室", ResponsibilityKind.AllSections),
        ("各处室", ResponsibilityKind.AllSections),
        ("各相关科室", ResponsibilityKind.RelevantSections),
        ("相关科室", ResponsibilityKind.RelevantSections),
        ("各相关股室", ResponsibilityKind.RelevantSections),
        ("相关股室", ResponsibilityKind.RelevantSections),
        ("各相关处室", ResponsibilityKind.RelevantSections),
        ("相关处室", ResponsibilityKind.RelevantSections),
        ("谁承办谁更新", ResponsibilityKind.CaseHandler),
        ("谁承办谁公开", ResponsibilityKind.CaseHandler),
        ("各直属机构", ResponsibilityKind.AffiliatedAgencies),
        ("各直属单位", ResponsibilityKind.AffiliatedAgencies),
    ];

    private static readonly FrozenDictionary<string, ResponsibilityKind> ByLabel = Forms.ToFrozenDictionary(f => f.Label, f => f.Kind, StringComparer.Ordinal);

    /// <summary>Gets the labels of the forms, for messages.</summary>
    internal static string Expected { get; } = string.Join(", ", Forms.Select(f => f.Label));

    /// <summary>Reads a cell: a form, or the unit names it lists.</summary>
    /// <param name="cell">The label.</param>
    /// <param name="form">The typed form when the cell names one (alone, or as 办公室、各科室).</param>
    /// <param name="names">The unit names otherwise, in order; empty when the cell names a form.</param>
    /// <returns>Null when the cell reads, otherwise why not (a form mixed with units, an empty cell).</returns>
    internal static LocalizedText? Read(string cell, out ResponsibilityKind? form, out ImmutableArray<string> names)
    {
        form = null;
        names = [];
        var parts = Split(cell);
        if (parts.Count == 0)
        {
            return RulePackTexts.Text("Cell.NoUnit");
        }

        var forms = parts.Where(p => ByLabel.ContainsKey(p)).ToList();
        if (forms.Count == 0)
        {
            names = [.. parts];
            return null;
        }

        var kind = ByLabel[forms[0]];
        var others = parts.Where(p => !ByLabel.ContainsKey(p)).ToList();
        if (forms.Count == 1 && others.Count == 0)
        {
            form = kind;
            return null;
        }

        if (kind == ResponsibilityKind.AllSections && forms.Count == 1 && others.TrueForAll(o => o.EndsWith("办公室", StringComparison.Ordinal)))
        {
            form = kind; // 办公室、各科室: the office is one of the sections
            return null;
        }

        return RulePackTexts.Text("Cell.Mixed", cell, forms.Skip(1).Aggregate((object)forms[0], (all, f) => RulePackTexts.Text("Cell.And", all, f)), others.Count == 0 ? RulePackTexts.Text("Cell.AnotherRule") : string.Join("、", others), Expected);
    }

    /// <summary>Splits a cell at 、，,；;/ and line breaks outside parentheses; parts are trimmed, empty ones dropped.</summary>
    internal static List<string> Split(string cell)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= cell.Length; i++)
        {
            var c = i < cell.Length ? cell[i] : '\n';
            if (c is '(' or '（' or '【' or '〔')
            {
                depth++;
            }
            else if (c is ')' or '）' or '】' or '〕')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if ((depth == 0 || i == cell.Length) && c is '、' or '，' or ',' or '；' or ';' or '/' or '／' or '\n' or '\r')
            {
                var part = cell[start..i].Trim();
                if (part.Length > 0)
                {
                    parts.Add(part);
                }

                start = i + 1;
            }
        }

        return parts;
    }
}
