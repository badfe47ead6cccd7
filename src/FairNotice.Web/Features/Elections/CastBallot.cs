using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>A delegation casts its member's ballot, encrypted on its side; the answer is the tracking code.</summary>
internal static class CastBallot
{
    public static async Task<Results<Ok<CastReceipt>, ErrorProblem>> Endpoint(string id, int order, EncryptedBallot body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, body, ct) is var r && r.IsOk ? TypedResults.Ok(r.Value) : new ErrorProblem(r.Error!);

    public static async Task<Result<CastReceipt>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, EncryptedBallot? ballot, CancellationToken ct)
    {
        if (ballot is null)
        {
            return ElectionErrors.BallotMissing;
        }

        var open = await LoadOpenBallotAsync(db, actor, ballot.Voter, id, order, ct);
        if (!open.IsOk)
        {
            return open.Error!;
        }

        var (round, manifest, key) = open.Value;
        var board = await BoardAsync(db, round.Id, ct);
        var problem = ElectionVerifier.CheckBallot(manifest, manifest.BaseHash(), key, ballot, board);
        if (problem is not null)
        {
            return problem.StartsWith("conflict:", StringComparison.Ordinal)
                ? new ConflictError("ballot.rejected", problem["conflict:".Length..])
                : ElectionErrors.BallotInvalid(problem);
        }

        // An opened encryption is public: cast, it would be a vote everyone can read (and the record would not verify).
        if (round.Challenged.Any(c => c.SharesAnEncryptionWith(ballot)))
        {
            return ElectionErrors.Challenged;
        }

        var entry = BoardEntry.Next(board, manifest.BaseHash(), ballot);
        db.BoardEntries.Add(new BoardEntryEntity { RoundId = round.Id, Seq = entry.Seq, Voter = ballot.Voter, BallotJson = Json(ballot), BallotHash = entry.BallotHash, TrackingCode = entry.TrackingCode, CastAt = now });
        // That the member voted is recorded; how, never (the ballot is encrypted, and the audit keeps no ballot content).
        db.Audit(actor.Facts(now, "election.ballot", "election", id, manifest.ContestId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return ElectionErrors.BallotConcurrent;
        }

        return new CastReceipt(entry.TrackingCode, entry.Seq, manifest.ContestId);
    }

    /// <summary>A delegation acts for its own member only, on an open ballot of an election whose guardians are set.</summary>
    public static async Task<Result<(RoundEntity Round, RoundManifest Manifest, Org.BouncyCastle.Math.EC.ECPoint Key)>> LoadOpenBallotAsync(AppDbContext db, Actor actor,
        string voter, string id, int order, CancellationToken ct)
    {
        if (actor.Country is null || voter != actor.Country)
        {
            return ElectionErrors.OwnMemberOnly;
        }

        var (e, round) = await LoadRoundAsync(db, id, order, ct);
        if (round is null || e?.Guardians is not { } guardians)
        {
            return ElectionErrors.NotFound;
        }

        return ElectionLifecycle.AcceptBallot(round.Status) is { } closed ? closed : (round, round.Manifest, KeyCeremony.JointKey(guardians));
    }
}
