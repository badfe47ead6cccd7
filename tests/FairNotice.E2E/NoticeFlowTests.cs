using Microsoft.Playwright;

namespace FairNotice.E2E;

public sealed class NoticeFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task NcbOfficer_SubmitsRedNotice_SeesItUnderReview()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.fr@demo.fairnotice");
        Assert.Contains("NCB France", await page.InnerTextAsync("[data-testid=home-title]"), StringComparison.Ordinal);

        await BrowserFixture.ShotAsync(page, "home-ncb");
        await page.GotoAsync("/Notices/New");
        await page.FillAsync("#Form_FamilyName", "MARCHETTI");
        await page.FillAsync("#Form_Forenames", "Paolo");
        await page.SelectOptionAsync("#Form_Sex", "M");
        await page.FillAsync("#Form_DateOfBirth", "1981-04-09");
        await page.FillAsync("#Form_Nationalities", "IT, FR");
        await page.FillAsync("#Form_SummaryOfFacts", "On 12 March 2025 in Marseille the person shot and wounded a cash-in-transit guard during a robbery of EUR 800,000.");
        await page.FillAsync("#Form_OffenceDate", "2025-03-12");
        await page.FillAsync("#Form_OffencePlace", "Marseille, France");
        await page.SelectOptionAsync("#Form_WantedFor", "Prosecution");
        await page.FillAsync("#Form_Charges_0__Description", "Armed robbery in an organised gang");
        await page.FillAsync("#Form_Charges_0__Law", "Code pénal art. 311-9");
        await page.FillAsync("#Form_Charges_0__MaximumPenaltyMonths", "360");
        await page.FillAsync("#Form_WarrantAuthority", "Tribunal judiciaire de Marseille, juge d'instruction");
        await page.FillAsync("#Form_WarrantDate", "2025-04-01");
        await page.FillAsync("#Form_WarrantReference", "JI-2025-0311");
        await page.ClickAsync("[data-testid=submit]");

        await page.Locator("[data-testid=status]").WaitForAsync();
        await BrowserFixture.ShotAsync(page, "detail-under-review");
        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
        Assert.Equal(0, await page.Locator("[data-testid=review-status]").CountAsync()); // the badge says it; not twice
        var history = await page.InnerTextAsync("[data-testid=history]");
        Assert.Contains("Submit", history, StringComparison.Ordinal);

        await page.GotoAsync("/Notices?scope=mine");
        Assert.Contains("MARCHETTI", await page.InnerTextAsync("[data-testid=requests]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NcbOfficer_SavesDraftAddsPhotoThenSubmitsFromDetail()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.gb@demo.fairnotice");
        await page.GotoAsync("/Notices/New?kind=Diffusion");
        await page.SelectOptionAsync("#Form_Colour", "Blue");
        await page.FillAsync("#Form_FamilyName", "ABARA");
        await page.SelectOptionAsync("#Form_Addressees", new[] { "FR", "DE" });
        await page.FillAsync("#Form_SummaryOfFacts", "Draft: the person is believed to have left London after the 2026 warehouse robbery.");
        await page.ClickAsync("[data-testid=save-draft]");
        await page.Locator("[data-testid=status]").WaitForAsync();
        Assert.Equal("Draft", await page.InnerTextAsync("[data-testid=status]"));

        var png = Path.Combine(Path.GetTempPath(), $"photo-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(png, Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        await page.SetInputFilesAsync("[data-testid=photo-file]", png);
        await page.ClickAsync("[data-testid=photo-upload]");
        File.Delete(png);
        Assert.Equal("Photo added.", await page.InnerTextAsync("[data-testid=message]"));
        Assert.Equal(1, await page.Locator("[data-testid=photos] img").CountAsync());

        await page.ClickAsync("[data-testid=action-Submit]");
        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("Circulating", await page.InnerTextAsync("[data-testid=review-status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticeForm_IncompleteSubmission_ShowsFieldErrorsAndCreatesNothing()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.de@demo.fairnotice");
        await page.GotoAsync("/Notices?scope=mine");
        var before = await page.Locator("[data-testid=requests] tbody tr").CountAsync();

        await page.GotoAsync("/Notices/New");
        await page.FillAsync("#Form_FamilyName", "INCOMPLETE");
        await page.FillAsync("#Form_DateOfBirth", "14/03/1975");
        await page.ClickAsync("[data-testid=submit]");

        Assert.Contains("/Notices/New", page.Url, StringComparison.Ordinal);
        var dobError = await page.InnerTextAsync("span[data-valmsg-for='Form.DateOfBirth']");
        Assert.Contains("YYYY", dobError, StringComparison.Ordinal);
        Assert.Equal("INCOMPLETE", await page.InputValueAsync("#Form_FamilyName"));

        await page.FillAsync("#Form_DateOfBirth", "1975");
        await page.ClickAsync("[data-testid=submit]");
        await BrowserFixture.ShotAsync(page, "form-errors");
        Assert.Contains("Nothing was saved", await page.InnerTextAsync("[data-testid=error-summary]"), StringComparison.Ordinal);
        Assert.Contains("A Red Notice needs a valid arrest warrant", await page.InnerTextAsync("span[data-valmsg-for='Form.WarrantAuthority']"), StringComparison.Ordinal);
        Assert.Contains("Enter a summary of the facts", await page.InnerTextAsync("span[data-valmsg-for='Form.SummaryOfFacts']"), StringComparison.Ordinal);

        await page.GotoAsync("/Notices?scope=mine");
        Assert.Equal(before, await page.Locator("[data-testid=requests] tbody tr").CountAsync());
    }

    [Fact]
    public async Task Reviewer_PublishesFromQueue_AndAuditorVerifiesTheChain()
    {
        var ncb = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(ncb, "ncb.us@demo.fairnotice");
        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "reviewer@demo.fairnotice");
        await reviewer.GotoAsync("/Notices?status=UnderReview");
        await reviewer.ClickAsync("[data-testid=requests] tr:has-text('HALVORSEN') a");
        Assert.Equal("No obstacle found", await reviewer.InnerTextAsync("[data-testid=recommendation]"));
        await reviewer.SelectOptionAsync("[data-testid=decision]", "Publish");
        await reviewer.FillAsync("[data-testid=review-reason]", "Concrete facts, judicial warrant, serious ordinary-law crime.");
        await reviewer.ClickAsync("[data-testid=review-submit]");
        Assert.Contains("You are about to PUBLISH", await reviewer.InnerTextAsync("[data-testid=confirmation]"), StringComparison.Ordinal);
        await reviewer.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Published", await reviewer.InnerTextAsync("[data-testid=status]"));

        var auditor = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(auditor, "auditor@demo.fairnotice");
        await auditor.GotoAsync("/Audit?verify=true");
        await BrowserFixture.ShotAsync(auditor, "audit");
        Assert.Contains("chain intact", await auditor.InnerTextAsync("[data-testid=verification]"), StringComparison.Ordinal);
        // The trail in words: the action as a sentence and the reviewer by name, not "notice.publish" and an id.
        Assert.Contains("Published the request", await auditor.InnerTextAsync("[data-testid=audit]"), StringComparison.Ordinal);
        Assert.DoesNotContain("notice.publish", await auditor.InnerTextAsync("[data-testid=audit]"), StringComparison.Ordinal);

        // An auditor cannot open notices; an NCB officer cannot open the audit trail.
        var denied = await auditor.GotoAsync("/Notices");
        Assert.Contains("/Account/Denied", auditor.Url, StringComparison.Ordinal);
        await ncb.GotoAsync("/Audit");
        Assert.Contains("/Account/Denied", ncb.Url, StringComparison.Ordinal);
        Assert.NotNull(denied);
    }

    [Fact]
    public async Task Reviewers_RefuseAHeldDiffusionWithFourEyes_SeeingTheCitedFindings()
    {
        var first = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(first, "reviewer@demo.fairnotice");
        await first.GotoAsync("/Notices?status=UnderReview&kind=Diffusion");
        await first.ClickAsync("[data-testid=requests] tr:has-text('KARIMOV') a");
        Assert.Equal("Refusal recommended", await first.InnerTextAsync("[data-testid=recommendation]"));
        var findings = await first.InnerTextAsync("[data-testid=assessment]");
        Assert.Contains("ART3-TERRORISM-MEMBERSHIP", findings, StringComparison.Ordinal);
        Assert.Contains("AGN/53/RES/7", findings, StringComparison.Ordinal);
        Assert.Contains("held", await first.InnerTextAsync("[data-testid=review-status]"), StringComparison.OrdinalIgnoreCase);
        await BrowserFixture.ShotAsync(first, "review");

        await first.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await first.SelectOptionAsync("[data-testid=ground]", "Article3");
        await first.FillAsync("[data-testid=review-reason]", "Membership-only charge; the facts describe no violent act.");
        await first.ClickAsync("[data-testid=review-submit]");
        await first.ClickAsync("[data-testid=confirm]");
        Assert.Contains("second reviewer", await first.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
        Assert.Equal("Under review", await first.InnerTextAsync("[data-testid=status]"));
        var url = first.Url;

        var second = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(second, "reviewer2@demo.fairnotice");
        await second.GotoAsync(url);
        // The second reviewer reads the first one's decision and reason and confirms them without retyping.
        Assert.Contains("Awaiting your confirmation", await second.InnerTextAsync("[data-testid=pending]"), StringComparison.Ordinal);
        Assert.Equal("Membership-only charge; the facts describe no violent act.", await second.InnerTextAsync("[data-testid=pending-reason]"));
        await second.ClickAsync("[data-testid=confirm-pending]");
        Assert.Contains("takes effect at once", await second.InnerTextAsync("[data-testid=confirmation]"), StringComparison.Ordinal);
        await second.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Refused", await second.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("Membership-only charge; the facts describe no violent act. — confirmed", await second.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_RecordsRefugeeInTheRegistry_OthersDoNotSeeIt()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "supervisor.au@demo.fairnotice");
        await page.GotoAsync("/Registry");
        await page.ClickAsync("[data-testid=record]");
        Assert.Contains("family name is required", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        await page.FillAsync("#FamilyName", "DORJEE");
        await page.FillAsync("#Forenames", "Tenzin");
        await page.FillAsync("#DateOfBirth", "1988");
        await page.SelectOptionAsync("#FearedPersecutionBy", new[] { "CN" });
        await page.ClickAsync("[data-testid=record]");
        Assert.Contains("Recorded", await page.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
        Assert.Contains("DORJEE", await page.InnerTextAsync("[data-testid=registry]"), StringComparison.Ordinal);

        var other = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(other, "supervisor.cn@demo.fairnotice");
        await other.GotoAsync("/Registry");
        Assert.DoesNotContain("DORJEE", await other.InnerTextAsync("[data-testid=registry]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_ScreensAPersonInAnotherScriptAndOrder_SeesTheExplainedHit()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.de@demo.fairnotice");
        await page.GotoAsync("/Screening");
        await page.ClickAsync("[data-testid=screen-submit]");
        Assert.Contains("State why", await page.ContentAsync(), StringComparison.Ordinal);
        await page.FillAsync("[data-testid=screen-name]", "Marc-Antoine DUPONT");
        await page.FillAsync("#DateOfBirth", "1975");
        await page.FillAsync("[data-testid=screen-purpose]", "border check, Frankfurt airport");
        await page.ClickAsync("[data-testid=screen-submit]");
        var hits = await page.InnerTextAsync("[data-testid=screen-hits]");
        Assert.Contains("DUPONT Marc Antoine", hits, StringComparison.Ordinal);
        Assert.Contains("same year", hits, StringComparison.Ordinal);
        Assert.Contains("not an arrest warrant", hits, StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "screening");
    }

    [Fact]
    public async Task Anonymous_IsSentToLogin()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Notices");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#Email", "ncb.fr@demo.fairnotice");
        await page.FillAsync("#Password", "not the password");
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("Wrong email or password", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
