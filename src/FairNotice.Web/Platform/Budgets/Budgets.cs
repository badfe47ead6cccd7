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
/// Every request budget, as fixed-window limiters from System.Threading.RateLimiting partitioned by budget and client,
/// and by budget and account. The ASP.NET Core rate-limiting middleware applies them to endpoints marked with
/// <see cref="BudgetExtensions.WithBudget{T}"/>; pages call <see cref="TryCharge"/> themselves so that a refusal keeps
/// what the user typed.
/// </summary>
internal sealed class RequestBudgets : IDisposable
{
    /// <summary>Budgets that bound guessing or writes to the shared database: on PostgreSQL they are also counted in the
    /// database, so that they hold across every node (docs/adr/0032-nodes-on-one-database.md). The others guard a node's own
    /// CPU and stay per node.</summary>
    public static readonly IReadOnlySet<string> Shared = new HashSet<string>(StringComparer.Ordinal) { BudgetNames.SignIn, BudgetNames.RedressFiling, BudgetNames.RedressFollowUp };

    private const string SignInFailuresKey = "sign-in-failures";
    private readonly BudgetOptions _options;
    private readonly bool _cluster;
    private readonly PartitionedRateLimiter<Charge> _limiter;
    private readonly PartitionedRateLimiter<(string Account, string Client)> _signInFailures;

    public RequestBudgets(IOptions<BudgetOptions> options, IOptions<DatabaseOptions> database)
    {
        _options = options.Value;
        _cluster = database.Value.Provider == "Postgres";
        var perClient = PartitionedRateLimiter.Create<Charge, (string, string)>(c =>
            c.Budget.Length > 0 && _options.For(c.Budget).PerClient is { } w ? RateLimitPartition.GetFixedWindowLimiter((c.Budget, c.Client), _ => Fixed(w))
            : RateLimitPartition.GetNoLimiter((c.Budget, "")));
        var perAccount = PartitionedRateLimiter.Create<Charge, (string, string)>(c =>
            c.Budget.Length > 0 && c.Account is { } a && _options.For(c.Budget).PerAccount is { } w ? RateLimitPartition.GetFixedWindowLimiter((c.Budget, a), _ => Fixed(w))
            : RateLimitPartition.GetNoLimiter((c.Budget, "")));
        _limiter = PartitionedRateLimiter.CreateChained(perClient, perAccount);
        _signInFailures = PartitionedRateLimiter.Create<(string Account, string Client), (string, string)>(k =>
            RateLimitPartition.GetFixedWindowLimiter(k, _ => Fixed(_options.SignInFailures)));
    }

    /// <summary>The limiter the middleware applies: endpoints without a budget are not limited.</summary>
    public PartitionedRateLimiter<HttpContext> ForEndpoints() => _limiter.WithTranslatedKey<HttpContext>(
        ctx => ctx.GetEndpoint()?.Metadata.GetMetadata<BudgetMetadata>() is { } b ? ChargeFor(ctx, b.Name) : new Charge("", "", null), leaveOpen: true);

    public static Charge ChargeFor(HttpContext ctx, string budget) =>
        new(budget, ClientOf(ctx), ctx.User.Identity?.IsAuthenticated == true ? ctx.User.ToActor()?.UserId : null);

    /// <summary>Spends one request of the budget; null when allowed, otherwise how long to wait.</summary>
    public TimeSpan? TryCharge(HttpContext ctx, string budget)
    {
        using var lease = _limiter.AttemptAcquire(ChargeFor(ctx, budget));
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    /// <summary>Whether this client may still try a password on this account; null when it may.</summary>
    public TimeSpan? SignInBlocked(string account, string client)
    {
        using var probe = _signInFailures.AttemptAcquire((account, client), 0);
        return probe.IsAcquired ? null : RetryAfter(probe);
    }

    /// <summary>Counts a failed sign-in against this client on this account.</summary>
    public void SignInFailed(string account, string client) => _signInFailures.AttemptAcquire((account, client)).Dispose();

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

        var (start, end) = WindowOf(_options.SignInFailures);
        var failures = await SharedCounters.CountAsync(db, $"{SignInFailuresKey}|{account}|{client}", start, ct);
        return failures >= _options.SignInFailures.Permits ? end - DateTimeOffset.UtcNow : null;
    }

    /// <summary><see cref="SignInFailed"/>, counted across the cluster too on PostgreSQL.</summary>
    public async Task SignInFailedAsync(AppDbContext db, string account, string client, CancellationToken ct)
    {
        SignInFailed(account, client);
        if (_cluster)
        {
            await SharedCounters.AddAsync(db, $"{SignInFailuresKey}|{account}|{client}", WindowOf(_options.SignInFailures).Start, 1, ct);
        }
    }

    private static async Task<TimeSpan?> ChargeWindowAsync(AppDbContext db, string key, Window window, CancellationToken ct)
    {
        var (start, end) = WindowOf(window);
        var (_, charged) = await SharedCounters.TryAddAsync(db, key, start, 1, window.Permits, ct);
        return charged ? null : end - DateTimeOffset.UtcNow;
    }

    // Fixed windows aligned on the epoch, so that every node agrees on where a window starts.
    private static (DateTimeOffset Start, DateTimeOffset End) WindowOf(Window window)
    {
        var now = DateTimeOffset.UtcNow.UtcTicks;
        var start = new DateTimeOffset(now - (now % window.Length.Ticks), TimeSpan.Zero);
        return (start, start + window.Length);
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

    private static FixedWindowRateLimiterOptions Fixed(Window w) =>
        new() { PermitLimit = w.Permits, Window = w.Length, QueueLimit = 0, AutoReplenishment = true };

    public void Dispose()
    {
        _limiter.Dispose();
        _signInFailures.Dispose();
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
        services.AddSingleton<RequestBudgets>();
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
        [o.SignIn.PerClient, o.SignIn.PerAccount, o.SignInFailures, o.RedressFiling.PerClient, o.RedressFiling.PerAccount, o.RedressFollowUp.PerClient,
            o.RedressFollowUp.PerAccount, o.PreCheck.PerClient, o.PreCheck.PerAccount, o.Screening.PerClient, o.Screening.PerAccount,
            o.ScreeningBatch.PerClient, o.ScreeningBatch.PerAccount, o.PublicExtract.PerClient, o.PublicExtract.PerAccount];
}
