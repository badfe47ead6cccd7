using FairNotice.Domain;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Accounts;

/// <summary>Accounts ordered by email, a page at a time; the search text matches the email or the display name.</summary>
internal static class ListAccounts
{
    public const int PageSize = 25;

    public static async Task<IResult> Handle(HttpContext http, string? q, int? page, CancellationToken ct)
    {
        var result = await RunAsync(http.Call(), q, page ?? 1, ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    public static async Task<Result<AccountPageResponse>> RunAsync(AdminCall c, string? q, int page, CancellationToken ct)
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

        var total = await query.CountAsync(ct);
        var users = await query.OrderBy(u => u.NormalizedEmail).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        // The search text is not recorded: it may be a person's name.
        c.Db.Audit(c.Actor.Facts(c.Now, "account.list", "account", null, string.IsNullOrWhiteSpace(q) ? $"page {page}" : $"search, page {page}"));
        await c.Db.SaveChangesAsync(ct);
        return new AccountPageResponse(await AccountState.ToResponsesAsync(c.Db, users, ct), page, PageSize, total);
    }
}
