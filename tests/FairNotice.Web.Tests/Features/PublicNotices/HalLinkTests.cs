using System.Net;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Tests.Features.PublicNotices;

/// <summary>Issue #12: the extract's HAL links pointed at the default address (127.0.0.1:5080) whatever the server listened
/// on, and page links began <c>?&amp;</c>. They come from <c>Site:PublicBaseUrl</c>, or the listening address, never Host.</summary>
/// <summary>The app listening on another address than appsettings.json's 5080, as <c>--urls</c> would make it.</summary>
public sealed class OtherPortFixture : IAsyncLifetime
{
    public SqliteFixture App { get; } = new();

    public ValueTask InitializeAsync()
    {
        App.Settings["Urls"] = "http://127.0.0.1:5092";
        return App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public sealed class HalLinkTests(OtherPortFixture fixture) : IClassFixture<OtherPortFixture>
{
    private SqliteFixture App => fixture.App;

    [Theory]
    [InlineData("http://127.0.0.1:5092", "http://127.0.0.1:5092")]
    [InlineData("http://[::]:5092", "http://localhost:5092")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080")]
    [InlineData("http://+:80", "http://localhost")]
    [InlineData("http://*:5000", "http://localhost:5000")]
    [InlineData("http://[2001:db8::5]:5092", "http://[2001:db8::5]:5092")]
    public void Listening_OneAddress_IsTheBase(string address, string expected) => Assert.Equal(expected, PublicBaseUrl.Listening([address]));

    [Fact]
    public void Listening_HttpAndHttps_PrefersHttps_NoneIsLocalhost()
    {
        Assert.Equal("https://127.0.0.1:5093", PublicBaseUrl.Listening(["http://127.0.0.1:5092", "https://127.0.0.1:5093"]));
        Assert.Equal("http://localhost", PublicBaseUrl.Listening([]));
    }

    [Fact]
    public async Task ExtractLinks_NoBaseConfigured_NotTheDefaultNorTheHostHeader_AndEachOneWorks()
    {
        using var anon = App.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/notices/v1/red?resultPerPage=1&nationality=FR");
        request.Headers.Host = "attacker.example";
        using var response = await anon.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = (await response.Json()).GetProperty("_links");
        foreach (var rel in new[] { "self", "first", "last" })
        {
            var href = links.GetProperty(rel).GetProperty("href").GetString()!;
            Assert.DoesNotContain("attacker.example", href, StringComparison.Ordinal);
            Assert.StartsWith("http://127.0.0.1:5092/notices/v1/red?", href, StringComparison.Ordinal);
            Assert.DoesNotContain("?&", href, StringComparison.Ordinal);
            Assert.DoesNotContain("&&", href, StringComparison.Ordinal);
            var uri = new Uri(href);
            Assert.Contains("nationality=FR", uri.Query, StringComparison.Ordinal);
            using var followed = await anon.GetAsync(uri.PathAndQuery, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        }
    }
}
