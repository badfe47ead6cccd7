using System.Net;

namespace FairNotice.Web.Tests.Features.Transparency;

/// <summary>The public statistics and their downloads. Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class StatisticsTests(AppFixture app)
{
    [Fact]
    public async Task Statistics_TablesAndDownloads_SuppressSmallCells()
    {
        using var anon = app.Anonymous();
        var all = await (await anon.GetAsync("/api/statistics")).Json();
        var names = all.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(["by-year", "by-member", "by-colour", "review-times", "commission", "member-indicators", "published-totals", "refusals-by-iccs"], names);
        // No cell anywhere in the suppressed tables is a count from 1 to 4.
        foreach (var table in all.GetProperty("tables").EnumerateArray().Where(t => t.GetProperty("name").GetString() != "published-totals"))
        {
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                var cells = row.EnumerateArray().ToList();
                var columns = table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    if (cells[i].ValueKind == System.Text.Json.JsonValueKind.Number && columns[i] is not ("year" or "rank") && !columns[i]!.Contains("rate", StringComparison.Ordinal)
                        && !columns[i]!.Contains("days", StringComparison.Ordinal))
                    {
                        Assert.False(cells[i].GetDouble() is > 0 and < 5, $"{table.GetProperty("name")} {columns[i]} = {cells[i]}");
                    }
                }
            }
        }

        var csv = await anon.GetAsync("/api/statistics/by-year.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("year,kind,submitted,published,refused Art. 2", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        var json = await (await anon.GetAsync("/api/statistics/published-totals.json")).Json();
        Assert.Contains(json.GetProperty("rows").EnumerateArray(), r => r[0].GetInt32() == 2024 && r[1].GetInt32() == 15548);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync("/api/statistics/nothing.csv")).StatusCode);
        var svg = await anon.GetAsync("/statistics/charts/long-term.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteStatisticsTests(SqliteFixture app) : StatisticsTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresStatisticsTests(PostgresFixture app) : StatisticsTests(app);
