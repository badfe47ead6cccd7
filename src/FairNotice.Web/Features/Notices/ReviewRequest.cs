using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>A reviewer's decision on a request under review.</summary>
public sealed record ReviewDecisionRequest(ReviewDecision? Decision, Ground? Ground, string? Reason, List<string>? Restrictions, bool ParticularImportance = false);

/// <summary>Secretariat review: publish, publish with restrictions, refuse or ask for more information, with four eyes where the rules need them.</summary>
internal static class ReviewRequest
{
    public static async Task<IResult> Endpoint(Guid id, ReviewDecisionRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, TimeProvider clock, NoticeKind kind, CancellationToken ct)
    {
        if (request.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            return Problems.Invalid("review.decision_required", "Say which decision to take.",
                new() { ["decision"] = [$"One of: {string.Join(", ", Enum.GetNames<ReviewDecision>())}."] });
        }

        var actor = http.RequireActor();
        var now = clock.GetUtcNow();
        var asked = new DecisionRequest(decision, request.Ground, request.Reason, [.. (request.Restrictions ?? []).Select(c => c.Trim().ToUpperInvariant())], request.ParticularImportance);
        var result = await HandleAsync(db, compliance, actor, now, id, kind, asked, ct);
        if (!result.IsOk)
        {
            return Problems.From(result.Error!);
        }

        var (record, tookEffect) = result.Value;
        var response = record.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct));
        return tookEffect ? TypedResults.Ok(response) : TypedResults.Accepted($"/api/{(kind == NoticeKind.Notice ? "notices" : "diffusions")}/{id}", response);
    }

    public static async Task<Result<(NoticeRecord Record, bool TookEffect)>> HandleAsync(AppDbContext db, INoticeCompliance compliance, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind,
        DecisionRequest request, CancellationToken ct)
    {
        var decided = await DecideAsync(db, compliance, actor, now, id, kind, request, ct);
        if (!decided.IsOk)
        {
            return decided.Error!;
        }

        var (record, outcome) = decided.Value;
        var stated = outcome.Ground is { } g ? $"[{g}] {outcome.Reason}" : outcome.Reason;
        var kindName = CreateRequest.Kind(record.Kind);
        if (!outcome.TakesEffect)
        {
            // A proposal stays inside the Secretariat: the requester's list must not show the request as changed (that a
            // publication waits for a second reviewer would say the person is linked to the protected-status registry).
            record.PendingDecision = outcome.Pending;
            record.Version++;
            record.AddEvent(new NoticeEvent
            {
                Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = $"Propose{outcome.Decision}",
                FromStatus = record.Status, ToStatus = record.Status, Reason = $"{stated} (awaiting a second reviewer)",
            });
            db.Audit(actor.Facts(now, $"{kindName}.review.propose", kindName, record.Id.ToString(), $"propose {outcome.Decision}"));
        }
        else
        {
            if (outcome.Decision == ReviewDecision.PublishWithRestrictions)
            {
                var content = record.Content;
                var restricted = content.RestrictedCountries.Union(outcome.Restrictions, StringComparer.Ordinal).ToList();
                db.NoticeCountries.RemoveRange(record.Countries);
                record.SetContent(content with { RestrictedCountries = restricted, Addressees = [.. content.Addressees.Except(restricted, StringComparer.Ordinal)] });
            }

            var action = outcome.Decision switch
            {
                ReviewDecision.Refuse => NoticeAction.Refuse,
                ReviewDecision.RequestInformation => NoticeAction.RequestInformation,
                _ => NoticeAction.Publish,
            };
            if (action == NoticeAction.Refuse)
            {
                record.RefusalGround = outcome.Ground;
            }

            var applied = ChangeStatus.Apply(db, record, actor, now, action, stated);
            if (!applied.IsOk)
            {
                return applied.Error!;
            }

            record.PendingDecision = null;
            compliance.RecordDecision(db, record, outcome, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.LostRace())
        {
            return NoticeErrors.Concurrent;
        }

        return (record, outcome.TakesEffect);
    }

    /// <summary>Loads the request and decides what the reviewer's decision would do, changing nothing: the page shows it for confirmation.</summary>
    public static async Task<Result<(NoticeRecord Record, DecisionOutcome Outcome)>> DecideAsync(AppDbContext db, INoticeCompliance compliance, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind,
        DecisionRequest request, CancellationToken ct)
    {
        var record = await db.Notices.Include(n => n.Countries).Include(n => n.Events).VisibleTo(actor)
            .FirstOrDefaultAsync(n => n.Id == id && (kind == null || n.Kind == kind), ct);
        if (record is null)
        {
            return NoticeErrors.NotFound;
        }

        if (!actor.IsReviewer)
        {
            return new ForbiddenError("review.reviewers_only", "Only Secretariat reviewers decide on requests.");
        }

        if (record.Status != NoticeStatus.UnderReview)
        {
            return new ConflictError("review.not_under_review", $"The request is {record.Status}, not under review.");
        }

        var invalidRestriction = request.Restrictions.FirstOrDefault(c => !MemberCatalogue.IsMember(c) || c == record.RequestingCountry);
        if (invalidRestriction is not null)
        {
            return new InvalidError("review.invalid", "Invalid restriction.", new Dictionary<string, string[]> { ["restrictions"] = [$"'{invalidRestriction}' is not a member that can be excluded."] });
        }

        var decided = ReviewDecisions.Decide(record.PendingDecision, request, actor.UserId, await WithCurrentRegistryAsync(db, compliance, record, now, ct));
        if (!decided.IsOk)
        {
            return decided.Error!;
        }

        // A decision that takes effect must also pass the lifecycle (a Commission block, say) before anything is staged:
        // otherwise restrictions applied first would sit in the context of a failed request.
        if (decided.Value.TakesEffect)
        {
            var action = decided.Value.Decision switch
            {
                ReviewDecision.Refuse => NoticeAction.Refuse,
                ReviewDecision.RequestInformation => NoticeAction.RequestInformation,
                _ => NoticeAction.Publish,
            };
            var allowed = ChangeStatus.Check(record, actor, now, action, decided.Value.Reason);
            if (!allowed.IsOk)
            {
                return allowed.Error!;
            }
        }

        return (record, decided.Value);
    }

    // The registry may have learnt of the person since submission: a link found now counts for the four-eyes rule too.
    private static async Task<Assessment?> WithCurrentRegistryAsync(AppDbContext db, INoticeCompliance compliance, NoticeRecord record, DateTimeOffset now, CancellationToken ct)
    {
        var stored = record.Assessment;
        var context = await compliance.ContextAsync(db, record.RequestingCountry, record.Id, now, ct);
        var current = ComplianceEngine.Default.Assess(record.Content, record.RequestingCountry, context with { PriorRefusals = [], PreChecks = [] });
        var fresh = current.Findings.Where(f => f.LinksProtectedPerson && !(stored?.Findings.Any(s => s.RuleId == f.RuleId) ?? false)).ToList();
        if (fresh.Count == 0)
        {
            return stored;
        }

        var findings = (stored?.Findings ?? []).Concat(fresh).ToList();
        return new Assessment(stored?.RuleSetVersion ?? current.RuleSetVersion, Assessment.Recommend(findings), findings);
    }
}
