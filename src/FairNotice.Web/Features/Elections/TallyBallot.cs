using System.Text.Json;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>After closing, the encrypted sums the guardians decrypt on their own machines, and their decryption shares:
/// each is checked against its proof; with k guardians the ballot is tallied, decided and its record written.</summary>
internal static class TallyBallot
{
    public static async Task<Results<Ok<SumsView>, ErrorProblem>> SumsEndpoint(string id, int order, AppDbContext db, CancellationToken ct) =>
        await SumsAsync(db, id, order, ct) is var r && r.IsOk ? TypedResults.Ok(r.Value) : new ErrorProblem(r.Error!);

    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> SharesEndpoint(string id, int order, SharesRequest body, AppDbContext db, HttpContext http,
        TimeProvider clock, CancellationToken ct) =>
        await GetElection.Respond(db, id, await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, body, ct), ct);

    public static async Task<Result<SumsView>> SumsAsync(AppDbContext db, string id, int order, CancellationToken ct)
    {
        var (e, round) = await LoadRoundAsync(db, id, order, ct);
        if (round is null || e?.Guardians is not { } guardians)
        {
            return ElectionErrors.NotFound;
        }

        if (round.Status == RoundStatus.Open)
        {
            return ElectionErrors.RoundOpen;
        }

        var manifest = round.Manifest;
        var board = await BoardAsync(db, round.Id, ct);
        var baseHash = manifest.BaseHash();
        var sums = BallotRound.Sums(manifest, board);
        return new SumsView(manifest.ContestId, baseHash, guardians,
            [.. manifest.Candidates.Select((c, i) => new SumLine(c.Id, sums[i], BallotRound.TallyContext(baseHash, c.Id)))], BallotRound.Counted(board).Count);
    }

    public static async Task<Result<RoundEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, int order, SharesRequest r, CancellationToken ct)
    {
        var sums = await SumsAsync(db, id, order, ct);
        if (!sums.IsOk)
        {
            return sums.Error!;
        }

        var (_, round) = await LoadRoundAsync(db, id, order, ct);
        if (round!.Status == RoundStatus.Tallied)
        {
            return ElectionErrors.Tallied;
        }

        var s = sums.Value;
        var stored = round.SharesJson is null ? [] : JsonSerializer.Deserialize<List<GuardianShares>>(round.SharesJson, ElectionJson.Options)!;
        foreach (var g in r.Guardians ?? [])
        {
            var shares = g.Shares ?? [];
            var ok = s.Guardians.Any(x => x.Index == g.Guardian) && shares.Count == s.Sums.Count && shares.Zip(s.Sums).All(pair => pair.First.Guardian == g.Guardian
                && Verifies(() => pair.First.Proof.Verify(Group.Point(pair.Second.Sum.Alpha), Group.Point(pair.First.Share), KeyCeremony.PublicShare(s.Guardians, g.Guardian), pair.Second.Context)));
            if (!ok)
            {
                return ElectionErrors.ShareInvalid(g.Guardian);
            }

            stored.RemoveAll(x => x.Guardian == g.Guardian);
            stored.Add(g);
        }

        round.SharesJson = Json(stored);
        round.Version++;
        db.Audit(actor.Facts(now, "election.shares", "election", id, $"{round.Manifest.ContestId}: guardians {string.Join(",", stored.Select(x => x.Guardian).Order())}"));
        if (stored.Count >= round.Manifest.Quorum)
        {
            var manifest = round.Manifest;
            var present = stored.OrderBy(x => x.Guardian).Take(manifest.Quorum).ToList();
            var record = BallotRound.Record(manifest, s.Guardians, await BoardAsync(db, round.Id, ct),
                [.. s.Sums.Select((_, i) => (IReadOnlyList<DecryptionShare>)[.. present.Select(p => p.Shares![i])])], ElectionRules.Default, round.Challenged);
            round.RecordJson = Json(record);
            round.Status = RoundStatus.Tallied;
            db.Audit(actor.Facts(now, "election.tally", "election", id, $"{manifest.ContestId}: {record.Decision.Elected ?? "further ballot"}"));
        }

        await db.SaveChangesAsync(ct);
        return round;
    }
}
