using FairNotice.Web.Features.Audit;
using FairNotice.Web.Platform;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairNotice.Web.Tests.Features.Audit;

/// <summary>Two signers of the same audit entry (the timer's tick and the host's stop, or two nodes sharing the heads folder)
/// once shared one temporary file: one moved it away under the other, which logged a FileNotFoundException as an error
/// (seen in the 100,000-case pre-check fuzz run). Each now writes its own file and the later one steps back.</summary>
public sealed class AuditHeadRaceTests(SqliteFixture app) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task ConcurrentSigners_OfTheSameEntry_WriteOneHeadAndNoLeftovers()
    {
        var keys = app.Factory.Services.GetRequiredService<AuditKeyring>();
        for (var round = 0; round < 15; round++)
        {
            // A new audit entry to sign in each round: a read of the notices list is audited.
            using (var fr = await app.As("ncb.fr@demo.fairnotice"))
            {
                (await fr.GetAsync("/api/notices")).EnsureSuccessStatusCode();
            }

            var signed = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
                app.WithDb(db => SignAuditHead.WriteAsync(db, keys, app.Clock.GetUtcNow(), NullLogger.Instance, CancellationToken.None)))));

            // A signer that starts after another entry was written signs that later entry: a second head, not the same one.
            var claimed = signed.OfType<FairNotice.Domain.Audit.SignedHead>().GroupBy(h => h.Sequence).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(claimed.Count == 0, $"round {round}: entries {string.Join(", ", claimed)} claimed by more than one signer");
        }

        Assert.Empty(Directory.EnumerateFiles(keys.HeadsDirectory, "*.tmp"));
        var heads = await SignAuditHead.ReadFilesAsync(keys.HeadsDirectory, CancellationToken.None);
        Assert.All(heads, h => Assert.NotNull(FairNotice.Domain.Audit.AuditHeads.Parse(h.Text)));
    }
}
