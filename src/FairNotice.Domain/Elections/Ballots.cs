using System.Text.Json;
using BigInteger = Org.BouncyCastle.Math.BigInteger;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace FairNotice.Domain.Elections;

/// <summary>A candidate on a ballot.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">The person.</param>
/// <param name="Member">The proposing member.</param>
public sealed record CandidateEntry(string Id, string Name, string Member);

/// <summary>A member on the roll, and whether it may vote in this round.</summary>
/// <param name="Member">ISO alpha-2.</param>
/// <param name="CanVote">False when its rights are suspended (e.g. arrears).</param>
/// <param name="Credential">The delegation's public signing credential from the credential authority's list (compressed
/// SEC1 hex); every ballot of this member must carry a signature that verifies under it.</param>
public sealed record VoterEntry(string Member, bool CanVote, string? Credential = null);

/// <summary>Everything a ballot round is about; its hash (the base hash) is bound into every proof.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="Title">Human title.</param>
/// <param name="ContestId">This round's id (post, seat, ballot number).</param>
/// <param name="Post">The post.</param>
/// <param name="Region">The seat's region, if any.</param>
/// <param name="Ballot">1, 2, … for successive ballots on the same seat.</param>
/// <param name="Candidates">The candidates.</param>
/// <param name="Limit">Most selections on one ballot (1: one candidate or blank).</param>
/// <param name="Voters">The roll.</param>
/// <param name="Guardians">n.</param>
/// <param name="Quorum">k.</param>
/// <param name="RulesVersion">Version of the rules applied.</param>
/// <param name="CredentialListHash">Hash of the credential authority's published list (<see cref="CredentialList.Hash"/>)
/// whose keys the roll carries; null only in records from before credentials, which the verifier refuses.</param>
public sealed record RoundManifest(string ElectionId, string Title, string ContestId, Post Post, string? Region, int Ballot, IReadOnlyList<CandidateEntry> Candidates,
    int Limit, IReadOnlyList<VoterEntry> Voters, int Guardians, int Quorum, string RulesVersion, string? CredentialListHash = null)
{
    /// <summary>SHA-256 of the manifest's canonical JSON.</summary>
    public string BaseHash() => Group.Sha256(JsonSerializer.Serialize(this, ElectionRules.JsonOptions));

    /// <summary>The manifest with each member's public credential on the roll and the list's hash.</summary>
    /// <param name="list">The credential authority's list; a member without a credential keeps none (and cannot vote).</param>
    public RoundManifest WithCredentials(CredentialList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var keys = list.Credentials.ToDictionary(c => c.Member, c => c.PublicKey, StringComparer.Ordinal);
        return this with
        {
            Voters = [.. Voters.Select(v => v with { Credential = keys.GetValueOrDefault(v.Member) })], CredentialListHash = list.Hash(),
        };
    }

    /// <summary>The credential list the roll publishes (members with a credential, in member order).</summary>
    public CredentialList Credentials() =>
        new(ElectionId, [.. Voters.Where(v => v.Credential is not null).Select(v => new PublicCredential(v.Member, v.Credential!)).OrderBy(c => c.Member, StringComparer.Ordinal)]);
}

/// <summary>One encrypted selection with its proof that it is 0 or 1.</summary>
/// <param name="CandidateId">The candidate.</param>
/// <param name="Ciphertext">Encryption of 0 or 1.</param>
/// <param name="Proof">Range proof over {0, 1}.</param>
public sealed record EncryptedSelection(string CandidateId, Ciphertext Ciphertext, RangeProof Proof);

