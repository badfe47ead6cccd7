namespace FairNotice.E2E;

/// <summary>The browser-test server's clock: the real time plus an offset a test moves forward, so a test that needs a
/// deadline to pass (an election's candidacy deadline) moves the server past it instead of waiting on the wall clock. The
/// browser keeps the real time; offsets stay small (seconds), far inside cookie and token lifetimes.</summary>
public sealed class ServerClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the server's time forward.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
