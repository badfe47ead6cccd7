using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>Submit, review decisions, suspension, withdrawal, cancellation, expiry and renewal.</summary>
internal static class ChangeStatus
{
    private static readonly HashSet<NoticeAction> NeedReason =
        [NoticeAction.Refuse, NoticeAction.Cancel, NoticeAction.Withdraw, NoticeAction.Suspend, NoticeAction.Renew];

    public static async Task<IResult> Endpoint(Guid id, ActionRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, NoticeDataHolders holders, TimeProvider clock, NoticeKind kind, CancellationToken ct)
    {
        var actor = http.RequireActor();
        if (request.Action is not { } action || !Enum.IsDefined(action))
        {
            return Problems.Invalid("notice.action_required", "Say which action to take.",
                new() { ["action"] = [$"One of: {string.Join(", ", Enum.GetNames<NoticeAction>())}."] });
        }

        var now = clock.GetUtcNow();
        var result = await HandleAsync(db, compliance, holders, actor, now, id, kind, action, request.Reason, ct);
        return result.IsOk ? TypedResults.Ok(result.Value.ToResponse(actor, now)) : Problems.From(result.Error!);
    }

    /// <summary>Review outcomes go through the four-eyes review decision, never through a bare action.</summary>
    public static readonly HashSet<NoticeAction> ReviewOnly = [NoticeAction.Publish, NoticeAction.Refuse, NoticeAction.RequestInformation];

    public static async Task<Result<NoticeRecord>> HandleAsync(AppDbContext db, INoticeCompliance compliance, NoticeDataHolders holders, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind, NoticeAction action, string? reason, CancellationToken ct)
    {
        var record = await db.Notices.Include(n => n.Countries).Include(n => n.Events).VisibleTo(actor)
            .FirstOrDefaultAsync(n => n.Id == id && (kind == null || n.Kind == kind), ct);
        if (record is null)
        {
            return NoticeErrors.NotFound;
        }

        if (ReviewOnly.Contains(action))
        {
            return new ConflictError("notice.use_review", $"{action} is a review decision: post it to /review with a ground and a reason (a refusal or an override needs a second reviewer).");
        }

        var context = action == NoticeAction.Submit ? await compliance.ContextAsync(db, record.RequestingCountry, record.Id, now, ct) : null;
        var applied = Apply(db, record, actor, now, action, reason, context);
        if (!applied.IsOk)
        {
            return applied;
        }

        // The source's own deletion (issue #18): its data leave the files at once, unless an open Commission file still
        // needs them; the retention run erases them when that file closes.
        if (action == NoticeAction.Withdraw && await holders.HoldAsync(db, record.Id, ct) is null)
        {
            await EraseNotice.StageAsync(db, holders, record, actor.Facts(now, "notice.erase", "notice", null, null), "withdrawn by its source", now, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.LostRace())
        {
            return NoticeErrors.Concurrent;
        }

        return record;
    }

    /// <summary>Decides with the Domain lifecycle and stages the change, its history and audit; the caller saves.</summary>
    public static Result<NoticeRecord> Apply(AppDbContext db, NoticeRecord record, Actor actor, DateTimeOffset now, NoticeAction action, string? reason,
        Domain.Compliance.ComplianceContext? context = null)
    {
        var decided = Check(record, actor, now, action, reason);
        if (!decided.IsOk)
        {
            return decided.Error!;
        }

        Record(db, record, actor, now, action, decided.Value, reason);
        if (action == NoticeAction.Submit)
        {
            // Intake: the automated compliance check runs, then the request joins the review queue.
            var assessment = Domain.Compliance.ComplianceEngine.Default.Assess(record.Content, record.RequestingCountry,
                context ?? throw new InvalidOperationException("Submission needs the compliance context."));
            record.SetAssessment(assessment);
            record.PendingDecision = null;
            record.Held = record.Kind == NoticeKind.Diffusion && assessment.Recommendation == Domain.Compliance.Recommendation.Refuse;
            // The history is the requester's to read: it tells the check as the requester may see it (reviewers see the
            // full assessment beside it).
            var seen = assessment.ForRequester();
            var blocking = seen.Findings.Count(f => f.Severity == Domain.Compliance.Severity.Blocking);
            var intake = NoticeLifecycle.Decide(record.Lifecycle, NoticeAction.StartReview, Actor.System, now);
            Record(db, record, Actor.System, now, NoticeAction.StartReview, intake.Value,
                $"automated check: {seen.Recommendation.ToString().ToLowerInvariant()}, {seen.Findings.Count} finding(s), {blocking} blocking" +
                (record.Kind == NoticeKind.Diffusion && seen.Recommendation == Domain.Compliance.Recommendation.Refuse ? "; diffusion held until a reviewer decides" : string.Empty));
        }

        return record;
    }

    /// <summary>Everything that would refuse the action, without staging anything: pages check it before asking the user to confirm.</summary>
    public static Result<Transition> Check(NoticeRecord record, Actor actor, DateTimeOffset now, NoticeAction action, string? reason)
    {
        if (NeedReason.Contains(action) && string.IsNullOrWhiteSpace(reason))
        {
            return NoticeErrors.ReasonRequired(action.ToString());
        }

        if (reason is { Length: > 2000 })
        {
            return new InvalidError("notice.reason_too_long", "The reason is too long.", new Dictionary<string, string[]> { ["reason"] = ["At most 2000 characters."] });
        }

        if (record.BlockedByCommission && action != NoticeAction.Expire)
        {
            return new Domain.ConflictError("notice.blocked",
                "The Commission has blocked this request as a provisional measure (CCF Statute Art. 37): no action can be taken on it until the Commission decides.");
        }

        var decided = NoticeLifecycle.Decide(record.Lifecycle, action, actor, now);
        if (!decided.IsOk)
        {
            return decided.Error!;
        }

        if (action == NoticeAction.Submit)
        {
            var fields = NoticeValidation.Check(record.Content, Completeness.Submission, record.RequestingCountry, DateOnly.FromDateTime(now.UtcDateTime));
            if (fields.Count > 0)
            {
                return NoticeErrors.Invalid(fields);
            }
        }

        return decided.Value;
    }

    private static void Record(AppDbContext db, NoticeRecord record, Actor actor, DateTimeOffset now, NoticeAction action, Transition t, string? reason)
    {
        record.Status = t.To;
        record.ExpiresAt = t.ExpiresAt;
        record.UpdatedAt = now;
        record.Version++;
        if (action == NoticeAction.Submit)
        {
            record.SubmittedAt = now;
        }
        else if (action == NoticeAction.Publish)
        {
            record.PublishedAt = now;
        }

        record.AddEvent(new NoticeEvent
        {
            Id = Guid.CreateVersion7(now), NoticeId = record.Id, At = now, ActorId = actor.UserId, ActorCountry = actor.Country,
            Action = action.ToString(), FromStatus = t.From, ToStatus = t.To, Reason = reason?.Trim(),
        });
        var kind = CreateRequest.Kind(record.Kind);
        db.Audit(actor.Facts(now, $"{kind}.{action.ToString().ToLowerInvariant()}", kind, record.Id.ToString(), reason ?? action.ToString()));
    }
}
