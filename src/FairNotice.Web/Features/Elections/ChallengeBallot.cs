using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>A voter challenges (audits) an encryption instead of casting it: the server checks it holds exactly the
/// revealed choice, publishes it with the round's record, and never counts it.</summary>
internal static class ChallengeBallot
{
    public static async Task<Results<Ok<ChallengeResult>, ErrorProblem>> Endpoint(string id, int order, ChallengedBallot body, AppDbContext db, HttpContext http,
        TimeProvider clock, CancellationToken ct) =>
        await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, body, ct) is var r && r.IsOk ? TypedResults.Ok(r.Value) : new ErrorProblem(r.Error!);

    public static async Task<Result<ChallengeResult>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, ChallengedBallot? challenge, CancellationToken ct)
    {
        if (challenge?.Ballot is null || challenge.Nonces is null)
        {
            return ElectionErrors.ChallengeMissing;
        }

        var open = await CastBallot.LoadOpenBallotAsync(db, actor, challenge.Ballot.Voter, id, order, ct);
        if (!open.IsOk)
        {
            return open.Error!;
        }

        var (round, manifest, key) = open.Value;
        if (challenge.Check(manifest, manifest.BaseHash(), key) is { } problem)
        {
            return ElectionErrors.ChallengeFailed(problem);
        }

        // Stored and published without the member: how a delegation meant to vote is nobody else's business.
        var published = challenge.Publish();
        if (published.Check(manifest, key, await BoardAsync(db, round.Id, ct)) is { } cast)
        {
            return new ConflictError("challenge.cast", cast.Replace("conflict:", "", StringComparison.Ordinal) + "; a cast ballot cannot be challenged.");
        }

        var list = round.Challenged;
        if (list.Any(c => c.Code == published.Code))
        {
            return ElectionErrors.ChallengeRepeated;
        }

        list.Add(published);
        round.ChallengedJson = Json(list);
        round.Version++;
        db.Audit(actor.Facts(now, "election.challenge", "election", id, manifest.ContestId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ElectionErrors.ChangeConcurrent;
        }

        var name = challenge.Choice is null ? "blank ballot" : manifest.Candidates.First(c => c.Id == challenge.Choice) is var c ? $"{c.Name} ({c.Member})" : "";
        return new ChallengeResult(true, challenge.Choice, name, list.Count, published.Code);
    }
}
