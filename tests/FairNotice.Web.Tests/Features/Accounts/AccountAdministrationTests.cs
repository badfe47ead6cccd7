using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Accounts;

/// <summary>Accounts made through the administration API, for the tests that need an account of their own.</summary>
internal static class Accounts
{
    public const string StrongPassword = "plum orchard telescope winter";

    public static object Ncb(string email, string country = "DE", string role = "NcbOfficer") =>
        new { email, displayName = "Test officer", affiliation = "Ncb", country, roles = new[] { role } };

    public static string Token(string link) => Uri.UnescapeDataString(link.Split("token=", 2)[1]);

    /// <summary>Creates an account as admin@ and returns its id and set-password link.</summary>
    public static async Task<(string Id, string Link)> CreateAsync(AppFixture app, object body)
    {
        using var admin = await app.As("admin@demo.fairnotice");
        var r = await admin.PostAsJsonAsync("/api/accounts", body);
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        var json = await r.Json();
        return (json.GetProperty("account").GetProperty("id").GetString()!, json.GetProperty("link").GetString()!);
    }

    public static async Task<HttpResponseMessage> SetPasswordAsync(AppFixture app, string link, string password = StrongPassword)
    {
        using var anon = app.Anonymous();
        return await anon.PostAsJsonAsync("/api/account/set-password", new { token = Token(link), newPassword = password });
    }

    /// <summary>An NCB account with its password set; returns its id and email.</summary>
    public static async Task<(string Id, string Email)> ReadyAsync(AppFixture app, string country = "DE")
    {
        var email = $"t{Guid.NewGuid():N}"[..12] + "@ncb.example.org";
        var (id, link) = await CreateAsync(app, Ncb(email, country));
        Assert.Equal(HttpStatusCode.NoContent, (await SetPasswordAsync(app, link)).StatusCode);
        return (id, email);
    }

    public static async Task<HttpResponseMessage> LoginAsync(AppFixture app, string email, string password = StrongPassword)
    {
        // Every account signs in with a second factor (ADR 0017): a created account is given the demo authenticator.
        // Enrolling changes the security stamp (ending the account's sessions): only once.
        var normalised = email.ToUpperInvariant();
        if (!await app.WithDb(db => db.Users.AnyAsync(u => u.NormalizedEmail == normalised && u.TwoFactorEnabled)))
        {
            await app.EnrolDemoAuthenticatorAsync(email);
        }

        using var anon = app.Anonymous();
        return await anon.PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode = app.Authenticator.NextCode(email) });
    }

    public static async Task<HttpClient> BearerAsync(AppFixture app, string email, string password = StrongPassword)
    {
        var r = await LoginAsync(app, email, password);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await r.Json()).GetProperty("accessToken").GetString());
        return client;
    }

    public static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var e) ? [.. e.EnumerateArray().Select(x => x.GetString()!)] : [];
}

/// <summary>Account administration through the API (issue #12, ASVS V6/V7): who may, what is validated, what ends sessions, what is audited.</summary>
public abstract class AccountAdministrationTests(AppFixture app)
{
    private const string Admin = "admin@demo.fairnotice";

    [Fact]
    public async Task List_AsAdministrator_IsPagedAndSearchable()
    {
        using var admin = await app.As(Admin);
        var first = await (await admin.GetAsync("/api/accounts")).Json();
        Assert.Equal(25, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt32() >= 27); // the demo's 27 accounts and any a test made
        var second = await (await admin.GetAsync("/api/accounts?page=2")).Json();
        var page1 = first.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("email").GetString()).ToList();
        Assert.DoesNotContain(second.GetProperty("items").EnumerateArray().First().GetProperty("email").GetString(), page1);

