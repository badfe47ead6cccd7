using FairNotice.Domain.Screening;

namespace FairNotice.Cli.Tests;

public sealed class FitScreeningCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fairnotice-fitscreen-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task FitScreening_WritesWeightsAndDocument_AndNeverReadsTheHeldOutHalf()
    {
        var first = await FitAsync("Q9,P2,match,spanish,order,Ana Garcia Marquez,1980-01-01,F,ES,test");
        // Change the held-out row completely: the fitted weights must not move.
        var second = await FitAsync("Q9,P1,nomatch,russian,similar_name,Ilya Petrov,1971-04-02,M,RU,test");

        Assert.Equal(ScoreModel.ToJson(first with { Version = "x" }), ScoreModel.ToJson(second with { Version = "x" }));
        Assert.True(first.Slope > 0);
        Assert.Contains("## Calibration (development half)", await File.ReadAllTextAsync(Path.Combine(_dir, "model.md")), StringComparison.Ordinal);
    }

    private async Task<ScoreModelWeights> FitAsync(string heldOutRow)
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "persons.csv"), """
            person_id,tradition,family_name,forenames,original_script_family,original_script_forenames,script,sex,date_of_birth,nationality
            P1,russian,Petrov,Ilya Sergeyevich,Петров,Илья Сергеевич,Cyrl,M,1971-04-02,RU
            P2,spanish,García Márquez,Ana,,,Latn,F,1980-01-01,ES
            P3,russian,Petrova,Irina,,,Cyrl,F,1985-03-03,RU
            """);
        var dev = new List<string>();
        string[] names = ["PETROV Ilya", "Ilja Petrow", "Petrov Ilia", "Ilya Sergeevich Petrov", "Ana Garcia", "Ana Marquez Garcia", "Irina Petrova", "I. Petrova"];
        string[] persons = ["P1", "P1", "P1", "P1", "P2", "P2", "P3", "P3"];
        for (var i = 0; i < names.Length; i++)
        {
            dev.Add($"D{i},{persons[i]},match,x,order,{names[i]},{(i % 2 == 0 ? "" : "1971")},,,test");
            dev.Add($"N{i},{persons[i]},nomatch,x,similar_name,{names[i]}x Boris,1950-01-01,,,test");
        }

        await File.WriteAllTextAsync(Path.Combine(_dir, "queries.csv"),
            "query_id,person_id,expected,tradition,variation,name,date_of_birth,sex,nationality,source\n" + string.Join("\n", dev) + "\n" + heldOutRow + "\n");
        await File.WriteAllTextAsync(Path.Combine(_dir, "split.csv"),
            "query_id,half\n" + string.Join("\n", dev.Select(d => d.Split(',')[0] + ",dev")) + "\nQ9,heldout\n");
        var json = Path.Combine(_dir, "model.json");
        using var output = new StringWriter();

        var code = await CliApp.RunAsync(["eval", "fit-screening", _dir, "--out", json, "--doc", Path.Combine(_dir, "model.md")], output);

        Assert.True(code == 0, output.ToString());
        return ScoreModel.FromJson(await File.ReadAllTextAsync(json));
    }
}
