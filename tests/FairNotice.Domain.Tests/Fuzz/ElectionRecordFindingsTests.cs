using System.Text.Json;
using System.Text.Json.Nodes;
using FairNotice.Domain.Elections;

namespace FairNotice.Domain.Tests.Fuzz;

/// <summary>One regression test per defect the election record fuzz target found (docs/fuzzing.md): a damaged record
/// is refused when read or fails a check, and never throws out of the verifier.</summary>
public sealed class ElectionRecordFindingsTests
{
    private static readonly Lazy<string> Record = new(() =>
    {
        const string id = "findings";
        var rules = ElectionRules.Default;
        var guardians = KeyCeremony.Run(["A", "B"], 2, ElectionVerifier.CeremonyContext(id));
        var manifest = new RoundManifest(id, "T", "president/ballot-1", Post.President, null, 1, [new("a", "Ana", "BR"), new("b", "Ben", "KE")], 1,
            [new VoterEntry("FR", true), new VoterEntry("DE", true)], 2, 2, rules.Version);
        // Every delegation signs with its credential from the authority (issue #17).
        var (credentials, secrets) = CredentialAuthority.Generate(id, manifest.Voters.Select(v => v.Member));
        manifest = manifest.WithCredentials(credentials);
        var round = new BallotRound(manifest, [.. guardians.Select(g => g.Public)]);
        round.Cast(BallotEncryptor.Encrypt(manifest, round.JointKey, "FR", "a", credential: secrets.Single(x => x.Member == "FR")));
        round.Close();
        return new ElectionRecord(id, "T", rules.Version, [round.Tally(guardians, rules)]).ToJson();
    });

    private static JsonNode Round0(JsonNode record) => record["rounds"]![0]!;

    private static string Edit(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(Record.Value)!;
        edit(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Verify_HonestSmallRecord_Passes() =>
        Assert.All(ElectionVerifier.Verify(ElectionRecord.Parse(Record.Value), ElectionRules.Default), c => Assert.True(c.Passed, c.Check + ": " + c.Detail));

    [Theory]
    [InlineData("null in a list")]
    [InlineData("null member")]
    [InlineData("missing member")]
    [InlineData("post as a number")]
    public void Parse_IncompleteRecord_IsAJsonException(string damage)
    {
        var json = Edit(n =>
        {
            switch (damage)
            {
                case "null in a list": Round0(n)["board"]!.AsArray().Add(null); break;
                case "null member": Round0(n)["board"]![0]!["ballot"]!["selections"]![0]!["ciphertext"] = null; break;
                case "missing member": Round0(n)["board"]![0]!["ballot"]!["contestProof"]!.AsObject().Remove("challenges"); break;
                default: Round0(n)["manifest"]!["post"] = 99; break;
            }
        });
        Assert.ThrowsAny<JsonException>(() => ElectionRecord.Parse(json));
    }

    [Theory]
    [InlineData("a selection removed")]
    [InlineData("ballot number 0")]
    [InlineData("a count of int.MaxValue")]
    [InlineData("a guardian without commitments")]
    public void Verify_RecordOfTheWrongShape_FailsWellFormedInsteadOfThrowing(string damage)
    {
        var json = Edit(n =>
        {
            switch (damage)
            {
                case "a selection removed": Round0(n)["board"]![0]!["ballot"]!["selections"]!.AsArray().RemoveAt(1); break;
                case "ballot number 0": Round0(n)["manifest"]!["ballot"] = 0; break;
                case "a count of int.MaxValue": Round0(n)["tally"]![0]!["votes"] = int.MaxValue; Round0(n)["tally"]![1]!["votes"] = int.MaxValue; break;
                default: Round0(n)["guardians"]![0]!["commitments"]!.AsArray().Clear(); break;
            }
        });
        var checks = ElectionVerifier.Verify(ElectionRecord.Parse(json), ElectionRules.Default);
        Assert.Contains(checks, c => c.Check == "well-formed" && !c.Passed);
    }

    [Fact]
    public void Verify_ShortBaseHash_FailsTheManifestCheck()
    {
        var checks = ElectionVerifier.Verify(ElectionRecord.Parse(Edit(n => Round0(n)["baseHash"] = "ab")), ElectionRules.Default);
        Assert.Contains(checks, c => c.Check == "manifest" && !c.Passed);
    }

    [Fact]
    public void Point_EmptyHex_IsAFormatException() => Assert.Throws<FormatException>(() => Group.Point(""));
}