        var found = await (await admin.GetAsync("/api/accounts?q=REVIEWER")).Json();
        var emails = found.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("email").GetString()).ToList();
        Assert.Contains("reviewer@demo.fairnotice", emails);
        Assert.Contains("reviewer2@demo.fairnotice", emails);
        Assert.All(found.GetProperty("items").EnumerateArray(), a =>
        {
            Assert.DoesNotContain("hash", a.GetRawText(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("stamp", a.GetRawText(), StringComparison.OrdinalIgnoreCase);
        });

        var bad = await admin.GetAsync("/api/accounts?page=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty(Accounts.Errors(await bad.Json(), "page"));
    }

    [Fact]
    public async Task Pages_SecondPage_Listed_AndAPostWithoutAntiforgeryChangesNothing()
    {
        using var admin = await app.As(Admin);
        var second = await admin.GetAsync("/Accounts?p=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("page 2 of", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (id, email) = await Accounts.ReadyAsync(app);
        var forged = await admin.PostAsync($"/Accounts/Detail/{id}?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email)).StatusCode);
    }

    [Theory]
    [InlineData("reviewer@demo.fairnotice")]
    [InlineData("supervisor.fr@demo.fairnotice")]
    [InlineData("auditor@demo.fairnotice")]
    public async Task EveryAction_NotAnAdministrator_Forbidden(string caller)
    {
        using var client = await app.As(caller);
        var target = await app.WithDb(db => db.Users.Where(u => u.Email == "ncb.de@demo.fairnotice").Select(u => u.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/accounts", Accounts.Ncb("x@example.org", "FR"))).StatusCode);
        foreach (var action in new[] { "disable", "enable", "password-reset", "second-factors/reset" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/accounts/{target}/{action}", null)).StatusCode);
        }

        Assert.Null(await app.WithDb(db => db.Users.FirstOrDefaultAsync(u => u.Email == "x@example.org")));
    }

    [Fact]
    public async Task EveryAction_Anonymous_Unauthorized()
    {
        using var anon = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/api/accounts", Accounts.Ncb("y@example.org"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsync("/api/accounts/some-id/disable", null)).StatusCode);
    }

    public static TheoryData<string, object, string> InvalidAccounts => new()
    {
        { "NCB without a country", new { email = "a1@example.org", displayName = "A", affiliation = "Ncb", roles = new[] { "NcbOfficer" } }, "country" },
        { "NCB of a non-member", new { email = "a2@example.org", displayName = "A", affiliation = "Ncb", country = "XX", roles = new[] { "NcbOfficer" } }, "country" },
        { "Secretariat with a country", new { email = "a3@example.org", displayName = "A", affiliation = "Secretariat", country = "FR", roles = new[] { "Auditor" } }, "country" },
        { "Commission with a country", new { email = "a4@example.org", displayName = "A", affiliation = "Commission", country = "DE", roles = new[] { "CommissionMember" } }, "country" },
        { "NCB with a reviewer role", new { email = "a5@example.org", displayName = "A", affiliation = "Ncb", country = "FR", roles = new[] { "SecretariatReviewer" } }, "roles" },
        { "Secretariat with an NCB role", new { email = "a6@example.org", displayName = "A", affiliation = "Secretariat", roles = new[] { "NcbSupervisor" } }, "roles" },
        { "no role", new { email = "a7@example.org", displayName = "A", affiliation = "Ncb", country = "FR", roles = Array.Empty<string>() }, "roles" },
        { "bad email", new { email = "not-an-email", displayName = "A", affiliation = "Ncb", country = "FR", roles = new[] { "NcbOfficer" } }, "email" },
        { "no name", new { email = "a8@example.org", displayName = " ", affiliation = "Ncb", country = "FR", roles = new[] { "NcbOfficer" } }, "displayName" },
        { "no affiliation", new { email = "a9@example.org", displayName = "A", roles = new[] { "NcbOfficer" } }, "affiliation" },
        { "unknown role", new { email = "b1@example.org", displayName = "A", affiliation = "Ncb", country = "FR", roles = new[] { "Emperor" } }, "roles[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidAccounts))]
    public async Task Create_InvalidInput_ProblemNamesTheFieldAndNothingIsCreated(string why, object body, string field)
    {
        using var admin = await app.As(Admin);
        var r = await admin.PostAsJsonAsync("/api/accounts", body);
        Assert.True(r.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)r.StatusCode}");
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.True(Accounts.Errors(await r.Json(), field).Length > 0, $"{why}: {await r.Content.ReadAsStringAsync()}");
        var email = JsonSerializer.SerializeToElement(body).GetProperty("email").GetString();
        Assert.Null(await app.WithDb(db => db.Users.FirstOrDefaultAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Create_ExistingEmail_Conflict()
    {
        using var admin = await app.As(Admin);
        var r = await admin.PostAsJsonAsync("/api/accounts", Accounts.Ncb("NCB.FR@demo.fairnotice", "FR"));
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
    }

    [Fact]
    public async Task Create_NcbOfficer_LinkSetsThePasswordOnceAndEverythingIsAuditedWithoutSecrets()
    {
        var email = $"c{Guid.NewGuid():N}"[..12] + "@ncb.example.org";
        var (id, link) = await Accounts.CreateAsync(app, Accounts.Ncb(email, "de"));
        Assert.StartsWith("http", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(app, email)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Accounts.SetPasswordAsync(app, link)).StatusCode);
        var again = await Accounts.SetPasswordAsync(app, link, "another long passphrase here");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.NotEmpty(Accounts.Errors(await again.Json(), "token"));

        using var officer = await Accounts.BearerAsync(app, email);
        var me = await (await officer.GetAsync("/api/me")).Json();
        Assert.Equal("DE", me.GetProperty("country").GetString());
        Assert.Equal(["NcbOfficer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());

        var audit = await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id && a.Action.StartsWith("account.")).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(["account.create", "account.password-link", "account.password-set"], audit.Select(a => a.Action).Take(3).ToArray());
        var admin = await app.WithDb(db => db.Users.Where(u => u.Email == Admin).Select(u => u.Id).FirstAsync());
        Assert.Equal(admin, audit[0].ActorId);
        Assert.Equal("Administrator", audit[0].ActorRole);
        Assert.Equal(id, audit[2].ActorId);
        var secret = Accounts.Token(link).Split('.')[1];
        Assert.All(audit, a => Assert.DoesNotContain(secret, a.Purpose ?? "", StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(Accounts.StrongPassword, a.Purpose ?? "", StringComparison.Ordinal));
        // Only a hash of the link's secret is stored.
        var stored = await app.WithDb(db => db.UserTokens.Where(t => t.UserId == id).Select(t => t.Value).ToListAsync());
        Assert.All(stored, v => Assert.DoesNotContain(secret, v ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_PrivilegedRole_DisabledUntilASecondAdministratorActivatesIt()
    {
        var email = $"r{Guid.NewGuid():N}"[..12] + "@secretariat.example.org";
        var (id, link) = await Accounts.CreateAsync(app, new { email, displayName = "New reviewer", affiliation = "Secretariat", roles = new[] { "SecretariatReviewer" } });
        Assert.Equal(HttpStatusCode.NoContent, (await Accounts.SetPasswordAsync(app, link)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(app, email)).StatusCode);

        using var creator = await app.As(Admin);
        var refused = await creator.PostAsync($"/api/accounts/{id}/enable", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("accounts.second-administrator", (await refused.Json()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(app, email)).StatusCode);

        using var second = await app.As("admin2@demo.fairnotice");
        var activated = await second.PostAsync($"/api/accounts/{id}/enable", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal("Active", (await activated.Json()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email)).StatusCode);
        var actions = await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id).Select(a => a.Action + ":" + a.Outcome).ToListAsync());
        Assert.Contains("account.activate:refused", actions);
        Assert.Contains("account.activate:ok", actions);
    }

    [Fact]
    public async Task Disable_ExistingTokenRefusedAtOnce_SignInRefused_EnableRestores()
    {
        var (id, email) = await Accounts.ReadyAsync(app);
        using var officer = await Accounts.BearerAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/me")).StatusCode);

        using var admin = await app.As(Admin);
        var disabled = await admin.PostAsync($"/api/accounts/{id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal("Disabled", (await disabled.Json()).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(app, email)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/accounts/{id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Actions_OnTheAdministratorsOwnAccount_Forbidden()
    {
        using var admin = await app.As(Admin);
        var self = await app.WithDb(db => db.Users.Where(u => u.Email == Admin).Select(u => u.Id).FirstAsync());
        foreach (var action in new[] { "disable", "enable", "password-reset", "second-factors/reset" })
        {
            var r = await admin.PostAsync($"/api/accounts/{self}/{action}", null);
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Equal("accounts.self", (await r.Json()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Actions_UnknownAccount_NotFound()
    {
        using var admin = await app.As(Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/accounts/no-such-id")).StatusCode);
        foreach (var action in new[] { "disable", "enable", "password-reset", "second-factors/reset" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/accounts/no-such-id/{action}", null)).StatusCode);
        }
    }

    [Fact]
    public async Task SetPasswordLink_AfterItsExpiry_Refused()
    {
        var email = $"e{Guid.NewGuid():N}"[..12] + "@ncb.example.org";
        var (_, link) = await Accounts.CreateAsync(app, Accounts.Ncb(email));
        app.Clock.Now = app.Clock.Now.AddMinutes(241);
        try
        {
            var r = await Accounts.SetPasswordAsync(app, link);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.NotEmpty(Accounts.Errors(await r.Json(), "token"));
        }
        finally
        {
            app.Clock.Now = app.Clock.Now.AddMinutes(-241);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await Accounts.SetPasswordAsync(app, link)).StatusCode);
    }

    [Theory]
    [InlineData("1qaz2wsx3edc", "common")]
    [InlineData("PasswordPassword", "common")]
    [InlineData("short pass", "at least 12")]
    public async Task SetPasswordLink_WeakPassword_RefusedAndTheLinkStaysUsable(string password, string said)
    {
        var email = $"w{Guid.NewGuid():N}"[..12] + "@ncb.example.org";
        var (_, link) = await Accounts.CreateAsync(app, Accounts.Ncb(email));
        var r = await Accounts.SetPasswordAsync(app, link, password);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(Accounts.Errors(await r.Json(), "newPassword"), m => m.Contains(said, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await Accounts.SetPasswordAsync(app, link)).StatusCode);
    }

    [Fact]
    public async Task ResetPassword_EndsSessionsAndOldPassword_KeepsSecondFactors_LinkSetsANewOne()
    {
        var (id, email) = await Accounts.ReadyAsync(app);
        using var officer = await Accounts.BearerAsync(app, email);
        await app.WithDb(async db =>
        {
            var u = await db.Users.FirstAsync(x => x.Id == id);
            u.TwoFactorEnabled = true;
            return await db.SaveChangesAsync();
        });

        using var admin = await app.As(Admin);
        var reset = await admin.PostAsync($"/api/accounts/{id}/password-reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var body = await reset.Json();
        Assert.False(body.GetProperty("account").GetProperty("passwordSet").GetBoolean());
        Assert.True(body.GetProperty("account").GetProperty("secondFactor").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(app, email)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Accounts.SetPasswordAsync(app, body.GetProperty("link").GetString()!, "brand new passphrase for me")).StatusCode);
        Assert.True(await app.WithDb(db => db.Users.Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).FirstAsync()));
        Assert.True(await app.WithDb(db => db.UserTokens.AnyAsync(t => t.UserId == id && t.Name == "AuthenticatorKey")));
    }

    [Fact]
    public async Task ResetSecondFactors_RemovesThemAndEndsSessions_KeepsThePassword()
    {
        var (id, email) = await Accounts.ReadyAsync(app);
        using var officer = await Accounts.BearerAsync(app, email);
        await app.WithDb(async db =>
        {
            var u = await db.Users.FirstAsync(x => x.Id == id);
            u.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = id, LoginProvider = "[AspNetUserStore]", Name = "RecoveryCodes", Value = "a;b;c" });
            return await db.SaveChangesAsync();
        });

        using var admin = await app.As(Admin);
        var reset = await admin.PostAsync($"/api/accounts/{id}/second-factors/reset", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False((await reset.Json()).GetProperty("secondFactor").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/me")).StatusCode);
        Assert.False(await app.WithDb(db => db.UserTokens.AnyAsync(t => t.UserId == id && t.LoginProvider == "[AspNetUserStore]")));
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email)).StatusCode);
        Assert.Contains("account.second-factors-reset", await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id).Select(a => a.Action).ToListAsync()));
    }
}

public sealed class SqliteAccountAdministrationTests(SqliteFixture app) : AccountAdministrationTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresAccountAdministrationTests(PostgresFixture app) : AccountAdministrationTests(app), IClassFixture<PostgresFixture>;
