using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #15 item 3, in Chromium with JavaScript as a reader has it: a form sent back for correction shows the
/// GOV.UK error summary, focused, whose links move focus to their fields; everything typed — and on the public form every
/// document already sent — is still there; in English and in Arabic.</summary>
public sealed class FormErrorSummaryTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en", "ltr", "There is a problem", "Enter a summary of the facts")]
    [InlineData("ar", "rtl", "توجد مشكلة", "أدخل ملخّص الوقائع")]
    public async Task NoticeForm_WithErrors_SummaryFocused_LinksGoToFields_ValuesKept(string culture, string dir, string title, string summaryMessage)
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await BrowserFixture.LoginAsync(page, "ncb.fr@demo.fairnotice");
        await page.GotoAsync($"/Language?culture={culture}&returnUrl=%2FNotices%2FNew");
        await page.FillAsync("#Form_FamilyName", culture == "ar" ? "حداد" : "KEPT");
        await page.FillAsync("#Form_Forenames", "Karim");
        await page.FillAsync("#Form_DateOfBirth", "1975-03-14");
        await page.FillAsync("#Form_Nationalities", "FR");

        await page.ClickAsync("[data-testid=submit]");

        var summary = page.Locator("[data-testid=error-summary]");
        await summary.WaitForAsync();
        Assert.Equal(dir, await page.GetAttributeAsync("html", "dir"));
        Assert.Contains(title, await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith(culture == "ar" ? "خطأ:" : "Error:", await page.TitleAsync(), StringComparison.Ordinal);
        await WaitForFocusAsync(page, "error-summary");
        // The summary of facts' message is a link to that field; following it puts the cursor there.
        await summary.Locator("a[href='#Form_SummaryOfFacts']").ClickAsync();
        await WaitForFocusAsync(page, "Form_SummaryOfFacts");
        Assert.Equal("Form_SummaryOfFacts-error", await page.GetAttributeAsync("#Form_SummaryOfFacts", "aria-describedby"));
        Assert.Equal("true", await page.GetAttributeAsync("#Form_SummaryOfFacts", "aria-invalid"));
        // Messages say what to do, in the page's language; nothing typed is lost.
        Assert.Contains(summaryMessage, await page.InnerTextAsync("#Form_SummaryOfFacts-error"), StringComparison.Ordinal);
        Assert.DoesNotContain("This field is required", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(culture == "ar" ? "حداد" : "KEPT", await page.InputValueAsync("#Form_FamilyName"));
        Assert.Equal("1975-03-14", await page.InputValueAsync("#Form_DateOfBirth"));
        Assert.Equal("FR", await page.InputValueAsync("#Form_Nationalities"));
        await BrowserFixture.ShotAsync(page, $"form-error-summary-{culture}");
    }

    [Theory]
    [InlineData("en", "There is a problem", "passport")]
    [InlineData("ar", "توجد مشكلة", "passport")]
    public async Task RedressForm_WithErrors_KeepsTheDocuments_AndFilesWithoutChoosingThemAgain(string culture, string title, string fileName)
    {
        var page = await browser.NewPageAsync(javaScript: true);
        await page.GotoAsync($"/Redress?lang={culture}");
        await page.FillAsync("[data-testid=redress-forenames]", "Lucía");
        await page.FillAsync("[data-testid=redress-email]", "lucia.navarro@example.org");
        await page.FillAsync("[data-testid=redress-statement]", "Solicito la supresión de los datos que me conciernen: el caso es político.");
        var pdf = Path.Combine(Path.GetTempPath(), $"{fileName}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, FairNotice.Web.Features.Redress.DemoRedress.OnePagePdf());
        await page.SetInputFilesAsync("[data-testid=redress-id]", pdf);
        await page.SetInputFilesAsync("[data-testid=redress-signed]", pdf);

        // The family name is missing.
        await page.ClickAsync("[data-testid=redress-submit]");

        var summary = page.Locator("[data-testid=error-summary]");
        await summary.WaitForAsync();
        Assert.Contains(title, await summary.InnerTextAsync(), StringComparison.Ordinal);
        await WaitForFocusAsync(page, "error-summary");
        await summary.Locator("a[href='#FamilyName']").ClickAsync();
        await WaitForFocusAsync(page, "FamilyName");
        Assert.Equal("lucia.navarro@example.org", await page.InputValueAsync("[data-testid=redress-email]"));
        Assert.Contains(fileName, await page.InnerTextAsync("[data-testid=held-identityDocument]"), StringComparison.Ordinal);
        Assert.Contains(fileName, await page.InnerTextAsync("[data-testid=held-signedStatement]"), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, $"redress-held-{culture}");

        // Corrected without choosing the files again: filed.
        await page.FillAsync("[data-testid=redress-family]", "NAVARRO");
        await page.ClickAsync("[data-testid=redress-submit]");
        await page.Locator("[data-testid=receipt]").WaitForAsync();
        File.Delete(pdf);
    }

    // Focus moves when the page's script runs: wait for it rather than assume it has run (no fixed delay).
    [Theory]
    [InlineData("en", "ltr", "Enter the request number", "Enter the private follow-up code")]
    [InlineData("ar", "rtl", "أدخل رقم الطلب", "أدخل رمز المتابعة السري")]
    public async Task FollowUpForm_Empty_SaysWhichFieldIsMissing_AndKeepsTheCodeTyped(string culture, string dir, string number, string code)
    {
        // An outsider sent the follow-up form empty and read "No request matches".
        var page = await browser.NewPageAsync(javaScript: true);
        await page.GotoAsync($"/Redress/Status?lang={culture}");
        await page.ClickAsync("[data-testid=status-submit]");

        var summary = page.Locator("[data-testid=error-summary]");
        await summary.WaitForAsync();
        Assert.Equal(dir, await page.GetAttributeAsync("html", "dir"));
        await WaitForFocusAsync(page, "error-summary");
        Assert.Contains(number, await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(code, await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("No request matches", await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(page, $"follow-up-empty-{culture}");

        // Only the code typed: the page asks for the number, its link puts the cursor there, and the code is still in its field.
        await page.FillAsync("[data-testid=status-code]", "ABCD-EFGH-2345");
        await page.ClickAsync("[data-testid=status-submit]");
        await summary.WaitForAsync();
        Assert.DoesNotContain(code, await summary.InnerTextAsync(), StringComparison.Ordinal);
        await summary.Locator("a[href='#Number']").ClickAsync();
        await WaitForFocusAsync(page, "Number");
        Assert.Equal("ABCD-EFGH-2345", await page.InputValueAsync("[data-testid=status-code]"));
        Assert.Null(await Accessibility.OverflowAsync(page));
        await BrowserFixture.ShotAtWidthsAsync(page, $"follow-up-code-only-{culture}");
    }

    private static async Task WaitForFocusAsync(IPage page, string idOrTestId) =>
        await page.WaitForFunctionAsync(
            "key => document.activeElement && (document.activeElement.id === key || document.activeElement.dataset.testid === key)", idOrTestId,
            new PageWaitForFunctionOptions { Timeout = 5000 });
}
