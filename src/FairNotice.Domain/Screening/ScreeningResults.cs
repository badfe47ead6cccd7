using FairNotice.Domain.Notices;

namespace FairNotice.Domain.Screening;

/// <summary>Who is being checked: a name in any script and order, and what else is known.</summary>
/// <param name="Name">The full name as presented (any script, any order).</param>
/// <param name="DateOfBirth">Date of birth, full or partial.</param>
/// <param name="Sex">M, F or null.</param>
/// <param name="Nationality">ISO alpha-2, or null.</param>
public sealed record ScreeningQuery(string Name, PartialDate? DateOfBirth, string? Sex, string? Nationality);

/// <summary>Why a hit matched, feature by feature.</summary>
/// <param name="MatchedName">The indexed name that matched best (primary, original script or alias).</param>
/// <param name="NameKind">primary, original-script or alias.</param>
/// <param name="NameScore">Name similarity, 0 to 1.</param>
/// <param name="Parts">How the query's parts met the name's parts.</param>
/// <param name="DateOfBirth">How the dates of birth relate.</param>
/// <param name="Sex">How the sexes relate.</param>
/// <param name="Nationality">How the nationalities relate.</param>
/// <remarks>The four texts are <see cref="Messages"/> in English: the API and the CLI read these, a page the messages in its language.</remarks>
public sealed record HitExplanation(string MatchedName, string NameKind, double NameScore, string Parts, string DateOfBirth, string Sex, string Nationality)
{
    /// <summary>The parts, date of birth, sex and nationality explanations as messages (<see cref="ScreeningMessages"/>); their keys are stable codes.</summary>
    public HitMessages Messages { get; init; } = HitMessages.None;

    /// <summary>An explanation whose texts are the messages in English.</summary>
    /// <param name="matchedName">The indexed name that matched best.</param>
    /// <param name="nameKind">primary, original-script or alias.</param>
    /// <param name="nameScore">Name similarity, 0 to 1.</param>
    /// <param name="messages">How the parts, dates of birth, sexes and nationalities relate.</param>
    public static HitExplanation Of(string matchedName, string nameKind, double nameScore, HitMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new(matchedName, nameKind, nameScore, messages.Parts.English, messages.DateOfBirth.English, messages.Sex.English, messages.Nationality.English) { Messages = messages };
    }
}

/// <summary>Why a hit matched, as messages a page shows in its own language.</summary>
/// <param name="Parts">How the query's parts met the name's parts.</param>
/// <param name="DateOfBirth">How the dates of birth relate.</param>
/// <param name="Sex">How the sexes relate.</param>
/// <param name="Nationality">How the nationalities relate.</param>
public sealed record HitMessages(LocalMessage Parts, LocalMessage DateOfBirth, LocalMessage Sex, LocalMessage Nationality)
{
    internal static HitMessages None { get; } = new(ScreeningMessages.Parts([], 0), ScreeningMessages.Fixed("ScreeningWhy.NotCompared"),
        ScreeningMessages.Fixed("ScreeningWhy.NotCompared"), ScreeningMessages.Fixed("ScreeningWhy.NotCompared"));
}

/// <summary>A screening hit.</summary>
/// <typeparam name="T">The payload stored with the indexed person.</typeparam>
/// <param name="Id">The indexed record's id.</param>
/// <param name="Payload">Its payload.</param>
/// <param name="Score">Overall score, 0 to about 1.05.</param>
/// <param name="Explanation">Why.</param>
public sealed record ScreeningHit<T>(Guid Id, T Payload, double Score, HitExplanation Explanation)
{
    /// <summary>The evidence the score was computed from (see <see cref="ScoreModel"/>).</summary>
    public Evidence Evidence { get; init; }

    /// <summary>The score model's probability that this is the person sought.</summary>
    public double Probability { get; init; }
}
