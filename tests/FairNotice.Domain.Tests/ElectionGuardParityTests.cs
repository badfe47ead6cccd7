using System.Text.Json.Nodes;
using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests;

/// <summary>The ElectionGuard 2.0 verification steps that apply to FairNotice (docs/elections.md, parity table): for each,
/// an honest record passes and a record tampered in exactly that respect fails the named check. Steps 11 and 14
/// (contest data) and 15–18 (pre-encrypted ballots) do not apply.</summary>
public sealed class ElectionGuardParityTests
{
    private static readonly Lazy<string> Honest = new(() =>
    {
        const string id = "parity";
        var rules = ElectionRules.Default;
        var guardians = KeyCeremony.Run(["A", "B", "C"], 2, ElectionVerifier.CeremonyContext(id));
        string[] members = ["FR", "DE", "BR", "JP"];
        var (list, secrets) = CredentialAuthority.Generate(id, members);
        var manifest = new RoundManifest(id, "Parity", "president-1/ballot-1", Post.President, null, 1, [new("a", "Ana", "AR"), new("b", "Ben", "EG")], 1,
            [.. members.Select(m => new VoterEntry(m, true))], 3, 2, rules.Version).WithCredentials(list);
        var round = new BallotRound(manifest, [.. guardians.Select(g => g.Public)]);
        foreach (var (member, choice) in new[] { ("FR", "a"), ("DE", "a"), ("BR", (string?)"b"), ("JP", null) })
        {
            Assert.True(round.Cast(BallotEncryptor.Encrypt(manifest, round.JointKey, member, choice, credential: secrets.Single(s => s.Member == member))).IsOk);
        }

        var (spoiled, nonces) = BallotEncryptor.EncryptRevealable(manifest, round.JointKey, "DE", "b");
        round.Close();
        var record = round.Tally([guardians[0], guardians[2]], rules);
        record = record with { Challenged = [new ChallengedBallot(spoiled, "b", nonces).Publish()] };
        return new ElectionRecord(id, "Parity", rules.Version, [record]).ToJson();
    });

    private static JsonNode Round0(JsonNode n) => n["rounds"]![0]!;

    private static IReadOnlyList<VerificationCheck> VerifyEdited(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(Honest.Value)!;
        edit(node);
        return ElectionVerifier.Verify(ElectionRecord.Parse(node.ToJsonString()), ElectionRules.Default);
    }

    private static void AssertFails(Action<JsonNode> edit, string check, string? detail = null)
    {
        var failed = VerifyEdited(edit).Where(c => !c.Passed).ToList();
        Assert.Contains(failed, c => c.Check == check && (detail is null || c.Detail.Contains(detail, StringComparison.Ordinal)));
    }

    [Fact]
    public void HonestRecord_PassesEveryCheck() => Assert.All(VerifyEdited(_ => { }), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));

    [Fact]
    public void Step1_ParameterValidation_AnotherRulesVersionOrAnAlteredManifest_Fails()
    {
        AssertFails(n => n["rulesVersion"] = "1999.01-1", "rules version");
        AssertFails(n => Round0(n)["manifest"]!["title"] = "Another election", "manifest");
    }

    [Fact]
    public void Step2_GuardianPublicKeyValidation_ACommitmentSwapped_Fails() =>
        AssertFails(n =>
        {
            var commitments = Round0(n)["guardians"]![0]!["commitments"]!.AsArray();
            var first = commitments[0]!.GetValue<string>();
            commitments[0] = commitments[1]!.GetValue<string>();
            commitments[1] = first;
        }, "guardians' proofs");

    [Fact]
    public void Step3_ElectionPublicKeyValidation_AnotherJointKey_Fails() =>
        AssertFails(n => Round0(n)["jointKey"] = Round0(n)["guardians"]![0]!["commitments"]![0]!.GetValue<string>(), "joint key");

    [Fact]
    public void Step4_ExtendedBaseHashValidation_AnotherBaseHash_Fails() =>
        AssertFails(n => Round0(n)["baseHash"] = new string('a', 64), "manifest");

    [Fact]
    public void Step5_SelectionEncryptions_AProofResponseAltered_Fails() =>
        AssertFails(n =>
        {
            var responses = Round0(n)["board"]![0]!["ballot"]!["selections"]![0]!["proof"]!["responses"]!.AsArray();
            responses[0] = responses[1]!.GetValue<string>();
        }, "ballots", "is 0 or 1 fails");

    [Fact]
    public void Step6_VoteLimits_AnotherBallotsContestProof_Fails() =>
        AssertFails(n => Round0(n)["board"]![0]!["ballot"]!["contestProof"] = Round0(n)["board"]![1]!["ballot"]!["contestProof"]!.DeepClone(), "ballots", "at most 1 selection");

    [Fact]
    public void Step7_ConfirmationCodes_ATrackingCodeAltered_Fails() =>
        AssertFails(n => Round0(n)["board"]![2]!["trackingCode"] = new string('0', 64), "board chain");

    [Fact]
    public void Step8_BallotAggregation_AnEncryptedTotalThatIsNotTheSum_Fails() =>
        AssertFails(n => Round0(n)["tally"]![0]!["sum"] = Round0(n)["tally"]![1]!["sum"]!.DeepClone(), "tally", "not the sum of the counted ballots");

    [Fact]
    public void Step9_Decryptions_AShareFromAnotherGuardian_Fails() =>
        AssertFails(n => Round0(n)["tally"]![0]!["shares"]![0]!["share"] = Round0(n)["tally"]![0]!["shares"]![1]!["share"]!.GetValue<string>(), "tally", "fails its proof");

    [Fact]
    public void Step10_TallyDecryption_APublishedCountAltered_Fails() =>
        AssertFails(n => Round0(n)["tally"]![1]!["votes"] = 2, "tally", "decrypt to another count");

    [Fact]
    public void Step12_ChallengedBallotDecryption_ARevealedChoiceAltered_Fails() =>
        AssertFails(n => Round0(n)["challenged"]![0]!["choice"] = "a", "challenged ballots", "does not hold the revealed choice");

    [Fact]
    public void Step13_ChallengedBallotValidation_ACodeAlteredOrTheEncryptionCast_Fails()
    {
        AssertFails(n => Round0(n)["challenged"]![0]!["code"] = new string('0', 64), "challenged ballots", "code");
        // Its encryption on the board (as a cast ballot's selection) means an opened vote was counted.
        AssertFails(n => Round0(n)["board"]![1]!["ballot"]!["selections"]![0]!["ciphertext"] = Round0(n)["challenged"]![0]!["selections"]![0]!["ciphertext"]!.DeepClone(),
            "challenged ballots", "was cast");
    }

    [Fact]
    public void Beyond_ABallotSignatureFromAnotherDelegation_Fails() =>
        AssertFails(n => Round0(n)["board"]![0]!["ballot"]!["signature"] = Round0(n)["board"]![1]!["ballot"]!["signature"]!.GetValue<string>(), "ballot signatures", "entry 1 (FR)");
}
