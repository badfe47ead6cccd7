using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FairNotice.Web.Features.Languages;

/// <summary>The pages in INTERPOL's four working languages (Arabic, English, French, Spanish): texts in
/// <c>Resources/SharedResource*.resx</c>, the reader's choice kept in the standard culture cookie.</summary>
/// <remarks>Only the UI culture follows the reader: the formatting culture stays English (invariant digits, ISO dates),
/// so no number, date or API answer changes with the language of the page.</remarks>
internal static class LanguagesFeature
{
    /// <summary>The working languages, English first (the default), each with its own name.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Supported =
        [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")];

    /// <summary>The query parameter that picks a language for one request (<c>?lang=fr</c>), as the public redress links do.</summary>
    public const string QueryKey = "lang";

    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddErrorMessages();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en", "en");
            o.SupportedCultures = [new CultureInfo("en")];
            o.SupportedUICultures = [.. Supported.Select(l => new CultureInfo(l.Code))];
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CustomRequestCultureProvider(FromOriginalQuery),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    // An error page re-executed for a status code (404 "Page not found") runs without the original query string: the
    // language asked for with ?lang= is read from the original request, so "/Nowhere?lang=ar" answers in Arabic.
    // Likewise a page that sends the visitor to sign in ("/Notices?lang=ar" → "/Account/Login?ReturnUrl=%2FNotices%3Flang%3Dar"):
    // the sign-in page speaks the language of the page asked for.
    private static Task<ProviderCultureResult?> FromOriginalQuery(HttpContext http)
    {
        var original = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalQueryString;
        var lang = LangIn(original);
        if (string.IsNullOrEmpty(lang) && http.Request.Query.TryGetValue("ReturnUrl", out var back) && back.ToString() is { Length: > 0 } url
            && url.IndexOf('?', StringComparison.Ordinal) is var q and >= 0)
        {
            lang = LangIn(url[q..]);
        }

        return Task.FromResult(string.IsNullOrEmpty(lang) ? null : new ProviderCultureResult(lang, lang));
    }

    private static string? LangIn(string? query) =>
        string.IsNullOrEmpty(query) ? null : Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue(QueryKey, out var v) ? v.ToString() : null;

    /// <summary>Before the pages render: sets the request's UI culture.</summary>
    public static void UseLanguages(this WebApplication app) => app.UseRequestLocalization();

    public static void MapLanguages(this WebApplication app) => app.MapGet("/Language", ChooseLanguage.Handle).AllowAnonymous().ExcludeFromDescription();

    /// <summary>The page's language code (<c>ar</c>, <c>en</c>, <c>es</c>, <c>fr</c>).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var c && Supported.Any(l => l.Code == c) ? c : "en";

    /// <summary>Right to left for Arabic.</summary>
    public static string Direction => Current == "ar" ? "rtl" : "ltr";
}
