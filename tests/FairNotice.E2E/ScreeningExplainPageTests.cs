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

    /// <summary>Issue #15 item 1: the reasons a hit matched and a near miss fell short are in the page's language, the names,
    /// parts and scores isolated; the page is walked at a phone's and a desktop's width in Arabic and in English.</summary>
    [Theory]
    [InlineData("ar", "rtl", "دون العتبة", "أجزاء الاسم: ", "below", "parts: ")]
    [InlineData("en", "ltr", "below 0.90", "parts: ", "دون", "أجزاء")]
    public async Task Officer_ReadsWhyInThePageLanguage_AtBothWidths(string culture, string dir, string fellShort, string parts, string otherShort, string otherParts)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.de@demo.fairnotice");
        await page.GotoAsync("/Screening");
        await page.GotoAsync((await page.GetAttributeAsync($"[data-testid=language-{culture}]", "href"))!);
        Assert.Equal(dir, await page.GetAttributeAsync("html", "dir"));

        // Near misses: the name alike, the date of birth years apart.
        await page.FillAsync("[data-testid=screen-name]", "DUPONT Marc Antoine");
        await page.FillAsync("#DateOfBirth", "1968-02-02");
        await page.FillAsync("[data-testid=screen-purpose]", "border check, Frankfurt airport");
        await page.CheckAsync("[data-testid=screen-explain]");
        await page.ClickAsync("[data-testid=screen-submit]");
        var why = await page.InnerTextAsync("[data-testid=near-why]");
        Assert.Contains(fellShort, why, StringComparison.Ordinal);
        Assert.DoesNotContain(otherShort, why, StringComparison.Ordinal);
        Assert.Contains("0.90", why, StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(page, $"l10n3-screening-near-{culture}");

        // A hit: the name alone.
        await page.FillAsync("#DateOfBirth", "");
        await page.ClickAsync("[data-testid=screen-submit]");
        var hit = await page.InnerTextAsync("[data-testid=screen-why] >> nth=0");
        Assert.Contains("DUPONT Marc Antoine", hit, StringComparison.Ordinal);
        Assert.Contains(parts, hit, StringComparison.Ordinal);
        Assert.DoesNotContain(otherParts, hit, StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(page, $"l10n3-screening-hit-{culture}");
    }

    /// <summary>The audit page's newest signed head in Arabic: the date and time read left to right and stay on one line.</summary>
    [Fact]
    public async Task Auditor_SeesTheSignedHeadsDate_OnOneLine_InArabic()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "auditor@demo.fairnotice");
        await page.GotoAsync("/Audit");
        await page.GotoAsync((await page.GetAttributeAsync("[data-testid=language-ar]", "href"))!);
        await page.GotoAsync("/Audit?verify=true");
        await page.SetViewportSizeAsync(390, 900);
        var date = page.Locator("[data-testid=last-signed] bdi.datum");
        Assert.Equal(1, await date.CountAsync());
        Assert.Equal("ltr", await date.GetAttributeAsync("dir"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$", await date.InnerTextAsync());
        var line = await page.Locator("[data-testid=last-signed] bdi").First.BoundingBoxAsync();
        var box = await date.BoundingBoxAsync();
        // One line: no taller than the entry number's line.
        Assert.True(box!.Height <= line!.Height * 1.2, $"the date wraps: {box.Height} px high, a line is {line.Height} px");
        await BrowserFixture.ShotAtWidthsAsync(page, "l10n3-audit-ar");
    }
}
