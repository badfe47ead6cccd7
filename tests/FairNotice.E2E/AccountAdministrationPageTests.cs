using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>An administrator creates an account and disables it through the pages; its owner sets and changes the password.
/// JavaScript is on so that a blocked inline script would show as a CSP violation; the forms need none.</summary>
public sealed class AccountAdministrationPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task ShotsAsync(IPage page, string name)
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

        await page.SetViewportSizeAsync(1280, 900);
    }

    private static List<string> WatchCsp(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {m.Text}");
            }
        };
        return violations;
    }

    [Fact]
    public async Task Administrator_CreatesAndDisablesAnAccount_OwnerSetsAndChangesThePassword()
    {
        var admin = await browser.NewPageAsync(javaScript: true);
        var violations = WatchCsp(admin);
        await BrowserFixture.LoginAsync(admin, "admin@demo.fairnotice");
        await admin.ClickAsync("header nav a[href='/Accounts']");
        await admin.Locator("[data-testid=accounts]").WaitForAsync();
        await ShotsAsync(admin, "accounts-list");

        await admin.ClickAsync("[data-testid=new-account]");
        await admin.FillAsync("#Email", "officer.e2e@ncb.example.org");
        await admin.FillAsync("#DisplayName", "Officer Efface");
        await admin.SelectOptionAsync("#Affiliation", "Ncb");
        await admin.CheckAsync("input[name=Roles][value=NcbOfficer]");
        await admin.ClickAsync("[data-testid=create]");
        // No country for an NCB account: the form comes back with the message next to the country and what was typed kept.
        Assert.Contains("member country", await admin.Locator("span.field-error[data-valmsg-for=Country]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("officer.e2e@ncb.example.org", await admin.InputValueAsync("#Email"));
        Assert.Equal("Officer Efface", await admin.InputValueAsync("#DisplayName"));
        Assert.True(await admin.IsCheckedAsync("input[name=Roles][value=NcbOfficer]"));
        await ShotsAsync(admin, "account-new-error");

        await admin.SelectOptionAsync("#Country", "BR");
        await admin.ClickAsync("[data-testid=create]");
        var link = await admin.InputValueAsync("[data-testid=link]");
        Assert.Contains("/Account/SetPassword?token=", link, StringComparison.Ordinal);
        await ShotsAsync(admin, "account-created");

        var owner = await browser.NewPageAsync(javaScript: true);
        violations.AddRange(WatchCsp(owner));
        await owner.GotoAsync(link[link.IndexOf("/Account/", StringComparison.Ordinal)..]);
        await ShotsAsync(owner, "set-password");
        await owner.FillAsync("#NewPassword", "1qaz2wsx3edc");
        await owner.FillAsync("#ConfirmPassword", "1qaz2wsx3edc");
        await owner.ClickAsync("[data-testid=set]");
        Assert.Contains("common passwords", await owner.Locator("span.field-error[data-valmsg-for=NewPassword]").InnerTextAsync(), StringComparison.Ordinal);
        await owner.FillAsync("#NewPassword", "harbour lights over granite");
        await owner.FillAsync("#ConfirmPassword", "harbour lights over granite");
        await owner.ClickAsync("[data-testid=set]");
        await owner.Locator("[data-testid=message]").WaitForAsync();

        await owner.GotoAsync("/Account/Login");
        await owner.FillAsync("#Email", "officer.e2e@ncb.example.org");
        await owner.FillAsync("#Password", "harbour lights over granite");
        await owner.ClickAsync("button[type=submit]");
        // A new account has no second factor yet: it must set one up before anything else (ADR 0017).
        await owner.Locator("[data-testid=authenticator-key]").WaitForAsync();
        var key = (await owner.InnerTextAsync("[data-testid=authenticator-key]")).Replace(" ", "", StringComparison.Ordinal);
        await BrowserFixture.Authenticator.PresentCurrentAsync(key, async code =>
        {
            await owner.FillAsync("#Code", code);
            await owner.ClickAsync("form[action*='handler=Authenticator'] button[type=submit]");
            await owner.Locator("[data-testid=recovery-codes]").WaitForAsync();
        });
        await owner.ClickAsync("[data-testid=continue]");
        await owner.Locator("[data-testid=who]").WaitForAsync();
        await owner.ClickAsync("[data-testid=menu-account] > summary"); // the account's links are in the header's "Account" menu
        await owner.ClickAsync(".who a[href='/Account/Password']");
        await owner.FillAsync("#CurrentPassword", "harbour lights over granite");
        await owner.FillAsync("#NewPassword", "granite lights over harbour");
        await owner.FillAsync("#ConfirmPassword", "granite lights over harbour");
        await owner.ClickAsync("[data-testid=change]");
        Assert.Contains("this one stays signed in", await owner.Locator("[data-testid=message]").InnerTextAsync(), StringComparison.Ordinal);
        await ShotsAsync(owner, "password-changed");
        // The session that changed the password goes on.
        await owner.GotoAsync("/");
        await owner.Locator("[data-testid=who]").WaitForAsync();

        await admin.ClickAsync("[data-testid=open-account]");
        Assert.Equal("Active", await admin.Locator("[data-testid=status]").InnerTextAsync());
        await ShotsAsync(admin, "account-detail");
        await admin.ClickAsync("[data-testid=disable]");
        Assert.Equal("Disabled", await admin.Locator("[data-testid=status]").InnerTextAsync());
        await ShotsAsync(admin, "account-disabled");

        // The owner's running session ends at once: the next page asks them to sign in.
        await owner.GotoAsync("/Notices?scope=mine");
        Assert.Contains("/Account/Login", owner.Url, StringComparison.Ordinal);

        await admin.GotoAsync("/Accounts?q=e2e");
        Assert.Contains("Disabled", await admin.Locator("[data-testid=accounts]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
