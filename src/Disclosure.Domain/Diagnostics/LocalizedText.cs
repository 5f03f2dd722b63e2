using System.Collections.Immutable;
using System.Globalization;
using System.Resources;

namespace Disclosure.Domain.Diagnostics;

/// <summary>
/// A message for people that is read in their language when it is shown, not when it is made: a resource key of one
/// namespace's texts (for example <c>REVIEW008.Message</c> in <c>Review/ReviewTexts.resx</c>) and its arguments.
/// </summary>
/// <remarks>
/// <para>
/// The one localisation rule of the library: every type that carries a message keeps its <c>Message</c> (or
/// <c>Description</c>) property as the <b>neutral English</b> text — stable whatever the thread's culture, for logs,
/// tests, equality and <c>ToString</c> — and offers <c>GetMessage(CultureInfo? culture = null)</c> (or
/// <c>GetDescription</c>) for people: <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>. Chinese
/// cultures (zh-CN, zh-SG, zh-Hans) read the <c>.zh-Hans.resx</c> satellite, every other culture the English neutral
/// resources.
/// </para>
/// <para>
/// Arguments are rendered in the same language: a nested <see cref="LocalizedText"/> is rendered in it, a
/// <see cref="LocalDate"/> as <c>2024年7月1日</c> in Chinese and <c>2024-07-01</c> in English (the <c>Date.Pattern</c> of
/// <c>Diagnostics/CommonTexts.resx</c>; tables that need width write ISO), a list made by <see cref="List"/> joined
/// with <c>、</c> or <c>, </c>, a <see cref="Period"/> in words (<c>1年6个月</c>, <c>1 year 6 months</c>), numbers with invariant digits; anything else by its <c>ToString</c> (ids and names stay as
/// they are). Resource entries are composite format strings (<c>{0}</c>…); literal braces are doubled.
/// </para>
/// <para>
/// Each namespace keeps its entries in its own resx pair (<c>Review/ReviewTexts.resx</c> + <c>.zh-Hans.resx</c>, …) with
/// a static <see cref="ResourceManager"/>; string lookups only, so trimming and AOT keep them. A test fails if an entry
/// lacks either language or the two languages use different placeholders. Immutable and thread-safe; value equality
/// (same resources, key and arguments).
/// </para>
/// </remarks>
internal sealed class LocalizedText : IEquatable<LocalizedText>
{
    private static readonly ResourceManager CommonResources = new("Disclosure.Domain.Diagnostics.CommonTexts", typeof(LocalizedText).Assembly);

    private readonly ResourceManager _resources;

    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="resources">The namespace's resources.</param>
    /// <param name="key">The entry, a composite format string.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    internal LocalizedText(ResourceManager resources, string key, params ReadOnlySpan<object?> arguments)
    {
        _resources = resources;
        Key = key;
        Arguments = [.. arguments];
    }

    /// <summary>Gets the resource key.</summary>
    internal string Key { get; }

    /// <summary>Gets the arguments.</summary>
    internal ImmutableArray<object?> Arguments { get; }

    /// <summary>Makes a list argument: its items rendered in the message's language and joined with <c>、</c> (Chinese) or <c>, </c>.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The argument.</returns>
    internal static TextList List<T>(IEnumerable<T> items) => new([.. items.Select(i => (object?)i)]);

    /// <summary>
    /// Makes an argument from data that carries its own names in both languages (a festival, a channel): the Chinese name
    /// where the message is read in Chinese, the English one otherwise.
    /// </summary>
    /// <param name="chinese">The Chinese name.</param>
    /// <param name="english">The English name.</param>
    /// <returns>The argument.</returns>
    internal static Names Named(string chinese, string english) => new(chinese, english);

    /// <summary>
    /// Makes a text that data gives itself (a rule pack's description and its English translation) rather than a
    /// resource entry: the main text where it is read in Chinese, the English one otherwise; without an English one, the
    /// main text in every language.
    /// </summary>
    /// <param name="text">The main text, as written (Chinese by the packs' convention).</param>
    /// <param name="english">Its English translation, or <see langword="null"/>.</param>
    /// <returns>The text; its <see cref="ToString"/> is the English one when given.</returns>
    internal static LocalizedText Given(string text, string? english) => new(CommonResources, "Given", Named(text, english ?? text));

