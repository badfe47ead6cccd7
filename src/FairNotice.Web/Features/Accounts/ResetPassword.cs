using FairNotice.Domain;
using FairNotice.Web.Platform;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// Resets an account's password: the old one stops working, every session ends, and a one-time link lets the owner set a new
/// one. Second factors are kept, so whoever holds the link still needs the owner's second factor to sign in.
/// </summary>
internal static class ResetPassword
{
    public static async Task<IResult> Handle(HttpContext http, string id, IOptions<AccountsOptions> options, PublicAddress site, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), options.Value, site, id, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<SetPasswordLinkResponse>> RunAsync(AdminCall c, AccountsOptions options, PublicAddress site, string id, CancellationToken ct)
    {
        var user = await c.Users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountErrors.NotFound;
        }

        if (user.Id == c.Actor.UserId)
        {
            return AccountErrors.Self;
        }

        if (AccountState.IsDisabled(user) && await AccountState.PendingCreatorAsync(c.Db, user.Id, ct) is null)
        {
            return new ConflictError("accounts.disabled", "The account is disabled; enable it before issuing a set-password link.");
        }

        user.PasswordHash = null;
        AccountState.EndSessions(user);
        var expires = c.Now.AddMinutes(options.SetPasswordLinkMinutes);
        var token = await SetPasswordLinks.IssueAsync(c.Db, user.Id, c.Actor.UserId, expires, ct);
        c.Db.Audit(c.Actor.Facts(c.Now, "account.password-reset", "account", user.Id,
            $"password removed, sessions ended, second factors kept; link valid until {expires:yyyy-MM-dd HH:mm} UTC"));
        await Saving.UpdateAsync(c, user);
        return new SetPasswordLinkResponse(await AccountState.ToResponseAsync(c.Db, user, ct), SetPasswordLinks.Link(site, token), expires);
    }
}
