using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Platform;

/// <summary>Cookie session lifetimes and transport (section <c>Sessions</c>, beside <see cref="SessionOptions"/>).</summary>
internal sealed class CookieSessionOptions
{
    /// <summary>A cookie session unused this long ends (sliding: each request within it extends it).</summary>
    [Range(1, 24 * 60)] public int IdleMinutes { get; set; } = 30;

    /// <summary>A cookie session ends this long after sign-in however busy it is.</summary>
    [Range(1, 7 * 24)] public int AbsoluteHours { get; set; } = 10;

    /// <summary>Plain-http cookies (no <c>Secure</c>, no <c>__Host-</c> prefix) outside Development: only for test hosts that serve
    /// http (appsettings.Testing.json). Never in production: a cookie without <c>Secure</c> travels in clear text.</summary>
    public bool PlainHttpCookies { get; set; }
}

/// <summary>
/// The session, second-factor-pending and antiforgery cookies (ASVS 5.0 3.3.1, 7.1.1, 7.3.1–7.3.2): outside Development they are <c>Secure</c> and
/// carry the <c>__Host-</c> prefix (sent only over https, to this host, path <c>/</c>, so a sibling domain cannot plant or
/// overwrite them); a session ends after <see cref="CookieSessionOptions.IdleMinutes"/> without use and, however busy,
/// <see cref="CookieSessionOptions.AbsoluteHours"/> after sign-in. The sign-in time lives in the ticket's properties, which
/// survive sliding renewal and the security-stamp refresh (a claim would be dropped when the principal is rebuilt).
/// Configured here, after Identity's own settings, so that the sign-in code stays as it is.
/// </summary>
internal static class SessionCookies
{
    public const string SignedInItem = "fn.signed_in";
    public const string SessionCookie = "__Host-fairnotice";
    public const string AntiforgeryCookie = "__Host-fairnotice.af";
    public const string PendingCookie = "__Host-fairnotice.pending";

    public static IServiceCollection AddSessionCookies(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<CookieSessionOptions>().BindConfiguration("Sessions").ValidateDataAnnotations().ValidateOnStart();
        var secure = !env.IsDevelopment() && !configuration.GetValue<bool>("Sessions:PlainHttpCookies");
        if (secure)
        {
            services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
            services.PostConfigure<AntiforgeryOptions>(o =>
            {
                o.Cookie.Name = AntiforgeryCookie;
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.Path = "/";
            });
            // "Password verified, second factor pending" (SecondFactors): as strict as the session cookie it leads to.
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
            {
                o.Cookie.Name = PendingCookie;
                o.Cookie.Path = "/";
                o.Cookie.Domain = null;
            });
        }

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure<IOptions<CookieSessionOptions>>((o, s) =>
        {
            if (secure)
            {
                o.Cookie.Name = SessionCookie;
                o.Cookie.Path = "/";
                o.Cookie.Domain = null;
            }

            o.ExpireTimeSpan = TimeSpan.FromMinutes(s.Value.IdleMinutes);
            o.SlidingExpiration = true;
            var absolute = TimeSpan.FromHours(s.Value.AbsoluteHours);
            var signingIn = o.Events.OnSigningIn;
            o.Events.OnSigningIn = async ctx =>
            {
                // A refresh (RefreshSignInAsync) keeps the properties, and with them the first sign-in's time.
                if (!ctx.Properties.Items.ContainsKey(SignedInItem))
                {
                    ctx.Properties.Items[SignedInItem] = Now(ctx.HttpContext).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                }

                // Every cookie issued is a session the user can see and end (a refresh issues a new one: the stamp changed).
                if (ctx.Principal is { } principal)
                {
                    await SessionRecords.StartAsync(ctx.HttpContext, principal, "cookie", absolute);
                }

                await signingIn(ctx);
            };
            var validating = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async ctx =>
            {
                if (!ctx.Properties.Items.TryGetValue(SignedInItem, out var at) || !long.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                    || Now(ctx.HttpContext) - DateTimeOffset.FromUnixTimeSeconds(seconds) >= absolute)
                {
                    ctx.RejectPrincipal();
                    await ctx.HttpContext.SignOutAsync(ctx.Scheme.Name);
                    return;
                }

                await validating(ctx);
            };
        });
        return services;
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
