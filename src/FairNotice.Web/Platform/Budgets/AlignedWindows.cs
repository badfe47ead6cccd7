using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace FairNotice.Web.Platform.Budgets;

/// <summary>
/// Fixed-window counters whose windows are aligned on the epoch by the app's clock: every node, and the database's count on
/// PostgreSQL, agree on when a window starts and ends, so a refusal can say how long is really left.
/// </summary>
/// <remarks>System.Threading.RateLimiting's fixed window reports the whole window as <see cref="MetadataName.RetryAfter"/>
/// (it does not know how much of it has passed), which told a refused client "900 seconds" with one minute left. A refused
/// attempt is not counted, so it never pushes the end of the wait further.</remarks>
internal sealed class AlignedWindows(TimeProvider clock)
{
    private sealed class Slot
    {
        public long Start;
        public long End;
        public int Count;
    }

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private long _operations;

    public (DateTimeOffset Start, DateTimeOffset End) WindowOf(Window window)
    {
        var now = clock.GetUtcNow().UtcTicks;
        var start = now - (now % window.Length.Ticks);
        return (new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(start + window.Length.Ticks, TimeSpan.Zero));
    }

    /// <summary>Counts one use when the window has room; otherwise how long until it ends.</summary>
    public (bool Acquired, int Count, TimeSpan RetryAfter) TryAdd(string key, Window window)
    {
        var (start, end) = WindowOf(window);
        Prune();
        var slot = _slots.GetOrAdd(key, _ => new Slot());
        lock (slot)
        {
            if (slot.Start != start.UtcTicks)
            {
                (slot.Start, slot.End, slot.Count) = (start.UtcTicks, end.UtcTicks, 0);
            }

            if (slot.Count >= window.Permits)
            {
                return (false, slot.Count, end - clock.GetUtcNow());
            }

            slot.Count++;
            return (true, slot.Count, TimeSpan.Zero);
        }
    }

    /// <summary>How many uses the current window holds, and when it ends.</summary>
    public (int Count, TimeSpan Left) Peek(string key, Window window)
    {
        var (start, end) = WindowOf(window);
        if (!_slots.TryGetValue(key, out var slot))
        {
            return (0, end - clock.GetUtcNow());
        }

        lock (slot)
        {
            return (slot.Start == start.UtcTicks ? slot.Count : 0, end - clock.GetUtcNow());
        }
    }

    // Windows that have ended are dropped now and then, so that a stream of new addresses does not grow the table for ever.
    private void Prune()
    {
        if (Interlocked.Increment(ref _operations) % 4096 != 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcTicks;
        foreach (var (key, slot) in _slots)
        {
            if (Volatile.Read(ref slot.End) <= now)
            {
                _slots.TryRemove(new KeyValuePair<string, Slot>(key, slot));
            }
        }
    }
}

/// <summary>The budgets as a <see cref="PartitionedRateLimiter{TResource}"/> for the ASP.NET Core rate-limiting middleware:
/// a charge must fit its client's window and, when signed in, its account's; a refusal's lease carries
/// <see cref="MetadataName.RetryAfter"/> = the time left in the window that refused it.</summary>
internal sealed class BudgetLimiter(AlignedWindows windows, BudgetOptions options) : PartitionedRateLimiter<Charge>
{
    private static readonly RateLimitLease Granted = new Lease(true, null);

    public override RateLimiterStatistics? GetStatistics(Charge resource) => null;

    protected override RateLimitLease AttemptAcquireCore(Charge charge, int permitCount)
    {
        if (charge.Budget.Length == 0 || permitCount == 0)
        {
            return Granted;
        }

        var budget = options.For(charge.Budget);
        if (budget.PerClient is { } perClient && windows.TryAdd($"{charge.Budget}|client|{charge.Client}", perClient) is { Acquired: false } byClient)
        {
            return new Lease(false, byClient.RetryAfter);
        }

        if (charge.Account is { } account && budget.PerAccount is { } perAccount && windows.TryAdd($"{charge.Budget}|account|{account}", perAccount) is { Acquired: false } byAccount)
        {
            return new Lease(false, byAccount.RetryAfter);
        }

        return Granted;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(Charge charge, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(charge, permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
