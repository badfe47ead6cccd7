using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>Everything the host logs, as the console provider would receive it: level, category, formatted message, the
/// structured values and the exception.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            log.Entries.Enqueue((logLevel, category, $"{formatter(state, exception)} | {values} | {exception}"));
        }
    }
}

public sealed class ConsoleLogFixture : IAsyncLifetime
{
    public SqliteFixture App { get; } = new();

    public CapturedLog Log { get; } = new();

    public async ValueTask InitializeAsync()
    {
        // The shipped levels (appsettings.json), and the app's own categories and Identity's down to Debug: stricter than production.
        App.Settings["Logging:LogLevel:FairNotice"] = "Debug";
        App.Settings["Logging:LogLevel:Microsoft.AspNetCore.Identity"] = "Debug";
        App.Services = s => s.AddSingleton<ILoggerProvider>(Log);
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>ASVS 16.2.5/16.1.1 (no personal data or secret in the console log), 16.3.4 (unexpected errors are logged) and
/// 16.4.1 (log injection): the logger is captured while real requests run.</summary>
public sealed class ConsoleLogTests(ConsoleLogFixture fixture) : IClassFixture<ConsoleLogFixture>
{
    private const string Email = "ncb.de@demo.fairnotice";
    private const string ScreenedName = "Qian Weidong";

    private AppFixture App => fixture.App;

    [Fact]
    public async Task SignInsAndAScreening_LeaveNoPersonalDataOrSecretInTheLog()
    {
        using var anon = App.Anonymous();
        using var wrong = await anon.PostAsJsonAsync("/api/auth/login", new { email = Email, password = "Wrong-password-zz9", twoFactorCode = "123456" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var code = App.Authenticator.NextCode(Email);
        using var right = await anon.PostAsJsonAsync("/api/auth/login", new { email = Email, password = AppFixture.Password, twoFactorCode = code }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var token = (await right.Json()).GetProperty("accessToken").GetString()!;
        using var officer = App.Anonymous();
        officer.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var screening = await officer.PostAsJsonAsync("/api/screening", new { name = ScreenedName, dateOfBirth = "1965-03-14", purpose = "border check" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, screening.StatusCode);
        using var failing = await FailingPageAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, failing.StatusCode);

        var log = string.Join("\n", fixture.Log.Entries.Select(e => e.Text));
        Assert.NotEmpty(fixture.Log.Entries);
        foreach (var secret in new[] { Email, "ncb.de", AppFixture.Password, "Wrong-password-zz9", code, token, token[..20], ScreenedName, "Qian", "Weidong", "1965-03-14" })
        {
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task UnexpectedException_IsLoggedAsAnError_WithTheException()
    {
        using var response = await FailingPageAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(fixture.Log.Entries, e => e.Level >= LogLevel.Error && e.Text.Contains(FailOnQuery.Message, StringComparison.Ordinal)
            && e.Text.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForgedLogLinesInInput_NeverReachTheLog()
    {
        const string Forged = "FORGED-ENTRY crit: audit chain verified";
        using var anon = App.Anonymous();
        using var login = await anon.PostAsJsonAsync("/api/auth/login", new { email = $"x@y.z\r\n{Forged}", password = $"p\n{Forged}", twoFactorCode = "1" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        using var officer = await App.As(Email);
        using var screening = await officer.PostAsJsonAsync("/api/screening", new { name = $"A\r\n{Forged}", purpose = $"border\n{Forged}" }, TestContext.Current.CancellationToken);
        Assert.True(screening.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{screening.StatusCode}");
        using var extract = await anon.GetAsync("/notices/v1/red?name=" + Uri.EscapeDataString($"\r\n{Forged}"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, extract.StatusCode);

        Assert.DoesNotContain(fixture.Log.Entries, e => e.Text.Contains("FORGED-ENTRY", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> FailingPageAsync()
    {
        var failing = App.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailOnQuery()))));
        using var client = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        return await client.GetAsync("/Statistics?fail=1", TestContext.Current.CancellationToken);
    }

    private sealed class FailOnQuery : IPageFilter
    {
        public const string Message = "unexpected failure for the log test";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path.StartsWithSegments("/Statistics", StringComparison.OrdinalIgnoreCase) && context.HttpContext.Request.Query.ContainsKey("fail"))
            {
                throw new InvalidOperationException(Message);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
