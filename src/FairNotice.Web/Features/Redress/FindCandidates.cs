using FairNotice.Web.Features.Screening;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Features.Redress;

/// <summary>Requests in the files that may concern the applicant, for the Commission to link to the file.</summary>
internal static class FindCandidates
{
    public static async Task<Results<Ok<List<ScreeningHitResponse>>, ErrorProblem>> Endpoint(Guid id, AppDbContext db, HttpContext http, TimeProvider clock,
        LiveScreeningIndex index, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await GetRedressFile.LoadAsync(db, http.RequireActor(), now, id, "find notices concerning the applicant", ct);
        if (!loaded.IsOk)
        {
            return new ErrorProblem(loaded.Error!);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await HandleAsync(db, index, loaded.Value, ct));
    }

    /// <summary>Notices that may concern the applicant: every submitted request in the files (not only those in
    /// circulation — refused, withdrawn, held or under review data are data too), found by the screening matcher among
    /// the requests sharing a name part with the applicant.</summary>
    public static async Task<List<ScreeningHitResponse>> HandleAsync(AppDbContext db, LiveScreeningIndex live, RedressRequest r, CancellationToken ct)
    {
        var dob = Domain.Notices.PartialDate.TryParse(r.DateOfBirth, out var d) ? d : null;
        var name = $"{r.Forenames} {r.FamilyName}";
        var upper = new[] { r.FamilyName, r.Forenames }.Concat(r.FamilyName.Split(' ')).Concat(r.Forenames.Split(' '))
            .Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length >= 2).Distinct().ToList();
        // Fuzzy hits among the requests in circulation, plus exact name blocking in the database for everything else
        // (refused, withdrawn, held, under review); all are scored by the same matcher.
        var fuzzy = live.SearchAll(new Domain.Screening.ScreeningQuery(name, dob, null, r.Nationality), 50).Select(h => h.Payload.NoticeId).ToList();
#pragma warning disable CA1304, CA1311, CA1862 // ToUpper() here is SQL upper() on both providers, not a .NET culture-dependent call.
        var rows = await db.Notices.AsNoTracking().Include(n => n.Countries)
            .Where(n => n.Status != Domain.Notices.NoticeStatus.Draft
                && (fuzzy.Contains(n.Id) || upper.Contains(n.FamilyName!.ToUpper()) || upper.Contains(n.Forenames!.ToUpper())))
            .Take(2000).ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
        var index = new Domain.Screening.ScreeningIndex<Notices.NoticeRecord>(Domain.Screening.NameNormaliser.Default);
        foreach (var n in rows)
        {
            index.Upsert(n.Id, n.Content.Person, n);
        }

        return [.. index.Search(new Domain.Screening.ScreeningQuery(name, dob, null, r.Nationality), _ => true, threshold: 0.8, max: 20)
            .Select(h => new ScreeningHitResponse(h.Payload.Id, h.Payload.Reference ?? "", h.Payload.Kind.ToString(), h.Payload.Colour.ToString(),
                h.Payload.Status.ToString(), h.Score, h.Explanation, h.Payload.BlockedByCommission ? ["Blocked by a provisional measure."] : []))];
    }
}
