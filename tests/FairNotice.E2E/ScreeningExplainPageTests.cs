namespace FairNotice.E2E;

/// <summary>Issue #11: the screening page explains, on request, why a person was not found.</summary>
public sealed class ScreeningExplainPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_AsksWhyNotFound_SeesTheNearestCandidateAndWhyItFellShort()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.de@demo.fairnotice");
        await page.GotoAsync("/Screening");
        await page.FillAsync("[data-testid=screen-name]", "DUPONT Marc Antoine");
        await page.FillAsync("#DateOfBirth", "1968-02-02");
        await page.FillAsync("[data-testid=screen-purpose]", "border check, Frankfurt airport");
        await page.ClickAsync("[data-testid=screen-submit]");
        Assert.Equal(0, await page.Locator("[data-testid=screen-near-misses]").CountAsync());
        Assert.DoesNotContain("DUPONT", await page.InnerTextAsync("[data-testid=screen-hits]"), StringComparison.Ordinal);

        await page.CheckAsync("[data-testid=screen-explain]");
        await page.ClickAsync("[data-testid=screen-submit]");
        var near = await page.InnerTextAsync("[data-testid=screen-near-misses]");
        Assert.Contains("DUPONT Marc Antoine", near, StringComparison.Ordinal);
        Assert.Contains("below 0.90", near, StringComparison.Ordinal);
        Assert.Contains("year(s) apart", near, StringComparison.Ordinal);
        Assert.Equal("DUPONT Marc Antoine", await page.InputValueAsync("[data-testid=screen-name]"));
        await BrowserFixture.ShotAsync(page, "screening-explain");
    }
}
