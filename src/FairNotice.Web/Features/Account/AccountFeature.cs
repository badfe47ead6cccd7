using FairNotice.Domain.Access;
using FairNotice.Domain.Audit;
using FairNotice.Web.Platform;
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
        auth.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("Exchange email and password for a bearer token: {tokenType, accessToken, expiresIn, refreshToken}.")
            .Produces<Microsoft.AspNetCore.Authentication.BearerToken.AccessTokenResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/me", Me).WithTags("Authentication").WithSummary("Who the token or cookie belongs to.");
        return app;
    }

    private static async Task<IResult> Login(LoginRequest request, SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock, CancellationToken ct)
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
        var user = await signIn.UserManager.FindByEmailAsync(request.Email!);
        var result = user is null ? SignInResult.Failed : await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        await AuditLoginAsync(db, clock.GetUtcNow(), user, result, "api", ct);
        // On success the bearer handler has already written the token response.
        return result.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(result.IsLockedOut ? "Too many failed attempts; the account is locked for a while." : "Wrong email or password.",
                statusCode: StatusCodes.Status401Unauthorized, type: Problems.TypeBase + "auth.failed");
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
