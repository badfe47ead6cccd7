using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Accounts;

/// <summary>Accounts ordered by email, a page at a time; the search text matches the email or the display name.</summary>
internal static class ListAccounts
{
    public const int PageSize = 25;

    /// <summary>The list's filters besides the search text; null means any.</summary>
    public sealed record Filter(Role? Role = null, string? Status = null, Affiliation? Affiliation = null, string? Country = null)
    {
        public static Filter None { get; } = new();
    }

    public static readonly string[] Statuses = ["Active", "Disabled", AccountState.PendingActivation];

    public static async Task<IResult> Handle(HttpContext http, string? q, int? page, Role? role, string? status, Affiliation? affiliation, string? country, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), q, page ?? 1, new Filter(role, status, affiliation, country), ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static Task<Result<AccountPageResponse>> RunAsync(AdminCall c, string? q, int page, CancellationToken ct) => RunAsync(c, q, page, Filter.None, ct);

    public static async Task<Result<AccountPageResponse>> RunAsync(AdminCall c, string? q, int page, Filter filter, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is < 1 or > 100_000)
        {
            fields["page"] = ["The page is a number from 1."];
        }

        if (q is { Length: > 100 })
        {
            fields["q"] = ["Search with at most 100 characters."];
        }

        if (filter.Status is { } st && !Statuses.Contains(st, StringComparer.Ordinal))
        {
            fields["status"] = [$"One of: {string.Join(", ", Statuses)}."];
        }

        if (filter.Country is { } co && !Domain.Members.MemberCatalogue.IsMember(co.Trim().ToUpperInvariant()))
        {
            fields["country"] = ["A member's ISO code (two letters)."];
        }

        if (fields.Count > 0)
        {
            return new InvalidError("accounts.invalid-query", "The search cannot be run as asked.", fields);
        }

        var query = c.Db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var upper = q.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL upper(); never run in .NET
            query = query.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToUpper().Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
        }

        query = Filtered(c.Db, query, filter);
        var total = await query.CountAsync(ct);
        var users = await query.OrderBy(u => u.NormalizedEmail).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        // The search text is not recorded: it may be a person's name.
        c.Db.Audit(c.Actor.Facts(c.Now, "account.list", "account", null, (string.IsNullOrWhiteSpace(q) ? $"page {page}" : $"search, page {page}") + (filter == Filter.None ? "" : ", filtered")));
        await c.Db.SaveChangesAsync(ct);
        return new AccountPageResponse(await AccountState.ToResponsesAsync(c.Db, users, ct), page, PageSize, total);
    }

    private static IQueryable<AppUser> Filtered(AppDbContext db, IQueryable<AppUser> query, Filter filter)
    {
        if (filter.Affiliation is { } affiliation)
        {
            query = query.Where(u => u.Affiliation == affiliation);
        }

        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(u => u.Country == country);
        }

        if (filter.Role is { } role)
        {
            var name = role.ToString();
            var roles = db.Roles;
            var userRoles = db.UserRoles;
            query = query.Where(u => userRoles.Any(ur => ur.UserId == u.Id && roles.Any(r => r.Id == ur.RoleId && r.Name == name)));
        }

        var tokens = db.UserTokens;
        var disabledUntil = AccountState.DisabledUntil;
        return filter.Status switch
        {
            AccountState.PendingActivation => query.Where(u => tokens.Any(t => t.UserId == u.Id && t.LoginProvider == AccountState.TokenProvider && t.Name == AccountState.PendingActivation)),
            "Disabled" => query.Where(u => u.LockoutEnd != null && u.LockoutEnd >= disabledUntil
                && !tokens.Any(t => t.UserId == u.Id && t.LoginProvider == AccountState.TokenProvider && t.Name == AccountState.PendingActivation)),
            "Active" => query.Where(u => (u.LockoutEnd == null || u.LockoutEnd < disabledUntil)
                && !tokens.Any(t => t.UserId == u.Id && t.LoginProvider == AccountState.TokenProvider && t.Name == AccountState.PendingActivation)),
            _ => query,
        };
    }
}
