using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The applicant reads what they may know of their request, with its number and the private follow-up code.</summary>
internal static class FollowUpRedress
{
    public static async Task<Results<Ok<ApplicantView>, ErrorProblem>> Endpoint(FollowUpRequest body, AppDbContext db, TimeProvider clock, FollowUpGuesses guesses,
        HttpContext http, CancellationToken ct)
    {
        var result = await HandleAsync(db, clock.GetUtcNow(), body.Number, body.Code, guesses, RequestBudgets.ClientOf(http), ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : new ErrorProblem(result.Error!);
    }

    /// <summary>The same "not found" for a wrong number or code.</summary>
    public static async Task<Result<ApplicantView>> HandleAsync(AppDbContext db, DateTimeOffset now, string? number, string? code,
        FollowUpGuesses guesses, string client, CancellationToken ct)
    {
        var wanted = number?.Trim().ToUpperInvariant();
        var request = string.IsNullOrWhiteSpace(wanted) || string.IsNullOrWhiteSpace(code) ? null
            : await db.RedressRequests.Include(r => r.Events).Include(r => r.Links).AsSplitQuery().FirstOrDefaultAsync(r => r.Number == wanted, ct);
        var legacy = false;
        if (request is null || !FollowUpCodes.Matches(request.FollowUpHash, code!, out legacy))
        {
            // Counted, not audited one by one: a guesser must not write the trail at their pace (FollowUpGuesses).
            if (guesses.Count(now, client) is { } finished)
            {
                db.Audit(FollowUpGuesses.Facts(now, finished));
                await db.SaveChangesAsync(ct);
            }

            return RedressErrors.NoMatch;
        }

        if (legacy)
        {
            request.FollowUpHash = FollowUpCodes.Hash(code!); // an old unsalted digest leaves the database at its first use
        }

        db.Audit(new Domain.Audit.AuditFacts(now, "applicant", null, null, "redress.follow_up", "redress", request.Id.ToString(), null, "ok"));
        await db.SaveChangesAsync(ct);
        return new ApplicantView(request.Number, request.Type.ToString(), request.Status.ToString(), request.ReceivedAt,
            request.Status == RedressStatus.Received ? request.AdmissibilityDue : null, request.Status == RedressStatus.Admissible ? request.DecisionDue : null,
            request.Outcome?.ToString(), request.Status == RedressStatus.Decided ? request.DecisionReasons : null,
            request.Type == RedressType.Access && request.Status == RedressStatus.Decided ? GetRedressFile.DisclosedLines(request) : [],
            [.. request.Events.Where(e => e.ToApplicant).OrderBy(e => e.At).Select(e => new MessageView(e.At, e.Text, e.Said()))]);
    }
}
