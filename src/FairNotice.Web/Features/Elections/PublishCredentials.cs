using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>The officer publishes the credential authority's public list before the first ballot opens; every ballot's
/// roll then carries each delegation's key and the list's hash. Secrets never reach the server (ADR "ballot credentials").</summary>
internal static class PublishCredentials
{
    public static async Task<Results<Ok<CredentialsView>, ErrorProblem>> Endpoint(string id, CredentialList body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is var r && r.IsOk ? TypedResults.Ok(r.Value) : new ErrorProblem(r.Error!);

    public static async Task<Results<Ok<CredentialsView>, ErrorProblem>> GetEndpoint(string id, AppDbContext db, CancellationToken ct) =>
        await db.Elections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) is { Credentials: { } list }
            ? TypedResults.Ok(new CredentialsView(list.Hash(), list.Credentials.Count, list))
            : new ErrorProblem(ElectionErrors.NotFound);

    public static async Task<Result<CredentialsView>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, CredentialList? list, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return ElectionErrors.NotFound;
        }

        if (e.CredentialsJson is not null)
        {
            return ElectionErrors.CredentialsSet;
        }

        if (await db.Rounds.AnyAsync(r => r.ElectionId == id, ct))
        {
            return ElectionErrors.CredentialsTooLate;
        }

        if (list?.Credentials is null)
        {
            return ElectionErrors.CredentialsInvalid("send the list");
        }

        var members = MemberCatalogue.All.Select(m => m.Iso2).ToHashSet(StringComparer.Ordinal);
        var suspended = e.Suspended;
        var problem = list.Problem(id)
            ?? (list.Credentials.FirstOrDefault(c => !members.Contains(c.Member)) is { } stranger ? $"{stranger.Member} is not a member" : null)
            ?? (members.Where(m => !suspended.Contains(m)).Except(list.Credentials.Select(c => c.Member), StringComparer.Ordinal).Order(StringComparer.Ordinal).FirstOrDefault() is { } missing
                ? $"{missing} may vote but has no credential" : null);
        if (problem is not null)
        {
            return ElectionErrors.CredentialsInvalid(problem);
        }

        var canonical = list with { Credentials = [.. list.Credentials.OrderBy(c => c.Member, StringComparer.Ordinal)] };
        e.CredentialsJson = Json(canonical);
        e.Version++;
        db.Audit(actor.Facts(now, "election.credentials", "election", id, canonical.Hash()));
        await db.SaveChangesAsync(ct);
        return new CredentialsView(canonical.Hash(), canonical.Credentials.Count, canonical);
    }
}
