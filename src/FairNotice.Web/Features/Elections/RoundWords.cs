using FairNotice.Domain.Elections;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Elections;

/// <summary>A ballot round's decision in the page's language, from the Domain's values (<see cref="RoundReason"/>), with the
/// candidates by name and the rules' citation as they cite it. The record keeps the Domain's English explanation.</summary>
internal static class RoundWords
{
    public static string Of(RoundView round, IStringLocalizer l)
    {
        if (round.Reason is not { } r)
        {
            return round.Decision?.Explanation ?? "";
        }

        string Name(string? id) => round.Manifest.Candidates.FirstOrDefault(c => c.Id == id) is { } c ? $"{c.Name} ({Languages.Names.Country(c.Member)})" : id ?? "";
        var majority = l[$"Round.Majority.{r.Rule}"].Value;
        return r.Kind switch
        {
            RoundReasonKind.Elected => l["Round.Elected", Name(r.First), r.Votes, r.Cast, r.Required, majority, r.Ballot, r.Blank, r.Citation],
            RoundReasonKind.NoVotes => l["Round.NoVotes", r.Blank, r.Citation],
            RoundReasonKind.Tied => l["Round.Tied", Name(r.First), Name(r.Second), r.Votes, r.Citation],
            _ => l["Round.NoMajority", r.Required, r.Cast, majority, r.Ballot, r.Citation],
        };
    }
}
