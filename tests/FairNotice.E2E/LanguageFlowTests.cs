using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Issue #15 item 1: each role's main flow in French and in Arabic — headings translated, <c>lang</c> and <c>dir</c>
/// right, and the language chosen once in the header kept from page to page (the culture cookie), without JavaScript.</summary>
public sealed class LanguageFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task ChooseAsync(IPage page, string culture)
    {
        // The switcher is a plain link: follow it as a click would (the server sets the cookie and redirects back).
        var href = await page.GetAttributeAsync($"[data-testid=language-{culture}]", "href");
        await page.GotoAsync(href!);
    }

    private static async Task AssertLanguageAsync(IPage page, string culture, string dir)
    {
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(dir, await page.GetAttributeAsync("html", "dir"));
    }

    [Theory]
    [InlineData("fr", "ltr", "BCN France", "Nouvelle demande de notice", "En cours d'examen", "Mes demandes")]
    [InlineData("ar", "rtl", "المكتب المركزي الوطني في فرنسا", "طلب نشرة جديد", "قيد المراجعة", "طلباتي")]
    public async Task NcbOfficer_FilesARedNotice_InTheChosenLanguage(string culture, string dir, string home, string newTitle, string underReview, string mine)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.fr@demo.fairnotice");
        await ChooseAsync(page, culture);
        await AssertLanguageAsync(page, culture, dir);
        Assert.Contains(home, await page.InnerTextAsync("[data-testid=home-title]"), StringComparison.Ordinal);

        await page.GotoAsync("/Notices/New");
        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(newTitle, await page.InnerTextAsync("h1"));
        await page.FillAsync("#Form_FamilyName", culture == "fr" ? "LEBRUN" : "HADDAD");
        await page.FillAsync("#Form_Forenames", "Karim");
        await page.SelectOptionAsync("#Form_Sex", "M");
        await page.FillAsync("#Form_DateOfBirth", "1979-06-02");
        await page.FillAsync("#Form_Nationalities", "FR");
        await page.FillAsync("#Form_SummaryOfFacts", "On 2 May 2025 in Lyon the person robbed a jeweller at gunpoint and wounded the owner.");
        await page.FillAsync("#Form_OffenceDate", "2025-05-02");
        await page.FillAsync("#Form_OffencePlace", "Lyon, France");
        await page.SelectOptionAsync("#Form_WantedFor", "Prosecution");
        await page.FillAsync("#Form_Charges_0__Description", "Armed robbery");
        await page.FillAsync("#Form_Charges_0__Law", "Code pénal art. 311-8");
        await page.FillAsync("#Form_Charges_0__MaximumPenaltyMonths", "360");
        await page.FillAsync("#Form_WarrantAuthority", "Tribunal judiciaire de Lyon");
        await page.FillAsync("#Form_WarrantDate", "2025-05-20");
        await page.FillAsync("#Form_WarrantReference", "JI-2025-0502");
        await page.ClickAsync("[data-testid=submit]");

        await page.Locator("[data-testid=status]").WaitForAsync();
        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(underReview, await page.InnerTextAsync("[data-testid=status]"));
        await BrowserFixture.ShotAtWidthsAsync(page, $"detail-{culture}");
        await page.GotoAsync("/Notices?scope=mine");
        Assert.Equal(mine, await page.InnerTextAsync("h1"));
    }

    [Theory]
    [InlineData("fr", "ltr", "File d'examen", "En cours d'examen")]
    [InlineData("ar", "rtl", "قائمة المراجعة", "قيد المراجعة")]
    public async Task Reviewer_OpensTheQueue_InTheChosenLanguage(string culture, string dir, string queue, string underReview)
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "reviewer@demo.fairnotice");
        await ChooseAsync(page, culture);

        await page.GotoAsync("/Notices?status=UnderReview");

        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(queue, await page.InnerTextAsync("h1"));
        Assert.Contains(underReview, await page.InnerTextAsync("[data-testid=requests]"), StringComparison.Ordinal);
        Assert.DoesNotContain("UnderReview", await page.InnerTextAsync("[data-testid=requests]"), StringComparison.Ordinal);
        await page.ClickAsync("[data-testid=requests] tbody a");
        await page.Locator("[data-testid=status]").WaitForAsync();
        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(underReview, await page.InnerTextAsync("[data-testid=status]"));
        await BrowserFixture.ShotAtWidthsAsync(page, $"review-{culture}");
    }

    [Theory]
    [InlineData("fr", "ltr", "Saisir la Commission de contrôle des fichiers", "Suivre votre demande à la Commission", "Votre demande a été reçue")]
    [InlineData("ar", "rtl", "تقديم طلب إلى لجنة الرقابة على المحفوظات", "متابعة طلبك إلى اللجنة", "تم استلام طلبك")]
    public async Task Public_FilesARedressRequest_InTheChosenLanguage(string culture, string dir, string title, string followTitle, string received)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Redress");
        await ChooseAsync(page, culture);
        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(title, await page.InnerTextAsync("[data-testid=redress-title]"));

        await page.SelectOptionAsync("[data-testid=redress-type]", "Access");
        await page.FillAsync("[data-testid=redress-family]", "SAIDI");
        await page.FillAsync("[data-testid=redress-forenames]", "Amel");
        await page.FillAsync("[data-testid=redress-email]", "amel.saidi@example.org");
        await page.FillAsync("[data-testid=redress-statement]", "I ask to know whether INTERPOL's files hold data about me.");
        var pdf = Path.Combine(Path.GetTempPath(), $"id-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdf, FairNotice.Web.Features.Redress.DemoRedress.OnePagePdf());
        await page.SetInputFilesAsync("[data-testid=redress-id]", pdf);
        await page.SetInputFilesAsync("[data-testid=redress-signed]", pdf);
        await page.ClickAsync("[data-testid=redress-submit]");
        await page.Locator("[data-testid=receipt]").WaitForAsync();
        File.Delete(pdf);
        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(received, await page.InnerTextAsync("h1"));
        await BrowserFixture.ShotAtWidthsAsync(page, $"redress-receipt-{culture}");

        await page.GotoAsync("/Redress/Status");
        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(followTitle, await page.InnerTextAsync("h1"));
    }

    [Theory]
    [InlineData("fr", "ltr", "Statistiques")]
    [InlineData("ar", "rtl", "الإحصاءات")]
    public async Task Public_Statistics_KeepTheChosenLanguage(string culture, string dir, string statistics)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Redress");
        await ChooseAsync(page, culture);

        await page.ClickAsync($"header nav a[href='/Statistics']");

        await AssertLanguageAsync(page, culture, dir);
        Assert.Equal(statistics, await page.InnerTextAsync("header nav a[href='/Statistics']"));
        Assert.Equal("true", await page.GetAttributeAsync($"[data-testid=language-{culture}]", "aria-current"));
    }
}
