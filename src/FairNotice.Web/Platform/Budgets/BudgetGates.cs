namespace FairNotice.Web.Platform.Budgets;

/// <summary>
/// Makes "is there room → do the work → charge" one step per key on this node. The budgets that are charged only by the
/// outcome (sign-in failures per account and client, accepted redress filings) were checked by every request of a parallel
/// burst before any of them was charged: 30 wrong passwords sent at once were all checked against a budget of 5, and 20
/// filings sent at once were all accepted against a budget of 5 an hour (attack of 2026-11-28, bench/results/attack-20261128.md).
/// A fixed set of stripes (no growth with the number of clients); two keys on one stripe only wait for each other. Across
/// nodes the shared counts (PostgreSQL) still let a burst spread over N nodes pass up to N times (docs/budgets.md).
/// </summary>
internal sealed class BudgetGates : IDisposable
{
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the key's stripe; dispose the answer to leave it.</summary>
    public async Task<IDisposable> EnterAsync(string key, CancellationToken ct)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length];
        await stripe.WaitAsync(ct);
        return new Leave(stripe);
    }

    public void Dispose()
    {
        foreach (var s in _stripes)
        {
            s.Dispose();
        }
    }

    private sealed class Leave(SemaphoreSlim stripe) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
