using System.Net;
using System.Text;
using System.Text.Json;

namespace FairNotice.Web.Tests.Fuzz;

/// <summary>One regression test per defect the API fuzz targets found (docs/fuzzing.md).</summary>
public sealed class FuzzFindingsTests(FuzzHost host) : IClassFixture<FuzzHost>
{
    [Theory]
    [InlineData(null)]
    [InlineData("application/json; charset=\u00e9")]
    public async Task ScreeningBatch_JsonWithoutAJsonContentType_Is415NamingTheContentType(string? contentType)
    {
        using var ncb = await host.As("ncb.fr@demo.fairnotice");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/screening/batch")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"purpose":"flight","persons":[{"name":"Ilya Orlov"}]}""")),
        };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await ncb.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = await response.Json();
        Assert.True(body.GetProperty("errors").TryGetProperty("Content-Type", out _));
    }

    [Fact]
    public async Task ScreeningBatch_NullPerson_Is400NamingTheRow()
    {
        using var ncb = await host.As("ncb.fr@demo.fairnotice");
        using var response = await ncb.PostAsync("/api/screening/batch", new StringContent(
            """{"purpose":"flight","persons":[{"name":"Ilya Orlov"},null]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("persons[1]", out _));
    }

    [Theory]
    [InlineData("case.charges", "\"case\":{\"charges\":[null]}")]
    [InlineData("person.aliases", "\"person\":{\"name\":{\"familyName\":\"X\"},\"aliases\":[null]}")]
    [InlineData("person.identityDocuments", "\"person\":{\"name\":{\"familyName\":\"X\"},\"identityDocuments\":[null]}")]
    public async Task PreCheck_NullEntryInAList_Is400NamingTheEntry(string list, string fragment)
    {
        // Found by the 100,000-case api.pre-check run: "charges": [null] reached the engine and answered 500.
        using var reviewer = await host.As("reviewer@demo.fairnotice");
        var body = fragment.StartsWith("\"person\"", StringComparison.Ordinal)
            ? $"{{\"colour\":\"Red\",{fragment}}}"
            : $"{{\"colour\":\"Red\",\"person\":{{\"name\":{{\"familyName\":\"X\"}}}},{fragment}}}";
        host.Errors.Clear();
        using var response = await reviewer.PostAsync("/api/compliance/assess?requester=FR", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty($"{list}[0]", out _));
        Assert.Empty(host.Errors);
    }

    [Theory]
    [InlineData("G\uFFFEz")]
    [InlineData("k\uFFFFp@example.org")]
    public async Task SignIn_EmailWithMalformedUnicode_IsAFailedSignInNot500(string email)
    {
        // Found by the 100,000-case api.sign-in run (73 cases): the identity store's normalisation threw on U+FFFE.
        using var anonymous = host.Anonymous();
        host.Errors.Clear();
        using var response = await anonymous.PostAsync("/api/auth/login", new StringContent(
            JsonSerializer.Serialize(new { email, password = AppFixture.Password }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Errors);
    }

    [Fact]
    public async Task RedressFiling_MultipartWhoseBoundaryLies_Is400NamingTheBody()
    {
        using var anonymous = host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/redress")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nAccess\r\n--y--")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");
        using var response = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task MalformedJson_IsAnswered400_AndNotLoggedAsAnError()
    {
        using var ncb = await host.As("ncb.fr@demo.fairnotice");
        host.Errors.Clear();
        using var response = await ncb.PostAsync("/api/screening", new StringContent("{\"name\": [", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Errors);
    }

    [Fact]
    public async Task Screening_LongMonthInDateOfBirth_Is400NamingTheField()
    {
        using var ncb = await host.As("ncb.fr@demo.fairnotice");
        using var response = await ncb.PostAsync("/api/screening", new StringContent(
            JsonSerializer.Serialize(new { name = "Ilya Orlov", dateOfBirth = "2000-99999999999", purpose = "border check" }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("dateOfBirth", out _));
    }
}
