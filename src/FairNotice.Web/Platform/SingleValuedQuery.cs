using Microsoft.AspNetCore.Http.Metadata;

namespace FairNotice.Web.Platform;

/// <summary>
/// A query parameter given twice where one value is expected (<c>?scope=mine&amp;scope=all</c>) is refused with 400 problem
/// details naming it: binding would otherwise join the values ("mine,all") or a handler would pick one, and which one the
/// server acted on would not be what a proxy, a log reader or the caller saw. An endpoint parameter bound to a list may repeat.
/// </summary>
internal static class SingleValuedQuery
{
    private static readonly string[] OnlyOnce = ["Give this parameter once."];

    /// <summary>Runs after routing, so that the endpoint's list parameters are known.</summary>
    public static void UseSingleValuedQuery(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        if (IsApi(ctx.Request) && Repeated(ctx) is { Count: > 0 } repeated)
        {
            await Problems.Invalid("request.repeated_parameter", "A query parameter that takes one value was given several times.",
                repeated.ToDictionary(name => name, _ => OnlyOnce, StringComparer.Ordinal)).ExecuteAsync(ctx);
            return;
        }

        await next(ctx);
    });

    private static List<string> Repeated(HttpContext ctx)
    {
        var lists = ctx.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => p.ParameterInfo.ParameterType != typeof(string) && p.ParameterInfo.ParameterType.IsAssignableTo(typeof(System.Collections.IEnumerable)))
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        return [.. ctx.Request.Query.Where(q => q.Value.Count > 1 && !lists.Contains(q.Key)).Select(q => q.Key)];
    }

    private static bool IsApi(HttpRequest r) =>
        r.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || r.Path.StartsWithSegments("/notices/v1", StringComparison.Ordinal);
}
