using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>Second factors in Chromium: a passkey made with the browser's virtual authenticator (DevTools protocol), the
/// authenticator code on the sign-in page, and the forced enrolment of an account without a factor.</summary>
public sealed class MultiFactorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // WebAuthn needs a domain as relying party id, not an IP address: the same server, reached as localhost.
    private string LocalhostUrl => browser.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = LocalhostUrl, JavaScriptEnabled = true });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task Passkey_AddedOnSecurityPage_ThenSignsIn()
    {
        var page = await NewPageAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true, ["hasUserVerification"] = true,
                ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

        const string email = "supervisor.fr@demo.fairnotice";
        await BrowserFixture.LoginAsync(page, email);
        await page.GotoAsync("/Account/Security");
        await page.ClickAsync("#passkeys summary");
        await page.FillAsync("#PasskeyName", "Virtual key");
        await page.FillAsync("#add-passkey-password", BrowserFixture.Password);
        await page.ClickAsync("[data-testid=add-passkey]");
        await page.Locator("[data-testid=done]").WaitForAsync();
        Assert.Contains("Passkey “Virtual key” added.", await page.InnerTextAsync("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Contains("Virtual key", await page.InnerTextAsync("#passkeys table"), StringComparison.Ordinal);
        await ShotAsync(page, "mfa-security");

        await page.ClickAsync("[data-testid=menu-account] > summary"); // signing out is in the header's "Account" menu
        await page.ClickAsync("header form[action='/Account/Logout'] button");
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", BrowserFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-testid=use-passkey]").WaitForAsync();
        await ShotAsync(page, "mfa-step2-passkey");
        await page.ClickAsync("[data-testid=use-passkey]");
        await page.Locator("[data-testid=who]").WaitForAsync();
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = db.Users.Where(u => u.Email == email).Select(u => u.Id).First();
        Assert.True(db.AuditEntries.Any(a => a.ObjectId == id && a.Action == "auth.second-factor.passkey" && a.Outcome == "ok"));
        Assert.True(db.AuditEntries.Any(a => a.ObjectId == id && a.Action == "auth.factor.passkey-added" && a.Outcome == "ok"));
    }

    [Fact]
    public async Task AuthenticatorCode_WrongThenRight_SignsIn()
    {
        var page = await NewPageAsync();
        const string email = "supervisor.br@demo.fairnotice";
        await page.GotoAsync("/Account/Login");
        await ShotAsync(page, "mfa-login-demo");
        Assert.Contains("FAIR NOTI CEDE", await page.InnerTextAsync("[data-testid=demo-key]"), StringComparison.Ordinal);
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", BrowserFixture.Password);
        await page.ClickAsync("button[type=submit]");

        await BrowserFixture.Authenticator.PresentAsync(email, async right =>
        {
            var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            await page.FillAsync("#Code", wrong);
            await page.ClickAsync("form[action*='handler=Code'] button[type=submit]");
            await page.Locator("span.field-error[data-valmsg-for=Code]:has-text('wrong')").WaitForAsync();
            Assert.Equal(wrong, await page.InputValueAsync("#Code"));
            await ShotAsync(page, "mfa-step2-wrong-code");

            await page.FillAsync("#Code", right);
            await page.ClickAsync("form[action*='handler=Code'] button[type=submit]");
            await page.Locator("[data-testid=who]").WaitForAsync();
            return true;
        });
    }

    [Fact]
    public async Task AccountWithoutFactor_EnrolsAnAuthenticator_GetsRecoveryCodes()
    {
        var email = $"enrol.{Guid.NewGuid():N}@example.org";
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "New auditor", Affiliation = Domain.Access.Affiliation.Secretariat };
            Assert.True((await users.CreateAsync(user, BrowserFixture.Password)).Succeeded);
            await users.AddToRoleAsync(user, nameof(Domain.Access.Role.Auditor));
        }

        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", BrowserFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("[data-testid=authenticator-key]").WaitForAsync();
        Assert.Contains("/Account/Enrol", page.Url, StringComparison.Ordinal);
        await ShotAsync(page, "mfa-enrol");

        var key = (await page.InnerTextAsync("[data-testid=authenticator-key]")).Replace(" ", "", StringComparison.Ordinal);
        await BrowserFixture.Authenticator.PresentCurrentAsync(key, async code =>
        {
            await page.FillAsync("#Code", code);
            await page.ClickAsync("form[action*='handler=Authenticator'] button[type=submit]");
            await page.Locator("[data-testid=recovery-codes]").WaitForAsync();
        });
        await ShotAsync(page, "mfa-recovery-codes");
        await page.ClickAsync("[data-testid=continue]");
        await page.Locator("[data-testid=who]").WaitForAsync();
    }

    /// <summary>Screenshots at a desktop (1280 px) and a phone (390 px) width when FAIRNOTICE_SCREENSHOTS names a folder.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("FAIRNOTICE_SCREENSHOTS") is not { Length: > 0 })
        {
            return;
        }

        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await BrowserFixture.ShotAsync(page, $"{name}-{width}");
        }

        await page.SetViewportSizeAsync(1280, 720);
    }
}
