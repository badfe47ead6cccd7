using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FairNotice.Web.Features.Redress;

namespace FairNotice.Web.Tests.Features.Redress;

/// <summary>Identical uploads are stored once; every attachment still reads back whole.</summary>
public abstract class IdenticalUploadTests(AppFixture app)
{
    [Fact]
    public async Task FileRedress_SameDocumentThreeTimes_BytesStoredOnceAndEachAttachmentReadsBack()
    {
        // A real one-page PDF (uploads are parsed, issue #12 item 4), unique to this run so no other test shares its hash.
        var document = Hardening.TestFiles.Pdf(catalogExtra: $"/Lang (x-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))})");
        // Found by its keyed digest (the documents key is the server's): equal files, equal digests.
        var hash = app.Factory.Services.GetRequiredService<FairNotice.Web.Platform.SealedFiles>().Digest(document);
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission@demo.fairnotice");
        var first = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("TWICE", identity: document));
        var second = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("TWICE", identity: document));
        var third = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("THRICE", identity: document));

        var rows = await app.WithDb(db => db.RedressAttachments.AsNoTracking().Where(a => a.Sha256 == hash).Select(a => new { a.Id, a.RequestId, a.Data, a.Size }).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.Single(rows, r => r.Data.Length > 0);
        Assert.All(rows, r => Assert.Equal(document.Length, r.Size));
        foreach (var (request, row) in new[] { first.Id, second.Id, third.Id }.Select(id => (id, rows.Single(r => r.RequestId == id))))
        {
            var download = await ccf.GetAsync($"/api/commission/requests/{request}/attachments/{row.Id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(document, await download.Content.ReadAsByteArrayAsync());
        }
    }
}

public sealed class SqliteIdenticalUploadTests(SqliteFixture app) : IdenticalUploadTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresIdenticalUploadTests(PostgresFixture app) : IdenticalUploadTests(app), IClassFixture<PostgresFixture>;
