using System.Security.Claims;
using FairNotice.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>An account: it belongs to one NCB, to the Secretariat or to the Commission.</summary>
internal sealed class AppUser : IdentityUser
{
    public Affiliation Affiliation { get; set; }

    /// <summary>ISO alpha-2 of the NCB's country; null outside NCBs.</summary>
    public string? Country { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The last authenticator time step accepted for this account: a code is accepted only for a later step, so a
    /// code seen once (shoulder-surfed, phished, replayed) is refused for the rest of its life (ASVS 6.5.1).</summary>
    public long? AuthenticatorLastStep { get; set; }
}

internal static class Claims
{
    public const string Affiliation = "fn:affiliation";
    public const string Country = "fn:country";
    public const string DisplayName = "fn:name";

    /// <summary>RFC 8176 authentication-methods claim; every session carries <see cref="MultiFactor"/> (ADR "multi-factor sign-in").</summary>
    public const string AuthenticationMethods = "amr";
    public const string MultiFactor = "mfa";

    /// <summary>The session id a cookie or token carries (<see cref="SessionRecords"/>).</summary>
    public const string Session = "fn:sid";

    /// <summary>The acting account as the Domain sees it; null when not signed in.</summary>
    public static Actor? ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (user.Identity?.IsAuthenticated != true || id is null
            || !Enum.TryParse<Affiliation>(user.FindFirstValue(Affiliation), out var affiliation))
        {
            return null;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => Enum.TryParse<Role>(c.Value, out var r) ? (Role?)r : null)
            .OfType<Role>().ToHashSet();
        var country = affiliation == Domain.Access.Affiliation.Ncb ? user.FindFirstValue(Country) : null;
        return new Actor(id, affiliation, country, roles);
    }

    public static Actor RequireActor(this HttpContext http) =>
        http.User.ToActor() ?? throw new InvalidOperationException("An authenticated endpoint was reached without an actor.");
}

/// <summary>Puts affiliation and country into the principal, so cookies and bearer tokens carry them.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Claims.Affiliation, user.Affiliation.ToString()));
        identity.AddClaim(new Claim(Claims.DisplayName, user.DisplayName));
        if (user.Country is not null)
        {
            identity.AddClaim(new Claim(Claims.Country, user.Country));
        }

        return identity;
    }
}

internal static class Authentication
{
    private const string Smart = "cookie-or-bearer";

    /// <summary>PBKDF2-HMAC-SHA512 iterations for new password hashes (ASVS 11.4.2).</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddAppAuthentication(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                // No composition rules (ASVS 6.2.5): length, the common-password list and the account's own words decide (Features/Accounts/PasswordRules.cs).
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                // Lockout only slows: failures are throttled per client and account first (RequestBudgets), so a locked
                // account means many clients failed; a minute later its owner can sign in again (docs/adr/0014-budgets-and-sessions.md).
                o.Lockout.MaxFailedAccessAttempts = 20;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(1);
                o.User.RequireUniqueEmail = true;
                // Schema 3 adds the passkeys table (AppDbContext pins the same version for the migrations).
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider (±90 s, replayable) with the current step only, each step once.
            .AddTokenProvider<AuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddSecondFactors();

        // OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA512 (Identity's v3 format) with at least 210,000 iterations. Hashes
        // made with fewer (Identity's default is 100,000) verify as SuccessRehashNeeded and are rehashed at the next sign-in.
        // A constant, not a setting: nothing, test hosts included, can lower it.
        services.Configure<PasswordHasherOptions>(o =>
        {
            o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            o.IterationCount = PasswordHashIterations;
        });

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Smart;
                o.DefaultAuthenticateScheme = Smart;
                o.DefaultChallengeScheme = Smart;
                o.DefaultForbidScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie for pages, bearer token for the API", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? IdentityConstants.BearerScheme
                        : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme); // lifetime: Sessions:AccessTokenMinutes

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "fairnotice";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403; only pages redirect to the login form.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx.Request, ctx.Response, StatusCodes.Status401Unauthorized, ctx.RedirectUri);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx.Request, ctx.Response, StatusCodes.Status403Forbidden, ctx.RedirectUri);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Ncb, p => p.RequireClaim(Claims.Affiliation, nameof(Affiliation.Ncb)).RequireRole(nameof(Role.NcbOfficer), nameof(Role.NcbSupervisor)))
            .AddPolicy(Policies.Reviewer, p => p.RequireClaim(Claims.Affiliation, nameof(Affiliation.Secretariat)).RequireRole(nameof(Role.SecretariatReviewer)))
            .AddPolicy(Policies.Auditor, p => p.RequireRole(nameof(Role.Auditor)))
            .AddPolicy(Policies.ElectionOfficer, p => p.RequireClaim(Claims.Affiliation, nameof(Affiliation.Secretariat)).RequireRole(nameof(Role.ElectionOfficer)))
            .AddPolicy(Policies.Commission, p => p.RequireClaim(Claims.Affiliation, nameof(Affiliation.Commission)).RequireRole(nameof(Role.CommissionMember)))
            .AddPolicy(Policies.Registry, p => p.RequireAssertion(ctx =>
                ctx.User.ToActor() is { } a && (a.IsReviewer || a.Has(Role.CommissionMember) || (a.Country is { } c && a.IsNcbOf(c) && a.Has(Role.NcbSupervisor)))))
            .AddPolicy(Policies.NcbOrReviewer, p => p.RequireAssertion(ctx =>
                ctx.User.ToActor() is { } a && (a.IsReviewer || (a.Country is { } c && a.IsNcbOf(c)))));
        return services;
    }

    private static Task ApiOr(HttpRequest request, HttpResponse response, int status, string redirect)
    {
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            response.StatusCode = status;
        }
        else
        {
            response.Redirect(redirect);
        }

        return Task.CompletedTask;
    }
}

internal static class Policies
{
    public const string Ncb = "ncb";
    public const string Reviewer = "reviewer";
    public const string Auditor = "auditor";
    public const string NcbOrReviewer = "ncb-or-reviewer";
    public const string Registry = "registry";
    public const string Commission = "commission";
    public const string ElectionOfficer = "election-officer";
}
