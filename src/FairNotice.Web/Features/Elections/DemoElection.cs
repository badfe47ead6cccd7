using FairNotice.Domain.Access;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>Demo mode: an election taking candidacies for a week, with three candidacies from demo members and the demo
/// credential list published, so that a delegation can vote in the booth once the officer has recorded the guardians and
/// opened a ballot; the officer runs the key ceremony with the CLI (the guardians' secrets never on the server).</summary>
/// <remarks>The demo credentials derive from a published phrase (<see cref="CredentialAuthority.Demo"/>): the start-up
/// banner prints one delegation's, as it prints the demo passwords. A real election's list comes from the credential
/// authority, apart from the server.</remarks>
internal sealed class DemoElection : IDemoSeed
{
    public const string ElectionId = "ga-2026";

    /// <summary>The rehearsal: a ballot for President open from the start, so a demo reader can vote in the booth at once,
    /// then close it and tally with the demo guardians (<see cref="KeyCeremony.Demo"/>, recomputed by the CLI).</summary>
    public const string RehearsalId = "ga-2026-rehearsal";

    // Last: it needs only the demo accounts, and comes after the other features' rows as it always did.
    public int Order => 60;

    // The delegation the banner names: France, whose officer and supervisor are demo accounts.
    public IEnumerable<string> BannerLines
    {
        get
        {
            return
            [
                $"  Ballot credentials (demo only, derived from a published phrase): the FR delegation (ncb.fr@ or supervisor.fr@{DemoData.Domain})",
                $"  types its secret: line into the booth. The rehearsal {RehearsalId} has a ballot open now (/Elections/{RehearsalId}):",
                $"    secret: {Printable(RehearsalId)}",
                $"  The election {ElectionId}, once the officer opens a ballot:",
                $"    secret: {Printable(ElectionId)}",
                $"  The rehearsal's guardians (3 of 5, demo only): `fairnotice election ceremony --demo --election {RehearsalId} --out-dir guardians`",
                "  recomputes their shares; after the officer closes the ballot, three of them decrypt the totals (`fairnotice election decrypt`).",
            ];
        }
    }

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        var (db, now) = (seeding.Db, seeding.Now);
        var officerId = await db.Users.Where(u => u.Email == $"elections@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
        var officer = new Actor(officerId, Affiliation.Secretariat, null, new HashSet<Role> { Role.ElectionOfficer });
        await SetUpElection.HandleAsync(db, officer, now, new CreateElectionRequest(ElectionId, "Executive Committee, 94th General Assembly (demo)",
            now.AddDays(7), [new(Post.President, null), new(Post.Delegate, "Asia")], ["VE", "SO"], [],
            [new("Ahmed Naser Al-Raisi (demo)", "AE", Post.President)]), ct);
        foreach (var (country, person, post, region) in new[] { ("br", "Ana Lima", Post.President, (string?)null), ("au", "Kate Moore", Post.President, null),
                     ("in", "Priya Rao", Post.Delegate, "Asia") })
        {
            var id = await db.Users.Where(u => u.Email == $"supervisor.{country}@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
            var supervisor = new Actor(id, Affiliation.Ncb, country.ToUpperInvariant(), new HashSet<Role> { Role.NcbSupervisor });
            await SubmitCandidacy.HandleAsync(db, supervisor, now, ElectionId, new CandidacyRequest(person, post, region), ct);
        }

        // The credential list, as the officer would upload the authority's credentials.public.json.
        await PublishAsync(db, officer, now, ElectionId, ct);
        await SeedRehearsalAsync(seeding, officer, ct);
    }

    // Set up two days ago with a deadline yesterday: candidacies, validation, the demo guardians' public records, the
    // credential list, and a ballot for President opened at the seeding.
    private static async Task SeedRehearsalAsync(DemoSeeding seeding, Actor officer, CancellationToken ct)
    {
        var (db, now) = (seeding.Db, seeding.Now);
        var before = now.AddDays(-2);
        DemoSeeding.Require((await SetUpElection.HandleAsync(db, officer, before, new CreateElectionRequest(RehearsalId,
            "Executive Committee, rehearsal ballot (demo)", now.AddDays(-1), [new(Post.President, null)], [], [], [])
            , ct)).Error, "rehearsal set-up");
        foreach (var (country, person) in new[] { ("br", "Ana Lima"), ("au", "Kate Moore"), ("de", "Jonas Weber") })
        {
            var supervisor = await seeding.ActorAsync(DemoSeeding.Email($"supervisor.{country}"));
            DemoSeeding.Require((await SubmitCandidacy.HandleAsync(db, supervisor, before, RehearsalId, new CandidacyRequest(person, Post.President, null), ct)).Error,
                "rehearsal candidacy");
        }

        DemoSeeding.Require((await ValidateCandidacies.HandleAsync(db, officer, now, RehearsalId, ct)).Error, "rehearsal validation");
        DemoSeeding.Require((await SetGuardians.HandleAsync(db, officer, now, RehearsalId, [.. KeyCeremony.Demo(RehearsalId, 5, 3).Select(g => g.Public)], ct)).Error,
            "rehearsal guardians");
        await PublishAsync(db, officer, now, RehearsalId, ct);
        DemoSeeding.Require((await OpenBallot.HandleAsync(db, officer, now, RehearsalId, new OpenRoundRequest(Post.President, null), ct)).Error, "rehearsal ballot");
    }

    private static async Task PublishAsync(AppDbContext db, Actor officer, DateTimeOffset now, string id, CancellationToken ct)
    {
        var published = await PublishCredentials.HandleAsync(db, officer, now, id, CredentialAuthority.Demo(id, MemberCatalogue.All.Select(m => m.Iso2)).List, ct);
        if (!published.IsOk)
        {
            throw new InvalidOperationException($"The demo credential list was refused: {published.Error!.Message}");
        }
    }

    // FR's credential as the booth takes it: the secret in groups of four.
    private static string Printable(string electionId)
    {
        var france = CredentialAuthority.Demo(electionId, ["FR"]).Secrets[0];
        return string.Join(' ', Enumerable.Range(0, france.SecretKey.Length / 4).Select(i => france.SecretKey.Substring(i * 4, 4)));
    }
}
