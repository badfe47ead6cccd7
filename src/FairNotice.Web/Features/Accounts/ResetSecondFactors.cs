using FairNotice.Domain;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// Removes an account's second factors (authenticator key, recovery codes, passkeys) and ends every session: for an owner who
/// lost their device. Separate from the password reset on purpose, so that neither alone hands an account over.
/// </summary>
internal static class ResetSecondFactors
{
    // Where Identity keeps the authenticator key and the recovery codes (UserStoreBase.InternalLoginProvider).
    private const string IdentityTokenProvider = "[AspNetUserStore]";

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

        // Passkeys exist only once the schema has Identity's passkey table (Identity schema version 3).
        if (c.Users.SupportsUserPasskey && c.Db.Model.FindEntityType(typeof(Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>)) is not null)
        {
            foreach (var passkey in await c.Users.GetPasskeysAsync(user))
            {
                var removed = await c.Users.RemovePasskeyAsync(user, passkey.CredentialId);
                if (!removed.Succeeded)
                {
                    throw new InvalidOperationException("A passkey could not be removed: " + string.Join("; ", removed.Errors.Select(e => e.Code)));
                }
            }
        }

        c.Db.UserTokens.RemoveRange(await c.Db.UserTokens.Where(t => t.UserId == user.Id && t.LoginProvider == IdentityTokenProvider).ToListAsync(ct));
        user.TwoFactorEnabled = false;
        AccountState.EndSessions(user);
        c.Db.Audit(c.Actor.Facts(c.Now, "account.second-factors-reset", "account", user.Id, "second factors removed, sessions ended"));
        await Saving.UpdateAsync(c, user);
        return await AccountState.ToResponseAsync(c.Db, user, ct);
    }
}
