using System.Net;
using System.Net.Http.Json;
using Helper = FairNotice.Web.Tests.Features.Accounts.Accounts;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.CaseWork;

/// <summary>Issue #15 item 5: the administrator changes an account's body, country and roles; sessions end, a privileged role
/// needs a second administrator, an administrator never changes their own access, every change is audited; the list filters.</summary>
public abstract class AccountAccessTests(AppFixture app)
{
    private const string Admin = "admin@demo.fairnotice";

    [Fact]
    public async Task ChangeAccess_NcbRoleAndCountry_TakesEffect_EndsTheOwnersSessions_Audited()
    {
        var (id, email) = await Helper.ReadyAsync(app, "DE");
        using var owner = await Helper.BearerAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/me")).StatusCode);

        using var admin = await app.As(Admin);
        var changed = await admin.PutAsJsonAsync($"/api/accounts/{id}/access", new { affiliation = "Ncb", country = "AT", roles = new[] { "NcbOfficer", "NcbSupervisor" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var body = await changed.Json();
        Assert.Equal("AT", body.GetProperty("country").GetString());
        Assert.Equal(["NcbOfficer", "NcbSupervisor"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Active", body.GetProperty("status").GetString());
        // The old token carried the old country: it no longer works.
        Assert.Equal(HttpStatusCode.Unauthorized, (await owner.GetAsync("/api/me")).StatusCode);

        var entry = await app.WithDb(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "account.access-change" && a.ObjectId == id));
        Assert.Equal("Ncb DE; roles: NcbOfficer → Ncb AT; roles: NcbOfficer, NcbSupervisor; sessions ended", entry.Purpose);
    }

    [Fact]
    public async Task ChangeAccess_AddingAPrivilegedRole_DisablesUntilAnotherAdministratorActivates()
    {
        var (id, _) = await Helper.ReadyAsync(app, "DE");
        using var admin = await app.As(Admin);
        var changed = await admin.PutAsJsonAsync($"/api/accounts/{id}/access", new { affiliation = "Secretariat", country = (string?)null, roles = new[] { "SecretariatReviewer" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("PendingActivation", (await changed.Json()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/accounts/{id}/enable", null)).StatusCode);
        using var admin2 = await app.As("admin2@demo.fairnotice");
        var activated = await admin2.PostAsync($"/api/accounts/{id}/enable", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.Equal("Active", (await activated.Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ChangeAccess_OwnAccount_Forbidden_SoNoAdministratorLocksThemselvesOut()
    {
        using var admin = await app.As(Admin);
        var me = (await (await admin.GetAsync("/api/me")).Json()).GetProperty("userId").GetString();
        var r = await admin.PutAsJsonAsync($"/api/accounts/{me}/access", new { affiliation = "Secretariat", roles = new[] { "Auditor" } });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.EndsWith("accounts.self", (await r.Json()).GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync($"/api/accounts/{me}/disable", null)).StatusCode);
        // Still an administrator.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/accounts")).StatusCode);
    }

    [Theory]
    [InlineData("Ncb", null, "NcbOfficer", "country")]
    [InlineData("Ncb", "XX", "NcbOfficer", "country")]
    [InlineData("Secretariat", "FR", "SecretariatReviewer", "country")]
    [InlineData("Secretariat", null, "NcbOfficer", "roles")]
    public async Task ChangeAccess_Invalid_ProblemNamesTheField_NothingChanges(string affiliation, string? country, string role, string field)
    {
        var (id, _) = await Helper.ReadyAsync(app, "DE");
        using var admin = await app.As(Admin);
        var r = await admin.PutAsJsonAsync($"/api/accounts/{id}/access", new { affiliation, country, roles = new[] { role } });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(Helper.Errors(await r.Json(), field));
        var account = await (await admin.GetAsync($"/api/accounts/{id}")).Json();
        Assert.Equal("DE", account.GetProperty("country").GetString());
        Assert.Equal(["NcbOfficer"], account.GetProperty("roles").EnumerateArray().Select(x => x.GetString()));
    }

    [Theory]
    [InlineData("reviewer@demo.fairnotice")]
    [InlineData("supervisor.de@demo.fairnotice")]
    [InlineData("elections@demo.fairnotice")]
    public async Task ChangeAccess_NotAnAdministrator_Forbidden(string who)
    {
        var (id, _) = await Helper.ReadyAsync(app, "DE");
        using var other = await app.As(who);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/accounts/{id}/access", new { affiliation = "Ncb", country = "DE", roles = new[] { "NcbSupervisor" } })).StatusCode);
        using var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/accounts/{id}/access", new { affiliation = "Ncb", country = "DE", roles = new[] { "NcbSupervisor" } })).StatusCode);
    }

    [Fact]
    public async Task List_FiltersByRoleStatusAndCountry()
    {
        using var admin = await app.As(Admin);
        var admins = await (await admin.GetAsync("/api/accounts?role=Administrator")).Json();
        Assert.Equal(["admin2@demo.fairnotice", "admin@demo.fairnotice"], admins.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("email").GetString()).Order(StringComparer.Ordinal));

        var (id, _) = await Helper.ReadyAsync(app, "NZ");
        var nz = await (await admin.GetAsync("/api/accounts?country=NZ&status=Active")).Json();
        Assert.Contains(nz.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.All(nz.GetProperty("items").EnumerateArray(), a => Assert.Equal("NZ", a.GetProperty("country").GetString()));
        await admin.PostAsync($"/api/accounts/{id}/disable", null);
        var disabled = await (await admin.GetAsync("/api/accounts?country=NZ&status=Disabled")).Json();
        Assert.Contains(disabled.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.DoesNotContain((await (await admin.GetAsync("/api/accounts?country=NZ&status=Active")).Json()).GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);

        var bad = await admin.GetAsync("/api/accounts?status=Sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty(Helper.Errors(await bad.Json(), "status"));
        // The page filters the same way, in the reader's language.
        var page = WebUtility.HtmlDecode(await (await admin.GetAsync("/Accounts?role=Administrator&lang=fr")).Content.ReadAsStringAsync());
        Assert.Contains("admin2@demo.fairnotice", page, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewer@demo.fairnotice", page, StringComparison.Ordinal);
        Assert.Contains("Rattaché à", page, StringComparison.Ordinal);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteAccountAccessTests(SqliteFixture app) : AccountAccessTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresAccountAccessTests(PostgresFixture app) : AccountAccessTests(app);
