namespace FairNotice.Cli.Tests;

public sealed class ComplianceCommandTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    [Fact]
    public async Task EvalCompliance_ShippedFixtures_MeetTheTargets()
    {
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["eval", "compliance", Path.Combine(RepoRoot(), "tests", "fixtures", "compliance")], output);
        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("refuse recall", text, StringComparison.Ordinal);
        Assert.Contains("compliance: targets met.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCompliance_TwoSets_PrintsBothSideBySideAndFailsWhenOneMissesTheTargets()
    {
        // A second set whose one hard case the engine would clear is fine; one whose clearly abusive case it clears is not.
        var fixtures = Path.Combine(RepoRoot(), "tests", "fixtures", "compliance");
        var set = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixtures, "cases.json")))!;
        foreach (var c in set["cases"]!.AsArray().Where(c => (string?)c!["category"] == "legitimate"))
        {
            c!["category"] = "abusive";
            c["expected"] = "refuse";
        }

        var shipped = set.ToJsonString();
        var other = Directory.CreateTempSubdirectory("heldout-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(other.FullName, "cases.json"), shipped);
            using var output = new StringWriter();
            var code = await CliApp.RunAsync(["eval", "compliance", fixtures, other.FullName], output);
            var text = output.ToString();
            Assert.Equal(1, code);
            Assert.Contains("Sets side by side", text, StringComparison.Ordinal);
            Assert.Contains("compliance: targets met.", text, StringComparison.Ordinal);
            Assert.Contains($"{other.Name}: targets NOT met.", text, StringComparison.Ordinal);
            Assert.Contains("abusive cases cleared", text, StringComparison.Ordinal);
            Assert.Contains("hard cases sent to review", text, StringComparison.Ordinal);
        }
        finally
        {
            other.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task EvalCompliance_ShippedHeldOutSet_ReadsAllItsCasesAndIsReportedBesideTheDevelopmentSet()
    {
        // The held-out set (datasets/compliance-heldout, written without reading the engine) is measured, not tuned on:
        // this asserts it is read whole and reported side by side, not that the engine meets the targets on it.
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["eval", "compliance", Path.Combine(RepoRoot(), "tests", "fixtures", "compliance"), Path.Combine(RepoRoot(), "datasets", "compliance-heldout")], output);
        var text = output.ToString();
        Assert.True(code is 0 or 1, text);
        Assert.Contains("compliance-heldout: 77 cases", text, StringComparison.Ordinal);
        Assert.Contains("Sets side by side", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCompliance_FixtureThatDoesNotFitTheModel_SaysWhereAndExitsTwo()
    {
        var folder = Directory.CreateTempSubdirectory("badset-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "cases.json"), """{"cases":[{"id":"x","expected":"clear","category":"legitimate","requester":"FR","request":{"colour":"Red","case":{"wantedFor":"SentenceEnforcement"}}}]}""");
            using var output = new StringWriter();
            var code = await CliApp.RunAsync(["eval", "compliance", folder.FullName], output);
            Assert.Equal(2, code);
            Assert.Contains("not a fixture file at $.cases[0].request.case.wantedFor", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Check_PoliticalRequest_ExitsTwoWithCitation()
    {
        var path = Path.Combine(Path.GetTempPath(), $"request-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """
            {"colour":"Red","person":{"name":{"familyName":"WANG","forenames":"Jie"},"sex":"M","dateOfBirth":"1985","nationalities":["CN"]},
             "case":{"summaryOfFacts":"In 2023 the person published articles abroad criticising state policy.","offenceDate":"2023","offencePlace":"Online",
             "wantedFor":"Prosecution","charges":[{"description":"Subversion of state power","law":"Criminal Law art. 105","maximumPenaltyMonths":180}],
             "warrant":{"kind":"ArrestWarrant","issuingAuthority":"Public Security Bureau","issuedOn":"2024-01-02","reference":"X-1"}}}
            """);
        try
        {
            using var output = new StringWriter();
            var code = await CliApp.RunAsync(["check", path, "--requester", "CN"], output);
            Assert.Equal(2, code);
            Assert.Contains("ART3-POLITICAL", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Constitution Art. 3", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
