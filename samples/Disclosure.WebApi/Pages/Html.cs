using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace Disclosure.WebApi.Pages;

/// <summary>Builds the workbench's small server-rendered pages: every value is HTML-encoded, every form carries the antiforgery token.</summary>
internal sealed class Html(HttpContext context, IAntiforgery antiforgery)
{
    private readonly StringBuilder _body = new();

    /// <summary>Appends an encoded text in an element, with optional attributes (already safe literals) around it.</summary>
    internal Html Element(string tag, string text, string attributes = "")
    {
        _body.Append('<').Append(tag).Append(attributes.Length > 0 ? " " + attributes : "").Append('>')
            .Append(Encode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Appends markup the page composed itself (no user input in it unencoded).</summary>
    internal Html Raw(string markup)
    {
        _body.Append(markup);
        return this;
    }

    /// <summary>Opens a POST form with the antiforgery token.</summary>
    internal Html Form(string action, string id)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        _body.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{Encode(action)}\" id=\"{Encode(id)}\">")
            .Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken!)}\">");
        return this;
    }

    /// <summary>A labelled input; its element id is <paramref name="id"/>, or the name when there is one form on the page.</summary>
    internal Html Input(string name, string label, string type = "text", string value = "", string? id = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<label>{Encode(label)} <input type=\"{type}\" name=\"{Encode(name)}\" id=\"{Encode(id ?? name)}\" value=\"{Encode(value)}\"></label>");
        return this;
    }

    /// <summary>A labelled drop-down of (value, text) options; an empty value is the "none" choice.</summary>
    internal Html Select(string name, string label, IEnumerable<(string Value, string Text)> options, string? id = null)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<label>{Encode(label)} <select name=\"{Encode(name)}\" id=\"{Encode(id ?? name)}\">");
        foreach (var (value, text) in options)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<option value=\"{Encode(value)}\">{Encode(text)}</option>");
        }

        _body.Append("</select></label>");
        return this;
    }

    /// <summary>Gets the scheme and host the request came to, for absolute addresses a calendar app can subscribe to.</summary>
    internal string Origin => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";

    internal static string Encode(string text) => Encoder.Encode(text);

    // Chinese stays readable in the page source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The review case the navigation opens; any other case is at <c>/review/{case}</c>.</summary>
    private const string DefaultCase = "current";

    /// <summary>The whole page.</summary>
    internal IResult Page(string title, int status = StatusCodes.Status200OK) =>
        Results.Content(
            $"<!DOCTYPE html><html lang=\"{(UiLanguage.IsEnglish ? "en" : "zh-Hans")}\"><head><meta charset=\"utf-8\"><title>{Encode(title)} · {PageText.Workbench}</title><link rel=\"stylesheet\" href=\"/status.css\"></head>"
            + $"<body><header><nav><a href=\"/\">{PageText.Board}</a> · <a href=\"/report/freshness\">{PageText.Freshness}</a> · <a href=\"/record\">{PageText.Record}</a> · <a href=\"/users\">{PageText.Users}</a> · <a href=\"/review/{DefaultCase}\">{PageText.Review}</a> · <a href=\"/register\">{PageText.Requests}</a> · <a href=\"/activities\">{PageText.Activities}</a> · <a href=\"/report/annual\">{PageText.AnnualReport}</a> · <a href=\"/feed\">{PageText.Feed}</a>"
            + $" · <a href=\"{Encode(SwitchLanguage())}\" id=\"lang\" lang=\"{(UiLanguage.IsEnglish ? "zh-Hans" : "en")}\">{PageText.OtherLanguage}</a></nav><h1>{Encode(title)}</h1></header><main>{_body}</main></body></html>",
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);

    /// <summary>This page in the other language: the same address and query with <c>lang</c> set (which also sets the cookie).</summary>
    private string SwitchLanguage()
    {
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, UiLanguage.QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .Append(KeyValuePair.Create(UiLanguage.QueryKey, (string?)(UiLanguage.IsEnglish ? UiLanguage.Chinese : UiLanguage.English)));
        return QueryHelpers.AddQueryString((context.Request.PathBase + context.Request.Path).ToString(), query);
    }
}
