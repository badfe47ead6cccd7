using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission's binding decision (Art. 26): Compliant, CompliantWithUpdate, NotCompliant (the notices in the
/// file are deleted and every recipient told to purge, Art. 41) or ConditionsForRevisionNotMet.</summary>
internal static class DecideRedress
{
    public static async Task<Results<Ok<RedressFileView>, ErrorProblem>> Endpoint(Guid id, DecisionRequest body, AppDbContext db, NoticeDataHolders holders, HttpContext http,
        TimeProvider clock, CancellationToken ct) =>
        GetRedressFile.Respond(await HandleAsync(db, holders, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock);

    public static async Task<Result<RedressRequest>> HandleAsync(AppDbContext db, NoticeDataHolders holders, Actor actor, DateTimeOffset now, Guid id, DecisionRequest d, CancellationToken ct)
    {
        var checkedFile = await CheckAsync(db, actor, now, id, d, ct);
        if (!checkedFile.IsOk)
        {
            return checkedFile;
        }

        var r = checkedFile.Value;
        var outcome = d.Outcome!.Value;
        var reasons = d.Reasons!.Trim() + (outcome == RedressOutcome.CompliantWithUpdate ? $" Update required: {d.Update!.Trim()}" : "");
        r.Status = RedressProcedure.Apply(r.Status, RedressAction.Decide).Value;
        r.Outcome = outcome;
        r.DecisionReasons = reasons;
        r.DecidedAt = now;
        r.Version++;
        var said = MessageArgument.Word($"RedressOutcome.{outcome}", outcome.ToString());
        r.AddEvent(now, actor.UserId, "Decided", outcome == RedressOutcome.CompliantWithUpdate
            ? LocalMessage.Of("RedressMessage.DecidedWithUpdate", said, MessageArgument.Text(d.Reasons!.Trim()), MessageArgument.Text(d.Update!.Trim()))
            : LocalMessage.Of("RedressMessage.Decided", said, MessageArgument.Text(d.Reasons!.Trim())), true, true);
        var notices = await db.Notices.Include(n => n.Countries).Include(n => n.Events).AsSplitQuery()
            .Where(n => r.Links.Select(l => l.NoticeId).Contains(n.Id)).ToListAsync(ct);
        foreach (var notice in notices)
        {
            // The decision becomes a precedent for later requests (issue #13), recorded before the deletion step changes the notice.
            Compliance.Precedents.RecordPrecedent.FromCommission(db, notice, outcome, reasons, now);
            notice.BlockedByCommission = false;
            notice.UpdatedAt = now;
            notice.Version++;
            if (outcome == RedressOutcome.NotCompliant)
            {
                Delete(db, notice, r, actor, now);
                // Deletion means deletion (issue #18): the personal data leave FairNotice's own files too, in the same transaction.
                await EraseNotice.StageAsync(db, holders, notice, actor.Facts(now, "notice.erase", "notice", null, null),
                    $"the Commission's decision {r.Number} (not compliant, CCF Statute Art. 41)", now, ct);
            }
            else
            {
                notice.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = "CommissionDecision", FromStatus = notice.Status,
                    ToStatus = notice.Status, Reason = $"Commission decision {outcome} on {r.Number}: {reasons}" });
            }
        }

        db.Audit(actor.Facts(now, "redress.decide", "redress", id.ToString(), outcome.ToString()));
        return await GetRedressFile.SaveAsync(db, r, ct);
    }

    /// <summary>Everything that would refuse the decision, changing nothing but the read's audit entry: the page checks it before asking to confirm.</summary>
    public static async Task<Result<RedressRequest>> CheckAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, DecisionRequest d, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (d.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors["outcome"] = [$"One of: {string.Join(", ", Enum.GetNames<RedressOutcome>())}."];
        }

        if (string.IsNullOrWhiteSpace(d.Reasons) || d.Reasons.Length < 20)
        {
            errors["reasons"] = ["A decision gives its reasons (at least 20 characters)."];
        }

        if (d.Outcome == RedressOutcome.CompliantWithUpdate && string.IsNullOrWhiteSpace(d.Update))
        {
            errors["update"] = ["Say what the Secretariat must update."];
        }

        if (errors.Count > 0)
        {
            return RedressErrors.DecisionIncomplete(errors);
        }

        var loaded = await GetRedressFile.LoadAsync(db, actor, now, id, "decide", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        var decided = RedressProcedure.Decide(r.Status, r.Type, d.Outcome!.Value, r.Links.Any(l => l.AnsweredAt is null));
        return decided.IsOk ? r : decided.Error!;
    }

    // Art. 41: the data leave the files. The notice takes its lifecycle step (cancelled, so it leaves screening and the
    // public extract at once), the deletion is audited on the notice itself, and every member that received it, by the one
    // visibility rule, is told to purge its national copies and to acknowledge.
    private static void Delete(AppDbContext db, NoticeRecord notice, RedressRequest r, Actor actor, DateTimeOffset now)
    {
        var recipients = NoticeVisibility.Recipients(notice.Visibility, MemberCatalogue.All.Select(m => m.Iso2));
        var step = NoticeLifecycle.DeleteOnCommissionDecision(notice.Lifecycle);
        notice.DeletedByCommission = true;
        notice.Status = step.To;
        notice.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = "CommissionDeletion", FromStatus = step.From, ToStatus = step.To,
            Reason = $"Deleted on the Commission's decision {r.Number} (not compliant, CCF Statute Art. 41)." });
        db.Audit(actor.Facts(now, "notice.commission_deletion", CreateRequest.Kind(notice.Kind), notice.Id.ToString(), r.Number));
        var due = CommissionDeadlines.Deletion(DateOnly.FromDateTime(now.UtcDateTime)).Due;
        foreach (var member in recipients)
        {
            db.PurgeNotifications.Add(new PurgeNotification
            {
                Id = Guid.CreateVersion7(now), NoticeId = notice.Id, NoticeReference = notice.Reference ?? "", RequestId = r.Id, Member = member, NotifiedAt = now, Due = due,
            });
        }
    }
}
