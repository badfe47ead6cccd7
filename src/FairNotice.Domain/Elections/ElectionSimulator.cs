using FairNotice.Domain.Members;

namespace FairNotice.Domain.Elections;

/// <summary>Runs a whole simulated election (every member votes by a seeded random draw) and returns its record: for
/// trying the verifier, for the benchmark and for demos. The guardians run in this process, unlike a real election.</summary>
public static class ElectionSimulator
{
    /// <summary>A presidential seat decided over successive ballots and one Delegate seat, with every member on the roll
    /// and a few in arrears.</summary>
    /// <param name="electionId">The election id.</param>
    /// <param name="seed">Seed of the voters' draws.</param>
    /// <param name="progress">Called after each round with its contest id.</param>
    public static ElectionRecord Simulate(string electionId, int seed, Action<string>? progress = null)
    {
        var rules = ElectionRules.Default;
        var random = new Random(seed);
        var suspended = MemberCatalogue.All.Select(m => m.Iso2).OrderBy(_ => random.Next()).Take(6).ToHashSet(StringComparer.Ordinal);
        var roll = MemberCatalogue.All.Select(m => new VoterEntry(m.Iso2, !suspended.Contains(m.Iso2))).ToList();
        // The credential authority's part: one signing credential per delegation; every ballot is signed with it.
        var (credentials, secrets) = CredentialAuthority.Generate(electionId, roll.Select(v => v.Member));
        var secretOf = secrets.ToDictionary(s => s.Member, StringComparer.Ordinal);
        var guardians = KeyCeremony.Run(["Guardian 1", "Guardian 2", "Guardian 3", "Guardian 4", "Guardian 5"], 3, ElectionVerifier.CeremonyContext(electionId));
        var publics = guardians.Select(g => g.Public).ToList();
        var rounds = new List<RoundRecord>();
        CandidateEntry[] president = [new("lima", "Ana Lima", "BR"), new("sato", "Kenji Sato", "JP"), new("otieno", "Grace Otieno", "KE")];
        CandidateEntry[] delegates = [new("rao", "Priya Rao", "IN"), new("putri", "Dewi Putri", "ID")];

        void Seat(string seat, Post post, string? region, CandidateEntry[] candidates, double[] weights)
        {
            for (var ballot = 1; ballot <= 6; ballot++)
            {
                var manifest = new RoundManifest(electionId, "Executive Committee (simulated)", $"{seat}/ballot-{ballot}", post, region, ballot, candidates, 1, roll, 5, 3, rules.Version)
                    .WithCredentials(credentials);
                var round = new BallotRound(manifest, publics);
                foreach (var voter in roll.Where(v => v.CanVote))
                {
                    var draw = random.NextDouble();
                    if (draw < 0.05)
                    {
                        continue; // absent
                    }

                    var choice = Pick(candidates, weights, random.NextDouble());
                    if (!round.Cast(BallotEncryptor.Encrypt(manifest, round.JointKey, voter.Member, choice, credential: secretOf[voter.Member])).IsOk)
                    {
                        throw new InvalidOperationException("A simulated ballot was refused.");
                    }
                }

                round.Close();
                var record = round.Tally([guardians[0], guardians[2], guardians[4]], rules);
                rounds.Add(record);
                progress?.Invoke(manifest.ContestId);
                if (record.Decision.Elected is not null)
                {
                    return;
                }

                // The front-runner gathers support in later ballots.
                weights[0] += 0.08;
            }
        }

        Seat("president", Post.President, null, president, [0.50, 0.30, 0.15]);
        Seat("delegate-asia-1", Post.Delegate, "Asia", delegates, [0.55, 0.40]);
        return new ElectionRecord(electionId, "Executive Committee (simulated)", rules.Version, rounds);
    }

    // weights over candidates; the remainder is a blank ballot.
    private static string? Pick(CandidateEntry[] candidates, double[] weights, double draw)
    {
        var cumulative = 0.0;
        for (var i = 0; i < candidates.Length; i++)
        {
            cumulative += weights[i];
            if (draw < cumulative)
            {
                return candidates[i].Id;
            }
        }

        return null;
    }
}
