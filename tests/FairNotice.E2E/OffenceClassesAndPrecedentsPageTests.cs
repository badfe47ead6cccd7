using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FairNotice.E2E;

/// <summary>The request page shows each charge's ICCS class to whoever reads the request, and the nearest earlier decisions
/// to the Secretariat only (issue #13, items 2 and 3).</summary>
public sealed class OffenceClassesAndPrecedentsPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<HttpClient> ApiAsAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var login = await BrowserFixture.Authenticator.PresentAsync(email, code => client.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserFixture.Password, twoFactorCode = code }));
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task ReviewPage_ShowsClassesAndTheDemoPrecedent_NcbPageShowsClassesOnly()
    {
        Guid id;
        using (var ru = await ApiAsAsync("ncb.ru@demo.fairnotice"))
        {
            // The same (fictional) person as a demo precedent from the public record, spelt otherwise, under the same provision.
            var created = await ru.PostAsJsonAsync("/api/notices", new
            {
                colour = "Red",
                person = new
                {
                    name = new { familyName = "LAZAREWA", forenames = "Wera" }, sex = "F", dateOfBirth = "1980-03-01", nationalities = new[] { "RU" },
                    identityDocuments = new[] { new { type = "Passport", number = "75 7654321", issuingCountry = "RU" } },
                },
                @case = new
                {
                    summaryOfFacts = "In March 2022 in Moscow the person posted on social media that the army had shelled civilian houses, contradicting the Ministry of Defence.",
                    offenceDate = "2022-03", offencePlace = "Moscow", wantedFor = "Prosecution",
                    charges = new[] { new { description = "Публичное распространение заведомо ложной информации об использовании Вооруженных Сил", law = "ст. 207.3 ч. 2 УК РФ", maximumPenaltyMonths = 120 } },
                    warrant = new { kind = "ArrestWarrant", issuingAuthority = "Basmanny District Court of Moscow", issuedOn = "2022-06-02", reference = "3/207-2022" },
                },
                submit = true,
            });
            created.EnsureSuccessStatusCode();
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "reviewer@demo.fairnotice");
        await reviewer.GotoAsync($"/Notices/{id}");
        Assert.Contains("ICCS 0803", await reviewer.InnerTextAsync("[data-testid=offence-class]"), StringComparison.Ordinal);
        var precedents = await reviewer.InnerTextAsync("[data-testid=precedents]");
        Assert.Contains("PUB-2022-RU-ARMY", precedents, StringComparison.Ordinal);
        Assert.Contains("same person", precedents, StringComparison.Ordinal);
        Assert.Contains("PRECEDENT-REFUSED", await reviewer.InnerTextAsync("[data-testid=assessment]"), StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(reviewer, "review-page-classes-and-precedents");

        // Issue #15 item 1: in Arabic, why a precedent is near — in the table and inside the finding that cites it — is Arabic too.
        await reviewer.GotoAsync((await reviewer.GetAttributeAsync("[data-testid=language-ar]", "href"))!);
        await reviewer.GotoAsync($"/Notices/{id}");
        var why = await reviewer.InnerTextAsync("[data-testid=precedent-why] >> nth=0");
        Assert.Contains("الشخص نفسه", why, StringComparison.Ordinal);
        Assert.DoesNotContain("same person", await reviewer.InnerTextAsync("body"), StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(reviewer, "l10n3-precedents-ar");

        var ncb = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(ncb, "ncb.ru@demo.fairnotice");
        await ncb.GotoAsync($"/Notices/{id}");
        Assert.Contains("ICCS 0803", await ncb.InnerTextAsync("[data-testid=offence-class]"), StringComparison.Ordinal);
        Assert.Equal(0, await ncb.Locator("[data-testid=precedents]").CountAsync());
        var body = await ncb.InnerTextAsync("body");
        Assert.DoesNotContain("PRECEDENT", body, StringComparison.Ordinal);
        Assert.DoesNotContain("PUB-2022-RU-ARMY", body, StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(ncb, "ncb-page-classes-only");
    }
}
