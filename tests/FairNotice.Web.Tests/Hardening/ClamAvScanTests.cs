using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>The app on SQLite with a real clamd of its own (<see cref="PrivateClamd"/>) as its virus scanner.</summary>
public sealed class ScannedAppFixture : AppFixture
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fairnotice-av-{Guid.NewGuid():N}.db");

    public PrivateClamd Clamd { get; private set; } = null!;

    public override string Provider => "Sqlite";

    protected override async Task CreateDatabaseAsync()
    {
        ConnectionString = $"Data Source={_path}";
        Clamd = await PrivateClamd.StartAsync();
        Settings["Antivirus:Clamd"] = Clamd.Address;
        Settings["Antivirus:RunWithoutScanner"] = "false";
        Settings["Antivirus:RetryAfterSeconds"] = "45";
    }

    protected override async Task DropDatabaseAsync()
    {
        await Clamd.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(f);
        }
    }
}

/// <summary>ASVS 5.4.3: every untrusted upload goes through clamd before it is parsed or stored; a hit is a 422 naming the
/// field and an audit entry without personal data.</summary>
public sealed class ClamAvScanTests(ScannedAppFixture app) : IClassFixture<ScannedAppFixture>
{
    // EICAR inside an otherwise valid one-page PDF: passes every parser check, only the scanner can refuse it.
    private static byte[] PdfCarryingEicar() =>
        TestFiles.Pdf(extraObjects: $"<< /Length {PrivateClamd.Eicar.Length} >>\nstream\n{PrivateClamd.Eicar}\nendstream");

    [Fact]
    public async Task FileRedress_EicarInAPdf_Refused422NamingTheFieldAuditedAndNothingStored()
    {
        using var anon = app.Anonymous();
        var before = await app.WithDb(db => db.RedressRequests.CountAsync());
        // The class's other tests refuse files too, in any order: only the entries this filing wrote count.
        var earlier = await app.WithDb(db => db.AuditEntries.Where(a => a.Action == "redress.upload_refused").Select(a => a.Id).ToListAsync());

        var r = await anon.PostAsync("/api/redress", Requests.RedressForm("EICARPDF", identity: PdfCarryingEicar()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = await r.Json();
        Assert.Equal(UploadScanning.InfectedCode, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("identityDocument", out _));
        Assert.Equal(before, await app.WithDb(db => db.RedressRequests.CountAsync()));
        var audit = await app.WithDb(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "redress.upload_refused").ToListAsync());
        var entry = Assert.Single(audit, a => !earlier.Contains(a.Id));
        Assert.Contains(PrivateClamd.SignatureName, entry.Purpose, StringComparison.Ordinal);
        Assert.StartsWith("identityDocument:", entry.Purpose, StringComparison.Ordinal);
        Assert.DoesNotContain("EICARPDF", entry.Purpose, StringComparison.Ordinal);
        Assert.Equal("refused", entry.Outcome);
    }

    [Fact]
    public async Task FileRedress_BareEicarFile_Refused422BeforeAnyParser()
    {
        using var anon = app.Anonymous();
        var form = Requests.RedressForm("EICARBARE");
        form.Add(new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(PrivateClamd.Eicar)), "powerOfAttorney", "mandate.pdf");

        var r = await anon.PostAsync("/api/redress", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("powerOfAttorney", out _));
    }

    [Fact]
    public async Task FileRedress_CleanPdf_ScannedAndAccepted()
    {
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission@demo.fairnotice");
        var clean = TestFiles.Pdf(catalogExtra: $"/Lang (x-{Guid.NewGuid():N})");

        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("CLEANPDF", identity: clean));

        var attachment = await app.WithDb(db => db.RedressAttachments.AsNoTracking().FirstAsync(a => a.RequestId == id && a.Kind == "identityDocument"));
        var download = await ccf.GetAsync($"/api/commission/requests/{id}/attachments/{attachment.Id}");
        Assert.Equal(clean, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task NoticePhoto_JpegCarryingEicar_Refused422NamingPhotoAndAudited()
    {
        using var fr = await app.As("ncb.fr@demo.fairnotice");
        var created = await (await fr.PostAsJsonAsync("/api/notices", Requests.RedNotice("PHOTOSCAN"))).Json();
        var id = created.GetProperty("id").GetGuid();
        var photo = new ByteArrayContent([.. TestFiles.Jpeg(), .. System.Text.Encoding.ASCII.GetBytes(PrivateClamd.Eicar)]);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");

        var r = await fr.PostAsync($"/api/notices/{id}/photos", photo);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.True((await r.Json()).GetProperty("errors").TryGetProperty("photo", out _));
        Assert.Equal(0, await app.WithDb(db => db.Set<FairNotice.Web.Features.Notices.NoticePhoto>().CountAsync(p => p.NoticeId == id)));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Action == "notice.photo.refused" && a.ObjectId == id.ToString())));

        var clean = new ByteArrayContent(TestFiles.Jpeg());
        clean.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        Assert.Equal(HttpStatusCode.Created, (await fr.PostAsync($"/api/notices/{id}/photos", clean)).StatusCode);
    }
}

