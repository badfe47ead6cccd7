using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FairNotice.Web.Tests.Features.Compliance;

/// <summary>
/// The refugee safeguard end to end (the issue: "Protected status never reaches the requester"): registry findings
/// reach only the Secretariat; the requester's answer is the same as for anyone; the rule links every spelling screening
/// links; pre-checks are budgeted and flagged; publishing a protected person needs two reviewers.
/// </summary>
public abstract class RefugeeSafeguardTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";
    private const string Born = "1984-07-02";
    private static readonly ConcurrentDictionary<AppFixture, Lazy<Task>> Registered = new();
    private static int cases;

    // Each test files its own case (facts and warrant), so that a request is never a duplicate of one another test of
    // the shared fixture filed (DUPLICATE-REQUEST links the member's requests by warrant, or by date of birth and facts).
    // Every sentence dates its acts (RPD Art. 83(2)(b)(i)): facts without a year get a DATA-FACTS-TIME note, which would tell
    // the protected person's request from the control's by their facts, not by the protection.
    private static readonly string[] Facts =
    [
        "Between January 2019 and March 2021 in Moscow the person ran a fake investment scheme and took RUB 400 million from 310 savers.",
        "From May 2018 to April 2020 in Kazan the person sold forged bank guarantees to 42 building firms, which paid RUB 250 million for them.",
        "In 2019 and 2020 the accused collected deposits for 95 flats that were never built in Samara, keeping RUB 310 million of buyers' money.",
        "Over 2018-2020 he invoiced a regional hospital for 1,200 ventilator parts never delivered, causing a loss of RUB 180 million.",
        "In 2020 he lured 520 pensioners with promised 30% monthly returns on a crypto platform in Tula and withdrew RUB 220 million before it closed.",
        "In 2019, as director of a leasing company, he pledged the same 64 trucks to three banks and obtained loans of RUB 350 million in Perm.",
        "In 2018 and 2019, using 18 shell companies, he claimed VAT refunds on fictitious grain exports from Rostov and received RUB 270 million from the treasury.",
        "In 2020 he posed as a notary in Voronezh, forged 37 property deeds and resold the flats of their owners for RUB 160 million.",
        "In 2019 and 2020, through a phone centre in Omsk staffed by 25 callers he persuaded 700 people to pay fees for loans that never existed, RUB 140 million.",
        "In 2021 he sold 2,300 counterfeit medical insurance policies to migrant workers in Yekaterinburg, collecting RUB 120 million in premiums.",
    ];

    private readonly int _case = Interlocked.Increment(ref cases);

    // The registry's spelling, recorded by the granting member (GB) for a person who fears persecution by RU.
    private Task RegisterAsync() => Registered.GetOrAdd(app, a => new Lazy<Task>(async () =>
    {
        using var gb = await a.As("supervisor.gb" + Demo);
        var r = await gb.PostAsJsonAsync("/api/protected-persons", new
        {
            kind = "Refugee", confirmed = true, fearedPersecutionBy = new[] { "RU" },
            person = new { name = new { familyName = "PETROV", forenames = "Ilya Sergeyevich" }, sex = "M", dateOfBirth = Born, nationalities = new[] { "RU" } },
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
    })).Value;

    private Dictionary<string, object?> Body(string family, string forenames, string dob = Born, bool submit = true, string[]? addressees = null)
    {
        // The control person (ZVEREV) is another case altogether: its own warrant, passport and facts, so that it is not a
        // duplicate of the protected person's request filed just before (DUPLICATE-REQUEST would send it to review).
        var control = family == "ZVEREV";
        // Two of the sentences, a different pair for every body the class files (at most half their word pairs shared).
        var k = (2 * _case) + (control ? 1 : 0);
        var (i, j) = (k % Facts.Length, ((k / Facts.Length) + (k % Facts.Length) + 1) % Facts.Length);
        var body = new Dictionary<string, object?>
        {
            ["colour"] = "Red",
            ["person"] = new
            {
                name = new { familyName = family, forenames },
                sex = "M",
                dateOfBirth = dob,
                nationalities = new[] { "RU" },
                identityDocuments = new[] { new { type = "Passport", number = control ? "75 7654321" : "75 1234567", issuingCountry = "RU" } },
            },
            ["case"] = new
            {
                summaryOfFacts = Facts[i] + " " + Facts[j],
                offenceDate = "2019-01 to 2021-03",
                offencePlace = "Moscow",
                wantedFor = "Prosecution",
                charges = new[] { new { description = "Large-scale fraud", law = "Criminal Code art. 159(4)", maximumPenaltyMonths = 120 } },
                warrant = new { kind = "ArrestWarrant", issuingAuthority = "Tverskoy District Court of Moscow", issuedOn = "2021-06-02", reference = $"3/{k}-2021" },
            },
            ["submit"] = submit,
        };
        if (addressees is not null)
        {
            body["addressees"] = addressees;
        }

        return body;
    }

    private static async Task<string> Text(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return text;
    }

    private static async Task<(string Text, JsonElement Json)> Read(HttpResponseMessage r)
    {
        var text = await Text(r);
        return (text, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void RevealsNothing(string seenByRequester)
    {
        foreach (var secret in new[] { "ART2-REFUGEE", "CCF-PROTECTIVE", "PRECHECK-", "Sergeyevich", "refugee", "asylum", "\"restricted\":true", "Propose" })
        {
            Assert.DoesNotContain(secret, seenByRequester, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string[] Rules(JsonElement assessment) =>
        [.. assessment.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];

    // What the requester is told of a request, without what differs between any two requests (ids, names, times).
    private static string RequesterView(JsonElement notice) => JsonSerializer.Serialize(new
    {
        status = notice.GetProperty("status").GetString(),
        reviewStatus = notice.GetProperty("reviewStatus").GetString(),
        held = notice.GetProperty("held").GetBoolean(),
        assessment = notice.GetProperty("assessment").GetRawText(),
        actions = notice.GetProperty("availableActions").GetRawText(),
        history = notice.GetProperty("history").EnumerateArray().Select(h => $"{h.GetProperty("action")} {h.GetProperty("to")} {h.GetProperty("reason")}").ToList(),
    });

    [Fact]
    public async Task Assess_PersonProtectedAgainstTheRequester_AnswersTheRequesterExactlyAsForAnyone()
    {
        await RegisterAsync();
        using var ru = await app.As("ncb.ru" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);

        // The issue's leak: the requester was told ART2-REFUGEE, against whom, and the registry's full name.
        var aboutProtected = await Text(await ru.PostAsJsonAsync("/api/compliance/assess", Body("PETROV", "Ilya", submit: false)));
        var aboutAnyone = await Text(await ru.PostAsJsonAsync("/api/compliance/assess", Body("ZVEREV", "Arkady", submit: false)));
        RevealsNothing(aboutProtected);
        Assert.Equal(aboutAnyone, aboutProtected);

        var full = await Read(await reviewer.PostAsJsonAsync("/api/compliance/assess?requester=RU", Body("PETROV", "Ilya", submit: false)));
        Assert.Contains("ART2-REFUGEE", full.Text, StringComparison.Ordinal);
        Assert.Contains("PETROV Ilya Sergeyevich", full.Text, StringComparison.Ordinal);
        Assert.Equal("Refuse", full.Json.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task CreateSubmitGetList_PersonProtectedAgainstTheRequester_RequesterSeesWhatItSeesForAnyone()
    {
        await RegisterAsync();
        using var ru = await app.As("ncb.ru" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);

        var created = await Read(await ru.PostAsJsonAsync("/api/notices", Body("PETROV", "Ilya")));
        RevealsNothing(created.Text);
        var control = await Read(await ru.PostAsJsonAsync("/api/notices", Body("ZVEREV", "Arkady")));
        Assert.Equal(RequesterView(control.Json), RequesterView(created.Json));

        var id = created.Json.GetProperty("id").GetGuid();
        var controlId = control.Json.GetProperty("id").GetGuid();
        var got = await Read(await ru.GetAsync($"/api/notices/{id}"));
        RevealsNothing(got.Text);
        Assert.Equal(RequesterView((await Read(await ru.GetAsync($"/api/notices/{controlId}"))).Json), RequesterView(got.Json));

        // The list says the same of both, and is not ordered by a risk the requester cannot see.
        var list = await Read(await ru.GetAsync("/api/notices?scope=mine&status=UnderReview&pageSize=200"));
        RevealsNothing(list.Text);
        var items = list.Json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Single(i => i.GetProperty("id").GetGuid() == controlId).GetProperty("recommendation").GetString(),
            items.Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("recommendation").GetString());

        // Reviewers see the full assessment.
        var seenByReviewer = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment");
        Assert.Contains("ART2-REFUGEE", Rules(seenByReviewer));
        Assert.Equal("Refuse", seenByReviewer.GetProperty("recommendation").GetString());
    }

    [Fact]
    public async Task SubmitDiffusion_PersonProtectedAgainstTheRequester_HeldFromAddresseesWithoutTellingTheRequester()
    {
        await RegisterAsync();
        using var ru = await app.As("ncb.ru" + Demo);
        using var fr = await app.As("ncb.fr" + Demo);
        var held = await Read(await ru.PostAsJsonAsync("/api/diffusions", Body("PETROV", "Ilya", addressees: ["FR"])));
        var control = await Read(await ru.PostAsJsonAsync("/api/diffusions", Body("ZVEREV", "Arkady", addressees: ["FR"])));
        RevealsNothing(held.Text);
        Assert.Equal(RequesterView(control.Json), RequesterView(held.Json));
        Assert.False(held.Json.GetProperty("held").GetBoolean());

        // The addressee does not receive the protected person's diffusion; it does receive the other.
        var heldId = held.Json.GetProperty("id").GetGuid();
        var controlId = control.Json.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await fr.GetAsync($"/api/diffusions/{heldId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fr.GetAsync($"/api/diffusions/{controlId}")).StatusCode);

        // Screening is no oracle either: the source finds its own diffusion about either person; the addressee only the other.
        async Task<List<Guid>> Screen(HttpClient who, string name) =>
            [.. (await (await who.PostAsJsonAsync("/api/screening", new { name, dateOfBirth = Born, purpose = "border check" })).Json())
                .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("noticeId").GetGuid())];
        Assert.Contains(heldId, await Screen(ru, "Ilya PETROV"));
        Assert.Contains(controlId, await Screen(ru, "Arkady ZVEREV"));
        Assert.DoesNotContain(heldId, await Screen(fr, "Ilya PETROV"));
        Assert.Contains(controlId, await Screen(fr, "Arkady ZVEREV"));
    }

    [Fact]
    public async Task Submit_RespeltPetrowIlja_ReviewerSeesTheRefugeeFindingAndOneReviewerCannotPublish()
    {
        await RegisterAsync();
        using var ru = await app.As("ncb.ru" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);

        // The issue's respelling: same date of birth and nationality, which screening links at 0.90 or more.
        var id = await Requests.CreateAsync(ru, Body("PETROW", "Ilja"));
        var a = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment");
        var finding = a.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "ART2-REFUGEE");
        Assert.Contains("PETROV Ilya Sergeyevich", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.True(finding.GetProperty("restricted").GetBoolean());
        RevealsNothing(await Text(await ru.GetAsync($"/api/notices/{id}")));

        var first = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Publish", ground = "Article2", reason = "Status reviewed." });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("UnderReview", (await first.Json()).GetProperty("status").GetString());
        RevealsNothing(await Text(await ru.GetAsync($"/api/notices/{id}")));
        var second = await Requests.ReviewAsync(reviewer2, id, "Publish", reason: "Agreed.");
        Assert.Equal("Published", second.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Publish_PersonWithRefugeeStatusTowardsAnotherCountry_NeedsTwoReviewersAndTheRequesterSeesNoProposal()
    {
        await RegisterAsync();
        using var cn = await app.As("ncb.cn" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);

        // From CN, not the country of feared persecution: a concern (ART2-REFUGEE-CHECK), no blocking finding.
        var id = await Requests.CreateAsync(cn, Body("PETROV", "Ilya"));
        var a = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment");
        Assert.Contains("ART2-REFUGEE-CHECK", Rules(a));
        Assert.DoesNotContain(a.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "Blocking");

        async Task<string> ListedAsChanged() => (await (await cn.GetAsync("/api/notices?scope=mine&pageSize=200")).Json()).GetProperty("items")
            .EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id).GetProperty("updatedAt").GetString()!;
        var before = await ListedAsChanged();
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var first = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Publish", reason = "Grounds checked." });
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        RevealsNothing(await Text(await cn.GetAsync($"/api/notices/{id}")));
        Assert.Equal(before, await ListedAsChanged());
        var same = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Publish", reason = "Again." });
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Equal("Published", (await Requests.ReviewAsync(reviewer2, id, "Publish", reason: "Agreed.")).GetProperty("status").GetString());

        // Anyone else: one reviewer publishes.
        var control = await Requests.CreateAsync(cn, Body("ZVEREV", "Arkady"));
        Assert.Equal("Published", (await Requests.ReviewAsync(reviewer, control, "Publish")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task PreCheck_SixthAboutOnePersonInADayWhateverTheSpelling_Is429AndReviewersSeeThePattern()
    {
        using var ru = await app.As("ncb.ru" + Demo);
        using var ruSupervisor = await app.As("supervisor.ru" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        const string born = "1979-11-20";
        foreach (var (family, forenames) in new[] { ("SOKOLOV", "Maxim"), ("SOKOLOW", "Maksim"), ("Sokolov", "Maksim"), ("SOKOLOFF", "Maxim"), ("Соколов", "Максим") })
        {
            Assert.Equal(HttpStatusCode.OK, (await ru.PostAsJsonAsync("/api/compliance/assess", Body(family, forenames, born, submit: false))).StatusCode);
        }

        var refused = await ru.PostAsJsonAsync("/api/compliance/assess", Body("SOKOLOV", "Maxim", born, submit: false));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromDays(1));
        var said = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain("sokol", said, StringComparison.OrdinalIgnoreCase);
        RevealsNothing(said);

        // The budget is the member's, not the account's; another person, and the Secretariat, are not held back.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ruSupervisor.PostAsJsonAsync("/api/compliance/assess", Body("Sokolov", "Maxim", born, submit: false))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ru.PostAsJsonAsync("/api/compliance/assess", Body("LEBEDEV", "Pavel", "1990-05-05", submit: false))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync("/api/compliance/assess?requester=RU", Body("SOKOLOV", "Maxim", born, submit: false))).StatusCode);

        // A later request about the person carries the pattern for reviewers, and only for them.
        var id = await Requests.CreateAsync(ru, Body("SOKOLOV", "Maxim", born));
        var flag = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment").GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("ruleId").GetString() == "PRECHECK-REPEATED");
        var explanation = flag.GetProperty("explanation").GetString()!;
        Assert.StartsWith("5 pre-checks about this person by this member in the last 30 days", explanation, StringComparison.Ordinal);
        Assert.Contains("'SOKOLOW Maksim'", explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("LEBEDEV", explanation, StringComparison.Ordinal);
        RevealsNothing(await Text(await ru.GetAsync($"/api/notices/{id}")));
    }
}

public sealed class SqliteRefugeeSafeguardTests(SqliteFixture app) : RefugeeSafeguardTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresRefugeeSafeguardTests(PostgresFixture app) : RefugeeSafeguardTests(app), IClassFixture<PostgresFixture>;
