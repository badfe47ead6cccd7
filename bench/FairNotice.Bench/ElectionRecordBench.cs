using System.Diagnostics;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;

namespace FairNotice.Bench;

/// <summary>Issue #17's verification budgets, with every ballot signed by its delegation's credential: 1,000 signed
/// ballots, and a whole 196-member, 13-post election record, verified from the record on the machine's cores.</summary>
internal static class ElectionRecordBench
{
    private static readonly ElectionRules Rules = ElectionRules.Default;

    public sealed record Result(string What, int Rounds, int Ballots, TimeSpan Verify, int RecordKiB, string Target, bool Met);

    private sealed class Election(string id, Random random)
    {
        public List<VoterEntry> Roll { get; } = [.. MemberCatalogue.All.Select(m => new VoterEntry(m.Iso2, true))];

        public IReadOnlyList<Guardian> Guardians { get; } = KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, ElectionVerifier.CeremonyContext(id));

        private readonly (CredentialList List, IReadOnlyList<SecretCredential> Secrets) _credentials = CredentialAuthority.Generate(id, MemberCatalogue.All.Select(m => m.Iso2));

        public List<RoundRecord> Rounds { get; } = [];

        // One round: the votes are drawn (weights per candidate, the rest blank), each member votes, and `revotes` extra
        // ballots replace earlier ones; encryption runs on every core, the board is chained in order.
        public RoundRecord Run(string contestId, Post post, string? region, int ballot, CandidateEntry[] candidates, double[] weights, int revotes = 0)
        {
            var m = new RoundManifest(id, "Benchmark", contestId, post, region, ballot, candidates, 1, Roll, 5, 3, Rules.Version).WithCredentials(_credentials.List);
            var key = KeyCeremony.JointKey([.. Guardians.Select(g => g.Public)]);
            var voters = Roll.Select(v => v.Member).ToList();
            var order = voters.Concat(Enumerable.Range(0, revotes).Select(i => voters[i % voters.Count])).ToList();
            var choices = order.Select(_ => Pick(candidates, weights, random.NextDouble())).ToList();
            var secrets = _credentials.Secrets.ToDictionary(s => s.Member, StringComparer.Ordinal);
            var board = new List<BoardEntry>();
            var last = new Dictionary<string, string>(StringComparer.Ordinal);
            // Encrypt first votes in parallel; re-votes name the previous code, so they follow in order.
            var first = new EncryptedBallot[voters.Count];
            Parallel.For(0, voters.Count, i => first[i] = BallotEncryptor.Encrypt(m, key, voters[i], choices[i], credential: secrets[voters[i]]));
            foreach (var b in first)
            {
                board.Add(BoardEntry.Next(board, m.BaseHash(), b));
                last[b.Voter] = board[^1].TrackingCode;
            }

            for (var i = voters.Count; i < order.Count; i++)
            {
                var b = BallotEncryptor.Encrypt(m, key, order[i], choices[i], last[order[i]], secrets[order[i]]);
                board.Add(BoardEntry.Next(board, m.BaseHash(), b));
                last[b.Voter] = board[^1].TrackingCode;
            }

            var publics = Guardians.Select(g => g.Public).ToList();
            var shares = BallotRound.Sums(m, board).Select((sum, i) => (IReadOnlyList<DecryptionShare>)[.. new[] { Guardians[0], Guardians[2], Guardians[4] }
                .Select(g => g.Decrypt(Group.Point(sum.Alpha), publics, BallotRound.TallyContext(m.BaseHash(), candidates[i].Id)))]).ToList();
            var record = BallotRound.Record(m, publics, board, shares, Rules);
            Rounds.Add(record);
            return record;
        }

        public ElectionRecord Record() => new(id, "Benchmark", Rules.Version, [.. Rounds]);

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

    public static IReadOnlyList<Result> Run(Action<string> say)
    {
        var results = new List<Result>();

        // 1,000 signed ballots: every member votes, 804 re-votes replace earlier ballots (the verifier lists them).
        say("1,000 signed ballots in one round (196 members, 804 re-votes)…");
        var one = new Election("bench-1000", new Random(17));
        one.Run("president-1/ballot-1", Post.President, null, 1, [new("a", "A", "BR"), new("b", "B", "JP"), new("c", "C", "KE")], [0.7, 0.2, 0.05], revotes: 804);
        results.Add(Measure("verify 1,000 signed ballots (one round)", one.Record(), TimeSpan.FromSeconds(10), "< 10 s"));

        // A whole session: the President over three ballots, three Vice-Presidents, nine Delegates (2/2/2/3 by region).
        say("A 196-member, 13-post election (15 rounds)…");
        var full = new Election("bench-13", new Random(26));
        CandidateEntry[] president = [new("p1", "P1", "BR"), new("p2", "P2", "JP")];
        full.Run("president-1/ballot-1", Post.President, null, 1, president, [0.55, 0.40]);
        full.Run("president-1/ballot-2", Post.President, null, 2, president, [0.58, 0.40]);
        full.Run("president-1/ballot-3", Post.President, null, 3, president, [0.60, 0.38]);
        string[][] vps = [["KE", "NG"], ["FR", "DE"], ["AU", "IN"]];
        for (var i = 0; i < vps.Length; i++)
        {
            full.Run($"vicepresident-{i + 1}/ballot-1", Post.VicePresident, null, 1, [new($"v{i}a", $"V{i}A", vps[i][0]), new($"v{i}b", $"V{i}B", vps[i][1])], [0.7, 0.25]);
        }

        (string Region, string[] Members)[] delegates = [("Africa", ["EG", "GH", "SN", "MA"]), ("Americas", ["AR", "CA", "MX", "CL"]), ("Asia", ["ID", "KR", "SG", "TH"]),
            ("Europe", ["IT", "ES", "PL", "SE", "NL", "PT"])];
        foreach (var (region, members) in delegates)
        {
            for (var seat = 0; seat < members.Length / 2; seat++)
            {
                full.Run($"delegate-{region.ToLowerInvariant()}-{seat + 1}/ballot-1", Post.Delegate, region, 1,
                    [new($"d{region}{seat}a", "Da", members[2 * seat]), new($"d{region}{seat}b", "Db", members[(2 * seat) + 1])], [0.65, 0.3]);
            }
        }

        results.Add(Measure("verify a 196-member, 13-post election record", full.Record(), TimeSpan.FromMinutes(1), "< 60 s"));
        return results;
    }

    private static Result Measure(string what, ElectionRecord record, TimeSpan budget, string target)
    {
        var json = record.ToJson();
        var parsed = ElectionRecord.Parse(json);
        var watch = Stopwatch.StartNew();
        var checks = ElectionVerifier.Verify(parsed, Rules);
        watch.Stop();
        if (checks.FirstOrDefault(c => !c.Passed) is { } failed)
        {
            throw new InvalidOperationException($"The benchmark record does not verify: {failed.Round} {failed.Check}: {failed.Detail}");
        }

        if (record.Rounds.Count(r => r.Decision.Elected is not null) != record.Rounds.Select(r => r.Manifest.ContestId.Split("/ballot-")[0]).Distinct().Count())
        {
            throw new InvalidOperationException("A seat of the benchmark election was not filled.");
        }

        return new Result(what, record.Rounds.Count, record.Rounds.Sum(r => r.Board.Count), watch.Elapsed, json.Length / 1024, target, watch.Elapsed < budget);
    }
}
