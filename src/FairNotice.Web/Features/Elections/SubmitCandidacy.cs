using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>An NCB supervisor proposes the member's delegate for a post, before the deadline.</summary>
internal static class SubmitCandidacy
{
    public static async Task<Results<Created, ErrorProblem>> Endpoint(string id, CandidacyRequest body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is { IsOk: false } r ? new ErrorProblem(r.Error!) : TypedResults.Created($"/api/elections/{id}");

    public static async Task<Result<CandidacyEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string id, CandidacyRequest r, CancellationToken ct)
    {
        var e = await db.Elections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return ElectionErrors.NotFound;
        }

        if (!actor.Has(Role.NcbSupervisor) || actor.Country is null)
        {
            return ElectionErrors.SupervisorsOnly;
        }

        if (ElectionLifecycle.AcceptCandidacy(e.Status, e.CandidacyDeadline, now) is { } closed)
        {
            return closed;
        }

        if (string.IsNullOrWhiteSpace(r.Person) || r.Person.Length > 200 || r.Post is not { } post || !Enum.IsDefined(post))
        {
            return ElectionErrors.Candidacy(string.Join(", ", Enum.GetNames<Post>()));
        }

        var c = new CandidacyEntity
        {
            Id = Guid.CreateVersion7(now), ElectionId = id, Person = r.Person.Trim(), Member = actor.Country, Post = post,
            Region = post == Post.Delegate ? r.Region : null, SubmittedAt = now, SubmittedBy = actor.UserId,
        };
        db.Candidacies.Add(c);
        db.Audit(actor.Facts(now, "election.candidacy", "election", id, $"{post}"));
        await db.SaveChangesAsync(ct);
        return c;
    }
}
