using System.Globalization;
using System.Text.Encodings.Web;
using FairNotice.Domain.Compliance;
using FairNotice.Web.Features.Notices;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Issue #15 items 1 and 3: a reviewer reads the engine's findings in the page's language, and evidence by the
/// form's names for the fields, not as paths (<c>case.charges[0].law</c>).</summary>
public sealed class FindingWordsTests
{
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    [Theory]
    [InlineData("fr", "Chaque chef d'accusation doit être indiqué avec la loi qui en fait une infraction.")]
    [InlineData("ar", "يجب ذكر كل تهمة مع القانون الذي يجرّمها.")]
    [InlineData("en", "Each charge must be stated with the law that makes it an offence.")]
    public void FixedExplanation_IsShownInThePageLanguage(string culture, string expected)
    {
        using var _ = new UiCulture(culture);
        var finding = new Finding("DATA-CHARGES", "RPD Art. 83(2)(b)", Ground.DataQuality, Severity.Blocking,
            "Each charge must be stated with the law that makes it an offence.", [new("case.charges", null)]);
        using var writer = new StringWriter();

        FindingText.Render(finding, L).WriteTo(writer, HtmlEncoder.Default);

        Assert.Equal(HtmlEncoder.Default.Encode(expected), writer.ToString());
    }

    [Theory]
    [InlineData("en", "case.charges[1].law", "Charge: law (2)")]
    [InlineData("fr", "case.summaryOfFacts", "Résumé des faits")]
    [InlineData("en", "case.somethingNew", "case.somethingNew")]
    public void EvidenceField_ReadsAsTheFormNamesIt(string culture, string path, string expected)
    {
        using var _ = new UiCulture(culture);

        Assert.Equal(expected, FindingText.Field(path, L));
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
