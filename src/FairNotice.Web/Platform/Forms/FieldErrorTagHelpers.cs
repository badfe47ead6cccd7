using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Platform.Forms;

// Tag helpers must be public for Razor to find them; nothing else uses these types.

/// <summary>The GOV.UK error message pattern on every <c>&lt;span asp-validation-for&gt;</c>: the message gets the id
/// <c>{field id}-error</c> that its input's <c>aria-describedby</c> names, and a visually hidden "Error:" before it so a
/// screen reader says what it is.</summary>
[HtmlTargetElement("span", Attributes = ForAttribute)]
public sealed class FieldErrorTagHelper(IStringLocalizerFactory localizers) : TagHelper
{
    private readonly IStringLocalizer l = localizers.Create(typeof(SharedResource));

    private const string ForAttribute = "asp-validation-for";

    /// <summary>Runs after ASP.NET Core's own validation-message tag helper has written the message.</summary>
    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", FieldErrors.MessageId(name));
        if (FieldErrors.Has(ViewContext, name))
        {
            output.PreContent.AppendHtml("<span class=\"visually-hidden\">").Append(l["Errors.Prefix"]).AppendHtml(" </span>");
        }
    }
}

/// <summary>Ties an input, select or textarea that has an error to its message (<c>aria-describedby</c>,
/// <c>aria-invalid</c>), as the GOV.UK error message component does.</summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class DescribedByErrorTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes.TryGetAttribute("type", out var type) && type.Value?.ToString() == "hidden")
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!FieldErrors.Has(ViewContext, name))
        {
            return;
        }

        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} " : "";
        output.Attributes.SetAttribute("aria-describedby", describedBy + FieldErrors.MessageId(name));
        output.Attributes.SetAttribute("aria-invalid", "true");
    }
}

/// <summary>The ids the error summary links to and the field messages carry.</summary>
public static class FieldErrors
{
    /// <summary>The id ASP.NET Core gives the field's input (<c>Form.Charges[0].Law</c> → <c>Form_Charges_0__Law</c>).</summary>
    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "_");

    /// <summary>The id of the field's error message.</summary>
    public static string MessageId(string name) => FieldId(name) + "-error";

    internal static bool Has(ViewContext view, string name) =>
        view.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
}
