namespace FairNotice.E2E;

/// <summary>Issue #15 (an outsider's walk): the election page's guide for verifiers is a link; followed on a phone, the guide
/// reads as a page that fits the screen (its commands wrap) and passes axe, in English and inside an Arabic page.</summary>
public sealed class VerifierGuidePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task GuideLink_OpensTheGuide_WhichFitsAPhone_AndPassesAxe(string culture)
    {
        var election = await RoleTour.OpenElectionAsync(browser);
        // With JavaScript, as axe needs it (and as a reader has it).
        var page = await browser.NewPageAsync(javaScript: true);
        await page.SetViewportSizeAsync(390, 844);
        // The language chosen in the header (kept by the cookie from page to page; ?lang= is for one request only).
        await page.GotoAsync($"/Language?culture={culture}&returnUrl=%2FElections%2F{election}");

        await page.ClickAsync("[data-testid=verifier-guide-link]");
        await page.Locator("[data-testid=verifier-guide]").WaitForAsync();

        Assert.EndsWith("/Elections/Verifier", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("en", await page.GetAttributeAsync("[data-testid=verifier-guide]", "lang"));
        Assert.Contains("election verify", await page.InnerTextAsync("[data-testid=verifier-guide]"), StringComparison.Ordinal);
        Assert.Null(await Accessibility.OverflowAsync(page));
        Assert.Empty(await Accessibility.AxeViolationsAsync(page));
        await BrowserFixture.ShotAtWidthsAsync(page, $"verifier-guide-{culture}");
    }
}
