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
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/Elections/{election}?lang={culture}");

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
