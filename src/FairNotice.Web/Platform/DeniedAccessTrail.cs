using System.ComponentModel.DataAnnotations;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>How refused requests are summed up (section <c>DeniedAccess</c>).</summary>
internal sealed class DeniedAccessOptions
{
    /// <summary>Refusals are counted per window; each window's counts become audit entries when it is over.</summary>
    [Range(10, 24 * 3600)] public int WindowSeconds { get; set; } = 60;

    /// <summary>Distinct (actor, endpoint, outcome) keys kept per window; refusals beyond are counted under one overflow key.</summary>
    [Range(10, 1_000_000)] public int MaxKeysPerWindow { get; set; } = 1000;
}

/// <summary>What was refused, to whom: the account (or <c>anonymous</c>), the endpoint's route pattern (never the raw path,
/// which may carry an id or a name), the status and the error code.</summary>
internal readonly record struct DeniedKey(string Actor, string? Country, string? Role, string Endpoint, int Status, string Code);

/// <summary>One key's count in one window.</summary>
internal sealed record DeniedSummary(DeniedKey Key, DateTimeOffset WindowStart, TimeSpan Window, int Count, int Clients);

/// <summary>
/// Failed authorisation (403, and 404 answers that hide an object the caller may not see), throttling (429) and rejected input
/// (400: failed validation, malformed bodies, a purpose in the URL) leave a trace (ASVS 5.0 16.3.2, 16.3.3) without letting a caller grow the audit trail at their pace: refusals are counted in memory per
/// actor, endpoint and outcome, and each window's counts become one audit entry per key (docs/adr/0016-denied-access-trail.md).
/// Anonymous callers share one actor key per endpoint and outcome, so many addresses cannot make many rows; their addresses are
/// only counted, never written.
/// </summary>
internal sealed class DeniedAccessTrail(IOptions<DeniedAccessOptions> options, ILogger<DeniedAccessTrail> log)
{
    /// <summary><see cref="HttpContext.Items"/> key a handler's refusal (through <see cref="Problems.From"/>) leaves its error code under.</summary>
    public const string CodeItem = "FairNotice.DeniedCode";

    /// <summary><see cref="HttpContext.Items"/> key the authorization result handler marks a policy refusal with (pages answer it with a redirect).</summary>
    public const string PolicyItem = "FairNotice.DeniedByPolicy";

    private readonly Lock _gate = new();
    private readonly Dictionary<DeniedKey, (int Count, HashSet<string> Clients)> _counts = [];
    private long _window = -1;

    private TimeSpan Window => TimeSpan.FromSeconds(options.Value.WindowSeconds);

    /// <summary>Counts one refusal; the first of its kind in a window is also logged (without the account or the address).</summary>
    /// <returns>Summaries of a window that ended before this refusal, to be written.</returns>
    public IReadOnlyList<DeniedSummary> Count(DateTimeOffset now, DeniedKey key, string client)
    {
        List<DeniedSummary> finished;
        bool first;
        lock (_gate)
        {
            var window = now.UtcTicks / Window.Ticks;
            finished = window != _window && _counts.Count > 0 ? Take() : [];
            _window = window;
            if (!_counts.ContainsKey(key) && _counts.Count >= options.Value.MaxKeysPerWindow)
            {
                key = new DeniedKey("(many)", null, null, "(many)", key.Status, "overflow");
            }

            first = !_counts.TryGetValue(key, out var entry);
            entry = first ? (0, new HashSet<string>(StringComparer.Ordinal)) : entry;
            entry.Clients.Add(client);
            _counts[key] = (entry.Count + 1, entry.Clients);
        }

        if (first)
        {
            DeniedLog.Refused(log, key.Status, key.Code, key.Endpoint, key.Role ?? (key.Actor == "anonymous" ? "anonymous" : "account"), key.Country);
        }

        return finished;
    }

    /// <summary>The summaries of a window that is over; <paramref name="all"/> takes the current one too (shutdown, tests).</summary>
    public IReadOnlyList<DeniedSummary> TakeFinished(DateTimeOffset now, bool all = false)
    {
        lock (_gate)
        {
            return _counts.Count > 0 && (all || now.UtcTicks / Window.Ticks != _window) ? Take() : [];
        }
    }