/// <summary>A member's encrypted ballot for one round.</summary>
/// <param name="ContestId">The round.</param>
/// <param name="Voter">The voting member (public: that it voted is public, how it voted is not).</param>
/// <param name="Selections">One encrypted selection per candidate, in the manifest's order.</param>
/// <param name="ContestProof">Proof that the selections sum to 0…Limit.</param>
/// <param name="Supersedes">The tracking code of the member's earlier ballot this one replaces, if any.</param>
/// <param name="Signature">The delegation's ECDSA signature over <see cref="BallotSignature.Message"/> with its secret
/// credential (r‖s hex); the server refuses a ballot without a valid one, and so does the verifier.</param>
public sealed record EncryptedBallot(string ContestId, string Voter, IReadOnlyList<EncryptedSelection> Selections, RangeProof ContestProof, string? Supersedes,
    string? Signature = null)
{
    /// <summary>SHA-256 of the ballot's canonical JSON.</summary>
    public string Hash() => Group.Sha256(JsonSerializer.Serialize(this, ElectionRules.JsonOptions));

    /// <summary>The sum of the selections.</summary>
    public Ciphertext Sum() => Selections.Aggregate(Ciphertext.Zero, (s, x) => s.Add(x.Ciphertext));

    /// <summary>The proof context of a selection: base hash, round, voter, candidate.</summary>
    /// <param name="baseHash">The base hash.</param>
    /// <param name="contestId">The round.</param>
    /// <param name="voter">The voter.</param>
    /// <param name="candidateId">The candidate, or "contest" for the contest proof.</param>
    public static string Context(string baseHash, string contestId, string voter, string candidateId) => $"{baseHash}|{contestId}|{voter}|{candidateId}";
}

/// <summary>Encrypts a choice on the voter's side (the client or the browser holds the nonces, never the server).</summary>
public static class BallotEncryptor
{
    /// <summary>Encrypts a vote for one candidate, or a blank ballot.</summary>
    /// <param name="manifest">The round.</param>
    /// <param name="jointKey">The election key.</param>
    /// <param name="voter">The voting member.</param>
    /// <param name="choice">The candidate id, or null for blank.</param>
    /// <param name="supersedes">Tracking code of an earlier ballot to replace.</param>
    /// <param name="credential">The delegation's secret credential: the ballot is signed with it.</param>
    public static EncryptedBallot Encrypt(RoundManifest manifest, ECPoint jointKey, string voter, string? choice, string? supersedes = null, SecretCredential? credential = null) =>
        EncryptRevealable(manifest, jointKey, voter, choice, supersedes, credential).Ballot;

    /// <summary>Encrypts and also returns the nonces, which the voter reveals only to challenge (audit) the encryption.</summary>
    /// <param name="manifest">The round.</param>
    /// <param name="jointKey">The election key.</param>
    /// <param name="voter">The voting member.</param>
    /// <param name="choice">The candidate id, or null for blank.</param>
    /// <param name="supersedes">Tracking code of an earlier ballot to replace.</param>
    /// <param name="credential">The delegation's secret credential: the ballot is signed with it.</param>
    public static (EncryptedBallot Ballot, IReadOnlyList<string> Nonces) EncryptRevealable(RoundManifest manifest, ECPoint jointKey, string voter, string? choice, string? supersedes = null,
        SecretCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (choice is not null && manifest.Candidates.All(c => c.Id != choice))
        {
            throw new ArgumentException($"{choice} is not a candidate in this round.", nameof(choice));
        }

        var baseHash = manifest.BaseHash();
        var total = BigInteger.Zero;
        var nonces = new List<string>();
        var selections = new List<EncryptedSelection>();
        foreach (var c in manifest.Candidates)
        {
            var m = c.Id == choice ? 1 : 0;
            var r = Group.RandomScalar();
            nonces.Add(Group.Hex(r));
            total = total.Add(r).Mod(Group.Order);
            var ct = Ciphertext.Encrypt(m, jointKey, r);
            selections.Add(new EncryptedSelection(c.Id, ct, RangeProof.Prove(ct, m, r, 1, jointKey, EncryptedBallot.Context(baseHash, manifest.ContestId, voter, c.Id))));
        }

        var sum = selections.Aggregate(Ciphertext.Zero, (s, x) => s.Add(x.Ciphertext));
        var proof = RangeProof.Prove(sum, choice is null ? 0 : 1, total, manifest.Limit, jointKey, EncryptedBallot.Context(baseHash, manifest.ContestId, voter, "contest"));
        var ballot = new EncryptedBallot(manifest.ContestId, voter, selections, proof, supersedes);
        return (credential is null ? ballot : BallotSignature.Sign(ballot, baseHash, credential.SecretKey), nonces);
    }
}

