using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FairNotice.E2E;

/// <summary>Issue #15 item 4 in a browser: a reviewer takes a case from the queue and proposes a refusal; the second
/// reviewer finds it marked "awaiting your confirmation", reads the first decision and reason and confirms them without
/// retyping; the refusal takes effect. Then an administrator gives an account a privileged role and a second one activates it.</summary>
public sealed class CaseWorkQueueTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Reason = "The charges describe the person's political opinions only.";

    [Fact]
    public async Task Queue_TakeProposeThenSecondReviewerConfirms_WithoutRetyping()
    {
        using (var fr = await ApiAsync("ncb.fr@demo.fairnotice"))
        {
            var created = await fr.PostAsJsonAsync("/api/notices", Notice("QUEUEFLOW"));
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var first = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(first, "reviewer@demo.fairnotice");
        await first.GotoAsync("/Notices?status=UnderReview&q=QUEUEFLOW");
        var row = first.Locator("[data-testid=requests] tr:has-text('QUEUEFLOW')");
        Assert.Contains("nobody", await row.Locator("[data-testid=assignee]").InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("[data-testid=take]").ClickAsync();
        Assert.Contains("The case is yours", await first.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
        Assert.Contains("you", await first.Locator("[data-testid=requests] tr:has-text('QUEUEFLOW') [data-testid=assignee]").InnerTextAsync(), StringComparison.Ordinal);

        await first.ClickAsync("[data-testid=requests] tr:has-text('QUEUEFLOW') a");
        await first.SelectOptionAsync("[data-testid=decision]", "Refuse");
        await first.SelectOptionAsync("[data-testid=ground]", "Article3");
        await first.FillAsync("[data-testid=review-reason]", Reason);
        await first.ClickAsync("[data-testid=review-submit]");
        await first.ClickAsync("[data-testid=confirm]");
        Assert.Contains("Your proposal awaits a second reviewer", await first.InnerTextAsync("[data-testid=pending]"), StringComparison.Ordinal);
        Assert.Equal(0, await first.Locator("[data-testid=confirm-pending]").CountAsync());
        var url = first.Url;

        var second = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(second, "reviewer2@demo.fairnotice");
        await second.GotoAsync("/Notices?status=UnderReview&pending=true");
        var mark = await second.Locator("[data-testid=requests] tr:has-text('QUEUEFLOW') [data-testid=four-eyes]").InnerTextAsync();
        Assert.Contains("Awaiting your confirmation", mark, StringComparison.Ordinal);
        Assert.Contains("proposed by Secretariat reviewer", mark, StringComparison.Ordinal);
        Assert.Contains("Secretariat reviewer", await second.Locator("[data-testid=requests] tr:has-text('QUEUEFLOW') [data-testid=assignee]").InnerTextAsync(), StringComparison.Ordinal);

        await second.ClickAsync("[data-testid=requests] tr:has-text('QUEUEFLOW') a");
        Assert.Equal(new Uri(url).AbsolutePath, new Uri(second.Url).AbsolutePath);
        Assert.Equal(Reason, await second.InnerTextAsync("[data-testid=pending-reason]"));
        Assert.Equal("Refuse", await second.InnerTextAsync("[data-testid=pending-decision]"));
        await second.ClickAsync("[data-testid=confirm-pending]");
        var confirmation = await second.InnerTextAsync("[data-testid=confirmation]");
        Assert.Contains("You are about to REFUSE", confirmation, StringComparison.Ordinal);
        Assert.Contains(Reason, confirmation, StringComparison.Ordinal);
        // One confirm button on the confirmation step (the colleague's proposal stays as context, without its own "Confirm:
        // Refuse" beside the step's "Confirm: refuse").
        Assert.Equal(0, await second.Locator("[data-testid=confirm-pending]").CountAsync());
        Assert.Equal(1, await second.Locator("[data-testid=proposal-context]").CountAsync());
        Assert.Equal(1, await second.Locator("button:has-text('Confirm')").CountAsync());
        await second.ClickAsync("[data-testid=confirm]");
        Assert.Equal("Refused", await second.InnerTextAsync("[data-testid=status]"));
        Assert.Contains($"(Constitution Art. 3) — {Reason} — confirmed", await second.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_CreatesAnAccount_GivesItAPrivilegedRole_ASecondAdministratorActivatesIt()
    {
        var admin = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(admin, "admin@demo.fairnotice");
        await admin.GotoAsync("/");
        await admin.ClickAsync("a[href='/Accounts/New']");
        await admin.FillAsync("#Email", "auditor.e2e@secretariat.example.org");
        await admin.FillAsync("#DisplayName", "Audra Auditor");
        await admin.SelectOptionAsync("#Affiliation", "Ncb");
        await admin.SelectOptionAsync("#Country", "CA");
        await admin.CheckAsync("input[name=Roles][value=NcbOfficer]");
        await admin.ClickAsync("[data-testid=create]");
        Assert.Contains("/Account/SetPassword?token=", await admin.InputValueAsync("[data-testid=link]"), StringComparison.Ordinal);
        await admin.ClickAsync("[data-testid=open-account]");
        Assert.Equal("Active", await admin.InnerTextAsync("[data-testid=status]"));

        // The officer moves to the Secretariat as an auditor: a privileged role, so the account waits for a second administrator.
        await admin.SelectOptionAsync("[data-testid=access-affiliation]", "Secretariat");
        await admin.SelectOptionAsync("[data-testid=access-country]", "");
        await admin.UncheckAsync("[data-testid=access-role-NcbOfficer]");
        await admin.CheckAsync("[data-testid=access-role-Auditor]");
        await admin.ClickAsync("[data-testid=change-access]");
        Assert.Contains("another administrator activates it", await admin.InnerTextAsync("[data-testid=message]"), StringComparison.Ordinal);
        Assert.Equal("Awaiting activation", await admin.InnerTextAsync("[data-testid=status]"));
        Assert.Equal("Auditor", await admin.InnerTextAsync("[data-testid=roles]"));
        var account = admin.Url;
        await admin.ClickAsync("[data-testid=enable]");
        Assert.Contains("second administrator", await admin.InnerTextAsync("[data-testid=errors]"), StringComparison.Ordinal);

        var admin2 = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(admin2, "admin2@demo.fairnotice");
        await admin2.GotoAsync("/Accounts?status=PendingActivation");
        await admin2.ClickAsync("[data-testid=accounts] a:has-text('auditor.e2e@secretariat.example.org')");
        Assert.Equal(new Uri(account).AbsolutePath, new Uri(admin2.Url).AbsolutePath);
        await admin2.ClickAsync("[data-testid=enable]");
        Assert.Equal("Active", await admin2.InnerTextAsync("[data-testid=status]"));
    }

    private static object Notice(string family) => new
    {
        colour = "Red",
        person = new
        {
            name = new { familyName = family, forenames = "Marc" },
            sex = "M", dateOfBirth = "1975-03-14", placeOfBirth = "Lyon", countryOfBirth = "FR", nationalities = new[] { "FR" },
            identityDocuments = new[] { new { type = "Passport", number = "12AB34567", issuingCountry = "FR" } },
        },
        @case = new
        {
            summaryOfFacts = "Between January 2019 and March 2021 in Lyon the person ran a fake investment scheme and took EUR 4.2 million from 310 savers.",
            offenceDate = "2019-01 to 2021-03", offencePlace = "Lyon, France", wantedFor = "Prosecution",
            charges = new[] { new { description = "Organised fraud", law = "Code pénal art. 313-2", maximumPenaltyMonths = 120 } },
            warrant = new { kind = "ArrestWarrant", issuingAuthority = "Tribunal judiciaire de Lyon", issuedOn = "2021-06-02", reference = "MA-2021-0457" },
        },
        submit = true,
    };

    private async Task<HttpClient> ApiAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var login = await BrowserFixture.Authenticator.PresentAsync(email, code => client.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserFixture.Password, twoFactorCode = code }));
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
