using FairNotice.Domain;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Accounts;

/// <summary>One account as administrators see it.</summary>
internal static class GetAccount
{
    public static async Task<IResult> Handle(HttpContext http, string id, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), id, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<AccountResponse>> RunAsync(AdminCall c, string id, CancellationToken ct)
    {
        var user = await c.Db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return AccountErrors.NotFound;
        }

        c.Db.Audit(c.Actor.Facts(c.Now, "account.read", "account", user.Id, null));
        await c.Db.SaveChangesAsync(ct);
        return await AccountState.ToResponseAsync(c.Db, user, ct);
    }
}