/// <summary>ASVS 5.4.3, failing closed: with clamd stopped a filing is refused with 503 and Retry-After, and nothing is
/// stored. Its own clamd, since the test stops it.</summary>
public sealed class ClamAvDownTests(ScannedAppFixture app) : IClassFixture<ScannedAppFixture>
{
    [Fact]
    public async Task FileRedress_ScannerStopped_503WithRetryAfterAndNothingStored()
    {
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission@demo.fairnotice");
        await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("BEFORESTOP"));
        var requests = await app.WithDb(db => db.RedressRequests.CountAsync());
        var attachments = await app.WithDb(db => db.RedressAttachments.CountAsync());

        await app.Clamd.StopAsync();
        Assert.False(await app.Clamd.PingAsync());
        var r = await anon.PostAsync("/api/redress", Requests.RedressForm("AFTERSTOP"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(45), r.Headers.RetryAfter?.Delta);
        Assert.Equal("upload.scanner_unavailable", (await r.Json()).GetProperty("code").GetString());
        Assert.Equal(requests, await app.WithDb(db => db.RedressRequests.CountAsync()));
        Assert.Equal(attachments, await app.WithDb(db => db.RedressAttachments.CountAsync()));
    }
}

/// <summary>The clamd client's reading of replies and its timeout, without a scanner.</summary>
public sealed class ClamdClientTests
{
    [Theory]
    [InlineData("stream: OK\0", "Clean", null)]
    [InlineData("stream: Win.Test.EICAR_HDB-1 FOUND\0", "Infected", "Win.Test.EICAR_HDB-1")]
    [InlineData("INSTREAM size limit exceeded. ERROR\0", "Unavailable", null)]
    [InlineData("", "Unavailable", null)]
    public void Interpret_Reply_Verdict(string reply, string kind, string? signature)
    {
        var verdict = ClamdScanner.Interpret(reply);

        Assert.Equal(kind, verdict.GetType().Name);
        Assert.Equal(signature, (verdict as ScanVerdict.Infected)?.Signature);
    }

    [Fact]
    public async Task Scan_ScannerAcceptsButNeverAnswers_UnavailableAfterTheTimeout()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var options = Microsoft.Extensions.Options.Options.Create(new AntivirusOptions { Clamd = $"tcp://127.0.0.1:{port}", TimeoutSeconds = 1 });
        var accepting = listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken);

        var verdict = await new ClamdScanner(options).ScanAsync(new byte[100], TestContext.Current.CancellationToken);

        Assert.IsType<ScanVerdict.Unavailable>(verdict);
        (await accepting).Dispose();
    }

    [Fact]
    public async Task Scan_NothingListening_Unavailable()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new AntivirusOptions { Clamd = "unix:/tmp/fn-no-such-clamd.sock" });

        Assert.IsType<ScanVerdict.Unavailable>(await new ClamdScanner(options).ScanAsync(new byte[10], TestContext.Current.CancellationToken));
    }
}

/// <summary>Production never runs without a decision about scanning: a scanner, or the explicit switch.</summary>
public sealed class ScannerStartupTests
{
    [Fact]
    public async Task Start_ProductionWithoutScannerOrSwitch_ExitsNonZeroNamingTheSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fn-av-{Guid.NewGuid():N}.db");
        try
        {
            var (exit, _, stderr) = await StartupFaultTests.RunServerAsync("--Database:ConnectionString", "Data Source=" + path, "--Antivirus:RunWithoutScanner", "false");

            Assert.Equal(1, exit);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("Antivirus:Clamd", line, StringComparison.Ordinal);
            Assert.Contains("Antivirus:RunWithoutScanner", line, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
