using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission declares a request admissible (the decision clock starts, Art. 40) or inadmissible with reasons (Art. 32).</summary>
internal static class DecideAdmissibility
{
    public static async Task<Results<Ok<RedressFileView>, ErrorProblem>> Endpoint(Guid id, AdmissibilityRequest body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        GetRedressFile.Respond(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock);

    public static async Task<Result<RedressRequest>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, AdmissibilityRequest a, CancellationToken ct)
    {
        if (a.Admissible is not { } admissible)
        {
            return RedressErrors.AdmissibleMissing;
        }

        if (!admissible && string.IsNullOrWhiteSpace(a.Reason))
        {
            return RedressErrors.InadmissibleWithoutReason;
        }

        var loaded = await GetRedressFile.LoadAsync(db, actor, now, id, "decide admissibility", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        var next = RedressProcedure.Apply(r.Status, admissible ? RedressAction.DeclareAdmissible : RedressAction.DeclareInadmissible);
        if (!next.IsOk)
        {
            return next.Error!;
        }

        r.AdmissibilityDecidedAt = now;
        r.Status = next.Value;
        if (admissible)
        {
            var deadline = CommissionDeadlines.Decision(r.Type, DateOnly.FromDateTime(now.UtcDateTime));
            r.DecisionDue = deadline.Due;
            r.AddEvent(now, actor.UserId, "Admissible", LocalMessage.Of("RedressMessage.Admissible", MessageArgument.Date(deadline.Due), FairNotice.Web.Features.Languages.KnownSentences.KnownOrCode(deadline.Citation)), true, false);
        }
        else
        {
            r.AddEvent(now, actor.UserId, "Inadmissible", LocalMessage.Of("RedressMessage.Inadmissible", MessageArgument.Text(a.Reason!.Trim())), true, false);
        }

        r.Version++;
        db.Audit(actor.Facts(now, "redress.admissibility", "redress", id.ToString(), admissible ? "admissible" : "inadmissible"));
        return await GetRedressFile.SaveAsync(db, r, ct);
    }
}
