using FairNotice.Domain;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Accounts;

/// <summary>Disables an account: a new security stamp ends its cookies and tokens on their next request, the lockout refuses its
/// password, and any set-password link dies.</summary>
internal static class DisableAccount
{
    public static async Task<IResult> Handle(HttpContext http, string id, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), id, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<AccountResponse>> RunAsync(AdminCall c, string id, CancellationToken ct)
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

        AccountState.Disable(user);
        await SetPasswordLinks.RevokeAsync(c.Db, user.Id, ct);
        c.Db.Audit(c.Actor.Facts(c.Now, "account.disable", "account", user.Id, "sessions ended"));
        await Saving.UpdateAsync(c, user);
        return await AccountState.ToResponseAsync(c.Db, user, ct);
    }
}
