using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Domain.Elections;

namespace FairNotice.E2E;

public sealed class ElectionBoothTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private async Task<HttpClient> ApiAsync(string email)
    {
        var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var login = await BrowserFixture.Authenticator.PresentAsync(email, code => client.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserFixture.Password, twoFactorCode = code }));
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Delegation_CastsABallotEncryptedInTheBrowser_FindsItOnTheBoard_AndTheRecordVerifies()
    {
        using var officer = await ApiAsync("elections@demo.fairnotice");
        using var br = await ApiAsync("supervisor.br@demo.fairnotice");
        using var au = await ApiAsync("supervisor.au@demo.fairnotice");
        var id = $"e2e-{Guid.NewGuid():N}"[..16];
        var deadline = browser.Clock.GetUtcNow().AddMinutes(1);
        var created = await officer.PostAsJsonAsync("/api/elections", new { id, title = "Executive Committee (browser test)", candidacyDeadline = deadline, seats = new[] { new { post = "President" } } });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        foreach (var (sup, person) in new[] { (br, "Ana Lima"), (au, "Kate Moore") })
        {
            var proposed = await sup.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person, post = "President" });
            Assert.True(proposed.IsSuccessStatusCode, await proposed.Content.ReadAsStringAsync());
        }

        // Past the deadline on the server's clock, not by waiting.
        browser.Clock.Advance(deadline - browser.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));

        await officer.PostAsync($"/api/elections/{id}/candidacies/validate", null);
        var guardians = KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, ElectionVerifier.CeremonyContext(id));
        Assert.True((await officer.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), Json)).IsSuccessStatusCode);
        // The credential authority (apart from the server) makes one signing credential per delegation; the officer publishes the list.
        var (credentials, credentialSecrets) = CredentialAuthority.Generate(id, FairNotice.Domain.Members.MemberCatalogue.All.Select(m => m.Iso2));
        var published = await officer.PostAsJsonAsync($"/api/elections/{id}/credentials", credentials, Json);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var opened = await officer.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());

        // The delegation votes in the booth; its browser encrypts and proves the choice (JavaScript on for this page).
        var page = await browser.NewPageAsync(javaScript: true);
        var console = new List<string>();
        page.Console += (_, m) => console.Add(m.Text);
        page.PageError += (_, e) => console.Add(e);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                console.Add($"{r.Status} {r.Url}");
            }
        };
        await BrowserFixture.LoginAsync(page, "ncb.fr@demo.fairnotice");
        await page.GotoAsync($"/Elections/{id}");
        await page.ClickAsync("[data-testid=vote-link]");
        // The booth names the contest by its post and ballot number, never by its raw id ("president-1/ballot-1").
        var title = await page.InnerTextAsync("[data-testid=booth-title]");
        Assert.Contains("President, ballot 1", title, StringComparison.Ordinal);
        Assert.DoesNotContain("/ballot-", title, StringComparison.Ordinal);
        // Nothing is chosen for the delegation, not even the blank ballot: casting without a choice is refused in the page.
        Assert.False(await page.IsCheckedAsync("[data-testid=choice-blank]"));
        await page.ClickAsync("[data-testid=cast]");
        await page.Locator("#booth-error:has-text('Choose a candidate, or the blank ballot.')").WaitForAsync();
        Assert.False(await page.Locator("[data-testid=cast-confirm]").IsVisibleAsync());
        // First the delegation audits the booth: it challenges an encryption of Kate Moore, which the server opens.
        await page.CheckAsync("label:has-text('Kate Moore') input");
        await page.ClickAsync("[data-testid=challenge]");
        await VisibleAsync(page, "[data-testid=challenge-result]", console);
        Assert.Contains("Kate Moore (AU)", await page.InnerTextAsync("[data-testid=challenge-result]"), StringComparison.Ordinal);
        await page.CheckAsync("label:has-text('Ana Lima') input");
        // A credential that is not France's is caught in the page, before anything is sent and before the question is asked;
        // a mistyped secret is told apart from a missing one.
        await page.FillAsync("[data-testid=credential-text]", credentialSecrets.Single(c => c.Member == "DE").ToPrintable());
        await page.ClickAsync("[data-testid=cast]");
        await page.Locator("#booth-error:has-text('not FR')").WaitForAsync();
        Assert.False(await page.Locator("[data-testid=cast-confirm]").IsVisibleAsync());
        await page.FillAsync("[data-testid=credential-text]", "secret: dead beef");
        await page.ClickAsync("[data-testid=cast]");
        await page.Locator("#booth-error:has-text('not valid')").WaitForAsync();
        // France types back the lines of its printed credential; the booth signs the ballot with it.
        await page.FillAsync("[data-testid=credential-text]", credentialSecrets.Single(c => c.Member == "FR").ToPrintable());
        await page.ClickAsync("[data-testid=cast]");
        // Casting asks first, in the page, and says what follows; nothing is sent before the delegation confirms.
        await VisibleAsync(page, "[data-testid=cast-confirm]", console);
        Assert.Contains("You are about to CAST your ballot for Ana Lima (Brazil)", await page.InnerTextAsync("[data-testid=cast-confirm]"), StringComparison.Ordinal);
        Assert.Contains("until this ballot closes", await page.InnerTextAsync("[data-testid=cast-confirm]"), StringComparison.Ordinal);
        await BrowserFixture.ShotAtWidthsAsync(page, "booth-confirm");
        Assert.False(await page.Locator("[data-testid=tracking-code]").IsVisibleAsync());
        await page.ClickAsync("[data-testid=cast-confirm-yes]");
        await VisibleAsync(page, "[data-testid=tracking-code]", console);

        await BrowserFixture.ShotAsync(page, "booth-receipt");
        var code = await page.InnerTextAsync("[data-testid=tracking-code]");
        Assert.Matches("^[0-9a-f]{64}$", code);
        Assert.EndsWith($"/Elections/{id}/Board/1?Code={code}", await page.GetAttributeAsync("[data-testid=receipt-board]", "href"), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=receipt-copy]").IsVisibleAsync());

        await page.GotoAsync($"/Elections/{id}/Board/1?Code={code}");
        Assert.Contains("entry 1, cast by FR", await page.InnerTextAsync("[data-testid=lookup-result]"), StringComparison.Ordinal);
        Assert.Contains("Kate Moore", await page.InnerTextAsync("[data-testid=challenged]"), StringComparison.Ordinal);
        await page.GotoAsync($"/Elections/{id}/Vote/1");
        Assert.Contains(code, await page.InnerTextAsync("[data-testid=already-voted]"), StringComparison.Ordinal);

        // In Arabic, the booth's title and its own errors are Arabic too (booth.js reads them from the page, not its code).
        await page.GotoAsync($"/Elections/{id}/Vote/1?lang=ar");
        Assert.Contains("الرئيس", await page.InnerTextAsync("[data-testid=booth-title]"), StringComparison.Ordinal);
        await page.Locator("form#booth[data-ready=true]").WaitForAsync();
        await page.ClickAsync("[data-testid=cast]");
        await page.Locator("#booth-error:has-text('اختر مرشحًا، أو الورقة البيضاء')").WaitForAsync();
        await page.CheckAsync("label:has-text('Ana Lima') input");
        await page.FillAsync("[data-testid=credential-text]", credentialSecrets.Single(c => c.Member == "DE").ToPrintable());
        await page.ClickAsync("[data-testid=cast]");
        await page.Locator("#booth-error:has-text('ليست الخاصة بـ FR')").WaitForAsync();
        Assert.DoesNotContain("credential", await page.InnerTextAsync("#booth-error"), StringComparison.OrdinalIgnoreCase);
        await page.FillAsync("[data-testid=credential-text]", "");
        await page.ClickAsync("[data-testid=cast]");
        await page.Locator("#booth-error:has-text('اختر ملف بيانات اعتماد وفدك')").WaitForAsync();

        // Close; three guardians decrypt the totals on their side and post the shares.
        Assert.True((await officer.PostAsync($"/api/elections/{id}/rounds/1/close", null)).IsSuccessStatusCode);
        using var anon = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var sums = await anon.GetFromJsonAsync<JsonElement>($"/api/elections/{id}/rounds/1/sums");
        var publics = guardians.Select(g => g.Public).ToList();
        foreach (var secret in guardians.Take(3).Select(g => g.ExportSecret()))
        {
            var shares = sums.GetProperty("sums").EnumerateArray()
                .Select(l => secret.Decrypt(Group.Point(l.GetProperty("sum").GetProperty("alpha").GetString()!), publics, l.GetProperty("context").GetString()!)).ToList();
            var posted = await officer.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", new { guardians = new[] { new { guardian = secret.Index, shares } } }, Json);
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }

        await page.GotoAsync($"/Elections/{id}");
        await BrowserFixture.ShotAsync(page, "election-result");
        Assert.Contains("Ana Lima (Brazil) 1", await page.InnerTextAsync("[data-testid=rounds]"), StringComparison.Ordinal);
        // The ballots table names each ballot as the booth does, not by its contest id.
        Assert.Contains("President, ballot 1", await page.InnerTextAsync("[data-testid=rounds]"), StringComparison.Ordinal);
        Assert.DoesNotContain("/ballot-", await page.InnerTextAsync("[data-testid=rounds]"), StringComparison.Ordinal);
        Assert.Contains("Ana Lima", await page.InnerTextAsync("[data-testid=elected]"), StringComparison.Ordinal);

        // What the browser produced verifies with the independent verifier.
        var record = ElectionRecord.Parse(await anon.GetStringAsync($"/api/elections/{id}/record"));
        Assert.All(ElectionVerifier.Verify(record, ElectionRules.Default), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
        Assert.Single(record.Rounds[0].Challenged!);
    }

    // Proofs are computed in the page: give it the default 30 s, and say what the booth reported if it never shows.
    private static async Task VisibleAsync(Microsoft.Playwright.IPage page, string selector, List<string> console)
    {
        try
        {
            await page.Locator(selector).WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 30000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{selector} never showed. Booth says: '{await page.InnerTextAsync("#booth-error")}'. Console: {string.Join(" | ", console)}");
        }
    }
}
