using System.Text;
using CsCheck;
using FairNotice.Fuzz;

namespace FairNotice.Web.Tests.Fuzz;

/// <summary>Issue #12 item 5: CSV passenger lists uploaded to <c>POST /api/screening/batch</c> (text/csv).</summary>
public sealed class CsvFuzzTests(FuzzHost host) : IClassFixture<FuzzHost>
{
    [Fact]
    public async Task ScreeningBatch_HostileCsv_AnswersBelow500()
    {
        using var ncb = await host.As("ncb.br@demo.fairnotice");
        var gen = Gen.Select(CsvFuzz.Lists, Gen.OneOf("flight AF123|", "flight|?explain=true", "x|?explain=maybe", "|", "%E2%80%AE|", "x|?purpose=x"),
            Gen.OneOf("text/csv", "text/csv; charset=utf-8", "TEXT/CSV", "text/csv; charset=latin1"));
        await FuzzRun.RunAsync("csv.web", gen, 200, async c =>
        {
            // The purpose travels in X-Purpose (before the bar); a purpose in the URL is refused (ASVS 14.2.1).
            var (purpose, query) = (c.Item2.Split('|')[0], c.Item2.Split('|')[1]);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/screening/batch" + query) { Content = new ByteArrayContent(c.Item1.Bytes) };
            if (purpose.Length > 0)
            {
                request.Headers.Add("X-Purpose", purpose);
            }

            request.Content.Headers.TryAddWithoutValidation("Content-Type", c.Item3);
            using var response = await ncb.SendAsync(request);
            return await host.JudgeAsync(response);
        }, c => $"{c.Item2} [{c.Item3}] {c.Item1.How} | {Encoding.UTF8.GetString(c.Item1.Bytes)}");
    }
}
