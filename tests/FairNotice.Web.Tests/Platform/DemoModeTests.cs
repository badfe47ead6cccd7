using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Platform;
using FairNotice.Web.Features.Members;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Platform;

public sealed class DemoModeTests
{
    [Fact]
    public async Task Start_OutsideDemoMode_SeedsMembersAndRolesButNoAccountsOrRequests()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fairnotice-prod-{Guid.NewGuid():N}.db");
        var keys = path + "-keys";
        AuditKeyFiles.Generate(keys);
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Production");
                b.UseSetting("Site:PublicBaseUrl", "https://notices.example.org"); // Production requires it
                b.UseSetting("Database:Provider", "Sqlite");
                b.UseSetting("Database:ConnectionString", $"Data Source={path}");
                b.UseSetting("Audit:Directory", keys);
                b.UseSetting("Antivirus:RunWithoutScanner", "true");
            });
            using var client = factory.CreateClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(196, await db.Members.CountAsync());
            Assert.Equal(7, await db.Roles.CountAsync());
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.Notices.CountAsync());
            var login = await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = "ncb.fr@demo.fairnotice", password = "FairNotice-demo-2026" }));
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, login.StatusCode);
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("admin@demo.fairnotice"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
            Directory.Delete(keys, recursive: true);
        }
    }
}
