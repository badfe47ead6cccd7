using FairNotice.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Platform;

/// <summary>A feature's demo rows, registered by the feature (<see cref="DemoSeed.AddDemoSeed{T}"/>) so that Platform's
/// <see cref="DemoData"/> names no feature. In demo mode, after the demo accounts exist, the seeds run one after the other
/// in <see cref="Order"/>, once: where any seed finds its rows already there, none runs again.</summary>
internal interface IDemoSeed
{
    /// <summary>A seed that uses another feature's demo rows (a request, an account) runs after it.</summary>
    int Order { get; }

    /// <summary>Whether this seed's rows are already stored (a demo database started again).</summary>
    Task<bool> HasRunAsync(AppDbContext db, CancellationToken ct) => Task.FromResult(false);

    Task SeedAsync(DemoSeeding seeding, CancellationToken ct);

    /// <summary>Lines the start-up banner prints after the demo logins (what a demo reader needs beyond an account).</summary>
    IEnumerable<string> BannerLines => [];
}

/// <summary>What a demo seed works with: the one context every seed saves through, the time of the seeding and the demo
/// accounts.</summary>
internal sealed class DemoSeeding(AppDbContext db, UserManager<AppUser> users, DateTimeOffset now)
{
    public AppDbContext Db { get; } = db;

    public DateTimeOffset Now { get; } = now;

    /// <summary>A demo account's address: <c>Email("ncb.fr")</c> is <c>ncb.fr@demo.fairnotice</c>.</summary>
    public static string Email(string local) => $"{local}@{DemoData.Domain}";

    /// <summary>The demo account as an actor, with the roles it holds.</summary>
    public async Task<Actor> ActorAsync(string email)
    {
        var u = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo account {email} is missing.");
        var roles = (await users.GetRolesAsync(u)).Select(Enum.Parse<Role>).ToHashSet();
        return new Actor(u.Id, u.Affiliation, u.Country, roles);
    }

    /// <summary>Stops the seeding where a use case refused a demo step (the demo would otherwise start half-seeded).</summary>
    public static void Require(Domain.Error? error, string step)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo seed step {step} failed: {error.Message}");
        }
    }
}

internal static class DemoSeed
{
    public static IServiceCollection AddDemoSeed<T>(this IServiceCollection services)
        where T : class, IDemoSeed => services.AddSingleton<IDemoSeed, T>();

    /// <summary>Runs every registered seed in order, unless one of them has already run.</summary>
    public static async Task RunAllAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var seeds = sp.GetServices<IDemoSeed>().OrderBy(s => s.Order).ToList();
        foreach (var seed in seeds)
        {
            if (await seed.HasRunAsync(db, ct))
            {
                return;
            }
        }

        var seeding = new DemoSeeding(db, sp.GetRequiredService<UserManager<AppUser>>(), sp.GetRequiredService<TimeProvider>().GetUtcNow());
        foreach (var seed in seeds)
        {
            await seed.SeedAsync(seeding, ct);
        }
    }
}