    public static AuditFacts Facts(DateTimeOffset now, DeniedSummary s) =>
        new(now, s.Key.Actor, s.Key.Country, s.Key.Role, s.Key.Status switch
        {
            StatusCodes.Status429TooManyRequests => "access.throttled",
            StatusCodes.Status400BadRequest => "input.rejected",
            _ => "access.denied",
        },
            "endpoint", Clip(s.Key.Endpoint, 80), Clip($"{s.Key.Code}, {s.WindowStart:yyyy-MM-ddTHH:mm:ssZ} + {(int)s.Window.TotalSeconds} s", 300),
            $"{s.Key.Status}:{s.Count};clients:{s.Clients}");

    private List<DeniedSummary> Take()
    {
        var start = new DateTimeOffset(_window * Window.Ticks, TimeSpan.Zero);
        var summaries = _counts.Select(kv => new DeniedSummary(kv.Key, start, Window, kv.Value.Count, kv.Value.Clients.Count)).ToList();
        _counts.Clear();
        return summaries;
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>Writes finished windows (on a timer, at shutdown) in one transaction each.</summary>
internal sealed class DeniedAccessAuditor(DeniedAccessTrail trail, IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeniedAccessAuditor> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(trail.TakeFinished(clock.GetUtcNow()), stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    /// <summary>Writes every count held, the current window's too.</summary>
    public Task FlushAsync(CancellationToken ct) => WriteAsync(trail.TakeFinished(clock.GetUtcNow(), all: true), ct);

    public async Task WriteAsync(IReadOnlyList<DeniedSummary> summaries, CancellationToken ct)
    {
        if (summaries.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow();
            foreach (var s in summaries)
            {
                db.Audit(DeniedAccessTrail.Facts(now, s));
            }

            await db.SaveChangesAsync(ct);
        }
#pragma warning disable CA1031 // A failed write must not stop the host or fail a request; the count is logged instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            DeniedLog.NotWritten(log, e, summaries.Sum(s => s.Count));
        }
    }
}

internal static partial class DeniedAccess
{
    public static IServiceCollection AddDeniedAccessTrail(this IServiceCollection services)
    {
        services.AddOptions<DeniedAccessOptions>().BindConfiguration("DeniedAccess").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeniedAccessTrail>();
        services.AddSingleton<DeniedAccessAuditor>();
        services.AddHostedService(sp => sp.GetRequiredService<DeniedAccessAuditor>());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, DeniedAccessResultHandler>();
        return services;
    }

    /// <summary>Runs after authentication (the actor is known) and around the budgets, authorisation and endpoints.</summary>
    public static void UseDeniedAccessTrail(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        try
        {
            await next(ctx);
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status400BadRequest)
        {
            // A malformed body surfaces as this exception, answered 400 by the error handler further out: counted here.
            await CountAsync(ctx, StatusCodes.Status400BadRequest, "request.malformed");
            throw;
        }

        await CountAsync(ctx, ctx.Response.StatusCode, ctx.Items[DeniedAccessTrail.CodeItem] as string);
    });

    private static async Task CountAsync(HttpContext ctx, int status, string? code)
    {
        var byPolicy = ctx.Items.ContainsKey(DeniedAccessTrail.PolicyItem);
        var signedIn = ctx.User.Identity?.IsAuthenticated == true;
        var counted = status is StatusCodes.Status400BadRequest or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests || byPolicy
            || (status == StatusCodes.Status404NotFound && code is not null && signedIn);
        if (!counted)
        {
            return;
        }

        var actor = signedIn ? ctx.User.ToActor() : null;
        var endpoint = ctx.GetEndpoint() is RouteEndpoint r ? $"{ctx.Request.Method} /{r.RoutePattern.RawText?.TrimStart('/')}" : $"{ctx.Request.Method} (no endpoint)";
        var outcome = byPolicy && status != StatusCodes.Status403Forbidden ? StatusCodes.Status403Forbidden : status;
        code ??= status switch
        {
            StatusCodes.Status429TooManyRequests => "budget.exceeded",
            StatusCodes.Status400BadRequest when !byPolicy => "request.invalid",
            _ => byPolicy || status == StatusCodes.Status403Forbidden ? "policy" : "not_found",
        };
        var key = new DeniedKey(actor?.UserId ?? "anonymous", actor?.Country, actor?.PrimaryRole?.ToString(), endpoint, outcome, code);
        var now = ctx.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var finished = ctx.RequestServices.GetRequiredService<DeniedAccessTrail>().Count(now, key, RequestBudgets.ClientOf(ctx));
        if (finished.Count > 0)
        {
            // The response is sent; a window that ended is written now rather than at the next timer tick.
            await ctx.RequestServices.GetRequiredService<DeniedAccessAuditor>().WriteAsync(finished, CancellationToken.None);
        }
    }
}
