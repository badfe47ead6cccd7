namespace FairNotice.Web.Platform;

/// <summary>
/// The purpose a caller states for a read (why an officer looks at a wanted person) is sent in the <c>X-Purpose</c> header or
/// the body, never in the URL (ASVS 5.0 14.2.1): URLs are kept by proxies, access logs and browser histories. A request that
/// still carries <c>?purpose=</c> is refused with 400 problem details naming the field, so the caller learns it at once rather
/// than the purpose being silently dropped from the audit trail.
/// </summary>
internal static class PurposeOutsideUrls
{
    private static readonly string[] Message = ["Send the purpose in the X-Purpose header (or the request body), not in the URL."];

    /// <summary>Runs after the denied-access trail, which counts the refusal like any other invalid request.</summary>
    public static void UsePurposeOutsideUrls(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Request.Query.ContainsKey("purpose"))
        {
            await Problems.Invalid("request.purpose_in_url", "The stated purpose may not travel in the URL.",
                new Dictionary<string, string[]>(StringComparer.Ordinal) { ["purpose"] = Message }).ExecuteAsync(ctx);
            return;
        }

        await next(ctx);
    });
}
