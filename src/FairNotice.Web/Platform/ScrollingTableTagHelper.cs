using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Platform;

/// <summary>Every table a page renders scrolls sideways inside its own box instead of pushing the page wider than a phone
/// (issue #15 item 2), without a change to each page and without JavaScript. The box takes keyboard focus so that a
/// keyboard user can scroll it too (WCAG 2.1.1; axe's <c>scrollable-region-focusable</c>), and is a named group so that a
/// screen reader says what it is. A table marked <c>stack-narrow</c> reflows into one block per row on phones instead, and
/// one marked <c>scroll-box="false"</c> (already inside a box) is left alone. Public because Razor only finds public tag
/// helpers.</summary>
[HtmlTargetElement("table")]
public sealed class ScrollingTableTagHelper(IStringLocalizerFactory localizers) : TagHelper
{
    // After the framework's own helpers, so that the box wraps the finished table.
    public override int Order => 1000;

    /// <summary>Set to <c>false</c> on a table that is already inside a scrolling box.</summary>
    [HtmlAttributeName("scroll-box")]
    public bool ScrollBox { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes.TryGetAttribute("class", out var c) ? c.Value?.ToString() ?? "" : "";
        if (!ScrollBox || classes.Split(' ').Contains("stack-narrow", StringComparer.Ordinal))
        {
            return;
        }

        output.PreElement.SetHtmlContent($"<div class=\"table-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"{System.Net.WebUtility.HtmlEncode(localizers.Create(typeof(SharedResource))["Layout.TableScrolls"])}\">");
        output.PostElement.SetHtmlContent("</div>");
    }
}
