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

    // Last: it needs only the demo accounts, and comes after the other features' rows as it always did.
    public int Order => 60;

    // The delegation the banner names: France, whose officer and supervisor are demo accounts.
    public IEnumerable<string> BannerLines
    {
        get
        {
            var france = CredentialAuthority.Demo(ElectionId, ["FR"]).Secrets[0];
            var secret = string.Join(' ', Enumerable.Range(0, france.SecretKey.Length / 4).Select(i => france.SecretKey.Substring(i * 4, 4)));
            return
            [
                $"  Ballot credential (demo election {ElectionId}; demo only, derived from a published phrase): the FR delegation",
                $"  (ncb.fr@ or supervisor.fr@{DemoData.Domain}) types this line into the booth once a ballot is open:",
                $"    secret: {secret}",
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
        var published = await PublishCredentials.HandleAsync(db, officer, now, ElectionId,
            CredentialAuthority.Demo(ElectionId, MemberCatalogue.All.Select(m => m.Iso2)).List, ct);
        if (!published.IsOk)
        {
            throw new InvalidOperationException($"The demo credential list was refused: {published.Error!.Message}");
        }
    }
}