    /// <summary>Tells whether <paramref name="culture"/> reads the Chinese resources (zh-CN, zh-SG, zh-Hans).</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns><see langword="true"/> for Chinese.</returns>
    internal static bool ReadsChinese(CultureInfo? culture) => Common("Language", culture ?? CultureInfo.CurrentUICulture) == "zh-Hans";

    /// <summary>Formats a date as people read it in a sentence: <c>2024年7月1日</c> in Chinese, <c>2024-07-01</c> otherwise.</summary>
    /// <param name="date">The date.</param>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The date.</returns>
    internal static string FormatDate(LocalDate date, CultureInfo? culture) =>
        date.ToString(Common("Date.Pattern", culture ?? CultureInfo.CurrentUICulture), CultureInfo.InvariantCulture);

    /// <summary>Renders the message in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The language; <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="MissingManifestResourceException">The resources have no entry <see cref="Key"/> (a test keeps this from shipping).</exception>
    internal string Format(CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var format = _resources.GetString(Key, culture)
            ?? throw new MissingManifestResourceException($"{_resources.BaseName} has no entry '{Key}'.");
        var rendered = new object?[Arguments.Length];
        for (var i = 0; i < rendered.Length; i++)
        {
            rendered[i] = Render(Arguments[i], culture);
        }

        return string.Format(CultureInfo.InvariantCulture, format, rendered);
    }

    /// <summary>Returns the neutral English text.</summary>
    /// <returns>The message in English.</returns>
    public override string ToString() => Format(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null && _resources.BaseName == other._resources.BaseName && Key == other.Key
        && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_resources.BaseName, Key, Arguments.Length);

    /// <summary>An entry of <c>Diagnostics/CommonTexts.resx</c> in the language of <paramref name="culture"/>.</summary>
    internal static string Common(string key, CultureInfo culture) =>
        CommonResources.GetString(key, culture) ?? throw new MissingManifestResourceException($"CommonTexts.resx has no entry '{key}'.");

    private static object? Render(object? argument, CultureInfo culture) => argument switch
    {
        LocalizedText text => text.Format(culture),
        LocalDate date => FormatDate(date, culture),
        TextList list => string.Join(Common("List.Separator", culture), list.Items.Select(i => Render(i, culture))),
        Period period => FormatPeriod(period, culture),
        Names names => ReadsChinese(culture) ? names.Chinese : names.English,
        _ => argument,
    };

    // "1 year 6 months" / "1年6个月"; a period with time units (never valid where a message shows one) stays ISO.
    private static string FormatPeriod(Period period, CultureInfo culture)
    {
        if (period.HasTimeComponent || period.Equals(Period.Zero))
        {
            return period.ToString();
        }

        string? text = null;
        foreach (var (value, unit) in new[] { (period.Years, "Year"), (period.Months, "Month"), (period.Weeks, "Week"), (period.Days, "Day") })
        {
            if (value == 0)
            {
                continue;
            }

            var part = string.Format(CultureInfo.InvariantCulture, Common($"Period.{unit}.{(value == 1 ? "One" : "Other")}", culture), value);
            text = text is null ? part : string.Format(CultureInfo.InvariantCulture, Common("Period.Join", culture), text, part);
        }

        return text!;
    }

    /// <summary>An argument with a name in each language (see <see cref="Named"/>).</summary>
    /// <param name="Chinese">The Chinese name.</param>
    /// <param name="English">The English name.</param>
    internal sealed record Names(string Chinese, string English)
    {
        /// <summary>Returns the English name.</summary>
        /// <returns>The name.</returns>
        public override string ToString() => English;
    }

    /// <summary>A list argument (see <see cref="List"/>); value equality by items.</summary>
    internal sealed class TextList(ImmutableArray<object?> items) : IEquatable<TextList>
    {
        /// <summary>Gets the items.</summary>
        internal ImmutableArray<object?> Items { get; } = items;

        /// <inheritdoc/>
        public bool Equals(TextList? other) => other is not null && Items.SequenceEqual(other.Items);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as TextList);

        /// <inheritdoc/>
        public override int GetHashCode() => Items.Length;

        /// <summary>Returns the items in English, comma-separated.</summary>
        /// <returns>The list.</returns>
        public override string ToString() => string.Join(", ", Items.Select(i => Render(i, CultureInfo.InvariantCulture)));
    }
}
