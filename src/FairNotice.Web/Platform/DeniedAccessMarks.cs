using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace FairNotice.Web.Platform;

/// <summary>Marks a refusal by an authorization policy, so that a page's redirect to the "denied" page is counted like the API's 403.</summary>
internal sealed class DeniedAccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            context.Items[DeniedAccessTrail.PolicyItem] = true;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

/// <summary>A handler's refusal (<see cref="Domain.ForbiddenError"/>, or <see cref="Domain.NotFoundError"/> hiding what the
/// caller may not see): the problem details as before, with the error code left for the trail.</summary>
internal sealed class DeniedResult(IResult inner, int status, string code) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Items[DeniedAccessTrail.CodeItem] = code;
        return inner.ExecuteAsync(httpContext);
    }
}

internal static partial class DeniedLog
{
    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning,
        Message = "Request refused: {Status} {Code} on {Endpoint} for {ActorKind} {Country}; further refusals of this kind in this window are counted in the audit trail.")]
    public static partial void Refused(ILogger logger, int status, string code, string endpoint, string actorKind, string? country);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Warning, Message = "Could not audit {Count} refused requests.")]
    public static partial void NotWritten(ILogger logger, Exception e, int count);
}
