using System.Net;
using System.Net.Http.Json;

namespace FairNotice.Web.Tests.Features.Transparency;

/// <summary>The public statistics count refusals per ICCS section, with the small-cell rule (issue #13, item 2).</summary>
public abstract class RefusalsByOffenceClassTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    private static object Insult(string family) => new
    {
        colour = "Red",
        person = new { name = new { familyName = family, forenames = "Ali" }, sex = "M", dateOfBirth = "1980-01-01", nationalities = new[] { "TR" } },
        @case = new
        {
            summaryOfFacts = "In 2023 the person shared a cartoon of the President on social media with a critical caption, seen by about 2,000 people.",
            offenceDate = "2023-04", offencePlace = "Istanbul", wantedFor = "Prosecution",
            charges = new[] { new { description = "Insulting the President", law = "TCK md. 299", maximumPenaltyMonths = 48 } },
            warrant = new { kind = "ArrestWarrant", issuingAuthority = "Istanbul 2nd Criminal Court of Peace", issuedOn = "2023-05-02", reference = "2023/" + family },
        },
        submit = true,
    };

    [Fact]
    public async Task Refusals_CountedPerSection_SuppressedUnderFive_InTableCsvAndChart()
    {
        using var anon = app.Anonymous();
        using var tr = await app.As("ncb.tr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);

        async Task<string?> Section08() => (await (await anon.GetAsync("/api/statistics/refusals-by-iccs.json")).Json()).GetProperty("rows").EnumerateArray()
            .Single(r => r[0].GetString() == "08")[2].ToString();

        for (var i = 0; i < 5; i++)
        {
            var id = await Requests.CreateAsync(tr, Insult($"KAYA{(char)('A' + i)}"));
            Assert.Equal(HttpStatusCode.Accepted, (await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", ground = "Article3", reason = "Insulting the head of state." })).StatusCode);
            await Requests.ReviewAsync(reviewer2, id, "Refuse", "Article3", "Agreed.");
            if (i == 3)
            {
                Assert.Equal("<5", await Section08());
            }
        }

        Assert.Equal("5", await Section08());
        var csv = await (await anon.GetAsync("/api/statistics/refusals-by-iccs.csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("ICCS section,title,refused,", csv, StringComparison.Ordinal);
        Assert.Contains("08,\"Acts against public order, authority and provisions of the State\",5,0,5,0,0", csv, StringComparison.Ordinal);
        var svg = await anon.GetAsync("/statistics/charts/refusals-by-iccs.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("08 Acts against public order", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteRefusalsByOffenceClassTests(SqliteFixture app) : RefusalsByOffenceClassTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresRefusalsByOffenceClassTests(PostgresFixture app) : RefusalsByOffenceClassTests(app), IClassFixture<PostgresFixture>;
