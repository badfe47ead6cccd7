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
