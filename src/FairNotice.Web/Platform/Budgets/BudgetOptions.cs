using System.ComponentModel.DataAnnotations;

namespace FairNotice.Web.Platform.Budgets;

/// <summary>How many requests a client (an IP address, a /64 for IPv6) or an account may make in a fixed window.</summary>
internal sealed class Window
{
    [Range(1, 1_000_000)] public int Permits { get; set; }

    [Range(1, 7 * 24 * 3600)] public int Seconds { get; set; }

    public TimeSpan Length => TimeSpan.FromSeconds(Seconds);

    public static Window Of(int permits, TimeSpan length) => new() { Permits = permits, Seconds = (int)length.TotalSeconds };
}

/// <summary>One budget: per client, per account, or both (a request must fit in each it has).</summary>
internal sealed class Budget
{
    public Window? PerClient { get; set; }

    public Window? PerAccount { get; set; }
}

/// <summary>The request budgets (section <c>Budgets</c>); defaults are the production values, documented in
/// <c>docs/budgets.md</c>. Each budget's windows replace the default when configured.</summary>
internal sealed class BudgetOptions
{
    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c> is believed; empty: the connection's address counts.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Every sign-in attempt, per client (the email is in the body: accounts are budgeted by <see cref="SignInFailures"/>).
    /// A ceiling on password hashing from one address, high enough for an office behind one address signing in at nine.</summary>
    public Budget SignIn { get; set; } = new() { PerClient = Window.Of(300, TimeSpan.FromMinutes(5)) };

    /// <summary>Failed sign-ins per account and client: an attacker's failures throttle the attacker, not the account's owner.</summary>
    public Window SignInFailures { get; set; } = Window.Of(5, TimeSpan.FromMinutes(15));

    /// <summary>Different accounts one client may fail to sign in to in a window: past it the client is spraying passwords
    /// across accounts, and no sign-in from it is tried until the window ends.</summary>
    public Window SignInSpray { get; set; } = Window.Of(20, TimeSpan.FromMinutes(15));

    /// <summary>Accepted filings per client: a refused (invalid) form does not count here, see <see cref="RedressInvalid"/>.</summary>
    public Budget RedressFiling { get; set; } = new() { PerClient = Window.Of(5, TimeSpan.FromHours(1)) };

    /// <summary>Refused (invalid) filings per client: people send the form several times to see every mistake.</summary>
    public Budget RedressInvalid { get; set; } = new() { PerClient = Window.Of(30, TimeSpan.FromMinutes(15)) };

    public Budget RedressFollowUp { get; set; } = new() { PerClient = Window.Of(20, TimeSpan.FromMinutes(15)) };

    public Budget PreCheck { get; set; } = new() { PerClient = Window.Of(120, TimeSpan.FromHours(1)), PerAccount = Window.Of(60, TimeSpan.FromHours(1)) };

    public Budget Screening { get; set; } = new() { PerClient = Window.Of(600, TimeSpan.FromMinutes(1)), PerAccount = Window.Of(120, TimeSpan.FromMinutes(1)) };

    public Budget ScreeningBatch { get; set; } = new() { PerClient = Window.Of(30, TimeSpan.FromHours(1)), PerAccount = Window.Of(10, TimeSpan.FromHours(1)) };

    public Budget PublicExtract { get; set; } = new() { PerClient = Window.Of(120, TimeSpan.FromMinutes(1)) };

    /// <summary>Persons one account may screen per UTC day, single checks and batch rows together.</summary>
    [Range(1, 10_000_000)] public int ScreeningRowsPerAccountPerDay { get; set; } = 20_000;

    /// <summary>How long failed redress follow-up guesses are counted before one audit entry sums them up.</summary>
    [Range(1, 24 * 3600)] public int FollowUpAuditWindowSeconds { get; set; } = 900;

    public Budget For(string name) => name switch
    {
        BudgetNames.SignIn => SignIn,
        BudgetNames.RedressFiling => RedressFiling,
        BudgetNames.RedressInvalid => RedressInvalid,
        BudgetNames.RedressFollowUp => RedressFollowUp,
        BudgetNames.PreCheck => PreCheck,
        BudgetNames.Screening => Screening,
        BudgetNames.ScreeningBatch => ScreeningBatch,
        BudgetNames.PublicExtract => PublicExtract,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown budget."),
    };
}

internal static class BudgetNames
{
    public const string SignIn = "sign-in";
    public const string RedressFiling = "redress-filing";
    public const string RedressInvalid = "redress-invalid";
    public const string RedressFollowUp = "redress-follow-up";
    public const string PreCheck = "pre-check";
    public const string Screening = "screening";
    public const string ScreeningBatch = "screening-batch";
    public const string PublicExtract = "public-extract";
}

/// <summary>Caps on request sizes (section <c>Limits</c>); collection caps live with the Domain's validation.</summary>
internal sealed class LimitOptions
{
    /// <summary>A JSON body (a notice with 50 aliases and 30 charges is about 100 KB).</summary>
    [Range(1024, 64 * 1024 * 1024)] public long JsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>A screening batch body, JSON or CSV.</summary>
    [Range(1024, 256 * 1024 * 1024)] public long BatchBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>A multipart form (the redress filing: three documents of 5 MiB and the fields).</summary>
    [Range(1024, 256 * 1024 * 1024)] public long MultipartBodyBytes { get; set; } = (3 * 5 * 1024 * 1024) + 200_000;

    /// <summary>Persons in one screening batch.</summary>
    [Range(1, 1_000_000)] public int BatchRows { get; set; } = 10_000;
}
