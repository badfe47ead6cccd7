using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>The officer closes a ballot: no more ballots; the guardians can decrypt the sums.</summary>
internal static class CloseBallot
{
    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> Endpoint(string id, int order, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await GetElection.Respond(db, id, await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, ct), ct);

    public static async Task<Result<RoundEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, CancellationToken ct)
    {
        var (_, round) = await LoadRoundAsync(db, id, order, ct);
        if (round is null)
        {
            return ElectionErrors.NotFound;
        }

        var closed = ElectionLifecycle.CloseBallot(round.Status);
        if (!closed.IsOk)
        {
            return closed.Error!;
        }

        round.Status = closed.Value;
        round.ClosedAt = now;
        round.Version++;
        db.Audit(actor.Facts(now, "election.close_round", "election", id, round.Manifest.ContestId));
        await db.SaveChangesAsync(ct);
        return round;
    }
}