/// <summary>A challenged ("spoiled") ballot: the voter reveals the choice and the nonces instead of casting it, so anyone
/// can check that the booth encrypted what the voter chose (ElectionGuard's ballot challenge). It is never counted.</summary>
/// <param name="Ballot">The encrypted ballot as the booth produced it.</param>
/// <param name="Choice">The choice the voter made (candidate id, or null for blank).</param>
/// <param name="Nonces">The nonce of each selection, in order (hex).</param>
public sealed record ChallengedBallot(EncryptedBallot Ballot, string? Choice, IReadOnlyList<string> Nonces)
{
    /// <summary>Why the challenge fails (null when the encryption holds exactly the revealed choice).</summary>
    /// <param name="m">The round.</param>
    /// <param name="baseHash">Its base hash.</param>
    /// <param name="key">The joint key.</param>
    public string? Check(RoundManifest m, string baseHash, ECPoint key)
    {
        ArgumentNullException.ThrowIfNull(m);
        // A challenge is not cast: it needs no signature (the account is authenticated; nothing of it is counted).
        if (ElectionVerifier.CheckBallot(m, baseHash, key, Ballot with { Supersedes = null }, [], requireSignature: false) is { } problem)
        {
            return problem;
        }

        if (Choice is not null && m.Candidates.All(c => c.Id != Choice))
        {
            return "the revealed choice is not a candidate";
        }

        if (Nonces.Count != Ballot.Selections.Count)
        {
            return "one nonce per selection is needed";
        }

        try
        {
            for (var i = 0; i < Nonces.Count; i++)
            {
                var s = Ballot.Selections[i];
                if (Ciphertext.Encrypt(s.CandidateId == Choice ? 1 : 0, key, Group.Scalar(Nonces[i])) != s.Ciphertext)
                {
                    return $"the encryption for {s.CandidateId} does not hold the revealed choice";
                }
            }
        }
        catch (FormatException e)
        {
            return $"malformed: {e.Message}";
        }

        return null;
    }

    /// <summary>The form the board and the election record publish, once <see cref="Check"/> has passed: without the
    /// member, its proofs (their Fiat–Shamir context names the member, so anyone could find it by trying the roll) or
    /// the ballot it would have replaced.</summary>
    public PublishedChallenge Publish()
    {
        var selections = Ballot.Selections.Select(s => new ChallengedSelection(s.CandidateId, s.Ciphertext)).ToList();
        return new PublishedChallenge(Ballot.ContestId, PublishedChallenge.CodeOf(Ballot.ContestId, selections), selections, Choice, Nonces);
    }
}

/// <summary>One encryption of a challenged ballot.</summary>
/// <param name="CandidateId">The candidate.</param>
/// <param name="Ciphertext">Encryption of 0 or 1, opened by the published nonce.</param>
public sealed record ChallengedSelection(string CandidateId, Ciphertext Ciphertext);

/// <summary>A challenged ballot as the board and the election record publish it (ElectionGuard's spoiled ballot): the
/// encryptions, the revealed choice and the nonces that open them, under a code the booth showed the delegation.</summary>
/// <remarks>Never names a member: a challenged choice tells how the delegation meant to vote. The nonces prove exactly
/// what each encryption holds, so the range proofs of the cast form are not needed; they are not published because
/// their context names the member. Published in the order of their codes, not of submission.</remarks>
/// <param name="ContestId">The round.</param>
/// <param name="Code">SHA-256 of the round and the encryptions (<see cref="CodeOf"/>).</param>
/// <param name="Selections">One encryption per candidate, in the manifest's order.</param>
/// <param name="Choice">The revealed choice (candidate id, or null for blank).</param>
/// <param name="Nonces">The nonce of each encryption, in order (hex).</param>
public sealed record PublishedChallenge(string ContestId, string Code, IReadOnlyList<ChallengedSelection> Selections, string? Choice, IReadOnlyList<string> Nonces)
{
    /// <summary>The code of a challenged ballot: SHA-256 of the round and each encryption, in order.</summary>
    /// <param name="contestId">The round.</param>
    /// <param name="selections">The encryptions.</param>
    public static string CodeOf(string contestId, IReadOnlyList<ChallengedSelection> selections)
    {
        ArgumentNullException.ThrowIfNull(selections);
        return Group.Sha256($"challenge|{contestId}|{string.Join("|", selections.Select(s => $"{s.CandidateId}:{s.Ciphertext.Alpha}:{s.Ciphertext.Beta}"))}");
    }

