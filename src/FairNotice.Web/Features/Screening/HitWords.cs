using FairNotice.Domain;
using FairNotice.Domain.Screening;

namespace FairNotice.Web.Features.Screening;

/// <summary>A hit's explanation as one message a page shows in its language (<c>LocalMessages.Render</c>): the matched
/// name isolated, its kind a word of the page, the Domain's messages for the parts, the dates, the sexes and the nationalities.</summary>
internal static class HitWords
{
    /// <summary>"Name: … (primary, 0.97; parts: …). Date of birth: exact. Sex: same. Nationality: DE in common."</summary>
    public static LocalMessage Why(HitExplanation e) => new("Screen.WhyHit",
    [
        MessageArgument.Text(e.MatchedName), Kind(e.NameKind), MessageArgument.Code(e.NameScore.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
        MessageArgument.Of(e.Messages.Parts), MessageArgument.Of(e.Messages.DateOfBirth), MessageArgument.Of(e.Messages.Sex), MessageArgument.Of(e.Messages.Nationality),
    ]);

    /// <summary>The name compared and its kind: "KHAN Imran (alias)".</summary>
    public static LocalMessage Compared(HitExplanation e) => new("Screen.WhyCompared", [MessageArgument.Text(e.MatchedName), Kind(e.NameKind)]);

    // primary, original-script or alias: a word of the page.
    private static MessageArgument Kind(string kind) => MessageArgument.Word($"ScreeningNameKind.{kind}", kind);
}
