using System.Runtime.CompilerServices;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FairNotice.Web.Features.Screening;

/// <summary>What a screening hit carries: enough to say what was found and to decide who may see it.</summary>
internal sealed record IndexedRequest(Guid NoticeId, string Reference, NoticeKind Kind, NoticeColour Colour, NoticeStatus Status, VisibilityFacts Visibility, IReadOnlyList<string> Caveats);

/// <summary>The in-memory screening index of every valid request, kept current as requests change.</summary>
/// <remarks>
/// Valid means: a published notice, or a diffusion that circulates (not held). Everything else (drafts, requests under
/// review, refused, suspended, withdrawn, cancelled, expired) is absent, so a status change removes it from results
/// as soon as the change is saved. Who sees which hit is decided per screener by <see cref="NoticeVisibility"/>.
/// </remarks>
internal sealed class LiveScreeningIndex : IDisposable
{
    private readonly ScreeningIndex<IndexedRequest> _index = new(NameNormaliser.Default);
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly HashSet<Guid> _ids = [];

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _index.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public void Dispose() => _lock.Dispose();

    // A held diffusion is indexed too, but found only by its source (see Findable): the source must find its own
    // diffusion whether or not it is held, or screening would tell it that restricted findings hold it.
    public static bool IsValid(NoticeRecord r) => NoticeVisibility.Circulates(r.Kind, r.Status, held: false);

    private static bool Circulates(VisibilityFacts v) => NoticeVisibility.Circulates(v.Kind, v.Status, v.Held);

    private static bool Findable(Actor screener, VisibilityFacts v) =>
        NoticeVisibility.CanSee(screener, v) && (Circulates(v) || screener.IsNcbOf(v.RequestingCountry));

    public void Refresh(NoticeRecord r)
    {
        _lock.EnterWriteLock();
        try
        {
            if (IsValid(r))
            {
                _index.Upsert(r.Id, r.Content.Person, new IndexedRequest(r.Id, r.Reference ?? "", r.Kind, r.Colour, r.Status, r.Visibility, Caveats(r)));
                _ids.Add(r.Id);
            }
            else
            {
                _index.Remove(r.Id);
                _ids.Remove(r.Id);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Forgets a request that no longer exists (deleted by the Commission, erased).</summary>
    public void Remove(Guid id)
    {
        _lock.EnterWriteLock();
        try
        {
            _index.Remove(id);
            _ids.Remove(id);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Brings these requests up to date from the database as committed (the change feed; idempotent).</summary>
    public async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var records = await db.Notices.AsNoTracking().Include(n => n.Countries).Where(n => ids.Contains(n.Id)).ToListAsync(ct);
        foreach (var r in records)
        {
            Refresh(r);
        }

        foreach (var gone in ids.Except(records.Select(r => r.Id)))
        {
            Remove(gone);
        }
    }

    public IReadOnlyList<ScreeningHit<IndexedRequest>> Search(ScreeningQuery query, Actor screener, int max)
    {
        _lock.EnterReadLock();
        try
        {
            return _index.Search(query, e => Findable(screener, e.Visibility), max: max);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The nearest visible candidates below the threshold, with why they fell short.</summary>
    public IReadOnlyList<(ScreeningHit<IndexedRequest> Candidate, FairNotice.Domain.LocalMessage WhyShort)> NearMisses(ScreeningQuery query, Actor screener, int max)
    {
        _lock.EnterReadLock();
        try
        {
            return _index.NearMisses(query, e => NoticeVisibility.CanSee(screener, e.Visibility), max: max);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Every valid request, whoever it is restricted from: for the Commission, which controls all the files.</summary>
    public IReadOnlyList<ScreeningHit<IndexedRequest>> SearchAll(ScreeningQuery query, int max)
    {
        _lock.EnterReadLock();
        try
        {
            return _index.Search(query, e => Circulates(e.Visibility), threshold: 0.8, max: max);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public async Task LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var records = await db.Notices.AsNoTracking().Include(n => n.Countries)
            .Where(n => n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Submitted || n.Status == NoticeStatus.UnderReview)
            .ToListAsync(ct);
        foreach (var r in records)
        {
            Refresh(r);
        }

        // A reload over a live index (after a long gap in the change feed) also forgets what is no longer stored as valid.
        List<Guid> stale;
        _lock.EnterReadLock();
        try
        {
            stale = [.. _ids.Except(records.Where(IsValid).Select(r => r.Id))];
        }
        finally
        {
            _lock.ExitReadLock();
        }

        foreach (var id in stale)
        {
            Remove(id);
        }
    }

    private static List<string> Caveats(NoticeRecord r)
    {
        var caveats = new List<string>();
        if (r.BlockedByCommission)
        {
            caveats.Add("BLOCKED by the Commission for the Control of Files (provisional measure, Art. 37): do not act on this notice; contact the Secretariat.");
        }

        if (r.Kind == NoticeKind.Diffusion && r.Status != NoticeStatus.Published)
        {
            caveats.Add("Diffusion not yet reviewed by the Secretariat.");
        }

        if (r.Kind == NoticeKind.Diffusion)
        {
            caveats.Add("A diffusion is a request from one member, not a published notice.");
        }

        if (r.Colour == NoticeColour.Red)
        {
            caveats.Add("A Red Notice is not an arrest warrant: act under national law and contact the requesting NCB.");
        }

        return caveats;
    }
}

/// <summary>Feeds the live index from every save that touches a request, after the transaction commits.</summary>
internal sealed class ScreeningIndexInterceptor(LiveScreeningIndex index) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<NoticeRecord>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var changed = context.ChangeTracker.Entries<NoticeRecord>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => e.Entity).ToList();
            foreach (var country in context.ChangeTracker.Entries<NoticeCountry>().Where(e => e.State != EntityState.Unchanged))
            {
                if (context.ChangeTracker.Entries<NoticeRecord>().FirstOrDefault(n => n.Entity.Id == country.Entity.NoticeId) is { } owner && !changed.Contains(owner.Entity))
                {
                    changed.Add(owner.Entity);
                }
            }

            if (changed.Count > 0)
            {
                _pending.AddOrUpdate(context, changed);
                // The other nodes learn of it from the change feed, written in this same transaction (PostgreSQL only).
                foreach (var r in changed)
                {
                    ChangeFeed.Record(context, ScreeningChanges.NoticeKind, r.Id);
                }
            }
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var changed))
        {
            _pending.Remove(context);
            foreach (var r in changed)
            {
                index.Refresh(r);
            }
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }

        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }
}

/// <summary>Applies the change feed's request changes (from any node, this one included) to this node's index.</summary>
internal sealed class ScreeningChanges(LiveScreeningIndex index) : IChangeFeedHandler
{
    public const string NoticeKind = "notice";

    public string Kind => NoticeKind;

    public Task ApplyAsync(AppDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) => index.RefreshAsync(db, ids, ct);

    public Task ReloadAsync(AppDbContext db, CancellationToken ct) => index.LoadAsync(db, ct);
}