    /// <summary>Why the published challenge does not hold (null when it does): it belongs to the round, its code is
    /// its own, every encryption holds exactly the revealed choice, and no encryption of it is on the board, so it was
    /// never counted.</summary>
    /// <param name="m">The round.</param>
    /// <param name="key">The joint key.</param>
    /// <param name="board">The round's board.</param>
    public string? Check(RoundManifest m, ECPoint key, IReadOnlyList<BoardEntry> board)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(board);
        if (ContestId != m.ContestId)
        {
            return "the challenged ballot is for another round";
        }

        if (Selections is null || !Selections.Select(s => s.CandidateId).SequenceEqual(m.Candidates.Select(c => c.Id)))
        {
            return "the selections do not match the candidates";
        }

        if (Code != CodeOf(ContestId, Selections))
        {
            return "the code is not the hash of the encryptions";
        }

        if (Choice is not null && m.Candidates.All(c => c.Id != Choice))
        {
            return "the revealed choice is not a candidate";
        }

        if (Nonces is null || Nonces.Count != Selections.Count)
        {
            return "one nonce per selection is needed";
        }

        try
        {
            for (var i = 0; i < Nonces.Count; i++)
            {
                var s = Selections[i];
                if (Ciphertext.Encrypt(s.CandidateId == Choice ? 1 : 0, key, Group.Scalar(Nonces[i])) != s.Ciphertext)
                {
                    return $"the encryption for {s.CandidateId} does not hold the revealed choice";
                }
            }
        }
        catch (FormatException e)
        {
            return $"malformed: {e.Message}";
        }

        var cast = board.FirstOrDefault(e => SharesAnEncryptionWith(e.Ballot));
        return cast is null ? null : $"conflict:an encryption of it was cast (board entry {cast.Seq}), so it would be counted";
    }

    /// <summary>True when the ballot reuses one of the challenged encryptions: casting it would count an opened choice.</summary>
    /// <param name="ballot">A ballot.</param>
    public bool SharesAnEncryptionWith(EncryptedBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        // The nonces opened these encryptions, so their alphas are canonical; the ballot's are compared as points.
        return ballot.Selections.Any(s => Selections.Any(c => c.Ciphertext.Alpha == Canonical(s.Ciphertext.Alpha)));
    }

    private static string Canonical(string point)
    {
        try
        {
            return Group.Hex(Group.Point(point));
        }
        catch (FormatException)
        {
            return point; // a malformed ballot is reported by the ballot checks
        }
    }
}

/// <summary>An entry of the public bulletin board: append-only, each tracking code chaining the previous one.</summary>
/// <param name="Seq">1, 2, …</param>
/// <param name="Ballot">The encrypted ballot.</param>
/// <param name="BallotHash">Its hash.</param>
/// <param name="TrackingCode">SHA-256(previous code | ballot hash); the first chains the base hash.</param>
public sealed record BoardEntry(int Seq, EncryptedBallot Ballot, string BallotHash, string TrackingCode)
{
    /// <summary>The code that follows <paramref name="previous"/> for a ballot hash.</summary>
    /// <param name="previous">The previous code (or the base hash).</param>
    /// <param name="ballotHash">The ballot's hash.</param>
    public static string Chain(string previous, string ballotHash) => Group.Sha256($"{previous}|{ballotHash}");

