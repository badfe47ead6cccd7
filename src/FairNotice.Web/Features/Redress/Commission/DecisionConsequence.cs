using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Features.Shared;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Redress.Commission;

/// <summary>What the Commission's binding decision does, as DecideRedress carries it out, stated before it runs, in the page's
/// language (the <c>Consequence.Ccf.*</c> resources; the Statute's articles cited as they are).</summary>
internal static class DecisionConsequence
{
    public static Confirmation Of(RedressRequest file, RedressOutcome outcome, string reasons, string? update, IStringLocalizer l)
    {
        var notices = string.Join(", ", file.Links.Select(k => k.NoticeReference));
        var count = file.Links.Count switch { 0 => "None", 1 => "One", _ => "Many" };
        var details = new List<string> { l["Consequence.Ccf.Reasons", reasons.Trim()] };
        if (outcome == RedressOutcome.CompliantWithUpdate)
        {
            details.Add(l["Consequence.Ccf.Update", update?.Trim() ?? ""]);
        }

        details.Add(outcome == RedressOutcome.NotCompliant
            ? l[$"Consequence.Ccf.Deleted.{count}", notices]
            : l[$"Consequence.Ccf.Kept.{count}" + (file.Links.Count > 0 && file.Links.Any(k => k.BlockedFor is not null) ? "Lifted" : ""), notices]);
        details.Add(l["Consequence.Ccf.Binding"]);
        return new Confirmation(l["Consequence.Ccf.AboutTo", l[$"Consequence.Ccf.{outcome}"], file.Number, l.Label(file.Type)], details, l[$"Consequence.Ccf.Confirm.{outcome}"]);
    }

    /// <summary>Declaring a request inadmissible closes it without examination.</summary>
    public static Confirmation OfInadmissibility(RedressRequest file, string reasons, bool changed, IStringLocalizer l) =>
        new(l["Consequence.Ccf.AboutToInadmissible", file.Number, l.Label(file.Type)],
            [l["Consequence.Ccf.Reasons", reasons.Trim()], l["Consequence.Ccf.Inadmissible"]],
            l["Consequence.Ccf.Confirm.Inadmissible"], changed ? l["Consequence.FileChanged"].Value : null);
}
