using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>The officer checks every candidacy against the rules; each invalid one gets its reasons with the article.</summary>
internal static class ValidateCandidacies
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

        var candidacies = await db.Candidacies.Where(c => c.ElectionId == id).OrderBy(c => c.SubmittedAt).ToListAsync(ct);
        var rules = ElectionRules.Default;
        foreach (var c in candidacies)
        {
            var reasons = Eligibility.Check(rules, new Candidacy(c.Person, c.Member, new SeatDue(c.Post, c.Region)), e.Continuing, e.Outgoing, [], e.Seats).ToList();
            if (candidacies.Any(o => o.Id != c.Id && o.Member == c.Member && o.Post == c.Post && o.Region == c.Region && o.SubmittedAt < c.SubmittedAt))
            {
                reasons.Add("The member already proposed a candidate for this seat.");
            }

            c.Valid = reasons.Count == 0;
            c.Reasons = reasons.Count == 0 ? null : string.Join(" ", reasons);
        }

        db.Audit(actor.Facts(now, "election.validate", "election", id, $"{candidacies.Count(c => c.Valid == true)} valid of {candidacies.Count}"));
        await db.SaveChangesAsync(ct);
        return e;
    }
}
