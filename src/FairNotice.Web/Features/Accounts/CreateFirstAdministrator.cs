using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// The first administrator of an installation without demo accounts: the server's own executable, with its own settings (the
/// database and the audit chain key only it holds), run as <c>FairNotice.Web accounts create-admin --email a@b --name "A B"</c>.
/// It migrates, creates the account and prints a one-time set-password link, then exits; it refuses while an enabled
/// administrator exists, so it is no second way in once the installation is running.
/// </summary>
internal static class CreateFirstAdministrator
{
    public const string Usage = "usage: FairNotice.Web accounts create-admin --email <email> --name <display name>";

    /// <summary>True when the first word that is not a setting (<c>--key value</c>, <c>--key=value</c>) is <c>accounts</c>.</summary>
    public static bool IsCommand(string[] args) => Words(args) is ["accounts", ..];

    /// <summary>Runs the command; the exit code is 0 on success, 1 when refused, 2 for a usage error.</summary>
    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        if (Words(args) is not ["accounts", "create-admin"] || Option(args, "--email") is not { } email || Option(args, "--name") is not { } name)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
            await Startup.PrepareAsync(app);
            await using var scope = app.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var result = await CreateAsync(sp.GetRequiredService<UserManager<AppUser>>(), sp.GetRequiredService<AppDbContext>(),
                sp.GetRequiredService<TimeProvider>().GetUtcNow(), sp.GetRequiredService<IOptions<AccountsOptions>>().Value,
                sp.GetRequiredService<PublicAddress>(), email, name, CancellationToken.None);
            if (!result.IsOk)
            {
                await error.WriteLineAsync("Refused: " + Describe(result.Error!));
                return 1;
            }

            await output.WriteLineAsync($"Created administrator {email}. Give them this one-time link to set their password (valid until {result.Value.ExpiresAt:yyyy-MM-dd HH:mm} UTC):");
            await output.WriteLineAsync(result.Value.Link);
            return 0;
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync(StartupFaults.Describe(ex));
            return 1;
        }
    }

    public static async Task<Result<SetPasswordLinkResponse>> CreateAsync(UserManager<AppUser> users, AppDbContext db, DateTimeOffset now,
        AccountsOptions options, PublicAddress site, string email, string name, CancellationToken ct)
    {
        var administrators = await users.GetUsersInRoleAsync(nameof(Role.Administrator));
        if (administrators.Any(a => !AccountState.IsDisabled(a)))
        {
            return new ConflictError("accounts.administrator-exists", "An enabled administrator exists already; administrators create accounts from the Accounts page.");
        }

        var system = new Actor(Actor.System.UserId, Affiliation.Secretariat, null, new HashSet<Role>());
        var result = await CreateAccount.RunAsync(new AdminCall(users, db, system, now), options, site,
            new CreateAccountRequest(email, name, Affiliation.Secretariat, null, [Role.Administrator]), ct);
        if (!result.IsOk)
        {
            return result;
        }

        // No second administrator exists to activate the first: the operator who holds the server's keys is the second person.
        var user = await users.FindByIdAsync(result.Value.Account.Id) ?? throw new InvalidOperationException("The account just created is missing.");
        AccountState.Enable(user);
        await AccountState.ClearPendingAsync(db, user.Id, ct);
        db.Audit(new AuditFacts(now, system.UserId, null, null, "account.activate", "account", user.Id, "first administrator, from the server's command line", "ok"));
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be activated: " + string.Join("; ", saved.Errors.Select(e => e.Code)));
        }

        return result.Value with { Account = await AccountState.ToResponseAsync(db, user, ct) };
    }

    private static List<string> Words(string[] args)
    {
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-'))
            {
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else
            {
                words.Add(args[i]);
            }
        }

        return words;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && !string.IsNullOrWhiteSpace(args[i + 1]) ? args[i + 1] : null;
    }

    private static string Describe(Error e) => e is InvalidError i ? string.Join(" ", i.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")) : e.Message;
}
