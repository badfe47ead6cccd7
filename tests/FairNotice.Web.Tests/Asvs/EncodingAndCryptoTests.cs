using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>ASVS 1.2.2, 1.2.3 and 11.3.2: untrusted values are escaped in the links and JSON the server builds, and Data
/// Protection encrypts with the approved algorithms only.</summary>
public sealed class EncodingAndCryptoTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    // A value that would add a parameter, cut the link, open a script or break out of a JSON string if it were not escaped.
    private const string Hostile = "x&page=99#frag\"</script><script>alert(1)</script>\u2028é";

    [Fact]
    public async Task PublicExtractLinks_EscapeQueryValues_TheValueRoundTripsAndAddsNoParameter()
    {
        using var anon = app.Anonymous();
        using var response = await anon.GetAsync("/notices/v1/red?name=" + Uri.EscapeDataString(Hostile), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = (await response.Json()).GetProperty("_links");
        foreach (var rel in new[] { "self", "first", "last" })
        {
            var href = new Uri(links.GetProperty(rel).GetProperty("href").GetString()!);
            Assert.Equal("", href.Fragment);
            var query = QueryHelpers.ParseQuery(href.Query);
            Assert.Equal(Hostile, query["name"].ToString());
            Assert.Equal("1", query["page"].ToString());
            Assert.Single(query["page"]);
        }
    }

    [Fact]
    public async Task JsonAnswers_EscapeMarkupAndQuotes_AndStayValidJson()
    {
        using var anon = app.Anonymous();
        using var response = await anon.GetAsync("/notices/v1/red?name=" + Uri.EscapeDataString(Hostile), TestContext.Current.CancellationToken);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u2028", raw, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(raw);
        Assert.Contains(Uri.EscapeDataString(Hostile), parsed.RootElement.GetProperty("_links").GetProperty("self").GetProperty("href").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataProtectionKeys_UseAes256CbcWithHmacSha256()
    {
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("asvs-11.3.2");
            Assert.Equal("probe", protector.Unprotect(protector.Protect("probe")));
        }

        var keys = Directory.GetFiles(Path.Combine(app.AuditDirectory, "data-protection"), "key-*.xml");
        Assert.NotEmpty(keys);
        foreach (var file in keys)
        {
            var descriptor = XDocument.Load(file).Descendants("descriptor").Single(d => d.Element("encryption") is not null);
            Assert.Equal("AES_256_CBC", descriptor.Element("encryption")!.Attribute("algorithm")!.Value);
            Assert.Equal("HMACSHA256", descriptor.Element("validation")!.Attribute("algorithm")!.Value);
        }
    }
}
