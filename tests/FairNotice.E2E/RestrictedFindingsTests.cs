using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace FairNotice.E2E;

/// <summary>The pages keep protected status from the requester: its pre-check and its request's detail show what they
/// would show for anyone, while reviewers see the registry finding marked as theirs alone.</summary>
public sealed class RestrictedFindingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
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

    private static object Draft(string family, string forenames) => new
    {
        colour = "Red",
        person = new
        {
            name = new { familyName = family, forenames },
            sex = "M",
            dateOfBirth = "1984-07-02",
            nationalities = new[] { "RU" },
            identityDocuments = new[] { new { type = "Passport", number = "75 1234567", issuingCountry = "RU" } },
        },
        @case = new
        {
            summaryOfFacts = "Between January 2019 and March 2021 in Moscow the person ran a fake investment scheme and took RUB 400 million from 310 savers.",
            offenceDate = "2019-01 to 2021-03",
            offencePlace = "Moscow",
            wantedFor = "Prosecution",
            charges = new[] { new { description = "Large-scale fraud", law = "Criminal Code art. 159(4)", maximumPenaltyMonths = 120 } },
            warrant = new { kind = "ArrestWarrant", issuingAuthority = "Tverskoy District Court of Moscow", issuedOn = "2021-06-02", reference = "3/12-2021" },
        },
    };

    [Fact]
    public async Task PreCheckAndDetail_PersonProtectedAgainstTheRequester_RequesterSeesNothingOfItReviewerSeesIt()
    {
        using (var gb = await ApiAsAsync("supervisor.gb@demo.fairnotice"))
        {
            var recorded = await gb.PostAsJsonAsync("/api/protected-persons", new
            {
                kind = "Refugee", confirmed = true, fearedPersecutionBy = new[] { "RU" },
                person = new { name = new { familyName = "PETROV", forenames = "Ilya Sergeyevich" }, sex = "M", dateOfBirth = "1984-07-02", nationalities = new[] { "RU" } },
            });
            recorded.EnsureSuccessStatusCode();
        }

        Guid id;
        using (var ru = await ApiAsAsync("ncb.ru@demo.fairnotice"))
        {
            var created = await ru.PostAsJsonAsync("/api/notices", Draft("PETROW", "Ilja"));
            created.EnsureSuccessStatusCode();
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var ncb = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(ncb, "ncb.ru@demo.fairnotice");
        await ncb.GotoAsync($"/Notices/{id}");
        await ncb.ClickAsync("[data-testid=precheck]");
        await ncb.Locator("[data-testid=assessment]").WaitForAsync();
        await BrowserFixture.ShotAsync(ncb, "precheck-protected-requester");
        Assert.Equal("No obstacle found", await ncb.InnerTextAsync("[data-testid=recommendation]"));
        var seen = await ncb.ContentAsync();
        Assert.DoesNotContain("ART2-REFUGEE", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Sergeyevich", seen, StringComparison.Ordinal);

        await ncb.ClickAsync("[data-testid=action-Submit]");
        // The pre-check page has a status too: wait for what only the page after the submission shows.
        await ncb.Locator("[data-testid=message], [data-testid=errors]").WaitForAsync();
        Assert.Equal(0, await ncb.Locator("[data-testid=errors]").CountAsync());
        Assert.Equal("Under review", await ncb.InnerTextAsync("[data-testid=status]"));
        Assert.Equal("No obstacle found", await ncb.InnerTextAsync("[data-testid=recommendation]"));
        seen = await ncb.ContentAsync();
        Assert.DoesNotContain("ART2-REFUGEE", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Sergeyevich", seen, StringComparison.Ordinal);

        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "reviewer@demo.fairnotice");
        await reviewer.GotoAsync($"/Notices/{id}");
        await BrowserFixture.ShotAsync(reviewer, "detail-protected-reviewer");
        Assert.Equal("Refusal recommended", await reviewer.InnerTextAsync("[data-testid=recommendation]"));
        var assessment = await reviewer.InnerTextAsync("[data-testid=assessment]");
        Assert.Contains("ART2-REFUGEE", assessment, StringComparison.Ordinal);
        Assert.Contains("PETROV Ilya Sergeyevich", assessment, StringComparison.Ordinal);
        Assert.Contains("Secretariat and Commission only", assessment, StringComparison.Ordinal);
    }
}
