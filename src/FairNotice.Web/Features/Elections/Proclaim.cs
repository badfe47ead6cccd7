using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>The officer proclaims the results once every ballot is tallied; the record is archived as it stands.</summary>
internal static class Proclaim
{
    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> Endpoint(string id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await GetElection.Respond(db, id, await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, ct), ct);

    public static async Task<Result<ElectionEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return ElectionErrors.NotFound;
        }

        var rounds = await db.Rounds.Where(x => x.ElectionId == id).Select(x => x.Status).ToListAsync(ct);
        var proclaimed = ElectionLifecycle.Proclaim(e.Status, rounds);
        if (!proclaimed.IsOk)
        {
            return proclaimed.Error!;
        }

        e.Status = proclaimed.Value;
        e.ProclaimedAt = now;
        // Archived as it stands: the record's hash is published, so any copy of it can be checked against the original.
        e.ArchivedRecordHash = Group.Sha256((await GetElection.RecordAsync(db, id, ct))!.ToJson());
        e.Version++;
        db.Audit(actor.Facts(now, "election.proclaim", "election", id, $"record {e.ArchivedRecordHash}"));
        await db.SaveChangesAsync(ct);
        return e;
    }
}
