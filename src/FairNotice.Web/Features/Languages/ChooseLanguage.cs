using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace FairNotice.Web.Features.Languages;

/// <summary>The language switcher's links (<c>/Language?culture=fr&amp;returnUrl=/Notices</c>): a plain link, so it works
/// without JavaScript; the choice goes into the standard culture cookie and the reader returns to the page they were on.</summary>
internal static class ChooseLanguage
{
    public static RedirectHttpResult Handle(HttpContext ctx, string? culture, string? returnUrl)
    {
        if (culture is not null && LanguagesFeature.Supported.Any(l => l.Code == culture))
        {
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en", culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = ctx.Request.IsHttps,
                    Path = "/",
                });
        }

        // Only a path on this site: never an open redirect.
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    internal static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\r', StringComparison.Ordinal) && !url.Contains('\n', StringComparison.Ordinal);
}
