using System.Globalization;
using FairNotice.Web.Features.Languages;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Tests.Features.Languages;

/// <summary>Issue #15 items 1 and 3: an error says how to put it right, in the reader's language — never "The X field is
/// required." or a field path.</summary>
public sealed class ErrorMessagesTests
{
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    [Theory]
    [InlineData("en", "Form.SummaryOfFacts", "This field is required.", "Enter a summary of the facts: what the person did, when and where.")]
    [InlineData("fr", "Form.FamilyName", "This field is required.", "Saisissez le nom de famille.")]
    [InlineData("ar", "Email", "The Email field is required.", "أدخل عنوان بريدك الإلكتروني.")]
    [InlineData("es", "Form.Unknown", "This field is required.", "Rellene este campo.")]
    [InlineData("es", "Form.Charges[0].Law", "At most 200 characters.", "Acorte este texto a 200 caracteres como máximo.")]
    [InlineData("en", "", "case.charges[0].law: This field is required.", "Charge: law: |Enter the law that makes it an offence (article and code).")]
    [InlineData("fr", "", "Wrong email or password.", "Adresse électronique ou mot de passe incorrect.")]
    [InlineData("fr", "", "Some sentence no resource holds.", "Some sentence no resource holds.")]
    public void Human_SaysWhatToDo_InThePageLanguage(string culture, string key, string message, string expected)
    {
        using var _ = new UiCulture(culture);

        var human = L.Human(key, message);

        foreach (var part in expected.Split('|'))
        {
            Assert.Contains(part, human, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("field is required", human, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelBindingMessages_ComeFromTheResources_WithTheValueIsolated()
    {
        var messages = new DefaultModelBindingMessageProvider();
        ErrorMessages.Localize(messages, L);

        using (new UiCulture("fr"))
        {
            Assert.Equal("« abc » n'est pas une valeur valable ici. Saisissez-la sous la forme indiquée.", messages.AttemptedValueIsInvalidAccessor("abc", "HeightCm"));
            Assert.Equal("Remplissez ce champ.", messages.ValueMustNotBeNullAccessor("x"));
        }

        using (new UiCulture("ar"))
        {
            // The typed value sits between first-strong isolates, so "abc" keeps its place inside the Arabic sentence.
            Assert.Contains("\u2068abc\u2069", messages.AttemptedValueIsInvalidAccessor("abc", "HeightCm"), StringComparison.Ordinal);
        }
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
