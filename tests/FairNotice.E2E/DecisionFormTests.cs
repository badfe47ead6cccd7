using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>
/// The decision forms never fall back to a decision the user did not choose, keep what was typed through a failed post,
/// and run a binding step only after its consequence was shown and confirmed. Each test works on its own demo request.
/// </summary>
public sealed class DecisionFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Reason = "refuse on data quality";

    [Fact]
    public async Task ReviewForm_RefusalWithoutGround_KeepsTheChoice_AndRecordsTheRefusalOnlyOnceConfirmed()
    {
        var first = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(first, "reviewer@demo.fairnotice");
        await OpenFromQueueAsync(first, "HALVORSEN");
        Assert.Equal("", await first.InputValueAsync("[data-testid=decision]"));

        // Nothing chosen: the placeholder fails, naming the field, and changes nothing.
        await first.FillAsync("[data-testid=review-reason]", Reason);
        await first.ClickAsync("[data-testid=review-submit]");
        Assert.Contains("Choose a decision", await first.InnerTextAsync("span[data-valmsg-for='Review.Decision']"), StringComparison.Ordinal);
        Assert.Equal(Reason, await first.InputValueAsync("[data-testid=review-reason]"));

        // The reported sequence: Refuse with a reason and no ground.
        await first.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await first.ClickAsync("[data-testid=review-submit]");
        var groundError = await first.InnerTextAsync("span[data-valmsg-for='Review.Ground']");
        Assert.Contains("Choose the ground", groundError, StringComparison.Ordinal);
        Assert.DoesNotContain("Article2", groundError, StringComparison.Ordinal); // the API's enum names are not the page's words
        // In Arabic the same errors are Arabic (they were English, with the enum names, inside the Arabic page).
        await first.GotoAsync($"/Language?culture=ar&returnUrl={Uri.EscapeDataString(new Uri(first.Url).AbsolutePath)}");
        await first.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await first.FillAsync("[data-testid=review-reason]", "");
        await first.ClickAsync("[data-testid=review-submit]");
        Assert.Equal("اختر سبب القرار.", (await first.InnerTextAsync("span[data-valmsg-for='Review.Ground']")).Trim());
        Assert.Equal("يجب أن يكون لكل قرار سبب مكتوب.", (await first.InnerTextAsync("span[data-valmsg-for='Review.Reason']")).Trim());
        await BrowserFixture.ShotAsync(first, "review-error-ar-390");
        await first.GotoAsync($"/Language?culture=en&returnUrl={Uri.EscapeDataString(new Uri(first.Url).AbsolutePath)}");
        await first.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await first.FillAsync("[data-testid=review-reason]", Reason);
        await first.ClickAsync("[data-testid=review-submit]");
        Assert.Equal("Refuse", await first.InputValueAsync("[data-testid=decision]"));
        Assert.Equal(Reason, await first.InputValueAsync("[data-testid=review-reason]"));
        Assert.Equal("Under review", await first.InnerTextAsync("[data-testid=status]"));
        await BrowserFixture.ShotAtWidthsAsync(first, "review-error");

        await first.SelectOptionAsync("[data-testid=ground]", "DataQuality");
        await first.ClickAsync("[data-testid=review-submit]");
        var confirmation = await first.InnerTextAsync("[data-testid=confirmation]");
        Assert.Contains("You are about to REFUSE", confirmation, StringComparison.Ordinal);
        Assert.Contains("HALVORSEN", confirmation, StringComparison.Ordinal);
        Assert.Contains("on the ground Data quality", confirmation, StringComparison.Ordinal);
        Assert.Contains($"Reason: {Reason}", confirmation, StringComparison.Ordinal);
        Assert.Contains("second reviewer", confirmation, StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(first, "confirm-refusal");
        Assert.Equal("Under review", await first.InnerTextAsync("[data-testid=status]"));
        Assert.Equal(0, await first.Locator("[data-testid=pending]").CountAsync());

        // Going back keeps everything; nothing was recorded meanwhile.
        await first.ClickAsync("[data-testid=change]");
        Assert.Equal("Refuse", await first.InputValueAsync("[data-testid=decision]"));
        Assert.Equal("DataQuality", await first.InputValueAsync("[data-testid=ground]"));
        Assert.Equal(Reason, await first.InputValueAsync("[data-testid=review-reason]"));
        Assert.Equal(0, await first.Locator("[data-testid=pending]").CountAsync());
        Assert.DoesNotContain("Proposed: refuse", await first.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);

        await first.ClickAsync("[data-testid=review-submit]");
        await first.ClickAsync("[data-testid=confirm]");
        Assert.Contains("second reviewer", await first.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
        Assert.Equal("Under review", await first.InnerTextAsync("[data-testid=status]"));
        var proposal = await first.InnerTextAsync("[data-testid=pending]");
        Assert.Contains("Your proposal awaits a second reviewer", proposal, StringComparison.Ordinal);
        Assert.Equal("Refuse", await first.InnerTextAsync("[data-testid=pending-decision]"));
        Assert.Equal("Data quality", await first.InnerTextAsync("[data-testid=pending-ground]"));
        var history = await first.InnerTextAsync("[data-testid=history]");
        Assert.Contains("Proposed: refuse", history, StringComparison.Ordinal); // a label, not the stored action's name
        Assert.DoesNotContain("ProposeRefuse", history, StringComparison.Ordinal);

        // The four-eyes rule: the refusal takes effect when a second reviewer records the same decision, confirmed too.
        var second = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(second, "reviewer2@demo.fairnotice");
        await second.GotoAsync(first.Url);
        await second.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await second.FillAsync("[data-testid=review-reason]", "Agreed: the identity data are not sufficient.");
        await second.ClickAsync("[data-testid=review-submit]");
        Assert.Contains("takes effect at once", await second.InnerTextAsync("[data-testid=confirmation]"), StringComparison.Ordinal);
        Assert.Equal("Under review", await second.InnerTextAsync("[data-testid=status]"));
        await second.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Refused", await second.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("Data quality — refuse on data quality", await second.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal); // the ground's label, not "[DataQuality]"
    }

    [Fact]
    public async Task ReviewForm_TheReportedSequence_NeverPublishes()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "reviewer@demo.fairnotice");
        await OpenFromQueueAsync(page, "OKAFOR");
        var url = page.Url;

        // Exactly what the user did: Refuse with a reason and no ground; then the ground, the reason again, and submit.
        await page.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await page.FillAsync("[data-testid=review-reason]", Reason);
        await page.ClickAsync("[data-testid=review-submit]");
        await page.SelectOptionAsync("[data-testid=ground]", "DataQuality");
        await page.FillAsync("[data-testid=review-reason]", Reason);
        await page.ClickAsync("[data-testid=review-submit]");

        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("You are about to REFUSE", await page.InnerTextAsync("[data-testid=confirmation-headline]"), StringComparison.Ordinal);
        await page.GotoAsync(url);
        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
        Assert.DoesNotContain("Publish", await page.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewForm_PublishWithARefusalReason_IsFlaggedBeforeItRuns()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "reviewer2@demo.fairnotice");
        await OpenFromQueueAsync(page, "OKAFOR");
        await page.SelectOptionAsync("[data-testid=decision]", "Publish");
        await page.FillAsync("[data-testid=review-reason]", Reason);
        await page.ClickAsync("[data-testid=review-submit]");
        Assert.Contains("You are about to FIND COMPLIANT", await page.InnerTextAsync("[data-testid=confirmation-headline]"), StringComparison.Ordinal);
        Assert.Contains("speaks of refusing", await page.InnerTextAsync("[data-testid=confirmation-warning]"), StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(page, "confirm-contradiction");
        await page.ClickAsync("[data-testid=change]");
        Assert.Equal("Publish", await page.InputValueAsync("[data-testid=decision]"));
        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
    }

    [Fact]
    public async Task CommissionForm_KeepsItsChoiceAfterAnError_AndConfirmsNotCompliantBeforeDeleting()
    {
        var ccf = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(ccf, "commission@demo.fairnotice");
        await ccf.GotoAsync("/Commission");
        await ccf.ClickAsync("[data-testid=ccf-requests] tr:has-text('Correction or deletion of my data') a");
        Assert.Equal("Admissible", await ccf.InnerTextAsync("[data-testid=file-status]"));
        Assert.Equal("", await ccf.InputValueAsync("[data-testid=outcome]"));

        await ccf.SelectOptionAsync("[data-testid=outcome]", "NotCompliant");
        await ccf.FillAsync("[data-testid=decision-reasons]", "Political case.");
        await ccf.ClickAsync("[data-testid=decide]");
        Assert.Contains("at least 20 characters", await ccf.InnerTextAsync("span[data-valmsg-for='DecisionReason']"), StringComparison.Ordinal);
        Assert.Equal("NotCompliant", await ccf.InputValueAsync("[data-testid=outcome]"));
        Assert.Equal("Political case.", await ccf.InputValueAsync("[data-testid=decision-reasons]"));
        Assert.Equal("Admissible", await ccf.InnerTextAsync("[data-testid=file-status]"));

        const string reasons = "Political case: the diffusion rests on membership of a group and describes no violent act.";
        await ccf.FillAsync("[data-testid=decision-reasons]", reasons);
        await ccf.ClickAsync("[data-testid=decide]");
        var confirmation = await ccf.InnerTextAsync("[data-testid=confirmation]");
        Assert.Contains("You are about to decide NOT COMPLIANT", confirmation, StringComparison.Ordinal);
        Assert.Contains("deleted at once", confirmation, StringComparison.Ordinal);
        Assert.Contains("purge its national copies", confirmation, StringComparison.Ordinal);
        Assert.Contains(reasons, confirmation, StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(ccf, "confirm-commission");
        Assert.Equal("Admissible", await ccf.InnerTextAsync("[data-testid=file-status]"));

        await ccf.ClickAsync("[data-testid=change]");
        Assert.Equal("NotCompliant", await ccf.InputValueAsync("[data-testid=outcome]"));
        Assert.Equal(reasons, await ccf.InputValueAsync("[data-testid=decision-reasons]"));
        await ccf.ClickAsync("[data-testid=decide]");
        await ccf.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Decided", await ccf.InnerTextAsync("[data-testid=file-status]"));
        // The history says the outcome in words (a message since issue #15), as the status does.
        Assert.Contains("Decision (Not compliant", await ccf.InnerTextAsync("[data-testid=file-history]"), StringComparison.Ordinal);

        var noticeUrl = await ccf.GetAttributeAsync("[data-testid=file-links] a", "href");
        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "reviewer@demo.fairnotice");
        await reviewer.GotoAsync(noticeUrl!);
        Assert.Equal("Cancelled", await reviewer.InnerTextAsync("[data-testid=status]"));
    }

    [Fact]
    public async Task CommissionForm_Inadmissible_StatesThatItClosesTheFile_AndChangesNothingUntilConfirmed()
    {
        var ccf = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(ccf, "commission@demo.fairnotice");
        await ccf.GotoAsync("/Commission");
        await ccf.ClickAsync("[data-testid=ccf-requests] tr:has-text('Access') a");
        Assert.Equal("Received", await ccf.InnerTextAsync("[data-testid=file-status]"));

        await ccf.FillAsync("[data-testid=admissibility-reasons]", "No identity document is attached.");
        await ccf.ClickAsync("[data-testid=inadmissible]");
        var confirmation = await ccf.InnerTextAsync("[data-testid=confirmation]");
        Assert.Contains("INADMISSIBLE", confirmation, StringComparison.Ordinal);
        Assert.Contains("cannot be undone", confirmation, StringComparison.Ordinal);
        Assert.Equal("Received", await ccf.InnerTextAsync("[data-testid=file-status]"));

        await ccf.ClickAsync("[data-testid=change]");
        Assert.Equal("No identity document is attached.", await ccf.InputValueAsync("[data-testid=admissibility-reasons]"));
        Assert.Equal("Received", await ccf.InnerTextAsync("[data-testid=file-status]"));
    }

    [Fact]
    public async Task DraftPage_CheckThenSubmit_SubmitsAndSaysItIsUnderReview()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.fr@demo.fairnotice");
        await DraftAsync(page, "BERTRAND", "On 2 February 2026 in Toulouse the person stabbed a shopkeeper during a robbery and took EUR 12,000.",
            "Armed robbery with violence", "Code pénal art. 311-8");

        await page.ClickAsync("[data-testid=precheck]");
        Assert.Contains("Pre-check (not saved with the request)", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.NotEqual("Refusal recommended", await page.InnerTextAsync("[data-testid=recommendation]"));
        Assert.Equal("Draft", await page.InnerTextAsync("[data-testid=status]"));

        await page.ClickAsync("[data-testid=action-Submit]");
        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("now under Secretariat review", await page.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
        Assert.DoesNotContain("handler=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftPage_SubmissionTheEngineRecommendsRefusing_ShowsTheFindingsAndAsksFirst()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "ncb.tr@demo.fairnotice");
        await DraftAsync(page, "ARSLAN", "The person organised a peaceful demonstration and published articles criticising the government.",
            "Insulting the President", "Turkish Penal Code art. 299");

        await page.ClickAsync("[data-testid=action-Submit]");
        Assert.Contains("You are about to SUBMIT", await page.InnerTextAsync("[data-testid=confirmation]"), StringComparison.Ordinal);
        Assert.Contains("recommends REFUSING", await page.InnerTextAsync("[data-testid=confirmation]"), StringComparison.Ordinal);
        Assert.Equal("Refusal recommended", await page.InnerTextAsync("[data-testid=recommendation]"));
        Assert.Equal("Draft", await page.InnerTextAsync("[data-testid=status]"));
        await BrowserFixture.ShotAtWidthsAsync(page, "confirm-submit");

        await page.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Under review", await page.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("now under Secretariat review", await page.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_StatesItIsFinal_AndRunsOnlyWhenConfirmed()
    {
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "reviewer@demo.fairnotice");
        await page.GotoAsync("/Notices?status=Published");
        await page.ClickAsync("[data-testid=requests] tr:has-text('DUPONT') a");

        // Blank (spaces pass the browser's "required"): the server refuses it next to the field, and keeps the form.
        await page.FillAsync("[data-testid=reason-Cancel]", "   ");
        await page.ClickAsync("[data-testid=action-Cancel]");
        Assert.Contains("Give the reason", await page.InnerTextAsync("span[data-valmsg-for='Act.Reason']"), StringComparison.Ordinal);

        await page.FillAsync("[data-testid=reason-Cancel]", "The judicial authority withdrew the arrest warrant.");
        await page.ClickAsync("[data-testid=action-Cancel]");
        var confirmation = await page.InnerTextAsync("[data-testid=confirmation]");
        Assert.Contains("You are about to CANCEL", confirmation, StringComparison.Ordinal);
        Assert.Contains("cannot be undone", confirmation, StringComparison.Ordinal);
        Assert.Equal("Published", await page.InnerTextAsync("[data-testid=status]"));
        await BrowserFixture.ShotAtWidthsAsync(page, "confirm-cancel");

        await page.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Cancelled", await page.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("withdrew the arrest warrant", await page.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewForm_PublicationOfANoticeTheCommissionBlocked_IsRefusedBeforeConfirmation_AndChangesNothing()
    {
        var officer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(officer, "ncb.de@demo.fairnotice");
        await DraftAsync(officer, "KELLER", "On 3 January 2026 in Munich the person robbed a bank at gunpoint and took EUR 90,000 from the tellers.",
            "Aggravated robbery", "StGB § 250");
        await officer.ClickAsync("[data-testid=action-Submit]");
        Assert.Equal("Under review", await officer.InnerTextAsync("[data-testid=status]"));
        var url = new Uri(officer.Url).AbsolutePath;
        var noticeId = Guid.Parse(url.Split('/')[^1]);

        // The Commission adds it to a pending file and blocks it (Art. 37): no lifecycle action until it decides.
        using var ccf = await ApiAsync("commission@demo.fairnotice");
        var files = await ccf.GetFromJsonAsync<JsonElement>("/api/commission/requests");
        var file = files.EnumerateArray().First(f => f.GetProperty("status").GetString() == "Received").GetProperty("id").GetString();
        var linked = await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/links", new { noticeId });
        Assert.True(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());
        var blocked = await ccf.PostAsJsonAsync($"/api/commission/requests/{file}/provisional-measures", new { noticeId, ground = "ImminentExtradition", reason = "Extradition hearing is set for tomorrow." });
        Assert.True(blocked.IsSuccessStatusCode, await blocked.Content.ReadAsStringAsync());

        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "reviewer@demo.fairnotice");
        await reviewer.GotoAsync(url);
        await reviewer.SelectOptionAsync("[data-testid=decision]", "PublishWithRestrictions");
        await reviewer.SelectOptionAsync("[data-testid=restrictions]", new[] { "GB" });
        await reviewer.FillAsync("[data-testid=review-reason]", "Serious ordinary-law crime; not to circulate to GB.");
        await reviewer.ClickAsync("[data-testid=review-submit]");
        Assert.Contains("blocked", await reviewer.InnerTextAsync("[data-testid=errors]"), StringComparison.Ordinal);
        Assert.Equal(0, await reviewer.Locator("[data-testid=confirmation]").CountAsync());
        Assert.Equal("PublishWithRestrictions", await reviewer.InputValueAsync("[data-testid=decision]"));

        // Nothing of the refused decision was kept: no member excluded, still under review.
        await reviewer.GotoAsync(url);
        Assert.Equal("Under review", await reviewer.InnerTextAsync("[data-testid=status]"));
        Assert.DoesNotContain("Excluded members", await reviewer.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ApiAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var login = await BrowserFixture.Authenticator.PresentAsync(email, code => client.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserFixture.Password, twoFactorCode = code }));
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task OpenFromQueueAsync(IPage page, string familyName)
    {
        await page.GotoAsync("/Notices?status=UnderReview");
        await page.ClickAsync($"[data-testid=requests] tr:has-text('{familyName}') a");
        await page.Locator("[data-testid=status]").WaitForAsync();
    }

    private static async Task DraftAsync(IPage page, string familyName, string facts, string charge, string law)
    {
        await page.GotoAsync("/Notices/New");
        await page.FillAsync("#Form_FamilyName", familyName);
        await page.FillAsync("#Form_Forenames", "Claude");
        await page.SelectOptionAsync("#Form_Sex", "M");
        await page.FillAsync("#Form_DateOfBirth", "1979-05-17");
        await page.FillAsync("#Form_Nationalities", "FR");
        await page.FillAsync("#Form_SummaryOfFacts", facts);
        await page.FillAsync("#Form_OffenceDate", "2026-02-02");
        await page.FillAsync("#Form_OffencePlace", "Toulouse");
        await page.SelectOptionAsync("#Form_WantedFor", "Prosecution");
        await page.FillAsync("#Form_Charges_0__Description", charge);
        await page.FillAsync("#Form_Charges_0__Law", law);
        await page.FillAsync("#Form_Charges_0__MaximumPenaltyMonths", "240");
        await page.FillAsync("#Form_WarrantAuthority", "Investigating judge");
        await page.FillAsync("#Form_WarrantDate", "2026-02-20");
        await page.FillAsync("#Form_WarrantReference", "JI-2026-0042");
        await page.ClickAsync("[data-testid=save-draft]");
        await page.Locator("[data-testid=status]").WaitForAsync();
        Assert.Equal("Draft", await page.InnerTextAsync("[data-testid=status]"));
    }
}
