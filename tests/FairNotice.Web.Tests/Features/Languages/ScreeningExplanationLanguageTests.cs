using System.Globalization;
using System.Text.Encodings.Web;
using FairNotice.Domain;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Features.Screening;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 item 1: why screening found a person, why a near miss fell short and why two persons are linked are
/// worded in the page's language, the names, parts, scores and codes isolated as data.</summary>
public sealed class ScreeningExplanationLanguageTests
{
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    private static Person Someone(string family, string forenames, string dob, params IdentityDocument[] documents) =>
        new(new PersonName(family, forenames), null, [], "M", PartialDate.TryParse(dob, out var d) ? d : null, null, null, ["DE"], [.. documents], null, []);

    private static ScreeningIndex<string> Index()
    {
        var index = new ScreeningIndex<string>(NameNormaliser.Default);
        index.Upsert(Guid.NewGuid(), Someone("DUPONT", "Marc", "1975-03-14"), "DUPONT Marc");
        return index;
    }

    [Theory]
    [InlineData("ar", "الاسم: <bdi>DUPONT Marc</bdi> (الاسم الرئيسي، <bdi dir=\"ltr\">1.00</bdi>؛ أجزاء الاسم: ", "). تاريخ الميلاد: مطابق. الجنس: متطابق. الجنسية: <bdi dir=\"ltr\">DE</bdi> مشتركة.")]
    [InlineData("fr", "Nom : <bdi>DUPONT Marc</bdi> (nom principal, <bdi dir=\"ltr\">1.00</bdi> ; éléments du nom : ", "). Date de naissance : identique. Sexe : identique. Nationalité : <bdi dir=\"ltr\">DE</bdi> en commun.")]
    [InlineData("en", "Name: <bdi>DUPONT Marc</bdi> (main name, <bdi dir=\"ltr\">1.00</bdi>; parts: ", "). Date of birth: exact. Sex: same. Nationality: <bdi dir=\"ltr\">DE</bdi> in common.")]
    public void Hit_IsExplainedInThePageLanguage(string culture, string start, string end)
    {
        var hit = Assert.Single(Index().Search(new ScreeningQuery("Marc DUPONT", PartialDate.TryParse("1975-03-14", out var d) ? d : null, "M", "de"), _ => true));
        using var _ = new UiCulture(culture);

        var html = Html(L.Render(HitWords.Why(hit.Explanation)));

        Assert.StartsWith(start, html, StringComparison.Ordinal);
        Assert.EndsWith(end, html, StringComparison.Ordinal);
        // The aligned parts are data, left to right, whatever the language.
        Assert.Contains("<bdi dir=\"ltr\">dupont~dupont</bdi>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "الدرجة <bdi dir=\"ltr\">{0}</bdi> دون العتبة <bdi dir=\"ltr\">0.90</bdi>: تاريخ الميلاد: فارق بالسنوات قدره <bdi dir=\"ltr\">7</bdi>")]
    [InlineData("fr", "score de <bdi dir=\"ltr\">{0}</bdi>, inférieur au seuil de <bdi dir=\"ltr\">0.90</bdi> : date de naissance : <bdi dir=\"ltr\">7</bdi> ans d&#x27;écart")]
    [InlineData("es", "puntuación de <bdi dir=\"ltr\">{0}</bdi>, inferior al umbral de <bdi dir=\"ltr\">0.90</bdi>: fecha de nacimiento: <bdi dir=\"ltr\">7</bdi> años de diferencia")]
    public void NearMiss_SaysWhyItFellShort_InThePageLanguage(string culture, string expected)
    {
        var (candidate, why) = Assert.Single(Index().NearMisses(new ScreeningQuery("DUPONT Marc", new PartialDate(1968, null, null), null, null), _ => true));
        using var _ = new UiCulture(culture);

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, expected, candidate.Score.ToString("0.00", CultureInfo.InvariantCulture)), Html(L.Render(why)));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"score {candidate.Score:0.00} below 0.90: date of birth: 7 years apart"), why.English);
    }

    [Fact]
    public void NearMiss_WithoutADateOfBirth_SaysSoByItsCode_NotByComparingWords()
    {
        var (_, why) = Assert.Single(Index().NearMisses(new ScreeningQuery("DUPONT Marcel", null, null, null), _ => true));

        Assert.Equal("ScreeningWhy.Short", why.Key);
        Assert.Contains(Reasons(why), k => k == "ScreeningWhy.Short.NoDate");
    }

    [Fact]
    public void Link_OfTwoPersons_IsWordedInArabic_TheNamesIsolated()
    {
        var link = Assert.Single(PersonLinks.Find(Someone("Dupont", "Marc", "1975-03-14"), [Someone("DUPONT", "Marc", "1975-03-14")]));
        using var _ = new UiCulture("ar");

        var html = Html(L.Render(link.Message));

        Assert.StartsWith("«<bdi>Dupont Marc</bdi>» ~ «<bdi>DUPONT Marc</bdi>» (درجة الفحص <bdi dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.EndsWith("؛ تاريخ الميلاد: مطابق؛ الجنسية: <bdi dir=\"ltr\">DE</bdi> مشتركة).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("screening", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SameDocument_IsWordedInFrench()
    {
        var passport = new IdentityDocument("passport", "X1234567", "DE");
        var compared = PersonMatch.Compare(Someone("DUPONT", "Marc", "1975", passport), Someone("DURAND", "Luc", "1975", passport));
        using var _ = new UiCulture("fr");

        Assert.True(compared.Same);
        Assert.Equal("Même document d&#x27;identité (<bdi dir=\"ltr\">passport</bdi> <bdi dir=\"ltr\">X1234567</bdi>, <bdi dir=\"ltr\">DE</bdi>), dates de naissance compatibles.",
            Html(L.Render(compared.Message)));
        Assert.Equal("Same identity document (passport X1234567, DE), dates of birth compatible.", compared.Explanation);
    }

    private static IEnumerable<string> Reasons(LocalMessage message) =>
        message.Arguments.SelectMany(a => a.Items ?? []).Select(i => i.Message?.Key).OfType<string>();

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        content.WriteTo(writer, HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return writer.ToString();
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
