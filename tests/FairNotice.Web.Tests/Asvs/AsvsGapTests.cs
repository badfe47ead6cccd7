using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>ASVS 5.0 level-2 requirements closed after the first mapping (docs/security.md): password hashing cost and
/// rehashing (11.4.2), no refresh token (ADR 0017), sign-out clears the browser (14.3.1), passwords verified exactly (6.2.8),
/// tokens authenticated, typed and expiring (9.1.1, 9.2.1, 9.2.2), charset on every text answer (4.1.1).</summary>
public sealed class AsvsGapTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private static async Task<HttpResponseMessage> LoginAsync(HttpClient anon, object body) => await anon.PostAsJsonAsync("/api/auth/login", body);

    private static int Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]); // Identity v3 format
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }

    [Fact]
    public async Task PasswordHash_MadeWith100000Iterations_RehashedWith210000AtSignIn()
    {
        const string email = "ncb.in@demo.fairnotice";
        var old = new PasswordHasher<AppUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await app.WithDb(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.PasswordHash = old.HashPassword(user, AppFixture.Password);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(100_000, Iterations(await app.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync())));

        using var client = await app.As(email, fresh: true);

        var rehashed = await app.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync());
        Assert.Equal(210_000, Iterations(rehashed));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        using var again = await app.As(email, fresh: true);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public void NewPasswordHash_Uses210000Iterations()
    {
        var hasher = app.Factory.Services.GetRequiredService<IPasswordHasher<AppUser>>();
        Assert.Equal(210_000, Iterations(hasher.HashPassword(new AppUser(), "plum orchard telescope winter")));
    }

    [Fact]
    public async Task Login_Api_AnswersAShortLivedTokenAndNoRefreshToken()
    {
        const string email = "ncb.tr@demo.fairnotice";
        using var anon = app.Anonymous();

        var r = await LoginAsync(anon, new { email, password = AppFixture.Password, twoFactorCode = app.Authenticator.NextCode(email) });

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);
        Assert.False(body.TryGetProperty("refreshToken", out _));
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Login_AuthenticatorCodeOfThePreviousStep_Refused()
    {
        // ASVS 6.5.5: a code lives for its own 30-second step only (ADR 0017); the account has not used that step before.
        const string email = "supervisor.ru@demo.fairnotice";
        using var anon = app.Anonymous();

        var late = await LoginAsync(anon, new { email, password = AppFixture.Password, twoFactorCode = app.Authenticator.CodeAt(-1) });

        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.EndsWith("auth.mfa-failed", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString(), StringComparison.Ordinal);
        var current = await LoginAsync(anon, new { email, password = AppFixture.Password, twoFactorCode = app.Authenticator.NextCode(email) });
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task SignOut_Api_AnswersClearSiteData()
    {
        const string email = "ncb.ru@demo.fairnotice";
        using var client = await app.As(email, fresh: true);

        var r = await client.PostAsync("/api/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", string.Join(", ", r.Headers.GetValues("Clear-Site-Data")));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("upper")]
    [InlineData("trimmed")]
    public async Task Login_PasswordNotExactlyAsSet_Refused(string change)
    {
        const string email = "supervisor.cn@demo.fairnotice";
        var typed = change switch
        {
            " " => AppFixture.Password + " ",
            "upper" => AppFixture.Password.ToUpperInvariant(),
            _ => AppFixture.Password[..^1],
        };
        using var anon = app.Anonymous();

        var r = await LoginAsync(anon, new { email, password = typed, twoFactorCode = app.Authenticator.CodeAt(0) });

        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.EndsWith("auth.failed", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerToken_Altered_Refused()
    {
        using var client = await app.As("ncb.us@demo.fairnotice", fresh: true);
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var altered = token[..^5] + (token[^5] == 'A' ? "BBBBB" : "AAAAA");
        using var forged = app.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", altered);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_PastItsLifetime_Refused()
    {
        using var client = await app.As("ncb.us@demo.fairnotice", fresh: true);
        var issued = app.Clock.Now;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        try
        {
            // appsettings.Testing.json sets Sessions:AccessTokenMinutes to a day (production: 15 minutes).
            app.Clock.Now = issued + TimeSpan.FromMinutes(24 * 60 + 1);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        }
        finally
        {
            app.Clock.Now = issued;
        }
    }

    [Fact]
    public async Task SessionCookieValue_PresentedAsBearerToken_Refused()
    {
        // Cookie tickets and bearer tokens are protected under different purposes: one is never accepted as the other (9.2.2).
        using var browser = Hardening.CookieSession.Client(app, "http://localhost");
        var (cookies, _) = await Hardening.CookieSession.SignInAsync(browser, "ncb.br@demo.fairnotice");
        var session = cookies.Split("; ").Select(c => c.Split('=', 2)).Single(p => p[0] == "fairnotice")[1];
        using var misuse = app.Anonymous();
        misuse.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session);

        Assert.Equal(HttpStatusCode.OK, (await Hardening.CookieSession.SendAsync(browser, HttpMethod.Get, "/api/me", cookies)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await misuse.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task LoginPage_PasswordField_IsMaskedAndOpenToPasswordManagersAndPaste()
    {
        using var anon = app.Anonymous();

        var html = await anon.GetStringAsync("/Account/Login");

        // ASVS 6.2.6, 6.2.7: type=password, autocomplete hints for managers, and nothing that blocks paste.
        Assert.Matches("<input type=\"password\"[^>]*autocomplete=\"current-password\"", html);
        Assert.Matches("autocomplete=\"username\"", html);
        Assert.DoesNotContain("onpaste", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("oncopy", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/", "/Account/TwoFactor")]
    [InlineData("//evil.example/x", "/Account/TwoFactor")]
    [InlineData("/Notices?scope=mine", "/Account/TwoFactor?ReturnUrl=%2FNotices%3Fscope%3Dmine")]
    public async Task SignIn_ReturnUrl_OnlyALocalOneIsKept(string returnUrl, string location)
    {
        // ASVS 3.7.2: the sign-in never sends the browser to another host.
        using var browser = Hardening.CookieSession.Client(app, "http://localhost");
        var form = await browser.GetAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "ncb.gb@demo.fairnotice", ["Password"] = AppFixture.Password,
                ["__RequestVerificationToken"] = Hardening.CookieSession.Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", Hardening.CookieSession.Merge(form));

        var r = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(location, r.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CreateNotice_ServerOwnedFieldsInTheBody_Ignored()
    {
        // ASVS 15.3.3: the request record has no status, country or id; a client that sends them changes nothing.
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        var forgedId = Guid.NewGuid();
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Requests.RedNotice("MASSASSIGN")))!;
        body["id"] = forgedId;
        body["status"] = "Published";
        body["requestingCountry"] = "US";
        body["reviewStatus"] = "Approved";
        body["publishedAt"] = "2026-01-01T00:00:00Z";

        var id = await Requests.CreateAsync(fr, body);

        var notice = await (await fr.GetAsync($"/api/notices/{id}")).Json();
        Assert.NotEqual(forgedId, id);
        Assert.Equal("Draft", notice.GetProperty("status").GetString());
        Assert.Equal("FR", notice.GetProperty("requestingCountry").GetString());
        Assert.Equal(JsonValueKind.Null, notice.GetProperty("publishedAt").ValueKind);
    }

    [Fact]
    public async Task NoticePage_MarkupStoredThroughTheApi_IsRenderedEncoded()
    {
        // ASVS 1.1.2, 1.2.1: text is stored as typed and encoded by Razor when the page is written.
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(Requests.RedNotice("ENCODED")))!;
        var facts = JsonSerializer.Deserialize<Dictionary<string, object?>>(body["case"].GetRawText())!;
        facts["summaryOfFacts"] = "In Lyon the person defrauded savers <script>alert(1)</script> and \"quoted\" <img src=x onerror=alert(2)> of EUR 4.2 million.";
        var request = body.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        request["case"] = facts;
        var id = await Requests.CreateAsync(fr, request);
        Assert.Contains("<script>alert(1)</script>", (await (await fr.GetAsync($"/api/notices/{id}")).Json()).GetProperty("case").GetProperty("summaryOfFacts").GetString(), StringComparison.Ordinal);
        using var browser = Hardening.CookieSession.Client(app, "http://localhost");
        var (cookies, _) = await Hardening.CookieSession.SignInAsync(browser, "ncb.fr@demo.fairnotice");

        var page = await Hardening.CookieSession.SendAsync(browser, HttpMethod.Get, $"/Notices/{id}", cookies);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/members", "application/json")]
    [InlineData("/Account/Login", "text/html")]
    public async Task TextAnswers_NameUtf8(string path, string mediaType)
    {
        using var anon = app.Anonymous();

        var r = await anon.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(mediaType, r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", r.Content.Headers.ContentType?.CharSet);
    }
}
