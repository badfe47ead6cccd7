using FairNotice.Domain;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Accounts;

/// <summary>Enables a disabled account, or activates a privileged one — by an administrator other than the one who created it.</summary>
internal static class EnableAccount
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

        var creator = await AccountState.PendingCreatorAsync(c.Db, user.Id, ct);
        if (creator == c.Actor.UserId)
        {
            c.Db.Audit(c.Actor.Facts(c.Now, "account.activate", "account", user.Id, "refused: the creator cannot activate", "refused"));
            await c.Db.SaveChangesAsync(ct);
            return AccountErrors.SecondAdministratorNeeded;
        }

        AccountState.Enable(user);
        await AccountState.ClearPendingAsync(c.Db, user.Id, ct);
        c.Db.Audit(c.Actor.Facts(c.Now, creator is null ? "account.enable" : "account.activate", "account", user.Id,
            creator is null ? null : $"second administrator; created by {creator}"));
        await Saving.UpdateAsync(c, user);
        return await AccountState.ToResponseAsync(c.Db, user, ct);
    }
}
