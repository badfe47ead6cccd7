using System.Text.Json.Nodes;
using FairNotice.Domain.Elections;

namespace FairNotice.Cli.Tests;

public sealed class ElectionVerifyCommandTests : IDisposable
{
    private static readonly Lazy<string> Record = new(() => ElectionSimulator.Simulate("cli-test", 7).ToJson());
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-election-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string Output)> VerifyAsync(string json)
    {
        var file = Path.Combine(_dir, "record.json");
        await File.WriteAllTextAsync(file, json);
        using var console = new StringWriter();
        return (await CliApp.RunAsync(["election", "verify", file], console), console.ToString());
    }

    [Fact]
    public async Task Verify_HonestRecord_Exits0AndSaysWhoWasElected()
    {
        var (code, output) = await VerifyAsync(Record.Value);
        Assert.Equal(0, code);
        Assert.Contains("Record valid", output, StringComparison.Ordinal);
        Assert.Contains("elected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ACountChangedInTheFile_FailsLoudlyWithExit2()
    {
        var node = JsonNode.Parse(Record.Value)!;
        var votes = node["rounds"]![0]!["tally"]![0]!["votes"]!;
        node["rounds"]![0]!["tally"]![0]!["votes"] = votes.GetValue<int>() + 1;
        var (code, output) = await VerifyAsync(node.ToJsonString());
        Assert.Equal(2, code);
        Assert.Contains("RECORD INVALID", output, StringComparison.Ordinal);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NotARecord_Exits3()
    {
        var (code, output) = await VerifyAsync("{ not json");
        Assert.Equal(3, code);
        Assert.Contains("Cannot read the record", output, StringComparison.Ordinal);
    }
}
