using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using FairNotice.Web.Platform.Cluster;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform.Budgets;

/// <summary>What a request is charged to: a named budget, the client's address and, when signed in, the account.</summary>
internal readonly record struct Charge(string Budget, string Client, string? Account);

/// <summary>Marks an endpoint as spending a budget; the rate-limiting middleware reads it.</summary>
internal sealed record BudgetMetadata(string Name);

/// <summary>
/// Every request budget, as fixed windows aligned on the epoch (<see cref="AlignedWindows"/>) per budget and client, and per
/// budget and account, behind System.Threading.RateLimiting's <see cref="PartitionedRateLimiter{TResource}"/>. The ASP.NET Core rate-limiting middleware applies them to endpoints marked with
/// <see cref="BudgetExtensions.WithBudget{T}"/>; pages call <see cref="TryCharge"/> themselves so that a refusal keeps
/// what the user typed.
/// </summary>
internal sealed class RequestBudgets : IDisposable
{
    /// <summary>Budgets that bound guessing or writes to the shared database: on PostgreSQL they are also counted in the
    /// database, so that they hold across every node (docs/adr/0032-nodes-on-one-database.md). The others guard a node's own
    /// CPU and stay per node.</summary>
    public static readonly IReadOnlySet<string> Shared = new HashSet<string>(StringComparer.Ordinal) { BudgetNames.SignIn, BudgetNames.RedressFiling, BudgetNames.RedressInvalid, BudgetNames.RedressFollowUp };

    private const string SignInFailuresKey = "sign-in-failures";
    private const string SignInSprayKey = "sign-in-spray";
    private readonly BudgetOptions _options;
    private readonly bool _cluster;
    private readonly TimeProvider _clock;
    private readonly AlignedWindows _windows;
    private readonly BudgetLimiter _limiter;

    public RequestBudgets(IOptions<BudgetOptions> options, IOptions<DatabaseOptions> database, TimeProvider clock)
    {
        _options = options.Value;
        _cluster = database.Value.Provider == "Postgres";
        _clock = clock;
        _windows = new AlignedWindows(clock);
        _limiter = new BudgetLimiter(_windows, _options);
    }

    /// <summary>The limiter the middleware applies: endpoints without a budget are not limited.</summary>
    public PartitionedRateLimiter<HttpContext> ForEndpoints() => _limiter.WithTranslatedKey<HttpContext>(
        ctx => ctx.GetEndpoint()?.Metadata.GetMetadata<BudgetMetadata>() is { } b ? ChargeFor(ctx, b.Name) : new Charge("", "", null), leaveOpen: true);

    public static Charge ChargeFor(HttpContext ctx, string budget) =>
        new(budget, ClientOf(ctx), ctx.User.Identity?.IsAuthenticated == true ? ctx.User.ToActor()?.UserId : null);

