using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform;

/// <summary>Start-up refused for a reason the operator must fix; the message is the one line printed.</summary>
internal sealed class StartupRefusedException(string message) : Exception(message);

/// <summary>Demo accounts exist only while demo mode is on; Production never runs with them.</summary>
internal static class DemoAccounts
{
    public static async Task EnforceAsync(IServiceProvider sp, IHostEnvironment env, DemoOptions demo, ILogger log)
    {
        if (env.IsProduction() && demo.Enabled)
        {
            throw new StartupRefusedException("Refusing to start: demo mode is on in Production (its accounts share a published password). Set Demo__Enabled=false.");
        }

        if (demo.Enabled)
        {
            return;
        }

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var suffix = "@" + DemoData.Domain.ToUpperInvariant();
        var present = await users.Users.Where(u => u.NormalizedEmail!.EndsWith(suffix)).ToListAsync();
        if (present.Count == 0)
        {
            return;
        }

        if (env.IsProduction() && !demo.RemoveAccounts)
        {
            throw new StartupRefusedException($"Refusing to start: {present.Count} demo accounts (*@{DemoData.Domain}) exist in Production; " +
                "start once with Demo__RemoveAccounts=true to delete them, then start again without it.");
        }

        foreach (var user in present)
        {
            var result = await users.DeleteAsync(user);
            if (!result.Succeeded)
            {
                throw new StartupRefusedException($"Refusing to start: a demo account could not be deleted ({string.Join("; ", result.Errors.Select(e => e.Description))}).");
            }
        }

        log.LogWarning("Demo mode is off: deleted {Count} demo accounts.", present.Count);
    }
}
