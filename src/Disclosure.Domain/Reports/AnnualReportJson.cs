using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Domain.Diagnostics;

namespace Disclosure.Domain.Reports;

/// <summary>The JSON form of <see cref="AnnualReport"/> (format <c>disclosure-annual-report/1</c>).</summary>
internal static class AnnualReportJson
{
    internal const string Format = "disclosure-annual-report/1";

    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Write(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("year", report.Year);
            json.WriteString("layout", report.Layout == AnnualReportLayout.Format2021 ? "2021" : "2019");
            json.WriteString("agency", report.Agency);
            json.WriteString("title", report.Title);
            json.WriteStartObject("prose");
            json.WriteString("overview", report.Prose.Overview);
            json.WriteString("problems", report.Prose.Problems);
            json.WriteString("other", report.Prose.Other);
            json.WriteEndObject();
            json.WriteStartObject("tables");
            foreach (var table in ReportTable.All)
            {
                json.WriteStartObject(table.Id);
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject(row.Id);
                    foreach (var column in row.Columns)
                    {
                        if (report[row, column] is { } value)
                        {
                            json.WriteNumber(column.Id, value);
                        }
                        else
                        {
                            json.WriteNull(column.Id);
                        }
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    internal static AnnualReportReading Read(string text, string? source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<Problem>();
        var cellProblems = ImmutableArray.CreateBuilder<Problem>();
        Problem Bad(string path, LocalizedText message) =>
            Problem.Error(AnnualReportProblemCodes.InvalidInput, new ProblemLocation("$", -1, null, path) { Path = "$." + path }, message);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new AnnualReportException(ReportTexts.Text("Report.Invalid"), [Bad("", ReportTexts.Text("Input.NotJson", e.Message))]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new AnnualReportException(ReportTexts.Text("Report.Invalid"), [Bad("", ReportTexts.Text("Json.NotObject"))]);
            }

            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                errors.Add(Bad("format", ReportTexts.Text("Json.Format", Format)));
            }

            var year = root.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out var yv) && yv >= 2008 ? yv : 0;
            if (year == 0)
            {
                errors.Add(Bad("year", ReportTexts.Text("Json.Year")));
            }

            var layout = AnnualReportLayout.Format2021;
            if (root.TryGetProperty("layout", out var l))
            {
                switch (l.ValueKind == JsonValueKind.String ? l.GetString() : null)
                {
                    case "2021": break;
                    case "2019": layout = AnnualReportLayout.Format2019; break;
                    default: errors.Add(Bad("layout", ReportTexts.Text("Json.Layout"))); break;
                }
            }

            string? Text(JsonElement parent, string name) => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var agency = Text(root, "agency");
            var prose = root.TryGetProperty("prose", out var p)
                ? new ReportProse(Text(p, "overview"), Text(p, "problems"), Text(p, "other"))
                : ReportProse.None;

            var cells = new List<ReportCell>();
            if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Object)
            {
                errors.Add(Bad("tables", ReportTexts.Text("Json.Tables")));
            }
            else
            {
                foreach (var t in tables.EnumerateObject())
                {
                    var table = ReportTable.All.FirstOrDefault(x => x.Id == t.Name);
                    if (table is null || t.Value.ValueKind != JsonValueKind.Object)
                    {
                        errors.Add(Bad($"tables.{t.Name}", ReportTexts.Text("Json.UnknownTable", string.Join(", ", ReportTable.All.Select(x => x.Id)))));
                        continue;
                    }

                    foreach (var r in t.Value.EnumerateObject())
                    {
                        var row = table.FindRow(r.Name);
                        if (row is null || r.Value.ValueKind != JsonValueKind.Object)
                        {
                            errors.Add(Bad($"tables.{t.Name}.{r.Name}", ReportTexts.Text("Json.UnknownRow", table.Heading, string.Join(", ", table.Rows.Select(x => x.Id)))));
                            continue;
                        }

                        foreach (var c in r.Value.EnumerateObject())
                        {
                            var column = row.Columns.FirstOrDefault(x => x.Id == c.Name);
                            if (column is null)
                            {
                                errors.Add(Bad($"tables.{t.Name}.{r.Name}.{c.Name}", ReportTexts.Text("Json.UnknownColumn", row.FullLabel, c.Name, string.Join(", ", row.Columns.Select(x => x.Id)))));
                                continue;
                            }

                            decimal? value = null;
                            if (c.Value.ValueKind == JsonValueKind.Number && c.Value.TryGetDecimal(out var number))
                            {
                                value = number;
                            }
                            else if (c.Value.ValueKind == JsonValueKind.String && ParseNumber(c.Value.GetString()) is { } parsed)
                            {
                                value = parsed;
                            }
                            else if (!(c.Value.ValueKind == JsonValueKind.Null || (c.Value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(c.Value.GetString()))))
                            {
                                cellProblems.Add(NotANumber(row, column, c.Value.ToString(), source));
                            }

                            cells.Add(new ReportCell(row, column, value));
                        }
                    }
                }
            }

            if (errors.Count > 0)
            {
                throw new AnnualReportException(ReportTexts.Text("Report.Invalid"), errors);
            }

            return new AnnualReportReading(AnnualReport.Create(year, cells, prose, agency, layout), cellProblems.ToImmutable());
        }
    }

    /// <summary>Reads a cell's text as a number: digits with an optional point, no sign, no unit; thousands separators allowed.</summary>
    internal static decimal? ParseNumber(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        return trimmed.Length > 0 && (char.IsAsciiDigit(trimmed[0]) || trimmed[0] == '-')
            && decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The finding for a cell whose text is not a number.</summary>
    internal static Problem NotANumber(ReportRow row, ReportColumn column, string text, string? source)
    {
        var table = AnnualReport.TableOf(row);
        return Problem.Error(AnnualReportProblemCodes.NotANumber, new ProblemLocation(table.Id, -1, row.Id, column.Id),
            ReportTexts.Text("Json.NotANumber", table.Heading, row.FullLabel, column.FullLabel, text));
    }
}
