using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The Commission blocks a notice in the file while the request is pending (Art. 37).</summary>
internal static class TakeProvisionalMeasure
{
    public static async Task<Results<Ok<RedressFileView>, ErrorProblem>> Endpoint(Guid id, ProvisionalMeasureRequest body, AppDbContext db, HttpContext http,
        TimeProvider clock, CancellationToken ct) =>
        GetRedressFile.Respond(await HandleAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock);

    public static async Task<Result<RedressRequest>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, ProvisionalMeasureRequest m, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (m.NoticeId is null)
        {
            errors["noticeId"] = ["Required: a notice already in the file."];
        }

        if (m.Ground is not { } ground || !Enum.IsDefined(ground))
        {
            errors["ground"] = [$"One of: {string.Join(", ", Enum.GetNames<ProvisionalGround>())} (CCF Statute Art. 37)."];
        }

        if (string.IsNullOrWhiteSpace(m.Reason))
        {
            errors["reason"] = ["Say why the case is urgent."];
        }

        if (errors.Count > 0)
        {
            return RedressErrors.MeasureIncomplete(errors);
        }

        var loaded = await GetRedressFile.LoadAsync(db, actor, now, id, "provisional measure", ct);
        if (!loaded.IsOk)
        {
            return loaded;
        }

        var r = loaded.Value;
        if (RedressProcedure.Apply(r.Status, RedressAction.ProvisionalMeasure).Error is { } closed)
        {
            return closed;
        }

        var link = r.Links.FirstOrDefault(x => x.NoticeId == m.NoticeId);
        if (link is null)
        {
            return RedressErrors.NoticeNotInFile;
        }

        var notice = await db.Notices.Include(n => n.Countries).Include(n => n.Events).FirstAsync(n => n.Id == link.NoticeId, ct);
        link.BlockedFor = m.Ground;
        notice.BlockedByCommission = true;
        notice.UpdatedAt = now;
        notice.Version++;
        notice.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, Action = "CommissionBlock", FromStatus = notice.Status, ToStatus = notice.Status,
            Reason = $"Blocked by the Commission as a provisional measure ({m.Ground}, CCF Statute Art. 37)." });
        r.AddEvent(now, actor.UserId, "Blocked", LocalMessage.Of("RedressMessage.Blocked", MessageArgument.Code(link.NoticeReference),
            MessageArgument.Word($"ProvisionalGround.{m.Ground}", m.Ground.ToString()!), MessageArgument.Text(m.Reason!.Trim())), false, true);
        r.Version++;
        db.Audit(actor.Facts(now, "redress.block", "notice", notice.Id.ToString(), m.Ground.ToString()));
        return await GetRedressFile.SaveAsync(db, r, ct);
    }
}
