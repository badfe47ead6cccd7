using System.Net;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>A parameter that takes one value, given twice, is refused naming it (not silently joined or picked).</summary>
[Collection(SecureHostFixture.Collection)]
public sealed class RepeatedParameterTests(SecureHostFixture fixture)
{
    private AppFixture App => fixture.App;

    [Theory]
    [InlineData("/api/notices?scope=mine&scope=all", "scope")]
    [InlineData("/api/notices?scope=mine&page=1&page=2", "page")]
    [InlineData("/notices/v1/un?name=A&name=B", "name")]
    public async Task Get_RepeatedSingleValuedParameter_400NamingIt(string path, string parameter)
    {
        using var fr = await App.As("ncb.fr@demo.fairnotice");

        var r = await fr.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = await r.Json();
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), await r.Content.ReadAsStringAsync());
        Assert.Single(body.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task Get_EachParameterOnce_Answers()
    {
        using var fr = await App.As("ncb.fr@demo.fairnotice");

        Assert.Equal(HttpStatusCode.OK, (await fr.GetAsync("/api/notices?scope=mine&page=1")).StatusCode);
    }
}
