using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>A document the applicant uploaded, for the Commission. Audited.</summary>
internal static class GetAttachment
{
    public static async Task<Results<FileContentHttpResult, ErrorProblem>> Endpoint(Guid id, Guid attachmentId, AppDbContext db, HttpContext http, TimeProvider clock,
        SealedFiles seal, CancellationToken ct)
    {
        var a = await db.RedressAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.RequestId == id, ct);
        if (a is null)
        {
            return new ErrorProblem(RedressErrors.NoDocument);
        }

        db.Audit(http.RequireActor().Facts(clock.GetUtcNow(), "redress.document", "redress", id.ToString(), a.Kind));
        await db.SaveChangesAsync(ct);
        return TypedResults.File(await IdenticalUploads.ContentAsync(db, seal, a, ct), a.ContentType, a.FileName);
    }
}