    /// <summary>Spends one request of the budget; null when allowed, otherwise how long is left in the window that refused it.</summary>
    public TimeSpan? TryCharge(HttpContext ctx, string budget)
    {
        using var lease = _limiter.AttemptAcquire(ChargeFor(ctx, budget));
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>Whether the budget still has room for this caller, without spending it; null when it has.</summary>
    public async Task<TimeSpan?> HasRoomAsync(HttpContext ctx, string budget)
    {
        var charge = ChargeFor(ctx, budget);
        var windows = _options.For(budget);
        foreach (var (key, window) in new[] { ($"{budget}|client|{charge.Client}", windows.PerClient), (charge.Account is { } a ? $"{budget}|account|{a}" : null, windows.PerAccount) })
        {
            if (key is null || window is null)
            {
                continue;
            }

            var (count, left) = _windows.Peek(key, window);
            if (count < window.Permits && _cluster && Shared.Contains(budget))
            {
                count = (int)await SharedCounters.CountAsync(ctx.RequestServices.GetRequiredService<AppDbContext>(), key, _windows.WindowOf(window).Start, ctx.RequestAborted);
            }

            if (count >= window.Permits)
            {
                return left;
            }
        }

        return null;
    }

    /// <summary>Whether this client may still try a password on this account; null when it may.</summary>
    public TimeSpan? SignInBlocked(string account, string client) =>
        _windows.Peek($"{SignInFailuresKey}|{account}|{client}", _options.SignInFailures) is var (count, left) && count >= _options.SignInFailures.Permits ? left : null;

    /// <summary>Whether this client has failed on so many different accounts in the window that it is guessing across them
    /// (password spraying): then no sign-in from it is tried until the window ends. Null when it has not.</summary>
    public TimeSpan? SprayingFrom(string client) =>
        _windows.Peek($"{SignInSprayKey}|{client}", _options.SignInSpray) is var (count, left) && count >= _options.SignInSpray.Permits ? left : null;

    /// <summary>Counts a failed sign-in against this client on this account; the first failure on an account in its window
    /// also counts one more account this client has failed on. Returns whether it was that first failure.</summary>
    public bool SignInFailed(string account, string client)
    {
        var first = _windows.TryAdd($"{SignInFailuresKey}|{account}|{client}", _options.SignInFailures) is { Acquired: true, Count: 1 };
        if (first)
        {
            _windows.TryAdd($"{SignInSprayKey}|{client}", _options.SignInSpray);
        }

        return first;
    }

    /// <summary><see cref="TryCharge"/>, then, for a shared budget on PostgreSQL, the cluster-wide count.</summary>
    public async Task<TimeSpan?> TryChargeAsync(HttpContext ctx, string budget) =>
        TryCharge(ctx, budget) ?? await ChargeSharedAsync(ctx, ChargeFor(ctx, budget));

    /// <summary>The cluster-wide part of a shared budget (nothing on SQLite or for a per-node budget).</summary>
    public async Task<TimeSpan?> ChargeSharedAsync(HttpContext ctx, Charge charge)
    {
        if (!_cluster || !Shared.Contains(charge.Budget))
        {
            return null;
        }

        var budget = _options.For(charge.Budget);
        var db = ctx.RequestServices.GetRequiredService<AppDbContext>();
        if (budget.PerClient is { } perClient && await ChargeWindowAsync(db, $"{charge.Budget}|client|{charge.Client}", perClient, ctx.RequestAborted) is { } wait)
        {
            return wait;
        }

        return charge.Account is { } account && budget.PerAccount is { } perAccount
            ? await ChargeWindowAsync(db, $"{charge.Budget}|account|{account}", perAccount, ctx.RequestAborted)
            : null;
    }

    public Task<TimeSpan?> SignInBlockedAsync(HttpContext ctx, string account, string client) =>
        SignInBlockedAsync(ctx.RequestServices.GetRequiredService<AppDbContext>(), account, client, ctx.RequestAborted);

    public Task SignInFailedAsync(HttpContext ctx, string account, string client) =>
        SignInFailedAsync(ctx.RequestServices.GetRequiredService<AppDbContext>(), account, client, ctx.RequestAborted);

    /// <summary><see cref="SprayingFrom"/> on this node, then across the cluster on PostgreSQL.</summary>
    public async Task<TimeSpan?> SprayingFromAsync(HttpContext ctx, string client)
    {
        if (SprayingFrom(client) is { } wait)
        {
            return wait;
        }

        if (!_cluster)
        {
            return null;
        }

        var (start, end) = _windows.WindowOf(_options.SignInSpray);
        var accounts = await SharedCounters.CountAsync(ctx.RequestServices.GetRequiredService<AppDbContext>(), $"{SignInSprayKey}|{client}", start, ctx.RequestAborted);
        return accounts >= _options.SignInSpray.Permits ? end - Now : null;
    }

    /// <summary><see cref="SignInBlocked"/> on this node, then across the cluster on PostgreSQL.</summary>
    public async Task<TimeSpan?> SignInBlockedAsync(AppDbContext db, string account, string client, CancellationToken ct)
    {
        if (SignInBlocked(account, client) is { } wait)
        {
            return wait;
        }

        if (!_cluster)
        {
            return null;
        }

        var (start, end) = _windows.WindowOf(_options.SignInFailures);
        var failures = await SharedCounters.CountAsync(db, $"{SignInFailuresKey}|{account}|{client}", start, ct);
        return failures >= _options.SignInFailures.Permits ? end - Now : null;
    }

    /// <summary><see cref="SignInFailed"/>, counted across the cluster too on PostgreSQL.</summary>
    public async Task SignInFailedAsync(AppDbContext db, string account, string client, CancellationToken ct)
    {
        SignInFailed(account, client);
        if (_cluster)
        {
            var key = $"{SignInFailuresKey}|{account}|{client}";
            var start = _windows.WindowOf(_options.SignInFailures).Start;
            await SharedCounters.AddAsync(db, key, start, 1, ct);
            if (await SharedCounters.CountAsync(db, key, start, ct) == 1)
            {
                await SharedCounters.AddAsync(db, $"{SignInSprayKey}|{client}", _windows.WindowOf(_options.SignInSpray).Start, 1, ct);
            }
        }
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    private async Task<TimeSpan?> ChargeWindowAsync(AppDbContext db, string key, Window window, CancellationToken ct)
    {
        var (start, end) = _windows.WindowOf(window);
        var (_, charged) = await SharedCounters.TryAddAsync(db, key, start, 1, window.Permits, ct);
        return charged ? null : end - Now;
    }

    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var after) && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(1);

    /// <summary>The client: the connection's address (after trusted proxies' <c>X-Forwarded-For</c>); an IPv6 client by its /64,
    /// which one subscriber usually holds whole.</summary>
    public static string ClientOf(HttpContext ctx)
    {
        var ip = ctx.Connection.RemoteIpAddress;
        if (ip is null)
        {
            return "unknown";
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = ip.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return ip.ToString();
    }

    public static string Seconds(TimeSpan t) => Math.Max(1, Math.Ceiling(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _limiter.Dispose();
    }
}

internal static class BudgetExtensions
{
    public static IServiceCollection AddBudgets(this IServiceCollection services)
    {
        services.AddOptions<BudgetOptions>().BindConfiguration("Budgets").ValidateDataAnnotations()
            .Validate(o => Windows(o).All(w => w is null || (w.Permits > 0 && w.Seconds > 0)), "Every budget window needs Permits > 0 and Seconds > 0.")
            .Validate(o => o.TrustedProxies.All(p => IPAddress.TryParse(p, out _) || System.Net.IPNetwork.TryParse(p, out _)), "Budgets:TrustedProxies holds IP addresses or CIDR networks.")
            .ValidateOnStart();
        services.AddOptions<LimitOptions>().BindConfiguration("Limits").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestBudgets>().AddSingleton<BudgetGates>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, ct) => new ValueTask(TooMany(ctx.HttpContext, RequestBudgets.RetryAfter(ctx.Lease)).ExecuteAsync(ctx.HttpContext));
        });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<RequestBudgets>((o, budgets) => o.GlobalLimiter = budgets.ForEndpoints());
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<BudgetOptions>>((o, budgets) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in budgets.Value.TrustedProxies)
            {
                if (IPAddress.TryParse(p, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(p));
                }
            }
        });
        return services;
    }

    /// <summary>Believes <c>X-Forwarded-For</c> from the configured proxies only (none by default), then applies the budgets.
    /// Runs after authentication, so that a signed-in caller is charged to their account too.</summary>
    public static void UseClientAddress(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BudgetOptions>>().Value.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>After the in-memory limiter: the cluster-wide part of a shared budget an endpoint spends (PostgreSQL only).</summary>
    public static void UseSharedBudgets(this WebApplication app) =>
        app.Use(async (ctx, next) =>
        {
            if (ctx.GetEndpoint()?.Metadata.GetMetadata<BudgetMetadata>() is { } b && RequestBudgets.Shared.Contains(b.Name)
                && await ctx.RequestServices.GetRequiredService<RequestBudgets>().ChargeSharedAsync(ctx, RequestBudgets.ChargeFor(ctx, b.Name)) is { } wait)
            {
                await TooMany(ctx, wait).ExecuteAsync(ctx);
                return;
            }

            await next(ctx);
        });

    /// <summary>This endpoint spends the named budget (per client and, when signed in, per account).</summary>
    public static TBuilder WithBudget<TBuilder>(this TBuilder builder, string budget) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BudgetMetadata(budget));

    /// <summary>429 problem details with <c>Retry-After</c> in whole seconds.</summary>
    public static IResult TooMany(HttpContext http, TimeSpan retryAfter, string? detail = null)
    {
        http.Response.Headers.RetryAfter = RequestBudgets.Seconds(retryAfter);
        return TypedResults.Problem(detail ?? $"Too many requests from your connection or account; try again in {RequestBudgets.Seconds(retryAfter)} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", type: Problems.TypeBase + "budget.exceeded",
            extensions: new Dictionary<string, object?> { ["code"] = "budget.exceeded", ["retryAfterSeconds"] = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)) });
    }

    /// <summary>A page refused for budget: 429 with <c>Retry-After</c>, the form shown again with what was typed.</summary>
    public static void RefuseForBudget(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, TimeSpan retryAfter, string? message = null)
    {
        page.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        page.Response.Headers.RetryAfter = RequestBudgets.Seconds(retryAfter);
        var minutes = (int)Math.Ceiling(retryAfter.TotalMinutes);
        page.ModelState.AddModelError(string.Empty, message ?? (minutes <= 1
            ? "Too many attempts from your connection or account. Wait a minute and send the form again; what you typed is kept."
            : $"Too many attempts from your connection or account. Wait {minutes} minutes and send the form again; what you typed is kept."));
    }

    private static IEnumerable<Window?> Windows(BudgetOptions o) =>
        [o.SignIn.PerClient, o.SignIn.PerAccount, o.SignInFailures, o.SignInSpray, o.RedressFiling.PerClient, o.RedressFiling.PerAccount, o.RedressInvalid.PerClient, o.RedressInvalid.PerAccount, o.RedressFollowUp.PerClient,
            o.RedressFollowUp.PerAccount, o.PreCheck.PerClient, o.PreCheck.PerAccount, o.Screening.PerClient, o.Screening.PerAccount,
            o.ScreeningBatch.PerClient, o.ScreeningBatch.PerAccount, o.PublicExtract.PerClient, o.PublicExtract.PerAccount];
}
