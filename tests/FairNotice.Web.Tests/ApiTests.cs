using System.Net;
using System.Net.Http.Json;
using System.Text;
using FairNotice.Web.Features.Notices;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Tests;

/// <summary>The API end to end, run once on SQLite and once on PostgreSQL.</summary>
public abstract class ApiTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task HealthReady_DatabaseReachable_Returns200Anonymously()
    {
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Login_RightPassword_ReturnsBearerToken()
    {
        using var client = app.Anonymous();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "ncb.fr" + Demo, password = AppFixture.Password, twoFactorCode = app.Authenticator.NextCode("ncb.fr" + Demo) });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.Json();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        using var client = app.Anonymous();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "ncb.de" + Demo, password = "wrong-password-123" });
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400NamingThem()
    {
        using var client = app.Anonymous();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Me_WithToken_DescribesTheAccount()
    {
        using var client = await app.As("supervisor.br" + Demo);
        var me = await (await client.GetAsync("/api/me")).Json();
        Assert.Equal("Ncb", me.GetProperty("affiliation").GetString());
        Assert.Equal("BR", me.GetProperty("country").GetString());
        Assert.Equal("NcbSupervisor", me.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task Members_Anonymous_Lists196WithRegions()
    {
        using var client = app.Anonymous();
        var members = await (await client.GetAsync("/api/members")).Json();
        Assert.Equal(196, members.GetArrayLength());
        var fr = await (await client.GetAsync("/api/members/fr")).Json();
        Assert.Equal("Europe", fr.GetProperty("region").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/members/KP")).StatusCode);
    }

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
    public async Task Lifecycle_SubmitPublish_VisibleToOthersExceptExcluded()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("LIFECYCLE", submit: true, restricted: ["US"]));

        var submitted = await (await fr.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal("UnderReview", submitted.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}")).StatusCode);

        var published = await Requests.ReviewAsync(reviewer, id);
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal(app.Clock.Now.AddYears(5), published.GetProperty("expiresAt").GetDateTimeOffset());

        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/notices/{id}");
        read.Headers.Add("X-Purpose", "border check");
        var seenByDe = await (await de.SendAsync(read)).Json();
        Assert.Equal("Published", seenByDe.GetProperty("status").GetString());
        Assert.Equal(0, seenByDe.GetProperty("restrictedCountries").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByDe.GetProperty("history").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await us.GetAsync($"/api/notices/{id}")).StatusCode);

        var history = (await (await fr.GetAsync($"/api/notices/{id}")).Json()).GetProperty("history");
        Assert.Equal(["Create", "Submit", "StartReview", "Publish"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        Assert.Contains("automated check: clear", history[2].GetProperty("reason").GetString(), StringComparison.Ordinal);

        var purposes = await app.WithDb(db => db.AuditEntries.Where(a => a.ObjectId == id.ToString() && a.Action == "notice.read").Select(a => a.Purpose).ToListAsync());
        Assert.Contains("border check", purposes);
        var denied = await app.WithDb(db => db.AuditEntries.CountAsync(a => a.ObjectId == id.ToString() && a.Outcome == "not-found-or-denied"));
        Assert.True(denied >= 2);
    }

    [Fact]
    public async Task Review_RefusalNeedsGroundReasonAndASecondReviewer()
    {
        using var cn = await app.As("ncb.cn" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var body = Requests.RedNotice("SUBVERSIVE", submit: true);
        var id = await Requests.CreateAsync(cn, body);
        var submitted = await (await cn.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal("UnderReview", submitted.GetProperty("status").GetString());

        var noReason = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var errors = (await noReason.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("reason", out _));
        Assert.True(errors.TryGetProperty("ground", out _));

        var bypass = await reviewer.PostAsJsonAsync($"/api/notices/{id}/actions", new { action = "Refuse", reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, bypass.StatusCode);

        var proposed = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", ground = "Article3", reason = "The facts describe expression only." });
        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        Assert.Equal("UnderReview", (await proposed.Json()).GetProperty("status").GetString());
        var sameReviewer = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Refuse", reason = "again" });
        Assert.Equal(HttpStatusCode.Conflict, sameReviewer.StatusCode);

        var refused = await Requests.ReviewAsync(reviewer2, id, "Refuse", reason: "Agreed: Art. 3.");
        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        var history = (await (await cn.GetAsync($"/api/notices/{id}")).Json()).GetProperty("history");
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal("Refuse", last.GetProperty("action").GetString());
        Assert.Contains("[Article3]", last.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Agreed", last.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "Publish", reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task Lifecycle_UnknownAction_Returns400NamingAction()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice());
        var r = await fr.PostAsync($"/api/notices/{id}/actions", new StringContent("""{"action":"Explode"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("action", out _));
    }

    [Fact]
    public async Task Lifecycle_ExpiryAndRenewal_FollowTheClock()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var sup = await app.As("supervisor.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("RENEWAL", submit: true));
        var published = await Requests.ReviewAsync(reviewer, id);
        var expires = published.GetProperty("expiresAt").GetDateTimeOffset();

        var early = await sup.PostAsJsonAsync($"/api/notices/{id}/actions", new { action = "Renew", reason = "still wanted" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var saved = app.Clock.Now;
        try
        {
            app.Clock.Now = expires.AddMonths(-3);
            // Tokens expire by the same clock: sign in again at the new time.
            using var later = await app.As("supervisor.fr@demo.fairnotice", fresh: true);
            var renewed = await Requests.ActAsync(later, id, "Renew", "Extradition request pending; still wanted.");
            Assert.Equal(expires.AddYears(5), renewed.GetProperty("expiresAt").GetDateTimeOffset());
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }

    [Fact]
    public async Task Expiry_PastValidity_ExpiresAndLeavesOtherMembersView()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("EXPIRING", submit: true));
        var expires = (await Requests.ReviewAsync(reviewer, id)).GetProperty("expiresAt").GetDateTimeOffset();

        await app.WithDb(db => ExpireNotices.RunAsync(db, expires.AddSeconds(-1), CancellationToken.None));
        Assert.Equal(Domain.Notices.NoticeStatus.Published, await app.WithDb(db => db.Notices.Where(n => n.Id == id).Select(n => n.Status).FirstAsync()));
        var expired = await app.WithDb(db => ExpireNotices.RunAsync(db, expires, CancellationToken.None));
        Assert.True(expired >= 1);

        var status = await app.WithDb(db => db.Notices.Where(n => n.Id == id).Select(n => n.Status).FirstAsync());
        Assert.Equal(Domain.Notices.NoticeStatus.Expired, status);
        using var de = await app.As("ncb.de" + Demo);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}")).StatusCode);
        var history = (await (await fr.GetAsync($"/api/notices/{id}")).Json()).GetProperty("history");
        Assert.Equal("Expire", history[history.GetArrayLength() - 1].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Photos_AddedToDraft_SeenWithTheNoticeAndCheckedByContent()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("PHOTOGRAPHED"));

        var notImage = new ByteArrayContent("%PDF-1.7"u8.ToArray());
        notImage.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        var rejected = await fr.PostAsync($"/api/notices/{id}/photos", notImage);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.True((await rejected.Json()).GetProperty("errors").TryGetProperty("photo", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await de.PostAsync($"/api/notices/{id}/photos", Requests.PngContent())).StatusCode);

        var added = await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var photoId = (await added.Json()).GetProperty("id").GetGuid();

        await Requests.ActAsync(fr, id, "Submit");
        Assert.Equal(HttpStatusCode.Conflict, (await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}/photos/{photoId}")).StatusCode);
        await Requests.ReviewAsync(reviewer, id);

        var seen = await (await de.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal(photoId, seen.GetProperty("photos")[0].GetGuid());
        var image = await de.GetAsync($"/api/notices/{id}/photos/{photoId}");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        // Stored re-encoded (issue #12): the same picture, not the same bytes.
        using var decoded = SkiaSharp.SKBitmap.Decode(await image.Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (decoded.Width, decoded.Height));
    }

    private static System.Text.Json.Nodes.JsonNode Political(string family, bool diffusion = false)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(diffusion ? Requests.Diffusion(["DE"]) : Requests.RedNotice(family, submit: true))!;
        json["person"]!["name"]!["familyName"] = family;
        json["case"]!["summaryOfFacts"] = "In 2023 the person published articles abroad criticising state policy and organised online gatherings.";
        json["case"]!["charges"]![0]!["description"] = "Inciting subversion of state power";
        return json;
    }

    [Fact]
    public async Task Diffusion_WithBlockingFindings_IsHeldUntilTwoReviewersOverride()
    {
        using var ru = await app.As("ncb.ru" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var id = await Requests.CreateAsync(ru, Political("HELDBACK", diffusion: true), "/api/diffusions");
        var atSource = await (await ru.GetAsync($"/api/diffusions/{id}")).Json();
        Assert.True(atSource.GetProperty("held").GetBoolean());
        Assert.Equal("Refuse", atSource.GetProperty("assessment").GetProperty("recommendation").GetString());
        Assert.Contains(atSource.GetProperty("assessment").GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "ART3-POLITICAL"
            && f.GetProperty("citation").GetString()!.Contains("Art. 3", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/diffusions/{id}")).StatusCode);

        var noGround = await reviewer.PostAsJsonAsync($"/api/diffusions/{id}/review", new { decision = "Publish", reason = "I disagree with the engine" });
        Assert.Equal(HttpStatusCode.BadRequest, noGround.StatusCode);
        var proposal = await reviewer.PostAsJsonAsync($"/api/diffusions/{id}/review", new { decision = "Publish", ground = "Article3", reason = "Ordinary-law element predominates." });
        Assert.Equal(HttpStatusCode.Accepted, proposal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/diffusions/{id}")).StatusCode);
        var confirmed = await Requests.ReviewAsync(reviewer2, id, "Publish", reason: "Confirmed.", path: "/api/diffusions");
        Assert.Equal("Published", confirmed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await de.GetAsync($"/api/diffusions/{id}")).StatusCode);
    }

    [Fact]
    public async Task Review_RequestInformation_SourceEditsAndResubmits()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("ASKED", submit: true));
        var asked = await Requests.ReviewAsync(reviewer, id, "RequestInformation", reason: "Give the role of the person in the scheme.");
        Assert.Equal("InformationRequested", asked.GetProperty("status").GetString());
        var resubmitted = await fr.PutAsJsonAsync($"/api/notices/{id}", Requests.RedNotice("ASKED", submit: true));
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        Assert.Equal("UnderReview", (await resubmitted.Json()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_PublishWithRestrictions_HidesItFromThoseMembers()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var br = await app.As("ncb.br" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("RESTRICTED", submit: true));
        var r = await reviewer.PostAsJsonAsync($"/api/notices/{id}/review", new { decision = "PublishWithRestrictions", reason = "Risk of misuse by one member.", restrictions = new[] { "BR" } });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await de.GetAsync($"/api/notices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await br.GetAsync($"/api/notices/{id}")).StatusCode);
    }

    [Fact]
    public async Task PreCheck_PoliticalRequest_IsAssessedAndNothingIsStored()
    {
        using var cn = await app.As("ncb.cn" + Demo);
        var before = await app.WithDb(db => db.Notices.CountAsync());
        var r = await cn.PostAsJsonAsync("/api/compliance/assess", Political("PRECHECK"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var a = await r.Json();
        Assert.Equal("Refuse", a.GetProperty("recommendation").GetString());
        Assert.False(string.IsNullOrEmpty(a.GetProperty("ruleSetVersion").GetString()));
        Assert.Equal(before, await app.WithDb(db => db.Notices.CountAsync()));
        using var reviewer = await app.As("reviewer" + Demo);
        var missing = await reviewer.PostAsJsonAsync("/api/compliance/assess", Political("PRECHECK"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Json()).GetProperty("errors").TryGetProperty("requester", out _));
    }

    [Fact]
    public async Task Registry_RefugeeRecordedByGrantingCountry_BlocksTheCountryOfPersecution()
    {
        using var gbSupervisor = await app.As("supervisor.gb" + Demo);
        using var gbOfficer = await app.As("ncb.gb" + Demo);
        using var cnSupervisor = await app.As("supervisor.cn" + Demo);
        using var cn = await app.As("ncb.cn" + Demo);
        var forbidden = await gbOfficer.PostAsJsonAsync("/api/protected-persons", new { kind = "Refugee", person = new { name = new { familyName = "X" } }, fearedPersecutionBy = new[] { "CN" } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var invalid = await gbSupervisor.PostAsJsonAsync("/api/protected-persons", new { kind = "Refugee", person = new { name = new { familyName = "X" } } });
        Assert.True((await invalid.Json()).GetProperty("errors").TryGetProperty("fearedPersecutionBy", out _));
        var recorded = await gbSupervisor.PostAsJsonAsync("/api/protected-persons", new
        {
            kind = "Refugee", confirmed = true, fearedPersecutionBy = new[] { "CN" },
            person = new { name = new { familyName = "ZHOU", forenames = "Ming" }, originalScriptName = new { familyName = "周", forenames = "明" }, sex = "M", dateOfBirth = "1975-03-14" },
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Empty((await (await cnSupervisor.GetAsync("/api/protected-persons")).Json()).EnumerateArray());
        Assert.Single((await (await gbSupervisor.GetAsync("/api/protected-persons")).Json()).EnumerateArray(), p => p.GetProperty("person").GetProperty("name").GetProperty("familyName").GetString() == "ZHOU");

        var id = await Requests.CreateAsync(cn, Requests.RedNotice("MING ZHOU", submit: true));
        // Only the Secretariat sees registry findings (RefugeeSafeguardTests covers what the requester sees).
        using var reviewer = await app.As("reviewer" + Demo);
        var assessment = (await (await reviewer.GetAsync($"/api/notices/{id}")).Json()).GetProperty("assessment");
        Assert.Equal("Refuse", assessment.GetProperty("recommendation").GetString());
        var finding = assessment.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "ART2-REFUGEE");
        Assert.DoesNotContain("GB", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("United Kingdom", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedAttempt_AfterARefusal_IsEscalatedWithTheHistory()
    {
        using var tr = await app.As("ncb.tr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var reviewer2 = await app.As("reviewer2" + Demo);
        var first = await Requests.CreateAsync(tr, Requests.RedNotice("YILDIRIM", submit: true));
        await reviewer.PostAsJsonAsync($"/api/notices/{first}/review", new { decision = "Refuse", ground = "Article3", reason = "Political context." });
        await Requests.ReviewAsync(reviewer2, first, "Refuse", reason: "Agreed.");
        var second = await Requests.CreateAsync(tr, Requests.RedNotice("YILDIRIMM", submit: true));
        var a = (await (await reviewer.GetAsync($"/api/notices/{second}")).Json()).GetProperty("assessment");
        var finding = a.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "REPEAT-ATTEMPT");
        Assert.Contains("refused", finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        var queue = await (await reviewer.GetAsync("/api/notices?status=UnderReview&pageSize=200")).Json();
        var risks = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("recommendation").GetString() switch { "Refuse" => 2, "Review" => 1, _ => 0 }).ToList();
        Assert.Equal(risks.OrderByDescending(r => r), risks);
    }

    private static System.Text.Json.Nodes.JsonNode Wanted(string family, string forenames, string original, string[]? restricted = null)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice(family, submit: true, restricted: restricted))!;
        json["person"]!["name"]!["forenames"] = forenames;
        json["person"]!["originalScriptName"] = new System.Text.Json.Nodes.JsonObject { ["familyName"] = original };
        json["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        json["person"]!["dateOfBirth"] = "1965-03-14";
        return json;
    }

    [Fact]
    public async Task Screening_FindsAcrossScriptsAndOrder_OnlyWhatTheScreenerMaySee_AndForgetsCancelled()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Wanted("QIAN", "Weidong", "钱卫东", restricted: ["US"]));
        var unpublished = await (await de.PostAsJsonAsync("/api/screening", new { name = "钱卫东", purpose = "border check" })).Json();
        Assert.Empty(unpublished.GetProperty("hits").EnumerateArray());
        await Requests.ReviewAsync(reviewer, id);

        var byScript = await (await de.PostAsJsonAsync("/api/screening", new { name = "钱卫东", purpose = "border check" })).Json();
        var hit = byScript.GetProperty("hits")[0];
        Assert.Equal(id, hit.GetProperty("noticeId").GetGuid());
        Assert.Equal("original-script", hit.GetProperty("explanation").GetProperty("nameKind").GetString());
        Assert.Contains(hit.GetProperty("caveats").EnumerateArray(), c => c.GetString()!.Contains("not an arrest warrant", StringComparison.Ordinal));
        var swapped = await (await de.PostAsJsonAsync("/api/screening", new { name = "WEIDONG QIAN", dateOfBirth = "1965-14-03".Replace("14-03", "03-14", StringComparison.Ordinal), purpose = "border check" })).Json();
        Assert.Equal(id, swapped.GetProperty("hits")[0].GetProperty("noticeId").GetGuid());
        var excluded = await (await us.PostAsJsonAsync("/api/screening", new { name = "Qian Weidong", purpose = "border check" })).Json();
        Assert.Empty(excluded.GetProperty("hits").EnumerateArray());

        using var sup = await app.As("supervisor.fr" + Demo);
        await Requests.ActAsync(sup, id, "Withdraw", "Person arrested in Spain.");
        var after = await (await de.PostAsJsonAsync("/api/screening", new { name = "Qian Weidong", purpose = "border check" })).Json();
        Assert.Empty(after.GetProperty("hits").EnumerateArray());

        var audit = await app.WithDb(db => db.AuditEntries.Where(a => a.Action == "screening.search").Select(a => a.Purpose + "|" + a.ObjectId + "|" + a.Outcome).ToListAsync());
        Assert.Contains(audit, a => a.StartsWith("border check", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, a => a.Contains("Qian", StringComparison.OrdinalIgnoreCase) || a.Contains('钱', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Screening_InvalidInput_Returns400NamingFields()
    {
        using var de = await app.As("ncb.de" + Demo);
        var r = await de.PostAsJsonAsync("/api/screening", new { name = "", dateOfBirth = "14/03/1965", sex = "X", nationality = "DEU" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        foreach (var f in new[] { "name", "dateOfBirth", "sex", "nationality", "purpose" })
        {
            Assert.True(errors.TryGetProperty(f, out _), f);
        }
    }

    [Fact]
    public async Task ScreeningBatch_JsonAndCsv_ReportPerRow()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Wanted("BATCHELOR", "Zoran", "Бачелор"));
        await Requests.ReviewAsync(reviewer, id);

        var json = await de.PostAsJsonAsync("/api/screening/batch", new
        {
            purpose = "flight LH123 passenger list",
            persons = new object[] { new { name = "Anna Schmidt" }, new { name = "Zoran Batchelor", dateOfBirth = "1965" }, new { name = "Erik Lund" } },
        });
        var body = await json.Json();
        Assert.Equal(3, body.GetProperty("persons").GetInt32());
        Assert.Equal(1, body.GetProperty("personsWithHits").GetInt32());
        Assert.Equal(id, body.GetProperty("results")[1].GetProperty("hits")[0].GetProperty("noticeId").GetGuid());

        var csv = new StringContent("""
            name,dateOfBirth,sex,nationality
            "Batchelor, Zoran",1965-03-14,M,FR
            Jane Doe,,F,GB

            """, System.Text.Encoding.UTF8, "text/csv");
        var fromCsv = await (await de.PostAsync("/api/screening/batch", Requests.WithPurpose(csv, "ferry manifest"))).Json();
        Assert.Equal(2, fromCsv.GetProperty("persons").GetInt32());
        Assert.Equal(1, fromCsv.GetProperty("personsWithHits").GetInt32());

        var bad = new StringContent("name,dateOfBirth\nX,99/99\n", System.Text.Encoding.UTF8, "text/csv");
        var badRows = await de.PostAsync("/api/screening/batch", Requests.WithPurpose(bad, "test"));
        Assert.Equal(HttpStatusCode.BadRequest, badRows.StatusCode);
        Assert.True((await badRows.Json()).GetProperty("errors").TryGetProperty("persons[0].dateOfBirth", out _));

        var malformed = await de.PostAsync("/api/screening/batch", new StringContent("{\"persons\": 5}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.Json()).GetProperty("errors").TryGetProperty("persons", out _));

        var tooMany = Enumerable.Range(0, 10_001).Select(i => new { name = $"Person {i}" }).ToArray();
        var big = await de.PostAsJsonAsync("/api/screening/batch", new { purpose = "load", persons = tooMany });
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);
    }

    [Fact]
    public async Task PublicExtract_BehavesLikeTheInterpolWebService()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("PUBLICO"))!;
        body["publicExtract"] = true;
        var id = await Requests.CreateAsync(fr, body);
        await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent());
        await Requests.ActAsync(fr, id, "Submit");
        await Requests.ReviewAsync(reviewer, id);
        var hidden = await Requests.CreateAsync(fr, Requests.RedNotice("PUBLICO", submit: true));
        await Requests.ReviewAsync(reviewer, hidden);

        using var client = app.Anonymous();
        var list = await (await client.GetAsync("/notices/v1/red?name=publico&nationality=FR&sexId=M&arrestWarrantCountryId=FR&resultPerPage=20&page=1")).Json();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(20, list.GetProperty("query").GetProperty("resultPerPage").GetInt32());
        var item = list.GetProperty("_embedded").GetProperty("notices")[0];
        var entityId = item.GetProperty("entity_id").GetString()!;
        Assert.Matches(@"^\d{4}/\d{5}$", entityId);
        Assert.Equal("1975/03/14", item.GetProperty("date_of_birth").GetString());
        Assert.Equal("FR", item.GetProperty("nationalities")[0].GetString());
        Assert.True(list.GetProperty("_links").TryGetProperty("last", out _));

        // A client follows the HAL links exactly as it would on ws-public.interpol.int.
        var self = new Uri(item.GetProperty("_links").GetProperty("self").GetProperty("href").GetString()!);
        Assert.EndsWith(entityId.Replace('/', '-'), self.AbsolutePath, StringComparison.Ordinal);
        var detail = await (await client.GetAsync(self.PathAndQuery)).Json();
        Assert.Equal("FR", detail.GetProperty("arrest_warrants")[0].GetProperty("issuing_country_id").GetString());
        Assert.Equal("Organised fraud", detail.GetProperty("arrest_warrants")[0].GetProperty("charge").GetString());
        Assert.Equal("M", detail.GetProperty("sex_id").GetString());
        Assert.Equal(0, detail.GetProperty("_embedded").GetProperty("links").GetArrayLength());
        var images = await (await client.GetAsync(new Uri(detail.GetProperty("_links").GetProperty("images").GetProperty("href").GetString()!).PathAndQuery)).Json();
        var picture = new Uri(images.GetProperty("_embedded").GetProperty("images")[0].GetProperty("_links").GetProperty("self").GetProperty("href").GetString()!);
        using var served = SkiaSharp.SKBitmap.Decode(await (await client.GetAsync(picture.PathAndQuery)).Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (served.Width, served.Height));
        Assert.True(detail.GetProperty("_links").TryGetProperty("thumbnail", out _));

        var ages = await (await client.GetAsync("/notices/v1/red?name=publico&ageMin=50&ageMax=52")).Json();
        Assert.Equal(1, ages.GetProperty("total").GetInt32());
        var tooYoung = await (await client.GetAsync("/notices/v1/red?name=publico&ageMax=30")).Json();
        Assert.Equal(0, tooYoung.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/notices/v1/red?resultPerPage=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/notices/v1/red/1999-00001")).StatusCode);

        using var sup = await app.As("supervisor.fr" + Demo);
        await Requests.ActAsync(sup, id, "Withdraw", "Extradited.");
        Assert.Equal(0, (await (await client.GetAsync("/notices/v1/red?name=publico")).Json()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(self.PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Diffusion_AddressedToOneMember_OnlyItAndTheSourceSeeIt()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var gb = await app.As("ncb.gb" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.Diffusion(["DE"]), "/api/diffusions");
        var atDe = await (await de.GetAsync($"/api/diffusions/{id}")).Json();
        Assert.Equal("Circulating; automated check passed, Secretariat review pending", atDe.GetProperty("reviewStatus").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, atDe.GetProperty("assessment").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await gb.GetAsync($"/api/diffusions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}")).StatusCode);
        var received = await (await de.GetAsync("/api/diffusions?scope=received")).Json();
        Assert.Contains(received.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
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

    [Fact]
    public async Task List_InvalidParameters_Returns400NamingThem()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var r = await fr.GetAsync("/api/notices?status=Lost&scope=everything&pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("status", out _));
        Assert.True(errors.TryGetProperty("scope", out _));
        Assert.True(errors.TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task AuditTrail_ConcurrentWrites_KeepTheChainIntactAndReferencesUnique()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Requests.CreateAsync(i % 2 == 0 ? fr : de, Requests.RedNotice($"PARALLEL{i}"))));
        using var auditor = await app.As("auditor" + Demo);
        var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        var references = await app.WithDb(db => db.Notices.Select(n => n.Reference).ToListAsync());
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Fact]
    public async Task AuditTrail_TamperedEntry_IsNamedByVerify()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        await Requests.CreateAsync(fr, Requests.RedNotice("TAMPER"));
        using var auditor = await app.As("auditor" + Demo);
        var target = await app.WithDb(db => db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.Sequence).Skip(1).FirstAsync());
        var original = await app.WithDb(db => db.AuditEntries.Where(a => a.Sequence == target).Select(a => a.Purpose).FirstAsync());
        await app.WithDb(db => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Purpose" = 'nothing to see' WHERE "Sequence" = {target}"""));
        try
        {
            var verdict = await (await auditor.GetAsync("/api/audit/verify")).Json();
            Assert.False(verdict.GetProperty("intact").GetBoolean());
            Assert.Equal("Altered", verdict.GetProperty("break").GetString());
            Assert.Equal(target, verdict.GetProperty("sequence").GetInt64());
        }
        finally
        {
            await app.WithDb(db => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Purpose" = {original} WHERE "Sequence" = {target}"""));
        }

        Assert.True((await (await auditor.GetAsync("/api/audit/verify")).Json()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task AuditBrowse_InvalidTake_Returns400()
    {
        using var auditor = await app.As("auditor" + Demo);
        var r = await auditor.GetAsync("/api/audit?take=0");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("take", out _));
        var ok = await (await auditor.GetAsync("/api/audit?take=5&action=notice")).Json();
        Assert.InRange(ok.GetProperty("count").GetInt32(), 1, 5);
        var latest = await (await auditor.GetAsync("/api/audit?take=1&action=audit.")).Json();
        Assert.Equal("audit.browse", latest.GetProperty("items")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var client = app.Anonymous();
        var doc = await (await client.GetAsync("/openapi/v1.json")).Json();
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/notices", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/diffusions/{id}/actions", out _));
    }

    [Fact]
    public async Task Redress_FullLifecycle_BlockDecideDeleteAndPurge()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var us = await app.As("ncb.us" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("LIFECYCLO"))!;
        body["publicExtract"] = true;
        // Nobody else's alias or birth date: a deleted notice counts in later repeated-attempt checks.
        body["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        body["person"]!["dateOfBirth"] = "1969-08-01";
        var notice = await Requests.CreateAsync(fr, body);
        await Requests.ActAsync(fr, notice, "Submit");
        await Requests.ReviewAsync(reviewer, notice);

        Assert.Equal(1, (await (await anon.GetAsync("/notices/v1/red?name=LIFECYCLO")).Json()).GetProperty("total").GetInt32());

        // Filed without an account; the applicant follows it with number and code, a wrong code learns nothing.
        var (number, code, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("LIFECYCLO", dateOfBirth: "1969-08-01"));
        Assert.Matches(@"^CCF-\d{4}-\d{5}$", number);
        var view = await (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).Json();
        Assert.Equal("Received", view.GetProperty("status").GetString());
        Assert.Equal(DateOnly.FromDateTime(app.Clock.Now.UtcDateTime).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), view.GetProperty("admissibilityDue").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code = "WRNG-CODE-0000-0000" })).StatusCode);

        // The Commission declares it admissible, finds the notice, consults the source and blocks it.
        var file = await (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true })).Json();
        Assert.Equal("Admissible", file.GetProperty("status").GetString());
        var response = await ccf.GetAsync($"/api/commission/requests/{id}/candidates");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var candidates = await response.Json();
        Assert.Contains(candidates.EnumerateArray(), c => c.GetProperty("noticeId").GetGuid() == notice);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice })).StatusCode);
        var blocked = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/provisional-measures", new { noticeId = notice, ground = "ImminentExtradition", reason = "Hearing on Monday." });
        Assert.Equal(HttpStatusCode.OK, blocked.StatusCode);

        var hits = await (await us.PostAsJsonAsync("/api/screening", new { name = "Marc Lifecyclo", dateOfBirth = "1969-08-01", purpose = "border check" })).Json();
        Assert.Contains(hits.GetProperty("hits")[0].GetProperty("caveats").EnumerateArray(), c => c.GetString()!.StartsWith("BLOCKED", StringComparison.Ordinal));
        using var sup = await app.As("supervisor.fr" + Demo);
        var act = await sup.PostAsJsonAsync($"/api/notices/{notice}/actions", new { action = "Suspend", reason = "testing the block" });
        Assert.Equal(HttpStatusCode.Conflict, act.StatusCode);
        Assert.Equal("notice.blocked", (await act.Json()).GetProperty("code").GetString());
        Assert.Equal(0, (await (await anon.GetAsync("/notices/v1/red?name=LIFECYCLO")).Json()).GetProperty("total").GetInt32());

        // The source answers its consultation; the applicant's documents and contact never reach it.
        var consultations = await (await fr.GetAsync("/api/consultations")).Json();
        var consultation = consultations.EnumerateArray().Single(c => c.GetProperty("requestNumber").GetString() == number);
        Assert.DoesNotContain("applicant@example.org", consultations.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await de.PostAsJsonAsync($"/api/consultations/{consultation.GetProperty("id")}/answer", new { allowDisclosure = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fr.PostAsJsonAsync($"/api/consultations/{consultation.GetProperty("id")}/answer", new { allowDisclosure = true })).StatusCode);

        // Not compliant: deleted at once, gone from screening and the extract, every recipient told to purge.
        var decided = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "NotCompliant", reasons = "The facts describe a commercial dispute, not a serious ordinary-law crime." });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var after = await (await us.PostAsJsonAsync("/api/screening", new { name = "Marc Lifecyclo", dateOfBirth = "1969-08-01", purpose = "border check" })).Json();
        Assert.Empty(after.GetProperty("hits").EnumerateArray());
        var read = await (await fr.GetAsync($"/api/notices/{notice}")).Json();
        Assert.Equal("Cancelled", read.GetProperty("status").GetString());
        Assert.Equal(0, (await (await anon.GetAsync("/notices/v1/red?name=LIFECYCLO")).Json()).GetProperty("total").GetInt32());
        var purges = await app.WithDb(db => db.PurgeNotifications.Where(p => p.NoticeId == notice).Select(p => p.Member).ToListAsync());
        Assert.Equal(195, purges.Count); // every member but the source; nobody was excluded
        Assert.DoesNotContain("FR", purges);
        var usPurge = (await (await us.GetAsync("/api/purge-notifications")).Json()).EnumerateArray().Single(p => p.GetProperty("noticeReference").GetString() == read.GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.OK, (await us.PostAsync($"/api/purge-notifications/{usPurge.GetProperty("id")}/acknowledge", null)).StatusCode);

        // A month and a day later, the members that did not acknowledge are overdue; the US is not among them.
        var saved = app.Clock.Now;
        app.Clock.Now = saved.AddMonths(1).AddDays(2);
        try
        {
            using var later = await app.As("commission" + Demo, fresh: true);
            var overdue = await (await later.GetAsync("/api/commission/purges?overdue=true")).Json();
            var members = overdue.EnumerateArray().Where(p => p.GetProperty("noticeReference").GetString() == read.GetProperty("reference").GetString()).Select(p => p.GetProperty("member").GetString()).ToList();
            Assert.Equal(194, members.Count);
            Assert.DoesNotContain("US", members);
        }
        finally
        {
            app.Clock.Now = saved;
        }

        var final = await (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).Json();
        Assert.Equal("NotCompliant", final.GetProperty("outcome").GetString());
        var secretariat = await (await reviewer.GetAsync("/api/commission-decisions")).Json();
        Assert.Contains(secretariat.EnumerateArray(), d => d.GetProperty("requestNumber").GetString() == number && d.GetProperty("deleteBy").GetString() is not null);
        Assert.DoesNotContain("applicant@example.org", secretariat.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redress_AccessWithRestriction_ApplicantGetsOnlyTheStandardReply()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var notice = await Requests.CreateAsync(fr, Requests.RedNotice("DISCRETO", submit: true));
        await Requests.ReviewAsync(reviewer, notice);
        var (number, code, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("DISCRETO", type: "Access"));
        await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true });
        await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice });

        // An access request waits for every source; a restriction needs a listed reason.
        var early = await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "Compliant", reasons = "The data comply with the rules of the Organization." });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var link = (await (await fr.GetAsync("/api/consultations")).Json()).EnumerateArray().Single(c => c.GetProperty("requestNumber").GetString() == number).GetProperty("id");
        var noReason = await fr.PostAsJsonAsync($"/api/consultations/{link}/answer", new { allowDisclosure = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Json()).GetProperty("errors").TryGetProperty("restriction", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await fr.PostAsJsonAsync($"/api/consultations/{link}/answer", new { allowDisclosure = false, restriction = "ConfidentialInvestigation" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/decision", new { outcome = "Compliant", reasons = "The data comply with the rules of the Organization." })).StatusCode);

        var view = await (await anon.PostAsJsonAsync("/api/redress/follow-up", new { number, code })).Json();
        Assert.Equal([FairNotice.Domain.Redress.Disclosure.StandardReply], view.GetProperty("disclosed").EnumerateArray().Select(l => l.GetString()!));
        var text = view.GetRawText();
        Assert.DoesNotContain((await (await fr.GetAsync($"/api/notices/{notice}")).Json()).GetProperty("reference").GetString()!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("ConfidentialInvestigation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redress_BadFiling_Returns400NamingEachField_AndStoresNothing()
    {
        using var anon = app.Anonymous();
        var before = await app.WithDb(db => db.RedressRequests.CountAsync());
        var r = await anon.PostAsync("/api/redress", Requests.RedressForm("", identity: "MZ not a document"u8.ToArray(), withStatement: false, dateOfBirth: "14/03/1975"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await r.Json()).GetProperty("errors");
        foreach (var f in new[] { "familyName", "identityDocument", "signedStatement", "dateOfBirth" })
        {
            Assert.True(errors.TryGetProperty(f, out _), f);
        }

        var late = Requests.RedressForm("REVISO", type: "Revision");
        late.Add(new StringContent("CCF-2025-00001"), "previousNumber");
        late.Add(new StringContent("A court acquitted him."), "newFact");
        late.Add(new StringContent(DateOnly.FromDateTime(app.Clock.Now.UtcDateTime).AddMonths(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "newFactDiscovered");
        var lateResponse = await anon.PostAsync("/api/redress", late);
        Assert.Equal(HttpStatusCode.BadRequest, lateResponse.StatusCode);
        Assert.Contains("six months", (await lateResponse.Json()).GetProperty("errors").GetProperty("newFactDiscovered")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDb(db => db.RedressRequests.CountAsync()));
    }

    [Fact]
    public async Task Redress_RetryWithIdempotencyKey_FilesOnce()
    {
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission" + Demo);
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/redress") { Content = Requests.RedressForm("IDEMPOTO") };
            request.Headers.Add("Idempotency-Key", key);
            return await anon.SendAsync(request);
        }

        var first = await (await Send()).Json();
        var second = await Send();
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var replay = await second.Json();
        Assert.Equal(first.GetProperty("number").GetString(), replay.GetProperty("number").GetString());
        Assert.Equal(1, await app.WithDb(db => db.RedressRequests.CountAsync(r => r.FamilyName == "IDEMPOTO")));
        // The replay's code is the one that works now.
        var view = await anon.PostAsJsonAsync("/api/redress/follow-up", new { number = replay.GetProperty("number").GetString(), code = replay.GetProperty("followUpCode").GetString() });
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
    }

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

    [Fact]
    public async Task Election_FullLifecycle_EncryptedBallotsTallyByThreeGuardians_RecordVerifies()
    {
        using var officer = await app.As("elections" + Demo);
        using var anon = app.Anonymous();
        var id = $"ga-{Guid.NewGuid():N}"[..20];
        var deadline = app.Clock.Now.AddHours(1);
        var created = await officer.PostAsJsonAsync("/api/elections", new
        {
            id, title = "Executive Committee 2026", candidacyDeadline = deadline, seats = new[] { new { post = "President", region = (string?)null } },
            suspended = new[] { "IN" }, continuing = Array.Empty<object>(), outgoing = Array.Empty<object>(), guardians = 5, quorum = 3,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        foreach (var (country, person) in new[] { ("br", "Ana Lima"), ("au", "Kate Moore"), ("fr", "Paul Martin") })
        {
            using var sup = await app.As($"supervisor.{country}" + Demo);
            Assert.Equal(HttpStatusCode.Created, (await sup.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person, post = "President" })).StatusCode);
        }

        using var officerNcb = await app.As("ncb.br" + Demo);
        Assert.Equal(HttpStatusCode.Forbidden, (await officerNcb.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person = "X", post = "President" })).StatusCode);

        var saved = app.Clock.Now;
        app.Clock.Now = deadline.AddMinutes(1);
        try
        {
            using var officer2 = await app.As("elections" + Demo, fresh: true);
            var view = await (await officer2.PostAsync($"/api/elections/{id}/candidacies/validate", null)).Json();
            Assert.All(view.GetProperty("candidacies").EnumerateArray(), c => Assert.True(c.GetProperty("valid").GetBoolean(), c.GetProperty("reasons").ToString()));

            // The key ceremony happens on the trustees' side; only the public records reach the server.
            var guardians = Domain.Elections.KeyCeremony.Run(["G1", "G2", "G3", "G4", "G5"], 3, Domain.Elections.ElectionVerifier.CeremonyContext(id));
            var secrets = guardians.Select(g => g.ExportSecret()).ToList();
            Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), AppFixture.JsonOptions)).StatusCode);
            var opened = await (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).Json();
            var round = opened.GetProperty("rounds")[0];
            var manifest = System.Text.Json.JsonSerializer.Deserialize<Domain.Elections.RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
            var key = Domain.Elections.Group.Point(round.GetProperty("jointKey").GetString()!);
            var lima = manifest.Candidates.Single(c => c.Member == "BR").Id;
            var moore = manifest.Candidates.Single(c => c.Member == "AU").Id;

            // Eight members vote: lima 5, moore 2, one blank. India is in arrears; Brazil tries to vote twice and for someone else.
            var choices = new (string Country, string? Choice)[] { ("fr", lima), ("us", lima), ("br", lima), ("cn", moore), ("ru", moore), ("tr", lima), ("gb", null), ("de", lima) };
            string? frCode = null;
            foreach (var (country, choice) in choices)
            {
                using var ncb = await app.As($"ncb.{country}" + Demo, fresh: true);
                var ballot = Domain.Elections.BallotEncryptor.Encrypt(manifest, key, country.ToUpperInvariant(), choice);
                var cast = await ncb.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", ballot, AppFixture.JsonOptions);
                Assert.True(cast.StatusCode == HttpStatusCode.OK, await cast.Content.ReadAsStringAsync());
                frCode ??= (await cast.Json()).GetProperty("trackingCode").GetString();
            }

            using var br = await app.As("ncb.br" + Demo, fresh: true);
            Assert.Equal(HttpStatusCode.Conflict, (await br.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "BR", moore), AppFixture.JsonOptions)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await br.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "AU", moore), AppFixture.JsonOptions)).StatusCode);
            using var india = await app.As("ncb.in" + Demo, fresh: true);
            var suspended = await india.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots", Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "IN", lima), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, suspended.StatusCode);
            Assert.Contains("suspended", await suspended.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // Germany audits the booth twice: an honest challenge is opened and published; a lying one (nonces for another choice) is refused.
            using var de = await app.As("ncb.de" + Demo, fresh: true);
            var (audited, nonces) = Domain.Elections.BallotEncryptor.EncryptRevealable(manifest, key, "DE", moore);
            var challenge = await (await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/challenges", new Domain.Elections.ChallengedBallot(audited, moore, nonces), AppFixture.JsonOptions)).Json();
            Assert.Contains("Kate Moore", challenge.GetProperty("choiceName").GetString(), StringComparison.Ordinal);
            var lie = await de.PostAsJsonAsync($"/api/elections/{id}/rounds/1/challenges", new Domain.Elections.ChallengedBallot(audited, lima, nonces), AppFixture.JsonOptions);
            Assert.Equal(HttpStatusCode.BadRequest, lie.StatusCode);

            // France replaces its ballot by naming its tracking code: now blank.
            using var fr = await app.As("ncb.fr" + Demo, fresh: true);
            Assert.Equal(HttpStatusCode.OK, (await fr.PostAsJsonAsync($"/api/elections/{id}/rounds/1/ballots",
                Domain.Elections.BallotEncryptor.Encrypt(manifest, key, "FR", null, frCode), AppFixture.JsonOptions)).StatusCode);

            var board = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/board")).Json();
            Assert.Equal(9, board.GetArrayLength());
            Assert.DoesNotContain(lima, board.GetRawText(), StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.Conflict, (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsync($"/api/elections/{id}/rounds/1/close", null)).StatusCode);
            var sums = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).Json();
            var publics = guardians.Select(g => g.Public).ToList();
            object Shares(Domain.Elections.GuardianSecret s) => new
            {
                guardians = new[]
                {
                    new
                    {
                        guardian = s.Index,
                        shares = sums.GetProperty("sums").EnumerateArray().Select(line => s.Decrypt(Domain.Elections.Group.Point(line.GetProperty("sum").GetProperty("alpha").GetString()!),
                            publics, line.GetProperty("context").GetString()!)).ToList(),
                    },
                },
            };

            // A share made with the wrong secret fails its proof and is refused.
            var forged = secrets[1] with { SecretShare = secrets[0].SecretShare };
            Assert.Equal(HttpStatusCode.BadRequest, (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", Shares(forged), AppFixture.JsonOptions)).StatusCode);
            foreach (var s in new[] { secrets[0], secrets[2] })
            {
                Assert.Equal(HttpStatusCode.OK, (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", Shares(s), AppFixture.JsonOptions)).StatusCode);
            }

            var pending = await (await anon.GetAsync($"/api/elections/{id}")).Json();
            Assert.Equal("Closed", pending.GetProperty("rounds")[0].GetProperty("status").GetString());
            var tallied = await (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", Shares(secrets[4]), AppFixture.JsonOptions)).Json();
            var result = tallied.GetProperty("rounds")[0];
            Assert.Equal("Tallied", result.GetProperty("status").GetString());
            Assert.Equal([4, 2, 0], result.GetProperty("results").EnumerateArray().Select(t => t.GetProperty("votes").GetInt32()));
            // 4 of 6 votes cast is two thirds: elected in the first ballot; the two blank ballots are not votes cast.
            Assert.Equal(lima, result.GetProperty("decision").GetProperty("elected").GetString());

            var record = Domain.Elections.ElectionRecord.Parse(await (await anon.GetAsync($"/api/elections/{id}/record")).Content.ReadAsStringAsync());
            Assert.All(Domain.Elections.ElectionVerifier.Verify(record, Domain.Elections.ElectionRules.Default), c => Assert.True(c.Passed, $"{c.Check}: {c.Detail}"));
            Assert.Single(record.Rounds[0].Challenged!);
            var proclaimed = await (await officer2.PostAsync($"/api/elections/{id}/proclaim", null)).Json();
            Assert.Equal("Proclaimed", proclaimed.GetProperty("status").GetString());
            Assert.Contains("Ana Lima", proclaimed.GetProperty("elected")[0].GetString(), StringComparison.Ordinal);
            var archived = await (await anon.GetAsync($"/api/elections/{id}/record")).Content.ReadAsStringAsync();
            Assert.Equal(Domain.Elections.Group.Sha256(archived), proclaimed.GetProperty("archivedRecordHash").GetString());
            Assert.Equal(HttpStatusCode.Conflict, (await officer2.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" })).StatusCode);

            var audit = await app.WithDb(db => db.AuditEntries.Where(a => a.Action == "election.ballot" && a.ObjectId == id).Select(a => a.ActorCountry + "|" + a.Purpose).ToListAsync());
            Assert.Equal(9, audit.Count);
            Assert.DoesNotContain(audit, a => a.Contains(lima, StringComparison.Ordinal) || a.Contains(moore, StringComparison.Ordinal));
        }
        finally
        {
            app.Clock.Now = saved;
        }
    }

    [Theory]
    [InlineData("ar", "rtl", "تقديم طلب إلى لجنة الرقابة على المحفوظات")]
    [InlineData("fr", "ltr", "Saisir la Commission de contrôle des fichiers")]
    [InlineData("es", "ltr", "Dirigirse a la Comisión de Control de los Ficheros")]
    [InlineData("en", "ltr", "Ask the Commission for the Control of Files")]
    [InlineData("xx", "ltr", "Ask the Commission for the Control of Files")]
    public async Task RedressPage_InTheFourWorkingLanguages_ArabicRightToLeft(string lang, string dir, string title)
    {
        Assert.True(Web.Features.Redress.RedressText.Complete);
        using var anon = app.Anonymous();
        var html = System.Net.WebUtility.HtmlDecode(await anon.GetStringAsync($"/Redress?lang={lang}"));
        Assert.Contains($"dir=\"{dir}\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redress_Candidates_IncludeRequestsOutOfCirculation()
    {
        using var anon = app.Anonymous();
        using var fr = await app.As("ncb.fr" + Demo);
        using var ccf = await app.As("commission" + Demo);
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice("HORSCIRCUIT"))!;
        body["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        body["person"]!["dateOfBirth"] = "1961-02-03";
        var notice = await Requests.CreateAsync(fr, body);
        await Requests.ActAsync(fr, notice, "Submit");
        await Requests.ActAsync(fr, notice, "Withdraw", "Arrested at home.");
        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("HORSCIRCUIT", dateOfBirth: "1961-02-03"));
        var response = await ccf.GetAsync($"/api/commission/requests/{id}/candidates");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var candidates = await response.Json();
        var hit = candidates.EnumerateArray().Single(c => c.GetProperty("noticeId").GetGuid() == notice);
        Assert.Equal("Withdrawn", hit.GetProperty("status").GetString());
    }
}

public sealed class SqliteApiTests(SqliteFixture app) : ApiTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresApiTests(PostgresFixture app) : ApiTests(app), IClassFixture<PostgresFixture>;
