using System.Net;
using System.Security.Cryptography;
using System.Text;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FairNotice.Web.Tests;

/// <summary>Issue #18 item 4, ASVS 14.2.4: redress documents are sealed (AES-256-GCM) under a key outside the database,
/// and only the Commission's path opens them.</summary>
public abstract class SealedAttachmentTests(AppFixture app)
{
    [Fact]
    public async Task FileRedress_Documents_StoredSealedReadableOnlyByTheCommission()
    {
        var marker = $"PASSPORT-{Convert.ToHexString(RandomNumberGenerator.GetBytes(8))}";
        var document = Hardening.TestFiles.Pdf(catalogExtra: $"/Lang ({marker})");
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission@demo.fairnotice");

        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("SEALED", identity: document));

        var row = await app.WithDb(db => db.RedressAttachments.AsNoTracking().SingleAsync(a => a.RequestId == id && a.Kind == "identityDocument"));
        Assert.True(SealedFiles.IsSealed(row.Data));
        Assert.Equal(-1, row.Data.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)));
        Assert.Equal(-1, row.Data.AsSpan().IndexOf("%PDF"u8));
        // The stored digest is keyed: not the SHA-256 anyone could compute from a guessed document.
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(document)), row.Sha256);
        Assert.Equal(document.Length, row.Size);
        if (app.Provider == "Sqlite")
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
            Assert.Equal(-1, (await File.ReadAllBytesAsync(file)).AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)));
        }

        var read = await ccf.GetAsync($"/api/commission/requests/{id}/attachments/{row.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(document, await read.Content.ReadAsByteArrayAsync());
        foreach (var other in new[] { "reviewer@demo.fairnotice", "ncb.fr@demo.fairnotice", "auditor@demo.fairnotice", "admin@demo.fairnotice" })
        {
            using var client = await app.As(other);
            var denied = await client.GetAsync($"/api/commission/requests/{id}/attachments/{row.Id}");
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        using var nobody = app.Anonymous();
        Assert.NotEqual(HttpStatusCode.OK, (await nobody.GetAsync($"/api/commission/requests/{id}/attachments/{row.Id}")).StatusCode);
    }

    [Fact]
    public async Task Start_DocumentsStoredBeforeSealing_SealedAndStillReadableWithTheirCopies()
    {
        using var anon = app.Anonymous();
        using var ccf = await app.As("commission@demo.fairnotice");
        var (_, _, id) = await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("LEGACY"));
        var legacy = Hardening.TestFiles.Pdf(catalogExtra: $"/Lang (LEGACY-{Guid.NewGuid():N})");
        var oldHash = Convert.ToHexStringLower(SHA256.HashData(legacy));
        Guid holder = Guid.CreateVersion7(), copy = Guid.CreateVersion7();
        await app.WithDb(async db =>
        {
            // As rows were written before sealing: plaintext bytes, unkeyed SHA-256, a second row sharing them.
            db.RedressAttachments.Add(new RedressAttachment { Id = holder, RequestId = id, Kind = "powerOfAttorney", FileName = "powerOfAttorney.pdf", ContentType = "application/pdf", Size = legacy.Length, Sha256 = oldHash, Data = legacy });
            db.RedressAttachments.Add(new RedressAttachment { Id = copy, RequestId = id, Kind = "powerOfAttorney", FileName = "powerOfAttorney.pdf", ContentType = "application/pdf", Size = legacy.Length, Sha256 = oldHash, Data = [] });
            return await db.SaveChangesAsync();
        });

        await app.WithDb(async db =>
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var step = scope.ServiceProvider.GetServices<IStartupStep>().OfType<SealLegacyDocuments>().Single();
            await step.RunAsync(scope.ServiceProvider, db, CancellationToken.None);
            return 0;
        });

        var rows = await app.WithDb(db => db.RedressAttachments.AsNoTracking().Where(a => a.Id == holder || a.Id == copy).ToListAsync());
        Assert.True(SealedFiles.IsSealed(rows.Single(r => r.Id == holder).Data));
        Assert.Single(rows.Select(r => r.Sha256).Distinct());
        Assert.NotEqual(oldHash, rows[0].Sha256);
        foreach (var attachment in new[] { holder, copy })
        {
            Assert.Equal(legacy, await (await ccf.GetAsync($"/api/commission/requests/{id}/attachments/{attachment}")).Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task SealedDocument_OtherKeyOrOtherDigestOrAlteredByte_DoesNotOpen()
    {
        var seal = app.Factory.Services.GetRequiredService<SealedFiles>();
        var document = Hardening.TestFiles.Pdf();
        var digest = seal.Digest(document);
        var sealedBytes = seal.Seal(document, digest);

        Assert.Equal(document, seal.Open(sealedBytes, digest));
        Assert.ThrowsAny<CryptographicException>(() => new SealedFiles(RandomNumberGenerator.GetBytes(32)).Open(sealedBytes, digest));
        Assert.ThrowsAny<CryptographicException>(() => seal.Open(sealedBytes, seal.Digest("another file"u8)));
        sealedBytes[^20] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => seal.Open(sealedBytes, digest));
    }
}

public sealed class SqliteSealedAttachmentTests(SqliteFixture app) : SealedAttachmentTests(app), IClassFixture<SqliteFixture>;

public sealed class PostgresSealedAttachmentTests(PostgresFixture app) : SealedAttachmentTests(app), IClassFixture<PostgresFixture>;