    /// <summary>The entry a ballot gets when appended to a board.</summary>
    /// <param name="board">The board so far.</param>
    /// <param name="baseHash">The round's base hash (what the first code chains).</param>
    /// <param name="ballot">The ballot.</param>
    public static BoardEntry Next(IReadOnlyList<BoardEntry> board, string baseHash, EncryptedBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(ballot);
        var hash = ballot.Hash();
        return new BoardEntry(board.Count + 1, ballot, hash, Chain(board.Count == 0 ? baseHash : board[^1].TrackingCode, hash));
    }
}

/// <summary>A candidate's encrypted total, its decryption shares and the decrypted count.</summary>
/// <param name="CandidateId">The candidate.</param>
/// <param name="Sum">Homomorphic sum over the counted ballots.</param>
/// <param name="Shares">At least k guardians' shares with proofs.</param>
/// <param name="Votes">The decrypted count.</param>
public sealed record TallyEntry(string CandidateId, Ciphertext Sum, IReadOnlyList<DecryptionShare> Shares, int Votes);

/// <summary>The published record of a round: enough for anyone to re-check every proof, the tally and the board.</summary>
/// <param name="Manifest">The round.</param>
/// <param name="BaseHash">Hash of the manifest.</param>
/// <param name="Guardians">The guardians' public records.</param>
/// <param name="JointKey">K.</param>
/// <param name="Board">The bulletin board.</param>
/// <param name="Tally">Per candidate.</param>
/// <param name="BallotsCounted">Ballots counted (the last of each member).</param>
/// <param name="Blank">Blank ballots.</param>
/// <param name="Decision">What the round decided.</param>
/// <param name="Challenged">Ballots challenged by voters (not counted), with their revealed choices and nonces, and no member.</param>
public sealed record RoundRecord(RoundManifest Manifest, string BaseHash, IReadOnlyList<GuardianRecord> Guardians, string JointKey, IReadOnlyList<BoardEntry> Board,
    IReadOnlyList<TallyEntry> Tally, int BallotsCounted, int Blank, RoundDecision Decision, IReadOnlyList<PublishedChallenge>? Challenged = null);

/// <summary>The whole election record: every round, in order.</summary>
/// <param name="ElectionId">The election.</param>
/// <param name="Title">Title.</param>
/// <param name="RulesVersion">Rules applied.</param>
/// <param name="Rounds">The rounds.</param>
public sealed record ElectionRecord(string ElectionId, string Title, string RulesVersion, IReadOnlyList<RoundRecord> Rounds)
{
    /// <summary>Reads a record.</summary>
    /// <param name="json">The JSON text.</param>
    /// <remarks>A record is untrusted input: a missing or null member, or a null in a list, is a <see cref="JsonException"/>
    /// here rather than a crash in the verifier (found by fuzzing, docs/fuzzing.md).</remarks>
    public static ElectionRecord Parse(string json)
    {
        var record = JsonSerializer.Deserialize<ElectionRecord>(json, Strict) ?? throw new JsonException("Empty record.");
        RequireNoNulls(record, "$");
        return record;
    }

    // Enum values by name only: "post": 99 is no post.
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(null, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    // RespectNullableAnnotations covers members, not list elements: "board": [null] is refused here.
    private static void RequireNoNulls(object value, string path)
    {
        if (value is string)
        {
            return;
        }

        if (value is System.Collections.IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                RequireNoNulls(item ?? throw new JsonException($"A list holds null at {path}[{i}]."), $"{path}[{i}]");
                i++;
            }

            return;
        }

        if (value.GetType().Namespace != typeof(ElectionRecord).Namespace)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetValue(value) is { } member && member is not System.ValueType)
            {
                RequireNoNulls(member, $"{path}.{property.Name}");
            }
        }
    }

    /// <summary>Writes the record (indented).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    private static readonly JsonSerializerOptions Indented = new(ElectionRules.JsonOptions) { WriteIndented = true };
}
