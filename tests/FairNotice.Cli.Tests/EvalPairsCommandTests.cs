using System.IO.Compression;

namespace FairNotice.Cli.Tests;

/// <summary>`fairnotice eval pairs` over tests/fixtures/pairs-sample.jsonl: 22 fictional pairs in the OpenSanctions pairs
/// format (https://www.opensanctions.org/docs/pairs/). 10 positives, one of them a nickname that shares nothing with the
/// name on record (missed); 7 negatives, one of them two namesakes born the same day (a false positive); skipped: 2 pairs
/// with a non-Person side, an unsure and a no_judgement pair, a person without a name.</summary>
public sealed class EvalPairsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-evalpairs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "fixtures", "pairs-sample.jsonl");
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    private async Task<(int Code, string Output, string[] Report, string[] Misses)> Run(string file, params string[] extra)
    {
        var report = Path.Combine(_dir, "report.md");
        var misses = Path.Combine(_dir, "misses.csv");
        File.Delete(report);
        File.Delete(misses);
        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["eval", "pairs", file, "--report", report, "--misses", misses, .. extra], output);
        return (code, output.ToString(), File.Exists(report) ? await File.ReadAllLinesAsync(report) : [], File.Exists(misses) ? await File.ReadAllLinesAsync(misses) : []);
    }

    private static string Cell(string[] report, string label) =>
        report.Single(l => l.StartsWith($"| {label} |", StringComparison.Ordinal)).Split('|', StringSplitOptions.TrimEntries)[2];

    [Fact]
    public async Task EvalPairs_Sample_CountsPairsAndSkipReasons()
    {
        var (code, output, report, _) = await Run(Sample());

        Assert.True(code == 0, output);
        Assert.Equal("22", Cell(report, "lines read"));
        Assert.Equal("17", Cell(report, "pairs scored"));
        Assert.Equal("10", Cell(report, "positives"));
        Assert.Equal("7", Cell(report, "negatives"));
        Assert.Equal("2", Cell(report, "skipped: other schema"));
        Assert.Equal("2", Cell(report, "skipped: unsure or no judgement"));
        Assert.Equal("1", Cell(report, "skipped: no name"));
        Assert.Equal("0", Cell(report, "skipped: malformed"));
    }

    [Fact]
    public async Task EvalPairs_Sample_RecallPrecisionAndFalsePositivesAtTheServersThreshold_AndTheMissesFile()
    {
        var (code, output, report, misses) = await Run(Sample());

        Assert.True(code == 0, output);
        // 9 of 10 positives found (the nickname is missed), 1 of 7 negatives hit (the namesakes born the same day):
        // recall 9/10, precision 9/10, 1,000 × 1/7 = 142.9 false positives per 1,000 negatives, F1 0.9.
        Assert.Contains("| 0.90 | 9 | 1 | 1 | 0.900 | 0.900 | 142.9 | 0.900 |", report);
        Assert.Contains("## At threshold 0.90", report);
        var sweep = report.SkipWhile(l => l != "## Threshold sweep").Where(l => l.StartsWith("| 0.", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, sweep.Count);
        Assert.StartsWith("| 0.80 |", sweep[0], StringComparison.Ordinal);
        Assert.StartsWith("| 0.98 |", sweep[^1], StringComparison.Ordinal);
        Assert.Equal(3, misses.Length);
        Assert.StartsWith("10,positive,fn-p10a,fn-p10b,Dariusz Nowicki,Krawiec,,", misses[1], StringComparison.Ordinal);
        Assert.StartsWith("17,negative,fn-n07a,fn-n07b,Wei Li,Li Wei,1.", misses[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPairs_Threshold_IsTheOneApplied()
    {
        // Above every score of the sample, nothing matches: no recall, no precision to speak of, no false positive.
        var (code, output, report, _) = await Run(Sample(), "--threshold", "1.5");

        Assert.True(code == 0, output);
        Assert.Contains("| 1.50 | 0 | 10 | 0 | 0.000 | - | 0.0 | - |", report);
    }

    [Fact]
    public async Task EvalPairs_MalformedLine_StopsWithItsNumber_OrIsCountedWithSkipMalformed()
    {
        var lines = (await File.ReadAllLinesAsync(Sample())).ToList();
        lines.Insert(3, "{\"left\": {\"schema\": \"Person\", \"properties\": {\"name\": \"Not A List\"}}, \"right\": {\"schema\": \"Person\"}, \"judgement\": \"positive\"}");
        lines.Insert(6, "{\"left\": ");
        var file = Path.Combine(_dir, "broken.jsonl");
        await File.WriteAllLinesAsync(file, lines);

        var (code, output, report, _) = await Run(file);
        Assert.Equal(2, code);
        Assert.Contains("line 4: \"left.properties.name\" must be a list of strings", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was scored", output, StringComparison.Ordinal);
        Assert.Empty(report);

        (code, output, report, _) = await Run(file, "--skip-malformed");
        Assert.True(code == 0, output);
        Assert.Equal("2", Cell(report, "skipped: malformed"));
        Assert.Equal("17", Cell(report, "pairs scored"));
        Assert.Contains("line 7: not valid JSON", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPairs_GzippedFile_IsReadLikeThePlainOne()
    {
        var gz = Path.Combine(_dir, "pairs.json.gz");
        await using (var target = File.Create(gz))
        await using (var zip = new GZipStream(target, CompressionLevel.Optimal))
        await using (var source = File.OpenRead(Sample()))
        {
            await source.CopyToAsync(zip);
        }

        var (code, output, report, _) = await Run(gz);

        Assert.True(code == 0, output);
        Assert.Equal("17", Cell(report, "pairs scored"));
        Assert.Contains("| 0.90 | 9 | 1 | 1 | 0.900 | 0.900 | 142.9 | 0.900 |", report);
    }

    [Fact]
    public async Task EvalPairs_MissingFile_ExitCode3()
    {
        var (code, output, _, _) = await Run(Path.Combine(_dir, "absent.jsonl"));

        Assert.Equal(3, code);
        Assert.Contains("No file", output, StringComparison.Ordinal);
    }
}
