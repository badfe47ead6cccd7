using System.Security.Cryptography;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Notices;

internal sealed class NoticePhoto
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public string ContentType { get; set; } = "";
    public byte[] Data { get; set; } = [];
    public string Sha256 { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

internal sealed class NoticePhotoConfiguration : IEntityTypeConfiguration<NoticePhoto>
{
    public void Configure(EntityTypeBuilder<NoticePhoto> b)
    {
        b.ToTable("NoticePhotos");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasIndex(p => p.NoticeId);
        b.HasOne<NoticeRecord>().WithMany().HasForeignKey(p => p.NoticeId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.ContentType).HasMaxLength(20);
        b.Property(p => p.Sha256).HasMaxLength(64);
        b.Property(p => p.UploadedBy).HasMaxLength(64);
    }
}

/// <summary>Optional photos of the subject: added by the source while the request is a draft, seen by whoever may see the request.</summary>
internal static class NoticePhotos
{
    public static async Task<IResult> Upload(Guid id, HttpRequest request, AppDbContext db, TimeProvider clock, MalwareScan scan, NoticeKind kind, CancellationToken ct)
    {
        if (request.ContentLength is > PhotoRules.MaxBytes)
        {
            return Problems.From(new InvalidError("photo.invalid", "The photo is too large.", new Dictionary<string, string[]> { ["photo"] = ["At most 5 MiB."] }));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > PhotoRules.MaxBytes)
            {
                return Problems.From(new InvalidError("photo.invalid", "The photo is too large.", new Dictionary<string, string[]> { ["photo"] = ["At most 5 MiB."] }));
            }

            buffer.Write(chunk, 0, read);
        }

        var result = await AddAsync(db, scan, request.HttpContext.RequireActor(), clock.GetUtcNow(), id, kind, buffer.ToArray(), request.ContentType, ct);
        return result.IsOk
            ? TypedResults.Created($"/api/{(kind == NoticeKind.Notice ? "notices" : "diffusions")}/{id}/photos/{result.Value}", new { id = result.Value })
            : Problems.From(result.Error!);
    }

    public static async Task<Result<Guid>> AddAsync(AppDbContext db, MalwareScan scan, Actor actor, DateTimeOffset now, Guid id, NoticeKind? kind, byte[] data, string? declaredType, CancellationToken ct)
    {
        var record = await db.Notices.VisibleTo(actor).FirstOrDefaultAsync(n => n.Id == id && (kind == null || n.Kind == kind), ct);
        if (record is null)
        {
            return NoticeErrors.NotFound;
        }

        if (!actor.IsNcbOf(record.RequestingCountry))
        {
            return NoticeErrors.NotYourCountry;
        }

        if (record.Status is not (NoticeStatus.Draft or NoticeStatus.InformationRequested))
        {
            return NoticeErrors.NotDraft;
        }

        var existing = await db.Set<NoticePhoto>().CountAsync(p => p.NoticeId == id, ct);
        var checkedType = PhotoRules.Check(data, declaredType, existing);
        if (!checkedType.IsOk)
        {
            return checkedType.Error!;
        }

        // Scanned before the image decoder sees it and before anything is stored (ASVS 5.4.3); a hit is audited.
        if (await scan.CheckAsync([("photo", data)], ct) is { } refused)
        {
            if (refused.Signature is not null)
            {
                db.Audit(actor.Facts(now, $"{CreateRequest.Kind(record.Kind)}.photo.refused", "notice", record.Id.ToString(), $"malware: {refused.Signature}", "refused"));
                await db.SaveChangesAsync(ct);
            }

            return refused.Error;
        }

        // Decoded and stored re-encoded: the first bytes alone would let a JPEG/HTML polyglot through.
        var image = UploadChecks.Image(data, "photo");
        if (!image.IsOk)
        {
            return image.Error!;
        }

        var (stored, contentType) = image.Value;
        var photo = new NoticePhoto
        {
            Id = Guid.CreateVersion7(now), NoticeId = id, ContentType = contentType, Data = stored,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(stored)), UploadedAt = now, UploadedBy = actor.UserId,
        };
        db.Set<NoticePhoto>().Add(photo);
        db.Audit(actor.Facts(now, $"{CreateRequest.Kind(record.Kind)}.photo.add", "photo", photo.Id.ToString(), $"photo for {record.Id}"));
        await db.SaveChangesAsync(ct);
        return photo.Id;
    }

    public static async Task<IResult> Download(Guid id, Guid photoId, HttpContext http, AppDbContext db, TimeProvider clock, NoticeKind kind, CancellationToken ct)
    {
        var actor = http.RequireActor();
        var visible = await db.Notices.AsNoTracking().VisibleTo(actor).AnyAsync(n => n.Id == id && n.Kind == kind, ct);
        var photo = visible ? await db.Set<NoticePhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.NoticeId == id, ct) : null;
        db.Audit(actor.Facts(clock.GetUtcNow(), $"{CreateRequest.Kind(kind)}.photo.read", "photo", photoId.ToString(), Purpose.From(http.Request), photo is null ? "not-found-or-denied" : "ok"));
        await db.SaveChangesAsync(ct);
        if (photo is null)
        {
            return Problems.From(NoticeErrors.NotFound);
        }

        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(photo.Data, photo.ContentType);
    }

    public static Task<List<Guid>> IdsAsync(AppDbContext db, Guid noticeId, CancellationToken ct) =>
        db.Set<NoticePhoto>().AsNoTracking().Where(p => p.NoticeId == noticeId).OrderBy(p => p.UploadedAt).Select(p => p.Id).ToListAsync(ct);
}
