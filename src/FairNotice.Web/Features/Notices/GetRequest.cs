using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>Reads one request. Every read of personal data is audited with its stated purpose, denied reads too.</summary>
internal static class GetRequest
{
    public static async Task<IResult> Endpoint(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, NoticeKind kind, CancellationToken ct)
    {
        var actor = http.RequireActor();
        var now = clock.GetUtcNow();
        var result = await HandleAsync(db, actor, now, id, kind, Purpose.From(http.Request), ct);
        return result.IsOk
            ? TypedResults.Ok(result.Value.ToResponse(actor, now, await NoticePhotos.IdsAsync(db, id, ct)))
            : Problems.From(result.Error!);
    }

    public static async Task<Result<NoticeRecord>> HandleAsync(AppDbContext db, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind, string? purpose, CancellationToken ct)
    {
        var record = await db.Notices.AsNoTracking().Include(n => n.Countries).Include(n => n.Events).VisibleTo(actor)
            .FirstOrDefaultAsync(n => n.Id == id && (kind == null || n.Kind == kind), ct);
        var type = kind is { } k ? CreateRequest.Kind(k) : "request";
        db.Audit(actor.Facts(now, $"{type}.read", type, id.ToString(), purpose, record is null ? "not-found-or-denied" : "ok"));
        await db.SaveChangesAsync(ct);
        return record is null ? NoticeErrors.NotFound : record;
    }
}

internal static class Purpose
{
    public const string Header = "X-Purpose";

    /// <summary>The purpose the caller stated in the X-Purpose header (never the URL: <c>PurposeOutsideUrls</c> refuses <c>?purpose=</c>).</summary>
    public static string? From(HttpRequest request) =>
        request.Headers.TryGetValue(Header, out var h) && !string.IsNullOrWhiteSpace(h) ? h.ToString() : null;
}
