using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static FairNotice.Web.Features.Elections.ElectionQueries;

namespace FairNotice.Web.Features.Elections;

/// <summary>The election officer sets up an election: seats due, candidacy deadline, members without voting rights,
/// outgoing and continuing holders, k of n guardians.</summary>
internal static class SetUpElection
{
    public static async Task<Results<Created<ElectionCreated>, ErrorProblem>> Endpoint(CreateElectionRequest body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), body, ct) is var r && r.IsOk
            ? TypedResults.Created($"/api/elections/{r.Value.Id}", new ElectionCreated(r.Value.Id))
            : new ErrorProblem(r.Error!);

    /// <summary>Everything that refuses the set-up, changing nothing: the page runs it over what it could read so that every
    /// error shows in one pass.</summary>
    public static Dictionary<string, string[]> Check(CreateElectionRequest r, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(r.Id) || r.Id.Length > 40 || !r.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors["id"] = ["Lower-case letters, digits and hyphens, at most 40."];
        }

        if (string.IsNullOrWhiteSpace(r.Title))
        {
            errors["title"] = ["Required."];
        }

        if (r.CandidacyDeadline is null || r.CandidacyDeadline <= now)
        {
            errors["candidacyDeadline"] = ["A future date and time."];
        }

        var rules = ElectionRules.Default;
        if (r.Seats is not { Count: > 0 } seats || seats.Any(s => !Enum.IsDefined(s.Post) || (s.Post == Post.Delegate) != (s.Region is not null)
                || (s.Region is not null && !rules.Regions.Contains(s.Region))))
        {
            errors["seats"] = [$"The seats due: a post, and for a Delegate one of {string.Join(", ", rules.Regions)}."];
        }
        else if (seats.GroupBy(s => s.Post).Any(g => g.Count() > rules.For(g.Key).Seats))
        {
            errors["seats"] = ["More seats than the Committee has for a post (Constitution Art. 15)."];
        }

        // Every code that is not a member, not only the first: "FRANCIA, XX" named FRANCIA and hid XX until the next post.
        if ((r.Suspended ?? []).Where(m => !MemberCatalogue.IsMember(m)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } notMembers)
        {
            errors["suspended"] = [.. notMembers.Select(m => $"{m} is not a member.")];
        }

        if (r.Quorum < 1 || r.Guardians < r.Quorum || r.Guardians > 15)
        {
            errors["quorum"] = ["1 ≤ k ≤ n ≤ 15."];
        }

        return errors;
    }

    public static async Task<Result<ElectionEntity>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, CreateElectionRequest r, CancellationToken ct)
    {
        var errors = Check(r, now);
        if (errors.Count > 0)
        {
            return ElectionErrors.SetUp(errors);
        }

        var rules = ElectionRules.Default;
        if (await db.Elections.AnyAsync(e => e.Id == r.Id, ct))
        {
            return ElectionErrors.Exists;
        }

        var e = new ElectionEntity
        {
            Id = r.Id!, Title = r.Title!.Trim(), Status = ElectionStatus.Candidacies, CandidacyDeadline = r.CandidacyDeadline!.Value,
            SeatsJson = Json(r.Seats!), SuspendedJson = Json((r.Suspended ?? []).Select(s => s.ToUpperInvariant()).ToHashSet()),
            ContinuingJson = Json(r.Continuing ?? []), OutgoingJson = Json(r.Outgoing ?? []), GuardianCount = r.Guardians, Quorum = r.Quorum,
            RulesVersion = rules.Version, CreatedAt = now,
        };
        db.Elections.Add(e);
        db.Audit(actor.Facts(now, "election.create", "election", e.Id, null));
        await db.SaveChangesAsync(ct);
        return e;
    }
}
