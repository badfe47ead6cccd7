using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Languages;

/// <summary>Every error a page shows, in the reader's language and saying how to put it right (GOV.UK: "Enter the family
/// name", never "The FamilyName field is required."): model binding's own messages come from the resources, and the
/// English sentences a handler or the Domain wrote are translated after each page handler has run.</summary>
internal static partial class ErrorMessages
{
    /// <summary>The generic sentence the Domain writes for an empty required field; the page names the field instead.</summary>
    public const string DomainRequired = "This field is required.";

    /// <summary>Model binding's messages ("The value 'x' is not valid for HeightCm.") from the resources, in the page's language.
    /// The localizer reads the UI culture when a message is made, that is during the request.</summary>
    public static void Localize(DefaultModelBindingMessageProvider messages, IStringLocalizer l)
    {
        messages.SetMissingBindRequiredValueAccessor(_ => l["Binding.Missing"]);
        messages.SetMissingKeyOrValueAccessor(() => l["Binding.Missing"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Binding.EmptyForm"]);
        messages.SetValueMustNotBeNullAccessor(_ => l["Binding.Missing"]);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => l["Binding.NotValid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Binding.NotValid", value]);
        messages.SetValueIsInvalidAccessor(value => l["Binding.NotValid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["Binding.UnknownNotValid"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.UnknownNotValid"]);
        messages.SetValueMustBeANumberAccessor(_ => l["Binding.Number"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.Number"]);
    }

    /// <summary>The message for one field in the page's language: a required field says what to enter
    /// (<c>Required.{Field}</c>), a known sentence is translated, a known pattern is reworded with its values.</summary>
    /// <param name="l">The page's localizer.</param>
    /// <param name="key">The model-state key (<c>Form.Charges[0].Law</c>), or empty for the whole form.</param>
    /// <param name="message">The message as the handler wrote it.</param>
    public static string Human(this IStringLocalizer l, string key, string message)
    {
        if (message == DomainRequired || DataAnnotationsRequired().IsMatch(message))
        {
            var named = l[$"Required.{FieldName(key)}"];
            return named.ResourceNotFound ? l["Required.Field"] : named.Value;
        }

        // "case.charges[0].law: At most 200 characters." (a field the page has no input for): the field as the form names it.
        if (FieldPrefixed().Match(message) is { Success: true } prefixed && l[$"Field.{Index().Replace(prefixed.Groups[1].Value, "")}"] is { ResourceNotFound: false } field)
        {
            return $"{field.Value}: {l.Human(prefixed.Groups[1].Value, prefixed.Groups[2].Value)}";
        }

        foreach (var (pattern, sentence) in Composed)
        {
            if (pattern.Match(message) is { Success: true } match)
            {
                return l[sentence, [.. match.Groups.Values.Skip(1).Select(g => g.Value)]];
            }
        }

        return l.Translate(message);
    }

    /// <summary>The property a key ends with, without indices, capitalised: <c>Form.Charges[0].Law</c> and <c>case.charges[0].law</c> → <c>Law</c>.</summary>
    public static string FieldName(string key) => Index().Replace(key[(key.LastIndexOf('.') + 1)..], "") is { Length: > 0 } name
        ? char.ToUpperInvariant(name[0]) + name[1..] : "";

    [GeneratedRegex(@"^The .+ field is required\.$")]
    private static partial Regex DataAnnotationsRequired();

    // Sentences the Domain and the host compose with values: the values go into the resource's sentence.
    private static readonly (Regex Pattern, string Key)[] Composed =
    [
        (AtMostCharacters(), "Validation.AtMostCharacters"),
        (NotAMember(), "Validation.NotAMember"),
        (NotACountry(), "Validation.NotACountry"),
        (PasswordShort(), "Validation.PasswordShort"),
        (PasswordLong(), "Validation.PasswordLong"),
        (PasswordContextWords(), "Validation.PasswordContextWords"),
        (WaitMinutes(), "Validation.WaitMinutes"),
    ];

    [GeneratedRegex(@"^At most (\d+) characters\.$", RegexOptions.CultureInvariant)]
    private static partial Regex AtMostCharacters();

    [GeneratedRegex(@"^'([^']{1,10})' is not a member country(?: code)?\.$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAMember();

    [GeneratedRegex(@"^'([^']{1,10})' is not an ISO 3166 country code\.$", RegexOptions.CultureInvariant)]
    private static partial Regex NotACountry();

    [GeneratedRegex(@"^Use at least (\d+) characters \((\d+) or more recommended\); a few unrelated words make a good one\.$", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordShort();

    [GeneratedRegex(@"^Use at most (\d+) characters\.$", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordLong();

    [GeneratedRegex(@"^Words such as FairNotice, INTERPOL, NCB, role and country names do not count: use at least (\d+) characters besides them\.$", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordContextWords();

    [GeneratedRegex(@"^Too many attempts from your connection or account\. Wait (\d+) minutes and send the form again; what you typed is kept\.$", RegexOptions.CultureInvariant)]
    private static partial Regex WaitMinutes();

    [GeneratedRegex(@"\[\d*\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"^([a-z][A-Za-z]*(?:\[\d+\])?(?:\.[a-z][A-Za-z]*(?:\[\d+\])?)*): (.+)$", RegexOptions.Singleline)]
    private static partial Regex FieldPrefixed();
}

/// <summary>After every page handler: the page's errors in its language (see <see cref="ErrorMessages"/>), so no page has to
/// remember to translate them.</summary>
internal sealed class TranslatedErrorsFilter(IStringLocalizer<SharedResource> l) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        executed.ModelState.TranslateErrors(l);
    }
}

/// <summary>Gives a validation attribute without a message of its own a key the resources hold, so DataAnnotations
/// localization (which only localizes a message that is set) says it in the page's language.</summary>
internal sealed class ValidationMessageKeys : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<System.ComponentModel.DataAnnotations.RequiredAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null)
            {
                attribute.ErrorMessage = ErrorMessages.DomainRequired;
            }
        }
    }
}

internal static class ErrorMessagesSetup
{
    public static IServiceCollection AddErrorMessages(this IServiceCollection services)
    {
        services.AddMvcCore().AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
        {
            ErrorMessages.Localize(o.ModelBindingMessageProvider, factory.Create(typeof(SharedResource)));
            o.ModelMetadataDetailsProviders.Add(new ValidationMessageKeys());
            o.Filters.Add<TranslatedErrorsFilter>();
        });
        return services;
    }
}
