using System.Net;
using System.Net.Http.Json;
using System.Text;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Creating a notice or diffusion request, and editing a draft (CreateRequest). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class CreateRequestTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task CreateNotice_Valid_Returns201DraftAndAudits()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var r = await fr.PostAsJsonAsync("/api/notices", Requests.RedNotice());
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.Json();
        var id = body.GetProperty("id").GetString();
        Assert.Equal($"/api/notices/{id}", r.Headers.Location?.ToString());
        Assert.Equal("Draft", body.GetProperty("status").GetString());
        Assert.Matches(@"^\d{4}/\d{5}$", body.GetProperty("reference").GetString()!);
        var audited = await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id).Select(a => a.Action).ToListAsync());
        Assert.Contains("notice.create", audited);
    }

    [Fact]
    public async Task CreateNotice_InvalidFields_Returns400NamingEachAndWritesNothing()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var before = await app.WithDb(db => db.Notices.CountAsync());
        var r = await fr.PostAsJsonAsync("/api/notices", new
        {
            colour = "Red",
            person = new { name = new { familyName = "X" }, sex = "Q", nationalities = new[] { "France" } },
            @case = new { charges = new[] { new { description = "Fraud", law = "", maximumPenaltyMonths = 5000 } } },
            restrictedCountries = new[] { "KP" },
            submit = true,
        });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        foreach (var field in new[] { "person.sex", "person.nationalities[0]", "case.charges[0].law", "case.charges[0].maximumPenaltyMonths", "restrictedCountries[0]", "case.warrant" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error named {field}: {errors}");
        }

        Assert.Equal(before, await app.WithDb(db => db.Notices.CountAsync()));
    }

    [Fact]
    public async Task CreateNotice_UnassignedCountryCodes_Returns400NamingEachField()
    {
        // An outside tester published a request with nationality "XX, TR": two capitals are not a country.
        using var fr = await app.As("ncb.fr" + Demo);
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Requests.RedNotice("XXNATIONAL", submit: true)))!;
        json["person"]!["nationalities"] = new System.Text.Json.Nodes.JsonArray("XX", "TR");
        json["person"]!["countryOfBirth"] = "ZZ";
        json["person"]!["identityDocuments"]![0]!["issuingCountry"] = "QQ";
        var r = await fr.PostAsJsonAsync("/api/notices", json);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        foreach (var field in new[] { "person.nationalities[0]", "person.countryOfBirth", "person.identityDocuments[0].issuingCountry" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error named {field}: {errors}");
        }

        Assert.False(errors.TryGetProperty("person.nationalities[1]", out _), errors.ToString());
    }

    [Fact]
    public async Task SubmittedCopyUnderAnotherName_IsLinkedToTheEarlierRequestForAReviewer()
    {
        // The outside tester re-filed a published murder request word for word under a new name: same date of birth,
        // same facts, same warrant reference. Nothing said "possible duplicate" and a reviewer published it.
        using var fr = await app.As("ncb.fr" + Demo);
        var warrant = "DUP-" + Guid.NewGuid().ToString("N")[..8];
        object Copy(string family)
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Requests.RedNotice(family, submit: true)))!;
            json["case"]!["warrant"]!["reference"] = warrant;
            json["person"]!["dateOfBirth"] = "1981-07-09";
            json["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
            return json;
        }

        var first = await (await fr.PostAsJsonAsync("/api/notices", Copy("DEMIRDUP"))).Json();
        var reference = first.GetProperty("reference").GetString()!;
        var second = await fr.PostAsJsonAsync("/api/notices", Copy("KARAKAYADUP"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var id = (await second.Json()).GetProperty("id").GetString();

        using var reviewer = await app.As("reviewer" + Demo);
        var assessment = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment");
        var finding = assessment.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "DUPLICATE-REQUEST");
        var explanation = finding.GetProperty("explanation").GetString()!;
        Assert.Contains(reference, explanation, StringComparison.Ordinal);
        Assert.Contains("DEMIRDUP Marc", explanation, StringComparison.Ordinal);
        Assert.Contains(warrant, explanation, StringComparison.Ordinal);
        Assert.NotEqual("Clear", assessment.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task CreateNotice_MalformedJson_Returns400NamingTheField()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var r = await fr.PostAsync("/api/notices", new StringContent("""{"colour":"Red","person":{"dateOfBirth":"14/03/1975"}}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("person.dateOfBirth", out _));

        var wrongEnum = await fr.PostAsync("/api/notices", new StringContent("""{"colour":"Magenta"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongEnum.StatusCode);
        Assert.True((await wrongEnum.Json()).GetProperty("errors").TryGetProperty("colour", out _));
    }

    [Fact]
    public async Task CreateNotice_SameIdempotencyKeyTwice_MakesOneNotice()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Send(object body)
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, "/api/notices") { Content = JsonContent.Create(body) };
            req.Headers.Add("Idempotency-Key", key);
            return await fr.SendAsync(req);
        }

        var before = await app.WithDb(db => db.Notices.CountAsync());
        var first = await Send(Requests.RedNotice("IDEMPOTENT"));
        var second = await Send(Requests.RedNotice("IDEMPOTENT"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal((await first.Json()).GetProperty("id").GetString(), (await second.Json()).GetProperty("id").GetString());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before + 1, await app.WithDb(db => db.Notices.CountAsync()));

        var different = await Send(Requests.RedNotice("SOMEONE ELSE"));
        Assert.Equal(HttpStatusCode.Conflict, different.StatusCode);
        Assert.Equal(before + 1, await app.WithDb(db => db.Notices.CountAsync()));
    }

    [Fact]
    public async Task CreateNotice_ConcurrentRetriesWithOneKey_MakeOneNotice()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var key = Guid.NewGuid().ToString();
        var before = await app.WithDb(db => db.Notices.CountAsync());
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, "/api/notices") { Content = JsonContent.Create(Requests.RedNotice("RACE")) };
            req.Headers.Add("Idempotency-Key", key);
            return await fr.SendAsync(req);
        }));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location?.ToString()).Distinct());
        Assert.Equal(before + 1, await app.WithDb(db => db.Notices.CountAsync()));
    }

    [Fact]
    public async Task UpdateDraft_ThenSubmit_ValidatesAndMovesToReview()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, new { colour = "Red", person = new { name = new { familyName = "PARTIAL" }, sex = "M" } });
        var incomplete = await fr.PostAsJsonAsync($"/api/notices/{id}/actions", new { action = "Submit" });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var put = await fr.PutAsJsonAsync($"/api/notices/{id}", Requests.RedNotice("COMPLETED", submit: true));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var body = await put.Json();
        Assert.Equal("UnderReview", body.GetProperty("status").GetString());
        Assert.Equal("COMPLETED", body.GetProperty("person").GetProperty("name").GetProperty("familyName").GetString());
        var again = await fr.PutAsJsonAsync($"/api/notices/{id}", Requests.RedNotice("TOO LATE"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteCreateRequestTests(SqliteFixture app) : CreateRequestTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresCreateRequestTests(PostgresFixture app) : CreateRequestTests(app);
