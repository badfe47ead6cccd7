using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Accounts;

/// <summary>What an account may do: its body, its member country (NCB accounts) and its roles.</summary>
public sealed record ChangeAccessRequest(Affiliation? Affiliation, string? Country, List<Role>? Roles);

/// <summary>
/// Changes an account's affiliation, country and roles under the rules that govern creation (<see cref="AccountRules.Check"/>).
/// Every session of the account ends (its claims change). A privileged role the account did not hold puts it back to
/// pending activation by another administrator, as at creation, so one administrator alone cannot turn an officer into a
/// reviewer and use it. Administrators never change their own access here: none can lock themselves out or grant themselves more.
/// </summary>
internal static class ChangeAccess
{
    public static async Task<IResult> Handle(HttpContext http, string id, ChangeAccessRequest request, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), id, request, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<AccountResponse>> RunAsync(AdminCall c, string id, ChangeAccessRequest r, CancellationToken ct)
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

        var roles = (r.Roles ?? []).ToHashSet();
        var affiliation = r.Affiliation ?? user.Affiliation;
        var country = string.IsNullOrWhiteSpace(r.Country) ? null : r.Country.Trim().ToUpperInvariant();
        if (AccountRules.Check(new AccountRequest(user.Email ?? "", user.DisplayName, affiliation, country, roles)) is { } invalid)
        {
            return new InvalidError("accounts.invalid", "The access cannot be changed as asked.", invalid.Fields);
        }

        var before = (await c.Users.GetRolesAsync(user)).Select(x => Enum.Parse<Role>(x)).ToHashSet();
        if (before.SetEquals(roles) && affiliation == user.Affiliation && country == user.Country)
        {
            return await AccountState.ToResponseAsync(c.Db, user, ct);
        }

        var from = Describe(user.Affiliation, user.Country, before);
        var gainsPrivilege = roles.Except(before).Any(AccountRules.Privileged.Contains);
        await using var tx = await c.Db.Database.BeginTransactionAsync(ct);
        Succeeded(await c.Users.RemoveFromRolesAsync(user, before.Except(roles).Select(x => x.ToString())));
        Succeeded(await c.Users.AddToRolesAsync(user, roles.Except(before).Order().Select(x => x.ToString())));
        user.Affiliation = affiliation;
        user.Country = country;
        AccountState.EndSessions(user);
        if (gainsPrivilege)
        {
            AccountState.Disable(user);
            await AccountState.ClearPendingAsync(c.Db, user.Id, ct);
            AccountState.MarkPending(c.Db, user.Id, c.Actor.UserId);
        }

        c.Db.Audit(c.Actor.Facts(c.Now, "account.access-change", "account", user.Id, $"{from} → {Describe(affiliation, country, roles)}; sessions ended"
            + (gainsPrivilege ? "; privileged role added: disabled until a second administrator activates it" : "")));
        await Saving.UpdateAsync(c, user);
        await tx.CommitAsync(ct);
        return await AccountState.ToResponseAsync(c.Db, user, ct);
    }

    private static string Describe(Affiliation affiliation, string? country, IEnumerable<Role> roles) =>
        $"{affiliation}{(country is null ? "" : " " + country)}; roles: {string.Join(", ", roles.Order())}";

    private static void Succeeded(Microsoft.AspNetCore.Identity.IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Roles could not be changed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
