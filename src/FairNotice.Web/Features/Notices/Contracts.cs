using FairNotice.Domain.Notices;
using FairNotice.Domain.Compliance;

namespace FairNotice.Web.Features.Notices;

/// <summary>Create a notice request (a draft, or submitted at once with <c>submit: true</c>).</summary>
public sealed record CreateNoticeRequest(
    NoticeColour Colour,
    Person? Person,
    CaseFacts? Case,
    bool PublicExtract = false,
    List<string>? RestrictedCountries = null,
    bool Submit = false);

/// <summary>Create a diffusion, addressed to all members or to chosen ones.</summary>
public sealed record CreateDiffusionRequest(
    NoticeColour Colour,
    Person? Person,
    CaseFacts? Case,
    bool AddressedToAll = false,
    List<string>? Addressees = null,
    List<string>? RestrictedCountries = null,
    bool Submit = false);

/// <summary>Ask for a lifecycle action; some actions need a reason.</summary>
public sealed record ActionRequest(NoticeAction? Action, string? Reason);

public sealed record HistoryItem(DateTimeOffset At, string Action, string? From, string To, string? ActorCountry, string? Reason);

public sealed record NoticeResponse(
    Guid Id,
    string? Reference,
    string Kind,
    string Colour,
    string ColourPurpose,
    string Status,
    string RequestingCountry,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ExpiresAt,
    string ReviewStatus,
    Person Person,
    CaseFacts Case,
    bool PublicExtract,
    IReadOnlyList<string> RestrictedCountries,
    bool AddressedToAll,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<string> AvailableActions,
    IReadOnlyList<HistoryItem>? History,
    IReadOnlyList<Guid> Photos,
    Domain.Compliance.Assessment? Assessment,
    bool Held,
    Domain.Compliance.PendingDecision? PendingDecision,
    bool PublicExtractWithheld = false,
    IReadOnlyList<Domain.Compliance.OffenceClasses.ChargeClass>? OffenceClasses = null,
    ErasureTombstone? Erasure = null);

public sealed record NoticeSummary(
    Guid Id,
    string? Reference,
    string Kind,
    string Colour,
    string Status,
    string RequestingCountry,
    string? FamilyName,
    string? Forenames,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Recommendation);

public sealed record NoticePage(int Page, int PageSize, int Total, IReadOnlyList<NoticeSummary> Items);

internal static class NoticeMapping
{
    public static NoticeContent Normalise(NoticeContent c) => c with
    {
        RestrictedCountries = Upper(c.RestrictedCountries),
        Addressees = Upper(c.Addressees),
        Person = c.Person is null ? null! : c.Person with
        {
            Sex = string.IsNullOrWhiteSpace(c.Person.Sex) ? "U" : c.Person.Sex.Trim().ToUpperInvariant(),
            Aliases = c.Person.Aliases ?? [],
            Nationalities = Upper(c.Person.Nationalities),
            CountryOfBirth = string.IsNullOrWhiteSpace(c.Person.CountryOfBirth) ? null : c.Person.CountryOfBirth.Trim().ToUpperInvariant(),
            IdentityDocuments = c.Person.IdentityDocuments ?? [],
            Languages = Upper(c.Person.Languages),
        },
        Case = (c.Case ?? new CaseFacts(null, null, null, null, [], null, null, null)) with { Charges = c.Case?.Charges ?? [] },
    };

    public static NoticeContent ToContent(this CreateNoticeRequest r) => Normalise(new NoticeContent(
        NoticeKind.Notice, r.Colour, r.Person!, r.Case!, r.PublicExtract, r.RestrictedCountries ?? [], false, []));

    public static NoticeContent ToContent(this CreateDiffusionRequest r) => Normalise(new NoticeContent(
        NoticeKind.Diffusion, r.Colour, r.Person!, r.Case!, false, r.RestrictedCountries ?? [], r.AddressedToAll, r.Addressees ?? []));

