using System.Globalization;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FairNotice.Web.Features.Notices;

/// <summary>The canonical state of a request — its row, countries (exclusions and addressees), history and photos — and
/// its digest, which every write records in the keyed audit chain (ADR audit chain, keyed).</summary>
internal static class NoticeState
{
    /// <summary>The requests a pending save changes, however it reaches them (the row or any of its child rows).</summary>
    public static HashSet<Guid> Touched(ChangeTracker tracker)
    {
        var ids = new HashSet<Guid>();
        foreach (var e in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (e.Entity)
            {
                case NoticeRecord n: ids.Add(n.Id); break;
                case NoticeCountry c: ids.Add(c.NoticeId); break;
                case NoticeEvent ev: ids.Add(ev.NoticeId); break;
                case NoticePhoto p: ids.Add(p.NoticeId); break;
            }
        }

        return ids;
    }

    /// <summary>The digest of each request's state as the database holds it now (a request that no longer exists: <see cref="StateDigests.Deleted"/>).</summary>
    public static async Task<Dictionary<string, string>> DigestsAsync(AppDbContext db, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var notices = db.Notices.AsNoTracking();
        var photos = db.Set<NoticePhoto>().AsNoTracking();
        if (only is not null)
        {
            var ids = only.ToList();
            notices = notices.Where(n => ids.Contains(n.Id));
            photos = photos.Where(p => ids.Contains(p.NoticeId));
        }

        var rows = await notices.Include(n => n.Countries).Include(n => n.Events).AsSplitQuery().ToListAsync(ct);
        var photoRows = (await photos.Select(p => new { p.NoticeId, p.Id, p.ContentType, p.Sha256, p.UploadedAt, p.UploadedBy }).ToListAsync(ct))
            .ToLookup(p => p.NoticeId);
        var digests = rows.ToDictionary(n => Key(n.Id), n => StateDigests.Of(Fields(n,
            photoRows[n.Id].OrderBy(p => p.Id).SelectMany(p => new[] { p.Id.ToString(), p.ContentType, p.Sha256, StateDigests.Field(p.UploadedAt), p.UploadedBy }))), StringComparer.Ordinal);
        foreach (var id in only ?? [])
        {
            digests.TryAdd(Key(id), StateDigests.Deleted);
        }

        return digests;
    }

    /// <summary>How a request is named in the audit trail's object id.</summary>
    public static string Key(Guid id) => id.ToString();

    private static IEnumerable<string?> Fields(NoticeRecord n, IEnumerable<string?> photos)
    {
        string B(bool b) => b ? "1" : "0";
        string I(int i) => i.ToString(CultureInfo.InvariantCulture);
        yield return "notice";
        yield return n.Id.ToString();
        yield return n.Reference;
        yield return n.Kind.ToString();
        yield return n.Colour.ToString();
        yield return n.Status.ToString();
        yield return n.RequestingCountry;
        yield return n.CreatedByUserId;
        yield return StateDigests.Field(n.CreatedAt);
        yield return StateDigests.Field(n.UpdatedAt);
        yield return StateDigests.Field(n.SubmittedAt);
        yield return StateDigests.Field(n.PublishedAt);
        yield return StateDigests.Field(n.ExpiresAt);
        yield return n.FamilyName;
        yield return n.Forenames;
        yield return B(n.PublicExtract);
        yield return B(n.AddressedToAll);
        yield return n.ContentJson;
        yield return n.AssessmentJson;
        yield return n.Recommendation?.ToString();
        yield return I(n.Risk);
        yield return B(n.Held);
        yield return n.RefusalGround?.ToString();
        yield return B(n.RepeatedAttempt);
        yield return B(n.BlockedByCommission);
        yield return B(n.DeletedByCommission);
        yield return n.PendingDecisionJson;
        yield return I(n.Version);
        if (n.ErasedAt is not null || n.ErasureBasis is not null || n.OffenceSections is not null)
        {
            // Only when present, so every state recorded before erasure existed digests as it did.
            yield return "erased";
            yield return StateDigests.Field(n.ErasedAt);
            yield return n.ErasureBasis;
            yield return n.OffenceSections;
        }
        var countries = n.Countries.OrderBy(c => c.Relation).ThenBy(c => c.Iso2, StringComparer.Ordinal).ToList();
        yield return "countries:" + I(countries.Count);
        foreach (var c in countries)
        {
            yield return $"{c.Relation}:{c.Iso2}";
        }

        var events = n.Events.OrderBy(e => e.Seq).ToList();
        yield return "events:" + I(events.Count);
        foreach (var e in events)
        {
            yield return e.Id.ToString();
            yield return I(e.Seq);
            yield return StateDigests.Field(e.At);
            yield return e.ActorId;
            yield return e.ActorCountry;
            yield return e.Action;
            yield return e.FromStatus?.ToString();
            yield return e.ToStatus.ToString();
            yield return e.Reason;
        }

        yield return "photos";
        foreach (var p in photos)
        {
            yield return p;
        }
    }
}
