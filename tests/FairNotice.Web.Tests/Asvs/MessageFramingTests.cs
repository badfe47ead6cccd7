using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>The app on real Kestrel (not the in-memory test server), for tests that must send raw bytes.</summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"fairnotice-kestrel-{Guid.NewGuid():N}");
    private WebApplicationFactory<Program>? _factory;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_dir, "app.db")}");
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Demo:Password", AppFixture.Password);
            b.UseSetting("Audit:Directory", _dir);
            b.UseSetting("DataProtection:KeysDirectory", Path.Combine(_dir, "data-protection"));
            b.UseSetting("Urls", "http://127.0.0.1:0");
        });
        _factory.UseKestrel();
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>ASVS 4.2.1: the server decides where a request ends by the rules of RFC 9112, so a front proxy and the app cannot
/// disagree about it (request smuggling). Raw bytes over a socket to Kestrel.</summary>
public sealed class MessageFramingTests(KestrelFixture kestrel) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task ContentLengthAndChunked_Together_NeverTwoRequests()
    {
        // RFC 9112 §6.3: Transfer-Encoding overrides Content-Length, and the server rejects the message or closes the
        // connection after answering; either way the bytes after the chunked body are never read as a second request.
        var answer = await SendRawAsync(
            "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 4", answer, StringComparison.Ordinal);
        Assert.Equal(1, Count(answer, "HTTP/1.1 "));
        Assert.DoesNotContain("404", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinalTransferCodingNotChunked_Refused()
    {
        var answer = await SendRawAsync("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\nabc");

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoDifferentContentLengths_Refused()
    {
        var answer = await SendRawAsync("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}");

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPipelinedRequests_AnsweredAsTwo()
    {
        // The control: well-framed requests on one connection are each answered, so the refusals above are about framing.
        var answer = await SendRawAsync("GET /notices/v1/red?resultPerPage=1 HTTP/1.1\r\nHost: localhost\r\n\r\nGET /notices/v1/red?resultPerPage=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(2, Count(answer, "HTTP/1.1 200"));
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    private async Task<string> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(kestrel.Address.Host, kestrel.Address.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        // Read until the server closes the connection, or until it has been quiet for a few seconds (it keeps it open).
        var text = new StringBuilder();
        var buffer = new byte[8192];
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            quiet.CancelAfter(TimeSpan.FromSeconds(5));
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, quiet.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                return text.ToString();
            }

            if (read == 0)
            {
                return text.ToString();
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}
