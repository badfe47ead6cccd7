using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>Issue #12 item 4 on the API: names with controls or direction overrides, paging at the edges of int, and uploads
/// refused by parsing — each a 400 problem naming the field, with nothing stored; stored file names are the server's own.</summary>
public sealed class InputHardeningTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    private const string Demo = "@demo.fairnotice";

    // U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE, U+202A LRE, U+0007 BEL, U+0085 NEL (C1).
    [Theory]
    [InlineData("person.name.familyName", "BIDI\u202EFLIPPED")]
    [InlineData("person.name.forenames", "Marc\u2066x")]
    [InlineData("person.aliases[0].familyName", "ALIAS\u202A")]
    [InlineData("person.name.familyName", "BELL\u0007")]
    [InlineData("person.name.forenames", "Next\u0085Line")]
    public async Task CreateNotice_NameWithControlOrBidiOverride_Returns400NamingTheFieldAndStoresNothing(string field, string value)
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var body = JsonSerializer.SerializeToNode(Requests.RedNotice("BIDICHECK"))!;
        var path = field.Split('.');
        JsonNode target = body;
        foreach (var part in path[..^1])
        {
            target = part.EndsWith("[0]", StringComparison.Ordinal) ? target[part[..^3]]![0]! : target[part]!;
        }

        target[path[^1]] = value;
        var before = await app.WithDb(db => db.Notices.CountAsync(TestContext.Current.CancellationToken));

        using var response = await fr.PostAsJsonAsync("/api/notices", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), errors.GetRawText());
        Assert.Contains("direction", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDb(db => db.Notices.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task CreateNotice_RightToLeftScriptWithoutOverrides_IsAccepted()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var body = JsonSerializer.SerializeToNode(Requests.RedNotice("HADDAD"))!;
        body["person"]!["originalScriptName"] = new JsonObject { ["familyName"] = "حداد", ["forenames"] = "سمير" };

        using var response = await fr.PostAsJsonAsync("/api/notices", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task FileRedress_BidiOverrideInName_Returns400NamingTheField()
    {
        using var anon = app.Anonymous();

        using var response = await anon.PostAsync("/api/redress", Requests.RedressForm("SMITH\u202Egnp.exe"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("familyName", out _));
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=-2147483648", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=2147483647", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    public async Task ListNotices_PagingOutOfRange_Returns400NamingTheParameter(string query, string field)
    {
        using var reviewer = await app.As("reviewer" + Demo);

        using var response = await reviewer.GetAsync($"/api/notices?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=0", "page")]
    [InlineData("resultPerPage=2147483647", "resultPerPage")]
    [InlineData("resultPerPage=-1", "resultPerPage")]
    public async Task PublicExtract_PagingOutOfRange_Returns400NamingTheParameter(string query, string field)
    {
        using var anon = app.Anonymous();

        using var response = await anon.GetAsync($"/notices/v1/red?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task ListNotices_LastAllowedPage_AnswersAnEmptyPageWithoutOverflow()
    {
        using var reviewer = await app.As("reviewer" + Demo);

        using var response = await reviewer.GetAsync("/api/notices?page=1000000&pageSize=200", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Json()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AddPhoto_JpegHtmlPolyglot_Returns400NamingPhotoAndStoresNothing()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("POLYGLOT"));
        using var content = new ByteArrayContent(TestFiles.JpegHtmlPolyglot());
        content.Headers.ContentType = new("image/jpeg");

        using var response = await fr.PostAsync($"/api/notices/{id}/photos", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("photo", out _));
        Assert.Equal(0, await app.WithDb(db => db.Set<Web.Features.Notices.NoticePhoto>().CountAsync(p => p.NoticeId == id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task FileRedress_PdfWithJavaScript_Returns400NamingTheDocumentAndFilesNothing()
    {
        using var anon = app.Anonymous();
        var before = await app.WithDb(db => db.RedressRequests.CountAsync(TestContext.Current.CancellationToken));
        var scripted = TestFiles.Pdf("/OpenAction << /S /JavaScript /JS (app.launchURL\\('https://example.org'\\)) >>");

        using var response = await anon.PostAsync("/api/redress", Requests.RedressForm("SCRIPTEDPDF", identity: scripted), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("are refused", (await response.Json()).GetProperty("errors").GetProperty("identityDocument")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDb(db => db.RedressRequests.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task FileRedress_ClientFileName_IsNotKept_DownloadIsNamedByKindAndCheckedType()
    {
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission" + Demo);
        var form = new MultipartFormDataContent
        {
            { new StringContent("Access"), "type" },
            { new StringContent("en"), "language" },
            { new StringContent("RENAMED"), "familyName" },
            { new StringContent("Ana"), "forenames" },
            { new StringContent("applicant@example.org"), "contactEmail" },
            { new StringContent("I ask for access to the data held about me in the files."), "statement" },
            { new ByteArrayContent(Requests.Pdf), "identityDocument", "passport.pdf.html" },
            { new ByteArrayContent(TestFiles.Jpeg()), "signedStatement", "statement.exe" },
        };
        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, form);

        var file = await (await ccf.GetAsync($"/api/commission/requests/{id}", TestContext.Current.CancellationToken)).Json();
        var names = file.GetProperty("attachments").EnumerateArray().ToDictionary(a => a.GetProperty("kind").GetString()!, a => a.GetProperty("fileName").GetString()!);
        Assert.Equal("identityDocument.pdf", names["identityDocument"]);
        Assert.Equal("signedStatement.jpg", names["signedStatement"]);

        var attachment = file.GetProperty("attachments").EnumerateArray().First(a => a.GetProperty("kind").GetString() == "identityDocument").GetProperty("id").GetGuid();
        using var download = await ccf.GetAsync($"/api/commission/requests/{id}/attachments/{attachment}", TestContext.Current.CancellationToken);
        Assert.Equal("identityDocument.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(download.Headers.CacheControl?.NoStore);
    }
}
