using FairNotice.Domain.Access;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Account;

/// <summary>Sign-in for API clients: the password and, in the same request, an authenticator code or a recovery code.</summary>
public sealed record LoginRequest(string? Email, string? Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

public sealed record MeResponse(string UserId, string Email, string DisplayName, string Affiliation, string? Country, IReadOnlyList<string> Roles);

public static class AccountFeature
{
    public static IServiceCollection AddAccount(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Authentication");
        auth.MapPost("/login", Login).AllowAnonymous().WithBudget(BudgetNames.SignIn)
            .WithSummary("Exchange email, password and a second factor for a bearer token: {tokenType, accessToken, expiresIn}. No refresh token: sign in again when it expires.")
            .WithDescription("Every account needs a second factor. Send `twoFactorCode` (the 6-digit code of the account's authenticator app; " +
                "each code is accepted once) or `twoFactorRecoveryCode` (one of the account's recovery codes; each works once). Without either, " +
                "a right password answers 401 with type `auth.mfa-required` and no token; a wrong code answers 401 `auth.mfa-failed`. " +
                "An account with no authenticator (none enrolled, or passkeys only) answers 401 `auth.mfa-enrolment-required`: " +
                "enrol an authenticator on the Security page first; passkeys are used on the pages, not by API clients.")
            .Produces<AccessTokenIssued>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/logout", Logout)
            .WithSummary("Sign out everywhere: every bearer token and cookie of the account issued before stops working.").Produces(StatusCodes.Status204NoContent);
        auth.MapGet("/sessions", MySessions.List).WithSummary("Your live sessions: when each started, from which client, cookie or bearer, which factor; `current` marks this one.");
        auth.MapPost("/sessions/{id}/end", MySessions.End).WithBudget(BudgetNames.SignIn)
            .WithSummary("End one of your sessions, with your password again (403 if wrong, 404 if you have no such session). To end all, sign out (`POST /api/auth/logout`).");
        app.MapGet("/api/me", Me).WithTags("Authentication").WithSummary("Who the token or cookie belongs to.");
        return app;
    }

    private static async Task<IResult> Login(LoginRequest request, SignInManager<AppUser> signIn, RequestBudgets budgets, HttpContext http)
    {
        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            missing["email"] = ["The email is required."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            missing["password"] = ["The password is required."];
        }

        if (missing.Count > 0)
        {
            return Problems.Invalid("auth.invalid", "Email and password are required.", missing);
        }

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var outcome = await PasswordSignIn.PasswordAsync(http, signIn, budgets, request.Email!, request.Password!);
        if (outcome.RetryAfter is { } wait)
        {
            return BudgetExtensions.TooMany(http, wait, outcome.Detail);
        }

        if (outcome.User is not { } user)
        {
            return Unauthorized("auth.failed", outcome.Result.IsLockedOut ? "Too many failed attempts; the account is locked for a while." : "Wrong email or password.");
        }

        // Passkeys need a browser ceremony; an API client proves its second factor with an authenticator or recovery code.
        var users = signIn.UserManager;
        if (!await SecondFactors.HasAuthenticatorAsync(users, user))
        {
            await SecondFactorSignIn.AuditAsync(http, user, "auth.second-factor", "not-enrolled");
            return Unauthorized("auth.mfa-enrolment-required",
                "This account has no authenticator. Sign in on the web page and set one up on the Security page; then send its code here.");
        }

        SecondFactor? factor = !string.IsNullOrWhiteSpace(request.TwoFactorCode) ? SecondFactor.Authenticator
            : !string.IsNullOrWhiteSpace(request.TwoFactorRecoveryCode) ? SecondFactor.RecoveryCode : null;
        var code = factor == SecondFactor.Authenticator ? request.TwoFactorCode : request.TwoFactorRecoveryCode;
        if (factor is null)
        {
            return Unauthorized("auth.mfa-required", "A second factor is required: send twoFactorCode (authenticator app) or twoFactorRecoveryCode.");
        }

        var second = await SecondFactorSignIn.CodeAsync(http, users, budgets, user, factor.Value, code!);
        if (second.RetryAfter is { } later)
        {
            return BudgetExtensions.TooMany(http, later, "Too many failed sign-ins on this account from your connection; try again later.");
        }

        if (!second.Succeeded)
        {
            return Unauthorized("auth.mfa-failed", second.LockedOut ? "Too many failed attempts; the account is locked for a while."
                : factor == SecondFactor.Authenticator ? "Wrong or already used authenticator code." : "Wrong or already used recovery code.");
        }

        return TypedResults.Ok(await AccessTokens.IssueAsync(http, signIn, user, SecondFactorSignIn.SessionClaims(factor.Value)));
    }

    private static ProblemHttpResult Unauthorized(string type, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, type: Problems.TypeBase + type);

    private static async Task<NoContent> Logout(HttpContext http, SignInManager<AppUser> signIn)
    {
        await RevokeSessions.RevokeAsync(http, signIn, "api");
        return TypedResults.NoContent();
    }

    /// <summary>Sign-ins are audited (never the password; the email only through the account id).</summary>
    internal static async Task AuditLoginAsync(AppDbContext db, DateTimeOffset now, AppUser? user, SignInResult result, string channel, CancellationToken ct)
    {
        var outcome = result.Succeeded ? "ok" : result.IsLockedOut ? "locked-out" : "failed";
        db.Audit(new AuditFacts(now, user?.Id ?? "unknown", user?.Country, null, "auth.login", "account", user?.Id, channel, outcome));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<Ok<MeResponse>> Me(HttpContext http, UserManager<AppUser> users)
    {
        var actor = http.RequireActor();
        var user = await users.Users.AsNoTracking().FirstAsync(u => u.Id == actor.UserId);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? "", user.DisplayName, actor.Affiliation.ToString(), actor.Country,
            [.. actor.Roles.Order().Select(r => r.ToString())]));
    }
}
