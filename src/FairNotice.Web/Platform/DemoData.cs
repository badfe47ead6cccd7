using FairNotice.Domain.Access;
using FairNotice.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Platform;

internal sealed class DemoOptions
{
    public bool Enabled { get; set; }

    /// <summary>One password for every demo account; FAIRNOTICE_DEMO_PASSWORD overrides.</summary>
    public string Password { get; set; } = "FairNotice-demo-2026";

    /// <summary>The published authenticator key (Base32) every demo account is enrolled with, so the demo signs in without
    /// setting up an app; outside demo mode no account is enrolled by the server.</summary>
    public string AuthenticatorKey { get; set; } = "FAIRNOTICEDEMOAUTHENTICATORKEY26";

    /// <summary>With demo mode off, delete the demo accounts at start (outside Production they are always deleted).</summary>
    public bool RemoveAccounts { get; set; }
}

/// <summary>Demo mode: the demo accounts, then the demo rows the features registered (<see cref="IDemoSeed"/>). Runs only in
/// demo mode; the features' rows only once.</summary>
internal static class DemoData
{
    public const string Domain = "demo.fairnotice";
    public static readonly string[] Countries = ["fr", "us", "cn", "ru", "tr", "gb", "br", "au", "de", "in"];

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration("Demo").Configure(o =>
        {
            var env = Environment.GetEnvironmentVariable("FAIRNOTICE_DEMO_PASSWORD");
            if (!string.IsNullOrEmpty(env))
            {
                o.Password = env;
            }
        });
        return services;
    }

    public static async Task SeedAsync(IServiceProvider sp, DemoOptions options, CancellationToken ct)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        foreach (var c in Countries)
        {
            var member = MemberCatalogue.Find(c)!;
            await EnsureUserAsync(users, $"ncb.{c}@{Domain}", $"{member.NcbName} officer", Affiliation.Ncb, member.Iso2, Role.NcbOfficer, options.Password, options.AuthenticatorKey);
            await EnsureUserAsync(users, $"supervisor.{c}@{Domain}", $"{member.NcbName} supervisor", Affiliation.Ncb, member.Iso2, Role.NcbSupervisor, options.Password, options.AuthenticatorKey);
        }

        await EnsureUserAsync(users, $"reviewer@{Domain}", "Secretariat reviewer", Affiliation.Secretariat, null, Role.SecretariatReviewer, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"reviewer2@{Domain}", "Second Secretariat reviewer", Affiliation.Secretariat, null, Role.SecretariatReviewer, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"commission@{Domain}", "Commission member", Affiliation.Commission, null, Role.CommissionMember, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"auditor@{Domain}", "Auditor", Affiliation.Secretariat, null, Role.Auditor, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"elections@{Domain}", "Election officer", Affiliation.Secretariat, null, Role.ElectionOfficer, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"admin@{Domain}", "Administrator", Affiliation.Secretariat, null, Role.Administrator, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"admin2@{Domain}", "Second administrator", Affiliation.Secretariat, null, Role.Administrator, options.Password, options.AuthenticatorKey);

        await DemoSeed.RunAllAsync(sp, ct);
    }

    private static async Task EnsureUserAsync(UserManager<AppUser> users, string email, string name, Affiliation affiliation, string? country, Role role, string password, string authenticatorKey)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            await EnrolDemoAuthenticatorAsync(users, existing, authenticatorKey); // a demo database made before second factors
            return;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Affiliation = affiliation, Country = country };
        // The demo password is published, so the rules for chosen passwords (common list, context words such as "FairNotice")
        // would only refuse it: it is hashed as given (same hasher and cost) instead of passing the password validators.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role.ToString());
        await EnrolDemoAuthenticatorAsync(users, user, authenticatorKey);
    }

    // Enrolled with the published demo key (DemoOptions.AuthenticatorKey) so the demo stays usable; demo mode only.
    private static async Task EnrolDemoAuthenticatorAsync(UserManager<AppUser> users, AppUser user, string key)
    {
        if (!string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return;
        }

        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key); // where Identity's store keeps it
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
