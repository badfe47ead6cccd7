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

        var named = string.Join("; ", like.Select(m => $"{m.Precedent.Reference} ({m.Precedent.Requester}, {m.Precedent.Outcome} by the {m.Precedent.DecidedBy} " +
            $"{m.Precedent.DecidedAt:yyyy-MM-dd}{(m.Precedent.Ground is { } g ? $", {g}" : "")}: {string.Join(", ", m.Reasons)})"));
        f.Add(new(RestrictedRules.PrecedentRefused, "RPD Art. 34(3); Repository of Practice on Article 3 (consistency with earlier decisions)", Ground.Article3, Severity.Concern,
            $"Earlier decisions refused requests like this one: {named}. Weigh them; a precedent never refuses a request by itself.",
            [.. like.Select(m => new Evidence("precedent", m.Precedent.Reference))]));
    }
}
