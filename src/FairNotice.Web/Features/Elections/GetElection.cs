using FairNotice.Domain;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>Public reads: the list of elections, one election (seats, candidacies, ballots with results and decisions,
/// who was elected) and its record that `fairnotice election verify` re-checks.</summary>
internal static class GetElection
{
    public static async Task<Ok<List<ElectionSummary>>> ListEndpoint(AppDbContext db, CancellationToken ct) => TypedResults.Ok(await ListAsync(db, ct));

    public static async Task<List<ElectionSummary>> ListAsync(AppDbContext db, CancellationToken ct) =>
        [.. (await db.Elections.ToListAsync(ct)).OrderByDescending(e => e.CreatedAt).Select(e => new ElectionSummary(e.Id, e.Title, e.Status.ToString(), e.CandidacyDeadline))];

    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> Endpoint(string id, AppDbContext db, CancellationToken ct) =>
        await ViewAsync(db, id, ct) is { } v ? TypedResults.Ok(v) : new ErrorProblem(ElectionErrors.NotFound);

    /// <summary>The record as one file, with its SHA-256 in the headers (RFC 9530 Repr-Digest, and hex for the verifier's
    /// --sha256): a delegation downloads it once and checks it offline.</summary>
    public static async Task<Results<ContentHttpResult, ErrorProblem>> RecordEndpoint(string id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        if (await RecordAsync(db, id, ct) is not { } r)
        {
            return new ErrorProblem(ElectionErrors.NotFound);
        }

        var json = r.ToJson();
        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json));
        http.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = $"{id}-record.json" }.ToString();
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(digest)}:";
        http.Response.Headers["X-Record-SHA256"] = Convert.ToHexStringLower(digest);
        return TypedResults.Text(json, "application/json");
    }

    /// <summary>How the officer's use cases answer: the election as it now stands, or the problem.</summary>
    public static async Task<Results<Ok<ElectionView>, ErrorProblem>> Respond<T>(AppDbContext db, string id, Result<T> result, CancellationToken ct) =>
        result.IsOk ? TypedResults.Ok((await ViewAsync(db, id, ct))!) : new ErrorProblem(result.Error!);

    public static async Task<ElectionRecord?> RecordAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var e = await db.Elections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var rounds = await db.Rounds.AsNoTracking().Where(x => x.ElectionId == id && x.Status == RoundStatus.Tallied).OrderBy(x => x.Order).ToListAsync(ct);
        return new ElectionRecord(id, e.Title, e.RulesVersion, [.. rounds.Select(x => x.Record!)]);
    }

    public static async Task<ElectionView?> ViewAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var e = await db.Elections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return null;
        }

        var candidacies = await db.Candidacies.AsNoTracking().Where(c => c.ElectionId == id).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var rounds = await db.Rounds.AsNoTracking().Where(x => x.ElectionId == id).OrderBy(x => x.Order).ToListAsync(ct);
        var counts = await db.BoardEntries.AsNoTracking().Where(b => rounds.Select(x => x.Id).Contains(b.RoundId)).GroupBy(b => b.RoundId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var guardians = e.Guardians;
        var key = guardians is null ? null : Group.Hex(KeyCeremony.JointKey(guardians));
        var views = rounds.Select(x =>
        {
            var m = x.Manifest;
            var rec = x.Record;
            // Decisions name candidates by id in the record; the page shows their names.
            var decision = rec?.Decision is { } d ? d with { Explanation = m.Candidates.Aggregate(d.Explanation, (text, c) => text.Replace(c.Id, $"{c.Name} ({c.Member})", StringComparison.Ordinal)) } : null;
            // The same decision as values, for the pages to word in the reader's language.
            var reason = rec is null ? null
                : Majority.Explain(ElectionRules.Default, m.Post, m.Ballot, rec.Tally.ToDictionary(t => t.CandidateId, t => t.Votes, StringComparer.Ordinal), rec.Blank);
            return new RoundView(x.Order, m.ContestId, x.Status.ToString(), m, m.BaseHash(), key, counts.GetValueOrDefault(x.Id),
                rec?.Tally.Select(t => new TallyLine(t.CandidateId, m.Candidates.First(c => c.Id == t.CandidateId).Name, m.Candidates.First(c => c.Id == t.CandidateId).Member, t.Votes)).ToList(),
                decision, reason);
        }).ToList();
        var elected = views.Where(v => v.Decision?.Elected is not null)
            .Select(v => $"{v.Manifest.Post}{(v.Manifest.Region is null ? "" : $" ({v.Manifest.Region})")}: {v.Manifest.Candidates.First(c => c.Id == v.Decision!.Elected).Name} ({v.Manifest.Candidates.First(c => c.Id == v.Decision!.Elected).Member})").ToList();
        return new ElectionView(e.Id, e.Title, e.Status.ToString(), e.CandidacyDeadline, e.Seats, [.. e.Suspended.Order(StringComparer.Ordinal)], e.GuardianCount, e.Quorum,
            guardians is not null, [.. candidacies.Select(c => new CandidacyView(c.Id, c.CandidateId, c.Person, c.Member, c.Post.ToString(), c.Region, c.Valid, c.Reasons))], views, elected,
            e.ArchivedRecordHash);
    }
}
