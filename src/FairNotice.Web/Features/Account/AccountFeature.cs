using FairNotice.Domain.Access;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Account;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record MeResponse(string UserId, string Email, string DisplayName, string Affiliation, string? Country, IReadOnlyList<string> Roles);

public static class AccountFeature
{
    public static IServiceCollection AddAccount(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Authentication");
        auth.MapPost("/login", Login).AllowAnonymous().WithBudget(BudgetNames.SignIn)
            .WithSummary("Exchange email and password for a bearer token: {tokenType, accessToken, expiresIn, refreshToken}.")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        auth.MapPost("/logout", Logout)
            .WithSummary("Sign out everywhere: every bearer token and cookie of the account issued before stops working.").Produces(StatusCodes.Status204NoContent);
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
            return BudgetExtensions.TooMany(http, wait, "Too many failed sign-ins on this account from your connection; try again later.");
        }

        var result = outcome.Result;
        // On success the bearer handler has already written the token response.
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(result.IsLockedOut ? "Too many failed attempts; the account is locked for a while." : "Wrong email or password.",
                statusCode: StatusCodes.Status401Unauthorized, type: Problems.TypeBase + "auth.failed");
    }

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
