using FairNotice.Domain.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

internal static class Startup
{
    /// <summary>Migrates, syncs reference data (members, roles) and, in demo mode only, seeds demo accounts and requests.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        app.CheckScanner();
        app.CheckPublicBaseUrl();
        await app.MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var steps = sp.GetServices<IStartupStep>().OrderBy(s => s.Order).ToList();
        foreach (var step in steps.Where(s => s.Order < StartupStep.DemoSeeding))
        {
            await step.RunAsync(sp, db, CancellationToken.None);
        }

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Enum.GetNames<Role>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var demo = sp.GetRequiredService<IOptions<DemoOptions>>().Value;
        await DemoAccounts.EnforceAsync(sp, app.Environment, demo, app.Logger);
        // The demo accounts, then every feature's registered demo rows (IDemoSeed).
        if (demo.Enabled)
        {
            await DemoData.SeedAsync(sp, demo, CancellationToken.None);
        }

        foreach (var step in steps.Where(s => s.Order >= StartupStep.DemoSeeding))
        {
            await step.RunAsync(sp, db, CancellationToken.None);
        }

        _ = sp.GetRequiredService<SealedFiles>(); // a missing or unreadable documents key stops the start, not the first filing

        if (demo.Enabled)
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, demo));
        }
        else
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, null));
        }
    }

    private static void PrintBanner(WebApplication app, DemoOptions? demo)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(unknown)";
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        Console.WriteLine();
        Console.WriteLine($"FairNotice is running at {url}   (OpenAPI: {url}/openapi/v1.json; API reference at {url}/scalar in Development or where ApiReference:Enabled)");
        Console.WriteLine($"Database: {options.Provider}");
        if (demo is null)
        {
            Console.WriteLine("Demo mode is off: no demo accounts exist.");
            return;
        }

        Console.WriteLine($"Demo mode. Every demo account's password: {demo.Password}");
        Console.WriteLine($"  Second factor: every demo account's authenticator key is {SecondFactors.Grouped(demo.AuthenticatorKey)} (TOTP, 6 digits, 30 s);");
        Console.WriteLine($"  add it to an authenticator app, or: oathtool --totp -b {demo.AuthenticatorKey}");
        Console.WriteLine($"  NCB officers:     {string.Join(", ", DemoData.Countries.Select(c => $"ncb.{c}@{DemoData.Domain}"))}");
        Console.WriteLine($"  NCB supervisors:  supervisor.<country>@{DemoData.Domain} for the same countries");
        Console.WriteLine($"  Secretariat:      reviewer@{DemoData.Domain}, reviewer2@{DemoData.Domain}");
        Console.WriteLine($"  Others:           commission@{DemoData.Domain}, auditor@{DemoData.Domain}, elections@{DemoData.Domain}, admin@{DemoData.Domain}, admin2@{DemoData.Domain}");
        foreach (var line in app.Services.GetServices<IDemoSeed>().OrderBy(s => s.Order).SelectMany(s => s.BannerLines))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine();
    }
}

internal sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
