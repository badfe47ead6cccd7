using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission tells the parties the decision deadline cannot be met, why, and the new date (Art. 40(3)).</summary>
internal static class NotifyDeadline
{
    public static async Task<Results<Ok<RedressFileView>, ErrorProblem>> Endpoint(Guid id, DeadlineNoticeRequest body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        GetRedressFile.Respond(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock);

    public static async Task<Result<RedressRequest>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, DeadlineNoticeRequest d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(d.Reason))
        {
            errors["reason"] = ["Say why the deadline cannot be met."];
        }

        if (d.ExpectedBy is null)
        {
            errors["expectedBy"] = ["When the parties can expect the decision (YYYY-MM-DD)."];
        }

        if (errors.Count > 0)
        {
            return RedressErrors.DeadlineNoticeIncomplete(errors);
        }

        var loaded = await GetRedressFile.LoadAsync(db, actor, now, id, "deadline notice", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (RedressProcedure.Apply(r.Status, RedressAction.DeadlineNotice).Error is { } notRunning)
        {
            return notRunning;
        }

        // An admissible request always has its decision date: DecideAdmissibility sets both together.
        var due = r.DecisionDue!.Value;
        if (d.ExpectedBy <= due)
        {
            return RedressErrors.NotAfterDeadline(due);
        }

        r.AddEvent(now, actor.UserId, "DeadlineNotice",
            LocalMessage.Of("RedressMessage.DeadlineNotice", MessageArgument.Date(due), MessageArgument.Date(d.ExpectedBy!.Value), MessageArgument.Text(d.Reason!.Trim())), true, true);
        r.DecisionDue = d.ExpectedBy;
        r.Version++;
        db.Audit(actor.Facts(now, "redress.deadline_notice", "redress", id.ToString(), $"until {d.ExpectedBy:yyyy-MM-dd}"));
        return await GetRedressFile.SaveAsync(db, r, ct);
    }
}
