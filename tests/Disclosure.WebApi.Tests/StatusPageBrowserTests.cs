using Microsoft.Playwright;

namespace Disclosure.WebApi.Tests;

/// <summary>Starts Debian's chromium (headless) once for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs chromium (<c>.ci/install</c> puts it there).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

public sealed class StatusPageBrowserTests(KestrelApiFactory factory, BrowserFixture browser) : IClassFixture<KestrelApiFactory>, IClassFixture<BrowserFixture>
{
    private const string OverdueBackground = "rgb(255, 235, 238)";

    [Fact]
    public async Task StatusPage_PickADate_ShowsEachUnitWithOverdueColumnsInRed()
    {
        // A Chinese browser: the board is in Chinese (an English one gets it in English).
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = factory.ServerAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);

        await page.GotoAsync("/");
        // Without a date the board opens on "today" by the app's clock (the fake clock: 2024-07-01 in Shanghai).
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-01']");
        Assert.Equal("2024-07-01", await page.InputValueAsync("#as-of"));

        await page.FillAsync("#as-of", "2024-07-15");
        await page.ClickAsync("#show");
        await page.WaitForSelectorAsync("body[data-loaded='2024-07-15']");

        Assert.Contains("宣城市民政局", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("2024-07-15", await page.InnerTextAsync("#summary"), StringComparison.Ordinal);
        var units = await page.Locator("#units th.unit").AllInnerTextsAsync();
        // One row per unit of the org chart, each with every duty it shares (各科室 columns appear in every section's row).
        Assert.Equal(["办公室", "社会救助科", "社会事务科", "未成年人保护和儿童福利科", "养老服务和慈善事业促进科", "社会组织管理局"], units.Take(6));
        Assert.NotEqual("无逾期", await page.InnerTextAsync("tr[data-unit='社会事务科'] td[data-column='overdue']"));

        // What a person sees in the office's overdue column: red, with the columns that are late.
        var overdue = page.Locator("tr[data-unit='办公室'] td[data-column='overdue']");
        Assert.Equal("overdue", await overdue.GetAttributeAsync("class"));
        Assert.Equal(OverdueBackground, await overdue.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Contains("逾期", await overdue.InnerTextAsync(), StringComparison.Ordinal);

        // The request received online on 2024-05-20 by 社会救助科 is late on 2024-07-15: red in the requests column.
        var requests = page.Locator("tr[data-unit='社会救助科'] td[data-column='requests']");
        Assert.Contains("2024-011", await requests.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(OverdueBackground, await requests.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Fact]
    public async Task StatusPage_UncoveredYear_ShowsTheProblemDetail()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = factory.ServerAddress.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);

        await page.GotoAsync("/?asOf=2031-01-06");
        await page.WaitForSelectorAsync("#error:not([hidden])");

        Assert.Contains("not covered by the calendar", await page.InnerTextAsync("#error"), StringComparison.Ordinal);
    }
}
