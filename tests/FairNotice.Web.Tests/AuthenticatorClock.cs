using FairNotice.Domain.Access;

namespace FairNotice.Web.Tests;

/// <summary>
/// The clock the server checks authenticator codes against, in tests: it hands out the code of each account's next unused
/// 30-second step and moves forward only when an account signs in again within a step, so the server's replay refusal
/// stays as in production while tests sign in as often as they like. The app's own clock (TestClock) is
/// untouched. Shared by the API tests and the browser tests (linked into FairNotice.E2E).
/// </summary>
public sealed class AuthenticatorClock : TimeProvider
{
    /// <summary>The published demo key (DemoOptions.AuthenticatorKey) the demo accounts are enrolled with.</summary>
    public const string DemoKey = "FAIRNOTICEDEMOAUTHENTICATORKEY26";

    private readonly Lock _gate = new();

    // Held from issuing a code until the server has checked it: the server accepts only the current step (ADR 0017), so
    // another account moving the clock on in between would make a code just handed out stale (the browser tests, which
    // share one clock across classes running in parallel, failed on exactly that).
    private readonly Lock _queue = new();
    private Task _presenting = Task.CompletedTask;
    private readonly Dictionary<string, long> _lastStep = new(StringComparer.OrdinalIgnoreCase);
    private long _step = Totp.StepOf(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return DateTimeOffset.FromUnixTimeSeconds((_step * Totp.StepSeconds) + 1);
        }
    }

    /// <summary>The code for the account's next unused step (moving the clock on when the account used the current one).</summary>
    public string NextCode(string account, string key = DemoKey)
    {
        lock (_gate)
        {
            if (_lastStep.TryGetValue(account, out var last) && last >= _step)
            {
                _step = last + 1;
            }

            _lastStep[account] = _step;
            return Totp.Code(Totp.DecodeKey(key)!, _step);
        }
    }

    /// <summary>Issues the account's next code and runs <paramref name="use"/> with it (sign in, wait for the signed-in page)
    /// while no other code is issued, so the clock cannot move on before the server checks it.</summary>
    public async Task<T> PresentAsync<T>(string account, Func<string, Task<T>> use, string key = DemoKey)
    {
        var done = await TakeTurnAsync();
        try
        {
            return await use(NextCode(account, key));
        }
        finally
        {
            done.SetResult();
        }
    }

    /// <summary>Like <see cref="PresentAsync{T}(string, Func{string, Task{T}}, string)"/> for a code of the current step
    /// without recording it (enrolling a new authenticator).</summary>
    public async Task PresentCurrentAsync(string key, Func<string, Task> use)
    {
        var done = await TakeTurnAsync();
        try
        {
            await use(CodeAt(0, key));
        }
        finally
        {
            done.SetResult();
        }
    }

    // One presenter at a time, in arrival order: each waits for the one before and hands over when done.
    private async Task<TaskCompletionSource> TakeTurnAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task before;
        lock (_queue)
        {
            before = _presenting;
            _presenting = done.Task;
        }

        await before;
        return done;
    }

    /// <summary>The code for a step relative to now, without recording it (for tests of refusals).</summary>
    public string CodeAt(int stepsFromNow, string key = DemoKey)
    {
        lock (_gate)
        {
            return Totp.Code(Totp.DecodeKey(key)!, _step + stepsFromNow);
        }
    }

    /// <summary>Moves the clock on by whole steps.</summary>
    public void Advance(int steps)
    {
        lock (_gate)
        {
            _step += steps;
        }
    }
}
