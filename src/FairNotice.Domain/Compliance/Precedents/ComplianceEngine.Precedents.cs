using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Compliance;

/// <summary>The precedent rule: a request like earlier refused ones is sent to a reviewer, naming them.</summary>
public sealed partial class ComplianceEngine
{
    private static void Precedents(NoticeContent content, string requester, ComplianceContext context, List<Finding> f)
    {
        if (context.Precedents is not { Count: > 0 } precedents)
        {
            return;
        }

        // "Like" means more than a shared offence class: the same person, the same provision, or facts that read alike.
        var like = PrecedentFinder.Nearest(content, requester, precedents, int.MaxValue)
            .Where(m => m.Precedent.Negative && (m.SamePerson || m.SameProvisions.Count > 0 || m.FactsSimilarity >= PrecedentFinder.SimilarFacts))
            .Take(PrecedentFinder.DefaultCount).ToList();
        if (like.Count == 0)
        {
            return;
        }

        var named = MessageArgument.List(MessageCatalog.Semicolon, like.Select(m =>
        {
            var p = m.Precedent;
            MessageArgument[] head = [MessageArgument.Code(p.Reference), MessageArgument.Country(p.Requester), MessageArgument.Word($"PrecedentOutcome.{p.Outcome}", p.Outcome.ToString()),
                MessageArgument.Word($"Finding.DecidedBy.{p.DecidedBy}", p.DecidedBy), MessageArgument.Date(p.DecidedAt)];
            var reasons = MessageArgument.List(MessageCatalog.Comma, m.Messages.Select(MessageArgument.Of));
            return MessageArgument.Of(p.Ground is { } g
                ? M("Finding.PRECEDENT-REFUSED.ItemWithGround", [.. head, MessageArgument.Word($"Ground.{g}", g.ToString()), reasons])
                : M("Finding.PRECEDENT-REFUSED.Item", [.. head, reasons]));
        }));
        f.Add(new(RestrictedRules.PrecedentRefused, "RPD Art. 34(3); Repository of Practice on Article 3 (consistency with earlier decisions)", Ground.Article3, Severity.Concern,
            M("Finding.PRECEDENT-REFUSED", named),
            [.. like.Select(m => new Evidence("precedent", m.Precedent.Reference))]));
    }
}
