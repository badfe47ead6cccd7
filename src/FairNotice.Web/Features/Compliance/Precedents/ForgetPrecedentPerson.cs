using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Compliance.Precedents;

/// <summary>When a request is erased, its precedents forget the person and the facts (issue #18): what was decided stays
/// (outcome, ground, reasons, offence divisions, laws), so later reviews still learn from the decision, but nothing in it
/// finds or describes the person any more.</summary>
internal sealed class ForgetPrecedentPerson : INoticeDataHolder
{
    public Task<string?> HoldAsync(AppDbContext db, Guid noticeId, CancellationToken ct) => Task.FromResult<string?>(null);

    public async Task ForgetAsync(AppDbContext db, Guid noticeId, CancellationToken ct)
    {
        // Loaded into the tracker so that a precedent staged in the same save (the Commission's own decision) is reached too.
        await db.Set<PrecedentRecord>().Where(p => p.NoticeId == noticeId).LoadAsync(ct);
        foreach (var p in db.Set<PrecedentRecord>().Local.Where(p => p.NoticeId == noticeId))
        {
            p.Facts = "";
            p.NameKeys = "";
            p.PersonJson = null;
        }
    }
}
