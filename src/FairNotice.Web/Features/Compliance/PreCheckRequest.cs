using System.Globalization;
using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Compliance;

/// <summary>A pre-check (API or page): budgeted per member and person, recorded for reviewers, answered in the caller's view.</summary>
internal static class PreCheckRequest
{
    public static async Task<PreCheckOutcome> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, string requester, NoticeContent content, Guid? exclude, CancellationToken ct)
    {
        var context = await ComplianceContextLoader.LoadAsync(db, requester, exclude, now, ct);
        // A reviewer checking on a member's behalf is neither budgeted nor counted against that member.
        if (!actor.SeesRestricted())
        {
            var verdict = PreCheckBudget.Decide(content.Person, context.PreChecks ?? [], now);
            if (!verdict.Allowed)
            {
                db.Audit(actor.Facts(now, "compliance.assess", "request", null, "pre-check", "rate-limited"));
                await db.SaveChangesAsync(ct);
                return new PreCheckOutcome(null, verdict.RetryAfter);
            }

            db.Set<PreCheckRecord>().Add(new PreCheckRecord
            {
                Id = Guid.CreateVersion7(now), Country = requester, UserId = actor.UserId, At = now,
                PersonJson = System.Text.Json.JsonSerializer.Serialize(content.Person, Json.Options),
            });
            // Kept no longer than reviewers are shown them.
            var expired = now - PreCheckBudget.FlagWindow;
            await db.Set<PreCheckRecord>().Where(p => p.At <= expired).ExecuteDeleteAsync(ct);
        }

        var seen = ComplianceEngine.Default.Assess(content, requester, context).For(actor);
        db.Audit(actor.Facts(now, "compliance.assess", "request", exclude?.ToString(), "pre-check", seen.Recommendation.ToString().ToLowerInvariant()));
        await db.SaveChangesAsync(ct);
        return new PreCheckOutcome(seen, TimeSpan.Zero);
    }

    /// <summary>429 with Retry-After in whole seconds; the same words whoever the person is.</summary>
    public static IResult TooMany(HttpContext http, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            $"At most {PreCheckBudget.PerPersonPerWindow} pre-checks about one person per day; try again later.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many pre-checks", type: Problems.TypeBase + "compliance.precheck_budget",
            extensions: new Dictionary<string, object?> { ["code"] = "compliance.precheck_budget" });
    }
}
