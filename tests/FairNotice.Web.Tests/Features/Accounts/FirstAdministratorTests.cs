using System.Net;
using System.Net.Http.Json;
using FairNotice.Web.Features.Accounts;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Accounts;

/// <summary>A server outside demo mode (no demo accounts) gets its first administrator from the server's own command line.</summary>
public sealed class FirstAdministratorFixture : IAsyncLifetime
{
    public SqliteFixture App { get; } = new();

    public async ValueTask InitializeAsync()
    {
        App.Settings["Demo:Enabled"] = "false";
        App.Settings["Audit:Directory"] = TestAuditKeys.NewDirectory();
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class FirstAdministratorTests(FirstAdministratorFixture fixture) : IClassFixture<FirstAdministratorFixture>
{
    private AppFixture App => fixture.App;

    private async Task<FairNotice.Domain.Result<SetPasswordLinkResponse>> CreateAsync(string email)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        return await CreateFirstAdministrator.CreateAsync(sp.GetRequiredService<UserManager<AppUser>>(), sp.GetRequiredService<AppDbContext>(), App.Clock.Now,
            sp.GetRequiredService<IOptions<AccountsOptions>>().Value, sp.GetRequiredService<PublicAddress>(), email, "First administrator", CancellationToken.None);
    }

    [Fact]
    public async Task CreateAdmin_WithoutDemoAccounts_LinkThenSignInAndAdminister_SecondRunRefused()
    {
        var created = await CreateAsync("first.admin@secretariat.example.org");
        Assert.True(created.IsOk);
        Assert.Equal("Active", created.Value.Account.Status);
        Assert.Equal(["Administrator"], created.Value.Account.Roles);

        using var anon = App.Anonymous();
        var set = await anon.PostAsJsonAsync("/api/account/set-password", new { token = Accounts.Token(created.Value.Link), newPassword = Accounts.StrongPassword });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        using var admin = await Accounts.BearerAsync(App, "first.admin@secretariat.example.org");
        var list = await (await admin.GetAsync("/api/accounts")).Json();
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        var again = await CreateAsync("second.admin@secretariat.example.org");
        Assert.False(again.IsOk);
        Assert.Equal("accounts.administrator-exists", again.Error!.Code);
    }

    [Fact]
    public async Task CreateAdminCommand_RealExecutable_PrintsALinkOnce_ThenRefuses()
    {
        var db = Path.Combine(Path.GetTempPath(), $"fn-admin-{Guid.NewGuid():N}.db");
        var keys = TestAuditKeys.NewDirectory();
        string[] common = ["--Database:ConnectionString", $"Data Source={db}", "--Audit:Directory", keys, "--Site:PublicBaseUrl", "https://notices.example.org"];
        try
        {
            var (exit, stdout, stderr) = await Hardening.StartupFaultTests.RunServerAsync(false, ["accounts", "create-admin", "--email", "ops@secretariat.example.org", "--name", "Operations", .. common]);
            Assert.True(exit == 0, stderr);
            Assert.Contains("https://notices.example.org/Account/SetPassword?token=", stdout, StringComparison.Ordinal);

            var (exit2, _, stderr2) = await Hardening.StartupFaultTests.RunServerAsync(false, ["accounts", "create-admin", "--email", "other@secretariat.example.org", "--name", "Other", .. common]);
            Assert.Equal(1, exit2);
            Assert.Contains("administrator exists", stderr2, StringComparison.Ordinal);

            var (exit3, _, stderr3) = await Hardening.StartupFaultTests.RunServerAsync(false, ["accounts", "create-admin", "--email", "x@example.org", .. common]);
            Assert.Equal(2, exit3);
            Assert.Contains("usage", stderr3, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(f);
            }

            Directory.Delete(keys, recursive: true);
        }
    }
}
