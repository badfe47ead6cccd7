using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>One file, whole, for the Commission: every read is audited with its purpose. The Commission's other use
/// cases load the file through <see cref="LoadAsync"/> and answer with <see cref="ToView"/>.</summary>
internal static class GetRedressFile
{
    public static async Task<Results<Ok<RedressFileView>, ErrorProblem>> Endpoint(Guid id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await LoadAsync(db, http.RequireActor(), now, id, "read the file", ct);
        if (!loaded.IsOk)
        {
            return new ErrorProblem(loaded.Error!);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToView(loaded.Value, DateOnly.FromDateTime(now.UtcDateTime)));
    }

    /// <summary>The tracked file with its links, history and documents; stages the read's audit entry (the caller saves).</summary>
    public static async Task<Result<RedressRequest>> LoadAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, string purpose, CancellationToken ct)
    {
        var request = await db.RedressRequests.Include(r => r.Links).Include(r => r.Events).Include(r => r.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return RedressErrors.NotFound;
        }

        db.Audit(actor.Facts(now, "redress.read", "redress", id.ToString(), purpose));
        return request;
    }

    /// <summary>Saves a use case's staged changes once; a concurrent change to the same file is a conflict, not a 500.</summary>
    public static async Task<Result<RedressRequest>> SaveAsync(AppDbContext db, RedressRequest r, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return r;
        }
        catch (DbUpdateException ex) when (ex.LostRace())
        {
            return RedressErrors.Concurrent;
        }
    }

    /// <summary>How a Commission use case answers the API: the file as it now stands, or the problem.</summary>
    public static Results<Ok<RedressFileView>, ErrorProblem> Respond(Result<RedressRequest> result, TimeProvider clock) =>
        result.IsOk ? TypedResults.Ok(ToView(result.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))) : new ErrorProblem(result.Error!);

    public static RedressFileView ToView(RedressRequest r, DateOnly today)
    {
        var deadlines = new List<DeadlineView> { View(new Deadline("decide admissibility", r.AdmissibilityDue, "CCF Statute Art. 32"), today) };
        if (r.DecisionDue is { } due)
        {
            deadlines.Add(new DeadlineView(r.Type == RedressType.Access ? "decide the access request" : "decide the request", due,
                r.Type == RedressType.Access ? "CCF Statute Art. 40(1)" : "CCF Statute Art. 40(2)", r.Status == RedressStatus.Decided ? "Met" : CommissionDeadlines.State(due, today).ToString()));
        }

        if (r.Outcome == RedressOutcome.NotCompliant && r.DecidedAt is { } decided)
        {
            var d = CommissionDeadlines.Deletion(DateOnly.FromDateTime(decided.UtcDateTime));
            deadlines.Add(new DeadlineView(d.What, d.Due, d.Citation, CommissionDeadlines.State(d.Due, today).ToString()));
        }

        if (r.Status != RedressStatus.Received)
        {
            deadlines[0] = deadlines[0] with { State = "Met" };
        }

        return new RedressFileView(r.Id, r.Number, r.Type.ToString(), r.Status.ToString(), r.Language, r.FamilyName, r.Forenames, r.DateOfBirth, r.Nationality,
            r.ByRepresentative, r.RepresentativeName, r.ContactEmail, r.Statement, r.PreviousNumber, r.NewFact, r.NewFactDiscovered, r.ReceivedAt, deadlines,
            r.Outcome?.ToString(), r.DecisionReasons,
            [.. r.Attachments.Select(a => new AttachmentView(a.Id, a.Kind, a.FileName, a.ContentType, a.Size, a.Sha256))],
            [.. r.Links.Select(l => new LinkView(l.Id, l.NoticeId, l.NoticeReference, l.SourceCountry, l.ConsultedAt, l.AnsweredAt, l.DisclosureAllowed,
                l.Restriction?.ToString(), l.SourceComment, l.BlockedFor?.ToString()))],
            [.. r.Events.OrderBy(e => e.At).Select(e => new RedressEventView(e.At, e.ActorId, e.Action, e.Text, e.ToApplicant, e.ToSource, e.Said()))],
            r.Type == RedressType.Access ? DisclosedLines(r) : []);
    }

    public static DeadlineView View(Deadline d, DateOnly today) => new(d.What, d.Due, d.Citation, CommissionDeadlines.State(d.Due, today).ToString());

    public static IReadOnlyList<string> DisclosedLines(RedressRequest request) =>
        Disclosure.ForApplicant(request.Links.Select(l => new DisclosableItem(l.NoticeReference, $"data held at the request of {l.SourceCountry}",
            l.DisclosureAllowed == true ? null : l.Restriction ?? DisclosureRestriction.PublicSecurityOrCrimePrevention, l.AnsweredAt is not null)));
}
