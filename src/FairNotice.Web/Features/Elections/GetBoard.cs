using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>The bulletin board of a ballot: who voted (never how), ballot hashes and chained tracking codes.</summary>
internal static class GetBoard
{
    public static async Task<Results<Ok<List<BoardLine>>, ErrorProblem>> Endpoint(string id, int order, AppDbContext db, CancellationToken ct) =>
        await HandleAsync(db, id, order, ct) is { } b ? TypedResults.Ok(b) : new ErrorProblem(ElectionErrors.NotFound);

    public static async Task<List<BoardLine>?> HandleAsync(AppDbContext db, string id, int order, CancellationToken ct)
    {
        var (_, round) = await LoadRoundAsync(db, id, order, ct);
        return round is null ? null : await db.BoardEntries.AsNoTracking().Where(b => b.RoundId == round.Id).OrderBy(b => b.Seq)
            .Select(b => new BoardLine(b.Seq, b.Voter, b.BallotHash, b.TrackingCode, b.CastAt)).ToListAsync(ct);
    }
}
