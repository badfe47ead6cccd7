using System.Net;
using System.Net.Http.Json;

namespace FairNotice.Web.Tests.Features.Accounts;

/// <summary>An account changes its own password (ASVS 6.2): current password required, the common-password list and the account's
/// own email and name refused, no composition rules; the other sessions end and the caller's own continues.</summary>
public abstract class PasswordChangeTests(AppFixture app)
{
    [Fact]
    public async Task Change_WithTheCurrentPassword_OtherTokensEnd_CallerGetsAFreshToken()
    {
        var (_, email) = await Accounts.ReadyAsync(app);
        using var caller = await Accounts.BearerAsync(app, email);
        using var other = await Accounts.BearerAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/me")).StatusCode);

        var changed = await caller.PostAsJsonAsync("/api/account/password", new { currentPassword = Accounts.StrongPassword, newPassword = "copper kettle under the bridge" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = (await changed.Json()).GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(fresh));

        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await caller.GetAsync("/api/me")).StatusCode);
        using var renewed = app.Anonymous();
        renewed.DefaultRequestHeaders.Authorization = new("Bearer", fresh);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/me")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Accounts.LoginAsync(app, email)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email, "copper kettle under the bridge")).StatusCode);
    }

    [Fact]
    public async Task Change_WrongCurrentPassword_ProblemNamesIt_NothingChanges()
    {
        var (_, email) = await Accounts.ReadyAsync(app);
        using var caller = await Accounts.BearerAsync(app, email);
        var r = await caller.PostAsJsonAsync("/api/account/password", new { currentPassword = "not my password at all", newPassword = "copper kettle under the bridge" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(Accounts.Errors(await r.Json(), "currentPassword"));
        Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email)).StatusCode);
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "1q2w3e4r5t6y", "common" },
        { "PasswordPassword", "common" },
        { "eleven char", "at least 12" },
        { new string('x', 129), "at most 128" },
        { "officer of the test unit", "email address or your name" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Change_WeakNewPassword_RefusedNamingNewPassword(string password, string said)
    {
        var (_, email) = await Accounts.ReadyAsync(app);
        using var caller = await Accounts.BearerAsync(app, email);
        var r = await caller.PostAsJsonAsync("/api/account/password", new { currentPassword = Accounts.StrongPassword, newPassword = password });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(Accounts.Errors(await r.Json(), "newPassword"), m => m.Contains(said, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email)).StatusCode);
    }

    [Theory]
    [InlineData("lowercase only words here")] // no composition rules: no capital, digit or symbol needed
    [InlineData("Tr0ub4dor&3 but longer 2026 and then some words to reach sixty-four")]
    public async Task Change_LongOrPlainPassword_Accepted(string password)
    {
        var (_, email) = await Accounts.ReadyAsync(app);
        using var caller = await Accounts.BearerAsync(app, email);
        var r = await caller.PostAsJsonAsync("/api/account/password", new { currentPassword = Accounts.StrongPassword, newPassword = password });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.LoginAsync(app, email, password)).StatusCode);
    }

    [Fact]
    public async Task Change_MissingFields_ProblemNamesBoth_AndAnonymousIsUnauthorized()
    {
        using var caller = await app.As("ncb.tr@demo.fairnotice");
        var r = await caller.PostAsJsonAsync("/api/account/password", new { });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Json();
        Assert.NotEmpty(Accounts.Errors(problem, "currentPassword"));
        Assert.NotEmpty(Accounts.Errors(problem, "newPassword"));
        using var anon = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsJsonAsync("/api/account/password", new { currentPassword = "x", newPassword = "y" })).StatusCode);
    }
}

public sealed class SqlitePasswordChangeTests(SqliteFixture app) : PasswordChangeTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresPasswordChangeTests(PostgresFixture app) : PasswordChangeTests(app), IClassFixture<PostgresFixture>;
