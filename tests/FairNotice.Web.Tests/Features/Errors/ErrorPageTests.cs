using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Features.Errors;

/// <summary>Outside the API an error is a styled page with a way home and the original status; the API keeps RFC 9457.</summary>
public sealed class ErrorPageTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/Notices/Nothing/Here")]
    public async Task UnknownPath_Anonymous_AnswersThe404Page(string path)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync(path);
        await AssertErrorPageAsync(response, HttpStatusCode.NotFound, "Page not found");
    }

    [Fact]
    public async Task UnknownPath_WithLanguageInTheQuery_AnswersThe404PageInThatLanguage()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/no/such/page?lang=ar");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Page not found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProtectedPage_WithLanguageInTheQuery_SendsToASignInPageInThatLanguage()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/Notices?lang=ar");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = await (await client.GetAsync(response.Headers.Location!)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", signIn, StringComparison.Ordinal);
        var plain = await (await client.GetAsync("/Account/Login?ReturnUrl=%2FNotices")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownNoticeId_OnTheDetailPage_AnswersThe404Page()
    {
        using var ncb = await app.As("ncb.fr@demo.fairnotice");
        using var response = await ncb.GetAsync($"/Notices/{Guid.NewGuid()}");
        await AssertErrorPageAsync(response, HttpStatusCode.NotFound, "Page not found");
    }

    [Fact]
    public async Task MissingStaticAsset_Anonymous_Is404NotASignInRedirect()
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/css/missing.css");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WrongMethodOnAPage_AnswersThe405Page()
    {
        using var ncb = await app.As("ncb.fr@demo.fairnotice");
        using var response = await ncb.PostAsync("/statistics/charts/refusals.svg", new StringContent(""));
        await AssertErrorPageAsync(response, HttpStatusCode.MethodNotAllowed, "Not possible here");
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_AnswersThe400Page()
    {
        using var ncb = await app.As("ncb.fr@demo.fairnotice");
        using var response = await ncb.PostAsync("/Notices/New", new FormUrlEncodedContent([new("Form.Colour", "Red")]));
        await AssertErrorPageAsync(response, HttpStatusCode.BadRequest, "The request could not be read");
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/notices/00000000-0000-0000-0000-000000000001")]
    [InlineData("/notices/v1/red/no/such/path")]
    public async Task UnknownApiPath_KeepsProblemDetails(string path)
    {
        using var ncb = await app.As("ncb.fr@demo.fairnotice");
        using var response = await ncb.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PageThatFails_AnswersThe500Page_WithoutTheException()
    {
        await using var failing = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<MvcOptions>(o => o.Filters.Add(new FailOnQuery()))));
        using var client = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/Statistics?fail=1");
        var body = await AssertErrorPageAsync(response, HttpStatusCode.InternalServerError, "Something went wrong");
        Assert.DoesNotContain(FailOnQuery.Message, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);

        using var fine = await client.GetAsync("/Statistics");
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    private static async Task<string> AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1 data-testid=\"error-title\">{title}</h1>", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/css/site.css", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" data-testid=\"error-home\">", body, StringComparison.Ordinal);
        return body;
    }

    private sealed class FailOnQuery : IPageFilter
    {
        public const string Message = "secret detail of a failure";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            // The error page is re-executed with the same query string; it must not fail in turn.
            if (context.HttpContext.Request.Query.ContainsKey("fail") && !context.HttpContext.Request.Path.StartsWithSegments("/Error", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(Message);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
