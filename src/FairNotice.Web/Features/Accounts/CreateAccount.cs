using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Accounts;

/// <summary>
/// Creates an account without a password and answers a one-time set-password link for its owner. An account with a
/// privileged role (reviewer, Commission, auditor, election officer, administrator) starts disabled: a second administrator
/// activates it, so one administrator alone cannot mint a reviewer and use it.
/// </summary>
internal static class CreateAccount
{
    public static async Task<IResult> Handle(HttpContext http, CreateAccountRequest request, IOptions<AccountsOptions> options, PublicAddress site, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), options.Value, site, request, ct);
        return result.IsOk ? TypedResults.Created($"/api/accounts/{result.Value.Account.Id}", result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<SetPasswordLinkResponse>> RunAsync(AdminCall c, AccountsOptions options, PublicAddress site, CreateAccountRequest r, CancellationToken ct)
    {
        var roles = (r.Roles ?? []).ToHashSet();
        var asked = new AccountRequest(r.Email?.Trim() ?? "", r.DisplayName?.Trim() ?? "", r.Affiliation ?? Affiliation.Ncb,
            string.IsNullOrWhiteSpace(r.Country) ? null : r.Country.Trim().ToUpperInvariant(), roles);
        var fields = new Dictionary<string, string[]>(AccountRules.Check(asked)?.Fields ?? new Dictionary<string, string[]>(), StringComparer.Ordinal);
        if (r.Affiliation is null)
        {
            fields["affiliation"] = ["One of: Ncb, Secretariat, Commission."];
            fields.Remove("roles");
            fields.Remove("country");
        }

        if (fields.Count > 0)
        {
            return new InvalidError("accounts.invalid", "The account cannot be created as asked.", fields);
        }

        if (await c.Users.FindByEmailAsync(asked.Email) is not null)
        {
            return AccountErrors.EmailTaken;
        }

        var privileged = AccountRules.IsPrivileged(roles);
        var user = new AppUser
        {
            UserName = asked.Email, Email = asked.Email, EmailConfirmed = true, DisplayName = asked.DisplayName,
            Affiliation = asked.Affiliation, Country = asked.Country, LockoutEnabled = true,
        };
        if (privileged)
        {
            AccountState.Disable(user);
        }

        await using var tx = await c.Db.Database.BeginTransactionAsync(ct);
        var created = await c.Users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return new InvalidError("accounts.invalid", "The account cannot be created as asked.",
                new Dictionary<string, string[]> { ["email"] = [.. created.Errors.Select(e => e.Description)] });
        }

        var granted = await c.Users.AddToRolesAsync(user, roles.Order().Select(x => x.ToString()));
        if (!granted.Succeeded)
        {
            throw new InvalidOperationException("Roles could not be granted: " + string.Join("; ", granted.Errors.Select(e => e.Code)));
        }

        if (privileged)
        {
            AccountState.MarkPending(c.Db, user.Id, c.Actor.UserId);
        }

        var expires = c.Now.AddMinutes(options.SetPasswordLinkMinutes);
        var token = await SetPasswordLinks.IssueAsync(c.Db, user.Id, c.Actor.UserId, expires, ct);
        c.Db.Audit(c.Actor.Facts(c.Now, "account.create", "account", user.Id,
            $"{asked.Affiliation}{(asked.Country is null ? "" : " " + asked.Country)}; roles: {string.Join(", ", roles.Order())}"
            + (privileged ? "; privileged: disabled until a second administrator activates it" : "")));
        c.Db.Audit(c.Actor.Facts(c.Now, "account.password-link", "account", user.Id, $"link valid until {expires:yyyy-MM-dd HH:mm} UTC"));
        await c.Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new SetPasswordLinkResponse(await AccountState.ToResponseAsync(c.Db, user, ct), SetPasswordLinks.Link(site, token), expires);
    }
}
