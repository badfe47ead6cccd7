using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Redress;

/// <summary>Wrong follow-up guesses in one window, summed up.</summary>
internal sealed record GuessSummary(DateTimeOffset WindowStart, TimeSpan Window, int Guesses, int Clients);

/// <summary>
/// Counts wrong redress follow-up guesses instead of auditing each one: a guesser must not be able to write an audit row
/// per guess (the trail would grow at their pace). Each window's count, and how many clients guessed, becomes one audit
/// entry when the window is over (at the next guess, on a timer, or when the server stops). Clients are kept only as
/// in-memory keys for the count, never written.
/// </summary>
internal sealed class FollowUpGuesses(IOptions<BudgetOptions> options)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _clients = new(StringComparer.Ordinal);
    private long _window = -1;
    private int _guesses;

    private TimeSpan Window => TimeSpan.FromSeconds(options.Value.FollowUpAuditWindowSeconds);

    /// <summary>Counts a wrong guess; returns the previous window's summary when this guess is the first after it.</summary>
    public GuessSummary? Count(DateTimeOffset now, string client)
    {
        lock (_gate)
        {
            var window = now.UtcTicks / Window.Ticks;
            var finished = _guesses > 0 && window != _window ? Take() : null;
            _window = window;
            _guesses++;
            _clients.Add(client);
            return finished;
        }
    }

    /// <summary>The summary of a window that is over, if one is waiting; <paramref name="all"/> takes the current one too.</summary>
    public GuessSummary? TakeFinished(DateTimeOffset now, bool all = false)
    {
        lock (_gate)
        {
            return _guesses > 0 && (all || now.UtcTicks / Window.Ticks != _window) ? Take() : null;
        }
    }

    public static AuditFacts Facts(DateTimeOffset now, GuessSummary s) =>
        new(now, "applicant", null, null, "redress.follow_up", "redress", null,
            $"wrong number or code, {s.WindowStart:yyyy-MM-ddTHH:mm:ssZ} + {(int)s.Window.TotalMinutes} min", $"denied:{s.Guesses};clients:{s.Clients}");

    private GuessSummary Take()
    {
        var summary = new GuessSummary(new DateTimeOffset(_window * Window.Ticks, TimeSpan.Zero), Window, _guesses, _clients.Count);
        _guesses = 0;
        _clients.Clear();
        return summary;
    }
}

/// <summary>Writes the summary of a finished window even when nobody guesses after it, and the last one at shutdown.</summary>
internal sealed class FollowUpGuessAuditor(FollowUpGuesses guesses, IServiceScopeFactory scopes, TimeProvider clock, ILogger<FollowUpGuessAuditor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(false, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(true, cancellationToken);
    }

    private async Task WriteAsync(bool all, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (guesses.TakeFinished(now, all) is not { } summary)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Audit(FollowUpGuesses.Facts(now, summary));
            await db.SaveChangesAsync(ct);
        }
#pragma warning disable CA1031 // A failed write must not stop the host; the count is logged instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "Could not audit {Guesses} wrong redress follow-up guesses.", summary.Guesses);
        }
    }
}
