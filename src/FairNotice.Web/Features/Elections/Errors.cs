using FairNotice.Domain;

namespace FairNotice.Web.Features.Elections;

/// <summary>Every error the Elections feature answers, by name. The lifecycle's conflicts come from
/// <see cref="Domain.Elections.ElectionLifecycle"/>.</summary>
internal static class ElectionErrors
{
    public static readonly NotFoundError NotFound = new("election.not_found", "No such election or ballot.");
    public static readonly ConflictError Exists = new("election.exists", "An election with this id exists.");
    public static readonly ForbiddenError SupervisorsOnly = new("election.supervisors_only", "A member's candidacy is submitted by its NCB supervisor.");
    public static readonly ConflictError GuardiansSet = new("election.guardians_set", "The guardians' keys are set; a new ceremony needs a new election.");
    public static readonly ConflictError RoundOpen = new("election.round_open", "The ballot is still open.");
    public static readonly ConflictError Tallied = new("election.tallied", "This ballot is already tallied.");
    public static readonly ForbiddenError OwnMemberOnly = new("ballot.own_member_only", "A delegation acts for its own member's ballot only.");
    public static readonly ConflictError BallotConcurrent = new("ballot.concurrent", "Another ballot was placed at the same moment; encrypt again and resend.");
    public static readonly ConflictError ChangeConcurrent = new("ballot.concurrent", "Another change happened at the same moment; try again.");
    public static readonly ConflictError Challenged = new("ballot.challenged", "This encryption was challenged and its choice published; encrypt again and cast the new ballot.");
    public static readonly ConflictError CredentialsSet = new("election.credentials_set", "The credential list is published; it cannot change once set.");
    public static readonly ConflictError CredentialsTooLate = new("election.credentials_late", "A ballot has opened; the credential list can no longer be published.");

    public static InvalidError CredentialsInvalid(string problem) => new("election.credentials_invalid", "The credential list cannot be used.",
        new Dictionary<string, string[]> { ["credentials"] = [$"{problem}. Upload credentials.public.json as `fairnotice election credentials` wrote it."] });

    public static readonly ConflictError ChallengeRepeated = new("challenge.repeated", "This encryption has already been challenged.");

    public static InvalidError SetUp(IReadOnlyDictionary<string, string[]> fields) => new("election.invalid", "The election cannot be set up as it is.", fields);

    public static InvalidError Candidacy(string posts) => new("election.invalid", "Name the candidate and the post.", new Dictionary<string, string[]>
    {
        ["person"] = ["The candidate, a delegate of your member (at most 200 characters)."], ["post"] = [$"One of: {posts}."],
    });

    public static InvalidError GuardiansInvalid(int count, int quorum, string context) => new("election.guardians_invalid", "The guardians' public records do not verify.",
        new Dictionary<string, string[]> { ["guardians"] = [$"{count} records, indices 1…{count}, {quorum} commitments each, every Schnorr proof bound to '{context}'."] });

    public static InvalidError ShareInvalid(int guardian) => new("election.share_invalid", $"Guardian {guardian}'s decryption shares do not verify.", new Dictionary<string, string[]>
    {
        [$"guardians[{guardian}]"] = ["One share per candidate, in the round's order, each with a valid proof against the guardian's public share."],
    });

    public static readonly InvalidError BallotMissing = new("ballot.invalid", "Send the encrypted ballot.", new Dictionary<string, string[]> { ["ballot"] = ["Required."] });

    public static InvalidError BallotInvalid(string problem) => new("ballot.invalid", problem, new Dictionary<string, string[]> { ["ballot"] = [problem] });

    public static readonly InvalidError ChallengeMissing =
        new("challenge.invalid", "Send the ballot, the revealed choice and the nonces.", new Dictionary<string, string[]> { ["ballot"] = ["Required."] });

    public static InvalidError ChallengeFailed(string problem) => new("challenge.failed", problem, new Dictionary<string, string[]> { ["ballot"] = [problem] });
}
