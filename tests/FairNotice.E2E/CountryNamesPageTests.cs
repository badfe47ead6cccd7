using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #15 (an outsider's walk), in Chromium on a phone: an NCB officer reading Arabic sees countries and NCBs named
/// in Arabic — the home title, the header, the member list and the filing form's select — and nothing overflows sideways.</summary>
public sealed class CountryNamesPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("ar", "المكتب المركزي الوطني في فرنسا", "ألمانيا")]
    [InlineData("en", "NCB France", "Germany")]
    public async Task NcbOfficer_SeesCountryNamesInThePageLanguage_OnAPhone(string culture, string homeTitle, string germany)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.LoginAsync(page, "ncb.fr@demo.fairnotice");
        await page.GotoAsync($"/Language?culture={culture}&returnUrl=%2F");

        Assert.Equal(homeTitle, (await page.InnerTextAsync("[data-testid=home-title]")).Trim());
        Assert.Contains(culture == "ar" ? "فرنسا" : "France", await page.InnerTextAsync("[data-testid=who]"), StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(page, $"names-home-{culture}");

        await page.GotoAsync("/Members");
        Assert.Contains(germany, await page.InnerTextAsync("table"), StringComparison.Ordinal);
        Assert.Null(await Accessibility.OverflowAsync(page));
        await BrowserFixture.ShotAtWidthsAsync(page, $"names-members-{culture}");

        await page.GotoAsync("/Notices/New?kind=Diffusion");
        var options = await page.Locator("#Form_Addressees option").AllInnerTextsAsync();
        Assert.Contains($"{germany} (DE)", options);
        Assert.Null(await Accessibility.OverflowAsync(page));
    }
}
