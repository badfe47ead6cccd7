using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>The officer opens the next ballot for a seat (a further ballot when the last one elected nobody). Whether it
/// may open, and for whom, is <see cref="ElectionLifecycle.OpenBallot"/>.</summary>
internal static class OpenBallot
{
    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> Endpoint(string id, OpenRoundRequest body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await GetElection.Respond(db, id, await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), ct);

    public static async Task<Result<RoundEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, OpenRoundRequest r, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return ElectionErrors.NotFound;
        }

        var rounds = await db.Rounds.Where(x => x.ElectionId == id).OrderBy(x => x.Order).ToListAsync(ct);
        var region = r.Post == Post.Delegate ? r.Region : null;
        var candidacies = r.Post is not { } post ? []
            : await db.Candidacies.Where(c => c.ElectionId == id && c.Valid == true && c.Post == post && c.Region == region).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var facts = new BallotFacts(id, e.Title, e.Status, e.CandidacyDeadline, e.GuardiansJson is not null, e.GuardianCount, e.Quorum, e.Seats, e.Suspended,
            e.Continuing, e.Outgoing, [.. rounds.Select(x => (x.Status, x.Record))], [.. candidacies.Select(c => new ValidCandidacy(c.CandidateId, c.Person, c.Member))],
            e.Credentials);
        var opened = ElectionLifecycle.OpenBallot(facts, r.Post, r.Region, ElectionRules.Default, now);
        if (!opened.IsOk)
        {
            return opened.Error!;
        }

        var manifest = opened.Value;
        var round = new RoundEntity
        {
            Id = $"{id}|{manifest.ContestId}", ElectionId = id, Order = rounds.Count + 1, Status = RoundStatus.Open, ManifestJson = Json(manifest), OpenedAt = now,
        };
        db.Rounds.Add(round);
        e.Status = ElectionStatus.Voting;
        e.Version++;
        db.Audit(actor.Facts(now, "election.open_round", "election", id, manifest.ContestId));
        await db.SaveChangesAsync(ct);
        return round;
    }
}
