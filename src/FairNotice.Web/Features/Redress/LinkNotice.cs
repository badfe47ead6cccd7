using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission adds a notice to the file and consults its source NCB (Arts. 21, 34, 35).</summary>
internal static class LinkNotice
{
    public static async Task<Results<Ok<RedressFileView>, ErrorProblem>> Endpoint(Guid id, LinkNoticeRequest body, AppDbContext db, HttpContext http, TimeProvider clock,
        CancellationToken ct) =>
        GetRedressFile.Respond(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock);

    public static async Task<Result<RedressRequest>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, LinkNoticeRequest l, CancellationToken ct)
    {
        if (l.NoticeId is not { } noticeId)
        {
            return RedressErrors.NoticeMissing;
        }

        var loaded = await GetRedressFile.LoadAsync(db, actor, now, id, "consult the source of a notice", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (RedressProcedure.Apply(r.Status, RedressAction.LinkNotice).Error is { } closed)
        {
            return closed;
        }

        if (r.Links.Any(x => x.NoticeId == noticeId))
        {
            return RedressErrors.AlreadyLinked;
        }

        var notice = await db.Notices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId && n.Status != NoticeStatus.Draft, ct);
        if (notice is null)
        {
            return RedressErrors.NoSuchNotice;
        }

        var summary = string.IsNullOrWhiteSpace(l.SummaryForSource)
            ? $"The person concerned by {notice.Reference} has asked the Commission for {Describe(r.Type)}. Say whether the applicant may be told about these data; restricting disclosure needs one of the reasons listed in CCF Statute Art. 35(3)."
            : l.SummaryForSource.Trim();
        r.Links.Add(new RedressLink
        {
            Id = Guid.CreateVersion7(now), RequestId = r.Id, NoticeId = noticeId, NoticeReference = notice.Reference ?? "", SourceCountry = notice.RequestingCountry,
            SummaryForSource = summary.Length > 4000 ? summary[..4000] : summary, ConsultedAt = now,
        });
        r.AddEvent(now, actor.UserId, "Consulted", LocalMessage.Of("RedressMessage.Consulted", MessageArgument.Country(notice.RequestingCountry), MessageArgument.Code(notice.Reference)), false, true);
        r.Version++;
        db.Audit(actor.Facts(now, "redress.consult", "redress", id.ToString(), notice.Reference));
        return await GetRedressFile.SaveAsync(db, r, ct);
    }

    private static string Describe(RedressType t) => t switch
    {
        RedressType.Access => "access to the data held about them",
        RedressType.CorrectionDeletion => "correction or deletion of the data held about them",
        _ => "revision of an earlier decision on a new fact",
    };
}