    public static string ReviewStatus(NoticeRecord n, bool held) => (n.Kind, n.Status) switch
    {
        (_, NoticeStatus.Draft) => "Not submitted",
        (NoticeKind.Diffusion, NoticeStatus.Submitted or NoticeStatus.UnderReview) when held => "Held by the Secretariat: blocking findings await a reviewer's decision",
        (NoticeKind.Diffusion, NoticeStatus.Submitted or NoticeStatus.UnderReview) => "Circulating; automated check passed, Secretariat review pending",
        (_, NoticeStatus.InformationRequested) => "Sent back: the Secretariat asks for more information",
        (_, NoticeStatus.Submitted or NoticeStatus.UnderReview) => "Under Secretariat review",
        (NoticeKind.Diffusion, NoticeStatus.Published) => "Reviewed: found compliant",
        (_, NoticeStatus.Published) => "Reviewed: published",
        (_, NoticeStatus.Refused) => "Reviewed: refused",
        (_, var s) => s.ToString(),
    };

    public static NoticeResponse ToResponse(this NoticeRecord n, Domain.Access.Actor viewer, DateTimeOffset now, IReadOnlyList<Guid>? photos = null)
    {
        var c = n.Content;
        var insider = viewer.IsReviewer || viewer.IsNcbOf(n.RequestingCountry);
        var assessment = n.Assessment;
        var held = HeldAsSeenBy(n, assessment, viewer);
        var secretariat = viewer.SeesRestricted();
        return new NoticeResponse(n.Id, n.Reference, n.Kind.ToString(), n.Colour.ToString(), NoticeColours.Purpose(n.Colour), n.Status.ToString(),
            n.RequestingCountry, n.CreatedAt, n.SubmittedAt, n.PublishedAt, n.ExpiresAt, ReviewStatus(n, held), c.Person, c.Case,
            // Others see whether the notice is on the public web, which anyone can check: that it was asked for and withheld
            // would tell them that some member is excluded.
            insider ? c.PublicExtract : c.PublicExtract && !PublicExtract.WithheldForExclusions(n.PublicExtractFacts),
            // Other members are not told which countries were excluded or addressed.
            insider ? c.RestrictedCountries : [], c.AddressedToAll, insider ? c.Addressees : [],
            [.. NoticeLifecycle.Available(n.Lifecycle, viewer, now).Select(a => a.ToString())],
            // Proposals awaiting a second reviewer stay inside the Secretariat: that a publication needs two reviewers
            // would tell the requester the person is linked to the protected-status registry.
            insider ? [.. n.Events.Where(e => secretariat || !e.Action.StartsWith("Propose", StringComparison.Ordinal)).OrderBy(e => e.Seq)
                .Select(e => new HistoryItem(e.At, e.Action, e.FromStatus?.ToString(), e.ToStatus.ToString(), e.ActorCountry, e.Reason))] : null,
            photos ?? [],
            // The automated assessment is shown to the source and the Secretariat, never to recipients; the source sees
            // it without the restricted findings (and with the recommendation they leave).
            insider ? assessment?.For(viewer) : null,
            held,
            viewer.IsReviewer ? n.PendingDecision : null,
            insider && PublicExtract.WithheldForExclusions(n.PublicExtractFacts),
            // The ICCS class of each charge says nothing the charges do not already say to whoever may read them.
            Domain.Compliance.OffenceClasses.OffenceClassifier.Default.Classify(c.Case?.Charges),
            // The requester and the Secretariat see what was erased, when and why; nobody else sees an erased request at all.
            insider ? EraseNotice.Tombstone(n) : null);
    }

    public static NoticeSummary ToSummary(this NoticeRecord n, Domain.Access.Actor viewer) => new(n.Id, n.Reference, n.Kind.ToString(), n.Colour.ToString(), n.Status.ToString(),
        n.RequestingCountry, n.FamilyName, n.Forenames, n.CreatedAt, n.UpdatedAt,
        (viewer.SeesRestricted() ? n.Recommendation : n.Assessment?.ForRequester().Recommendation)?.ToString());

    /// <summary>A diffusion held only because of restricted findings is held all the same (its addressees do not get
    /// it), but its source is told what it would be told of any other: that it circulates, pending review.</summary>
    public static bool HeldAsSeenBy(NoticeRecord n, Domain.Compliance.Assessment? assessment, Domain.Access.Actor viewer) =>
        n.Held && (viewer.SeesRestricted() || assessment is null || assessment.ForRequester().Recommendation == Domain.Compliance.Recommendation.Refuse);

    private static List<string> Upper(IReadOnlyList<string>? codes) =>
        [.. (codes ?? []).Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim().ToUpperInvariant())];
}
