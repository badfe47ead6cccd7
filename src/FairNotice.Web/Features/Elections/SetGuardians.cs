using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>The guardians' public records from the key ceremony; every proof is checked. The server never holds a secret.</summary>
internal static class SetGuardians
{
    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> Endpoint(string id, List<GuardianRecord> body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await GetElection.Respond(db, id, await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), ct);

    public static async Task<Result<ElectionEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, List<GuardianRecord>? guardians, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return ElectionErrors.NotFound;
        }

        if (e.GuardiansJson is not null)
        {
            return ElectionErrors.GuardiansSet;
        }

        var context = ElectionVerifier.CeremonyContext(id);
        var ok = guardians is { } g && g.Count == e.GuardianCount && g.Select(x => x.Index).Order().SequenceEqual(Enumerable.Range(1, e.GuardianCount))
            && g.All(x => x.Commitments.Count == e.Quorum && x.Proofs.Count == e.Quorum
                && x.Commitments.Select((c, j) => Verifies(() => x.Proofs[j].Verify(Group.Point(c), $"{context}|guardian {x.Index}|coefficient {j}"))).All(v => v));
        if (!ok)
        {
            return ElectionErrors.GuardiansInvalid(e.GuardianCount, e.Quorum, context);
        }

        e.GuardiansJson = Json(guardians!);
        e.Version++;
        db.Audit(actor.Facts(now, "election.guardians", "election", id, $"{e.Quorum} of {e.GuardianCount}"));
        await db.SaveChangesAsync(ct);
        return e;
    }
}
