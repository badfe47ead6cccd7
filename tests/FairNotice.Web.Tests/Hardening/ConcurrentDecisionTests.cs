using System.Net;
using System.Net.Http.Json;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Two reviewers deciding on the same request at the same moment: one decision wins, the other gets a 409 problem
/// (issue #12 item 4: it was a 500).</summary>
public abstract class ConcurrentDecisionTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Review_TwoReviewersAtOnce_OneWinsTheOtherGets409Problem()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var statuses = new List<HttpStatusCode>();
        for (var round = 0; round < 6; round++)
        {
            var id = await Requests.CreateAsync(fr, Requests.RedNotice($"RACEDECISION{(char)('A' + round)}", submit: true));
            using var start = new SemaphoreSlim(0);
            async Task<HttpResponseMessage> Decide(HttpClient who, string decision, string? ground)
            {
                await start.WaitAsync(TestContext.Current.CancellationToken);
                return await who.PostAsJsonAsync($"/api/notices/{id}/review", new { decision, ground, reason = "Decided in the same instant as a colleague." },
                    TestContext.Current.CancellationToken);
            }

            var first = Decide(reviewer, "Publish", null);
            var second = Decide(reviewer2, "RequestInformation", null);
            start.Release(2);
            var answers = await Task.WhenAll(first, second);
            foreach (var answer in answers)
            {
                statuses.Add(answer.StatusCode);
                Assert.True(answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict,
                    $"round {round}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                if (answer.StatusCode == HttpStatusCode.Conflict)
                {
                    Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
                }
            }

            Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        }

        // The race is real: at least one round had a loser.
        Assert.Contains(HttpStatusCode.Conflict, statuses);
    }
}

public sealed class SqliteConcurrentDecisionTests(SqliteFixture app) : ConcurrentDecisionTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresConcurrentDecisionTests(PostgresFixture app) : ConcurrentDecisionTests(app), IClassFixture<PostgresFixture>;
