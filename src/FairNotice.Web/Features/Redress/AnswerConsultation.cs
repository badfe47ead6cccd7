using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The source NCB allows disclosure to the applicant, or restricts it with one of the Art. 35(3) reasons.</summary>
internal static class AnswerConsultation
{
    public static async Task<Results<NoContent, ErrorProblem>> Endpoint(Guid id, ConsultationAnswer body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is { IsOk: false } r ? new ErrorProblem(r.Error!) : TypedResults.NoContent();

    public static async Task<Result<RedressLink>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid linkId, ConsultationAnswer a, CancellationToken ct)
    {
        if (a.AllowDisclosure is not { } allow)
        {
            return RedressErrors.DisclosureMissing;
        }

        if (!allow && (a.Restriction is not { } restriction || !Enum.IsDefined(restriction)))
        {
            return RedressErrors.RestrictionMissing;
        }

        var link = await db.RedressLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.SourceCountry == actor.Country, ct);
        if (link is null)
        {
            return RedressErrors.NoConsultation;
        }

        var request = await db.RedressRequests.Include(r => r.Events).FirstAsync(r => r.Id == link.RequestId, ct);
        if (RedressProcedure.Apply(request.Status, RedressAction.AnswerConsultation).Error is { } closed)
        {
            return closed;
        }

        link.AnsweredAt = now;
        link.DisclosureAllowed = allow;
        link.Restriction = allow ? null : a.Restriction;
        link.SourceComment = a.Comment is { Length: > 4000 } c ? c[..4000] : a.Comment?.Trim();
        request.AddEvent(now, actor.UserId, "SourceAnswered", allow
            ? LocalMessage.Of("RedressMessage.SourceAllowed", MessageArgument.Country(actor.Country), MessageArgument.Code(link.NoticeReference))
            : LocalMessage.Of("RedressMessage.SourceRestricted", MessageArgument.Country(actor.Country), MessageArgument.Code(link.NoticeReference), MessageArgument.Word($"DisclosureRestriction.{a.Restriction}", a.Restriction.ToString()!)), false, false);
        request.Version++;
        db.Audit(actor.Facts(now, "redress.source_answer", "redress", request.Id.ToString(), allow ? "allowed" : a.Restriction.ToString()));
        await db.SaveChangesAsync(ct);
        return link;
    }
}
