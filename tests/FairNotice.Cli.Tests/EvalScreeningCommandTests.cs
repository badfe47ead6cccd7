namespace FairNotice.Cli.Tests;

public sealed class EvalScreeningCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-evalscreen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task EvalScreening_SmallSet_CountsRecallAndFalseHitsPerHalfAndListsTheMisses()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "persons.csv"), """
            person_id,tradition,family_name,forenames,original_script_family,original_script_forenames,script,sex,date_of_birth,nationality
            P1,russian,Petrov,Ilya Sergeyevich,Петров,Илья Сергеевич,Cyrl,M,1971-04-02,RU
            P2,spanish,García Márquez,Ana,,,Latn,F,1980-01-01,ES
            """);
        await File.WriteAllTextAsync(Path.Combine(_dir, "queries.csv"), """
            query_id,person_id,expected,tradition,variation,name,date_of_birth,sex,nationality,source
            Q1,P1,match,russian,order,PETROV Ilya,1971-04-02,M,RU,test
            Q2,P2,match,spanish,diacritics,Ana Garcia Marquez,,,,test
            Q3,P2,match,spanish,nickname,Zzyzx Qwerty,,,,test
            Q4,P1,nomatch,russian,similar_name,Boris Smirnov,,,,test
            """);
        await File.WriteAllTextAsync(Path.Combine(_dir, "split.csv"), "query_id,half\nQ1,dev\nQ2,heldout\nQ3,heldout\nQ4,dev\n");
        var misses = Path.Combine(_dir, "misses.csv");
        var report = Path.Combine(_dir, "report.md");

        using var output = new StringWriter();
        var code = await CliApp.RunAsync(["eval", "screening", _dir, "--misses", misses, "--report", report], output);

        Assert.True(code == 0, output.ToString());
        var overall = File.ReadAllLines(report).First(l => l.StartsWith("| all |", StringComparison.Ordinal));
        // dev: 1 positive found, 1 negative not hit; held-out: 1 of 2 positives found.
        Assert.Equal("| all | 1 | 1.000 | 2 | 0.500 | 1 | 0 | 0 | - |", overall);
        var missed = File.ReadAllLines(misses);
        Assert.Equal(2, missed.Length);
        Assert.StartsWith("Q3,heldout,match,spanish,nickname,Zzyzx Qwerty", missed[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalScreening_NameOnlyNegatives_AsksNegativesWithoutTheirDateAndLeavesOutNamesakes()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "persons.csv"), """
            person_id,tradition,family_name,forenames,original_script_family,original_script_forenames,script,sex,date_of_birth,nationality
            P1,russian,Petrov,Ilya Sergeyevich,,,Cyrl,M,1971-04-02,RU
            """);
        // Q2 is the same person's name with another year: a false hit only once its date is dropped, and a namesake
        // (left out) when it is labelled so; Q3 is another man whose date alone keeps him apart.
        await File.WriteAllTextAsync(Path.Combine(_dir, "queries.csv"), """
            query_id,person_id,expected,tradition,variation,name,date_of_birth,sex,nationality,source
            Q1,P1,match,russian,order,PETROV Ilya Sergeyevich,1971-04-02,M,RU,test
            Q2,P1,nomatch,russian,same_name_other_dob,Ilya Sergeyevich Petrov,1990-06-01,,,test
            Q3,P1,nomatch,russian,similar_name,Ilya Sergeyevich Petrov,1950-06-01,,,test
            """);
        await File.WriteAllTextAsync(Path.Combine(_dir, "split.csv"), "query_id,half\nQ1,heldout\nQ2,heldout\nQ3,heldout\n");
        var plain = Path.Combine(_dir, "plain.md");
        var nameOnly = Path.Combine(_dir, "name-only.md");

        using var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["eval", "screening", _dir, "--report", plain], output));
        Assert.Equal(0, await CliApp.RunAsync(["eval", "screening", _dir, "--report", nameOnly, "--name-only-negatives"], output));

        Assert.Equal("| all | 0 | - | 1 | 1.000 | 0 | - | 2 | 0 |", File.ReadAllLines(plain).First(l => l.StartsWith("| all |", StringComparison.Ordinal)));
        Assert.Equal("| all | 0 | - | 1 | 1.000 | 0 | - | 1 | 1000 |", File.ReadAllLines(nameOnly).First(l => l.StartsWith("| all |", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EvalScreening_Curve_WritesTheNameOnlyTradeOff_RecallFallingAsTheBarRises()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "persons.csv"), """
            person_id,tradition,family_name,forenames,original_script_family,original_script_forenames,script,sex,date_of_birth,nationality
            P1,russian,Petrov,Ilya Sergeyevich,,,Cyrl,M,1971-04-02,RU
            """);
        // Q1 is exact (found at every bar); Q2 drops the patronymic (0.95: found only while a name alone needs at most that).
        await File.WriteAllTextAsync(Path.Combine(_dir, "queries.csv"), """
            query_id,person_id,expected,tradition,variation,name,date_of_birth,sex,nationality,source
            Q1,P1,match,russian,order,Petrov Ilya Sergeyevich,,,,test
            Q2,P1,match,russian,partial,Ilya Petrov,,,,test
            """);
        await File.WriteAllTextAsync(Path.Combine(_dir, "split.csv"), "query_id,half\nQ1,heldout\nQ2,heldout\n");
        var curve = Path.Combine(_dir, "curve.md");

        using var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["eval", "screening", _dir, "--curve", curve], output));

        var rows = File.ReadAllLines(curve).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| date", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, rows.Count);
        Assert.StartsWith("| 0 | ≥ 0.90 | 1.000 | 1.000 | 0 |", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("| −0.100 | ≥ 1.00 | 0.500 | 0.500 | 0 |", rows[^1], StringComparison.Ordinal);
    }
}
