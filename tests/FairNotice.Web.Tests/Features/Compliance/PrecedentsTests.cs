using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Web.Features.Compliance.Precedents;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Features.Compliance;

/// <summary>
/// Precedents end to end (issue #13, item 3): a decision becomes a precedent; a later request like it — the same person
/// spelt otherwise, the same provision — carries PRECEDENT-REFUSED for the Secretariat only; an unrelated request does not;
/// members never learn another member's refused requests. Runs on SQLite and PostgreSQL (the Precedents migration).
/// </summary>
public abstract class PrecedentsTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    private static object Body(string family, string forenames, string dob, string nationality, string charge, string law, string facts) => new
    {
        colour = "Red",
        person = new
        {
            name = new { familyName = family, forenames },
            sex = "M",
            dateOfBirth = dob,
            nationalities = new[] { nationality },
            identityDocuments = new[] { new { type = "Passport", number = "P" + dob.Replace("-", "", StringComparison.Ordinal), issuingCountry = nationality } },
        },
        @case = new
        {
            summaryOfFacts = facts,
            offenceDate = "2019-01 to 2021-03",
            offencePlace = "Capital city",
            wantedFor = "Prosecution",
            charges = new[] { new { description = charge, law, maximumPenaltyMonths = 120 } },
            warrant = new { kind = "ArrestWarrant", issuingAuthority = "District Court", issuedOn = "2021-06-02", reference = "W-" + family },
        },
        submit = true,
    };

    private const string TimberFacts = "Between 2019 and 2021 the person concealed the export revenue of a timber company through shell firms in three countries and evaded profit tax.";

    private async Task<(Guid Id, string Reference)> RefusedAsync(string requesterEmail, object body)
    {
        using var ncb = await app.As(requesterEmail);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var id = await Requests.CreateAsync(ncb, body);
        var proposal = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", ground = "Article3", reason = "Predominantly political: the tax case follows the person's campaign." });
        Assert.Equal(HttpStatusCode.Accepted, proposal.StatusCode);
        var confirmed = await Requests.ReviewAsync(reviewer2, id, "Refuse", "Article3", "Agreed.");
        Assert.Equal("Refused", confirmed.GetProperty("status").GetString());
        return (id, confirmed.GetProperty("reference").GetString()!);
    }

    private static List<JsonElement> Findings(JsonElement notice) =>
        notice.GetProperty("assessment").ValueKind == JsonValueKind.Null ? [] : [.. notice.GetProperty("assessment").GetProperty("findings").EnumerateArray()];

    [Fact]
    public async Task RequestLikeAnotherMembersRefusal_SecretariatSeesPrecedent_RequesterLearnsNothing()
    {
        var (_, refused) = await RefusedAsync("ncb.tr" + Demo, Body("KARAMANLI", "Selim", "1971-02-03", "TR", "Tax evasion through shell companies", "УК РФ ст. 199.2 ч. 2", TimberFacts));

        // Another member, the same person spelt otherwise, the same provision cited in another form.
        using var ru = await app.As("ncb.ru" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(ru, Body("QARAMANLY", "Selim", "1971-02-03", "RU", "Concealment of funds from tax collection", "Article 199.2(2) УК РФ", TimberFacts));

        var seen = await (await reviewer.GetAsync($"/api/notices/{id}")).Json();
        var finding = Assert.Single(Findings(seen), f => f.GetProperty("ruleId").GetString() == "PRECEDENT-REFUSED");
        Assert.Equal("Concern", finding.GetProperty("severity").GetString());
        Assert.True(finding.GetProperty("restricted").GetBoolean());
        Assert.Contains(refused, finding.GetProperty("explanation").GetString()!, StringComparison.Ordinal);

        var list = await (await reviewer.GetAsync($"/api/compliance/precedents/{id}")).Json();
        var near = list.GetProperty("precedents").EnumerateArray().First(p => p.GetProperty("reference").GetString() == refused);
        Assert.Equal("Refused", near.GetProperty("outcome").GetString());
        var reasons = string.Join(" | ", near.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("same person", reasons, StringComparison.Ordinal);
        Assert.Contains("same provision", reasons, StringComparison.Ordinal);

        // The requester's view carries neither the finding nor the other member's reference, and the list is closed to it.
        var mine = await (await ru.GetAsync($"/api/notices/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("PRECEDENT", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(refused, mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ru.GetAsync($"/api/compliance/precedents/{id}")).StatusCode);
    }

    [Fact]
    public async Task UnrelatedRequest_GetsNoPrecedentFinding_AndDoesNotListTheRefusal()
    {
        var (_, refused) = await RefusedAsync("ncb.tr" + Demo, Body("DEMIRTAN", "Oguz", "1969-09-09", "TR", "Tax evasion through shell companies", "VUK md. 359", TimberFacts));
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Body("LEMAIRE", "Paul", "1990-01-01", "FR", "Murder (meurtre)", "Code pénal art. 221-1",
            "On 14 February 2025 in Marseille the person shot a rival dealer outside a bar in the third arrondissement and fled to Spain."));

        var seen = await (await reviewer.GetAsync($"/api/notices/{id}")).Json();
        Assert.DoesNotContain(Findings(seen), f => f.GetProperty("ruleId").GetString() == "PRECEDENT-REFUSED");
        var list = await (await reviewer.GetAsync($"/api/compliance/precedents/{id}")).Json();
        Assert.DoesNotContain(list.GetProperty("precedents").EnumerateArray(), p => p.GetProperty("reference").GetString() == refused);
    }

    [Fact]
    public async Task ChargeClasses_InTheResponse_AndDemoPrecedentsFromThePublicRecordAreNear()
    {
        using var ru = await app.As("ncb.ru" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(ru, Body("OSIPOV", "Gleb", "1997-05-05", "RU", "Дезертирство", "УК РФ ст. 338",
            "The person, a contract soldier, left his unit in September 2022 after mobilisation was announced and crossed into a neighbouring country."));

        var seen = await (await ru.GetAsync($"/api/notices/{id}")).Json();
        var cls = Assert.Single(seen.GetProperty("offenceClasses").EnumerateArray());
        Assert.Equal("0809", cls.GetProperty("division").GetString());
        Assert.Equal("08", cls.GetProperty("section").GetString());

        // The demo seed (migrated table on either provider) holds a refusal for desertion under the same provision.
        var list = await (await reviewer.GetAsync($"/api/compliance/precedents/{id}")).Json();
        var seeded = list.GetProperty("precedents").EnumerateArray().First(p => p.GetProperty("reference").GetString() == "PUB-2019-RU-DESERTER");
        Assert.False(string.IsNullOrEmpty(seeded.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task CommissionDecision_BecomesAPrecedent_NamedForALaterRequestAboutThePerson()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var notice = await Requests.CreateAsync(fr, Requests.RedNotice("PRECEDO", submit: true));
        var reference = (await Requests.ReviewAsync(reviewer, notice)).GetProperty("reference").GetString()!;
        var (number, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("PRECEDO"));
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice })).StatusCode);
        var consultation = (await (await fr.GetAsync("/api/consultations")).Json()).EnumerateArray().Single(c => c.GetProperty("requestNumber").GetString() == number);
        Assert.Equal(HttpStatusCode.NoContent, (await fr.PostAsJsonAsync($"/api/consultations/{consultation.GetProperty("id")}/answer", new { allowDisclosure = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision",
            new { outcome = "NotCompliant", reasons = "The facts describe a commercial dispute, not a serious ordinary-law crime." })).StatusCode);

        // The publication and the Commission's decision are both kept, in order.
        var kept = await app.WithDb(db => db.Set<PrecedentRecord>().Where(p => p.NoticeId == notice).Select(p => new { p.Outcome, p.DecidedBy }).ToListAsync());
        Assert.Contains(kept, k => k.Outcome == PrecedentOutcome.Published && k.DecidedBy == "Secretariat");
        Assert.Contains(kept, k => k.Outcome == PrecedentOutcome.CommissionNotCompliant && k.DecidedBy == "Commission");

        // The member asks again about the same person: the reviewer is told of the Commission's decision.
        var again = await Requests.CreateAsync(fr, Requests.RedNotice("PRECEDO", submit: true));
        var finding = Assert.Single(Findings(await (await reviewer.GetAsync($"/api/notices/{again}")).Json()), f => f.GetProperty("ruleId").GetString() == "PRECEDENT-REFUSED");
        Assert.Contains(reference, finding.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
        Assert.Contains("CommissionNotCompliant", finding.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
    }
}

public sealed class SqlitePrecedentsTests(SqliteFixture app) : PrecedentsTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresPrecedentsTests(PostgresFixture app) : PrecedentsTests(app), IClassFixture<PostgresFixture>;
