using System.ComponentModel.DataAnnotations;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Identity;

namespace FairNotice.Web.Features.Accounts;

/// <summary>Account settings (section <c>Accounts</c>).</summary>
internal sealed class AccountsOptions
{
    /// <summary>How long a set-password link works; the administrator hands it over out of band (there is no mail server).</summary>
    [Range(5, 72 * 60)] public int SetPasswordLinkMinutes { get; set; } = 240;
}

/// <summary>What every administrative use case works with: the caller, the clock, Identity and the database (one scope).</summary>
internal sealed record AdminCall(UserManager<AppUser> Users, AppDbContext Db, Actor Actor, DateTimeOffset Now);

/// <summary>Account administration (Secretariat administrators) and each account's own password; docs/adr/0015-account-administration.md.</summary>
public static class AccountsFeature
{
    internal const string AdministratorPolicy = "account-administrator";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration("Accounts").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IPasswordValidator<AppUser>, PasswordRules>();
        services.AddAuthorizationBuilder().AddPolicy(AdministratorPolicy, p =>
            p.RequireClaim(Claims.Affiliation, nameof(Affiliation.Secretariat)).RequireRole(nameof(Role.Administrator)));
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/accounts").WithTags("Account administration").RequireAuthorization(AdministratorPolicy);
        admin.MapGet("/", ListAccounts.Handle).WithSummary("Accounts, 25 a page, optionally searched by email or name (q) and filtered by role, status, affiliation and country.");
        admin.MapPost("/", CreateAccount.Handle).WithSummary("Create an account; answers a one-time set-password link, shown once.");
        admin.MapGet("/{id}", GetAccount.Handle).WithSummary("One account.");
        admin.MapPost("/{id}/disable", DisableAccount.Handle).WithSummary("Disable an account: its sessions and tokens end at once and it cannot sign in.");
        admin.MapPost("/{id}/enable", EnableAccount.Handle).WithSummary("Enable (or activate) an account; a privileged account is activated by an administrator other than its creator.");
        admin.MapPost("/{id}/password-reset", ResetPassword.Handle).WithSummary("Remove the password, end every session and answer a one-time set-password link; second factors stay.");
        admin.MapPut("/{id}/access", ChangeAccess.Handle)
            .WithSummary("Change an account's affiliation, country and roles; its sessions end, and a privileged role it did not hold needs a second administrator's activation.");
        admin.MapPost("/sessions/end-all", EndEverySession.Handle).WithSummary("End every session of every user at once, yours included; everyone signs in again.");
        admin.MapPost("/{id}/second-factors/reset", ResetSecondFactors.Handle).WithSummary("Remove the account's second factors and end every session.");

        var own = app.MapGroup("/api/account").WithTags("Authentication");
        own.MapPost("/password", ChangePassword.Handle).WithBudget(BudgetNames.SignIn)
            .WithSummary("Change your password (the current one is required); ends your other sessions and answers a fresh token for a bearer caller.");
        own.MapPost("/set-password", SetPassword.Handle).AllowAnonymous().WithBudget(BudgetNames.SignIn)
            .WithSummary("Set a password with a one-time link's token; then sign in as usual (second factors included).");
        return app;
    }

    internal static AdminCall Call(this HttpContext http) => new(
        http.RequestServices.GetRequiredService<UserManager<AppUser>>(), http.RequestServices.GetRequiredService<AppDbContext>(),
        http.RequireActor(), http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
}
