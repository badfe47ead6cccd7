using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Shared;

namespace FairNotice.Web.Features.Redress.Commission;

/// <summary>What the Commission's binding decision does, as DecideRedress carries it out, stated before it runs.</summary>
internal static class DecisionConsequence
{
    public static Confirmation Of(RedressRequest file, RedressOutcome outcome, string reasons, string? update)
    {
        var (words, label) = outcome switch
        {
            RedressOutcome.Compliant => ("COMPLIANT", "Confirm: compliant"),
            RedressOutcome.CompliantWithUpdate => ("COMPLIANT WITH UPDATE", "Confirm: compliant with update"),
            RedressOutcome.NotCompliant => ("NOT COMPLIANT", "Confirm: not compliant"),
            _ => ("REVISION CONDITIONS NOT MET", "Confirm: revision conditions not met"),
        };
        var notices = string.Join(", ", file.Links.Select(l => l.NoticeReference));
        var details = new List<string> { $"Reasons: {reasons.Trim()}" };
        if (outcome == RedressOutcome.CompliantWithUpdate)
        {
            details.Add($"Update required of the Secretariat: {update?.Trim()}");
        }

        details.Add(outcome == RedressOutcome.NotCompliant
            ? file.Links.Count == 0
                ? "No notice is in the file: nothing is deleted."
                : $"{(file.Links.Count == 1 ? "The notice in the file" : "The notices in the file")} ({notices}) {(file.Links.Count == 1 ? "is" : "are")} deleted at once: cancelled, " +
                  "removed from screening and the public extract, and every member that received one is told to purge its national copies within one month (CCF Statute Art. 41). " +
                  "Their personal data (names, identifiers, photographs, facts, charges' descriptions) are erased from FairNotice's own files at once; only the reference, colour, requester, dates, outcome, ground and offence class remain. This cannot be undone."
            : file.Links.Count == 0
                ? "No notice is in the file."
                : $"{(file.Links.Count == 1 ? "The notice in the file" : "The notices in the file")} ({notices}) {(file.Links.Count == 1 ? "stays as it is" : "stay as they are")}" +
                  (file.Links.Any(l => l.BlockedFor is not null) ? "; the provisional measure is lifted, so any blocked notice can circulate and be acted on again." : "."));
        details.Add("The decision is binding on the Organization (CCF Statute Art. 26) and closes the file: only an application for revision on a new fact (Art. 42) can reopen it. " +
            "The applicant, the source and the Secretariat receive the reasons.");
        return new Confirmation($"You are about to decide {words} on {file.Number} ({file.Type}).", details, label);
    }
}
