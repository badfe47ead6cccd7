using System.Net;
using System.Text.RegularExpressions;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Features.Account;

/// <summary>The sign-in pages with a second factor: forced enrolment for an account without one, the Security page's
/// re-authentication. Browser flows with passkeys are in FairNotice.E2E.</summary>
public sealed partial class MultiFactorPageTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private HttpClient Browser() => app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task FirstSignIn_WithoutFactor_ReachesOnlyEnrolment_ThenSignedInWithRecoveryCodesShownOnce()
    {
        var email = $"first.{Guid.NewGuid():N}@example.org";
        await CreateAccountAsync(email);
        using var browser = Browser();

        var passwordOk = await PostFormAsync(browser, "/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = AppFixture.Password });
        Assert.Equal(HttpStatusCode.Redirect, passwordOk.StatusCode);
        var step2 = await browser.GetAsync(passwordOk.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        Assert.StartsWith("/Account/Enrol", step2.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // Between the password and enrolment the account has no session: pages send it to sign in, the API answers 401.
        var page = await browser.GetAsync("/Notices?scope=mine");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);

        var enrol = await (await browser.GetAsync("/Account/Enrol")).Content.ReadAsStringAsync();
        var key = KeyShown().Match(enrol).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        var sealedKey = Hidden(enrol, "SealedKey");
        Assert.Equal(32, key.Length);
        Assert.Contains("otpauth://totp/FairNotice:", WebUtility.HtmlDecode(enrol), StringComparison.Ordinal);

        // A wrong code: the page says so, keeps what was typed and the same key.
        var wrongCode = ((int.Parse(app.Authenticator.CodeAt(0, key), System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var wrong = await PostFormAsync(browser, "/Account/Enrol", "/Account/Enrol?handler=Authenticator", new() { ["Code"] = wrongCode, ["SealedKey"] = sealedKey }, enrol);
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("does not match this key", wrongHtml, StringComparison.Ordinal);
        Assert.Contains($"value=\"{wrongCode}\"", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(key, KeyShown().Match(wrongHtml).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal));

        var right = await PostFormAsync(browser, "/Account/Enrol", "/Account/Enrol?handler=Authenticator",
            new() { ["Code"] = app.Authenticator.CodeAt(0, key), ["SealedKey"] = Hidden(wrongHtml, "SealedKey") }, wrongHtml);
        var done = await right.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("data-testid=\"recovery-codes\"", done, StringComparison.Ordinal);
        Assert.Equal(RecoveryCodes.Count, RecoveryCode().Count(done));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);

        // The Security page never shows the codes again; it counts them.
        var security = await (await browser.GetAsync("/Account/Security")).Content.ReadAsStringAsync();
        Assert.DoesNotMatch(RecoveryCode(), security);
        Assert.Contains($"data-testid=\"codes-left\">{RecoveryCodes.Count}<", security, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_NewRecoveryCodes_NeedThePassword()
    {
        using var browser = Browser();
        await SignInAsync(browser, "supervisor.ru@demo.fairnotice");
        var security = await (await browser.GetAsync("/Account/Security")).Content.ReadAsStringAsync();

        var refused = await PostFormAsync(browser, "/Account/Security", "/Account/Security?handler=RecoveryCodes", new() { ["Password"] = "not-the-password-1" }, security);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Wrong password.", refusedHtml, StringComparison.Ordinal);
        Assert.DoesNotMatch(RecoveryCode(), refusedHtml);

        var issued = await PostFormAsync(browser, "/Account/Security", "/Account/Security?handler=RecoveryCodes", new() { ["Password"] = AppFixture.Password }, refusedHtml);
        Assert.Equal(RecoveryCodes.Count, RecoveryCode().Count(await issued.Content.ReadAsStringAsync()));
        // The session goes on after the change.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TwoFactorPage_WithoutAVerifiedPassword_SendsToSignIn()
    {
        using var browser = Browser();
        var r = await browser.GetAsync("/Account/TwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/Account/Login", r.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var enrol = await browser.GetAsync("/Account/Enrol");
        Assert.StartsWith("/Account/Login", enrol.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task SignInAsync(HttpClient browser, string email)
    {
        var passwordOk = await PostFormAsync(browser, "/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = AppFixture.Password });
        var step2 = await (await browser.GetAsync(passwordOk.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        var signedIn = await PostFormAsync(browser, "/Account/TwoFactor", "/Account/TwoFactor?handler=Code", new() { ["Code"] = app.Authenticator.NextCode(email) }, step2);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, Dictionary<string, string> fields, string? html = null)
    {
        html ??= await (await browser.GetAsync(formPage)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = Hidden(html, "__RequestVerificationToken");
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{name}\"") is { Success: true } m
            ? (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : throw new InvalidOperationException($"No field {name}."));

    private async Task CreateAccountAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "First sign-in", Affiliation = Domain.Access.Affiliation.Secretariat };
        Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
        await users.AddToRoleAsync(user, nameof(Domain.Access.Role.Auditor));
    }

    [GeneratedRegex("data-testid=\"authenticator-key\">([A-Z2-7 ]+)<")]
    private static partial Regex KeyShown();

    [GeneratedRegex("<code>[A-Z2-9]{4}(-[A-Z2-9]{4}){5}</code>")]
    private static partial Regex RecoveryCode();
}
