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
        var gen = Gen.Select(CsvFuzz.Lists, Gen.OneOf("?purpose=flight%20AF123", "?purpose=flight&explain=true", "?purpose=x&explain=maybe", "", "?purpose=%E2%80%AE"),
            Gen.OneOf("text/csv", "text/csv; charset=utf-8", "TEXT/CSV", "text/csv; charset=latin1"));
        await FuzzRun.RunAsync("csv.web", gen, 200, async c =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/screening/batch" + c.Item2) { Content = new ByteArrayContent(c.Item1.Bytes) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", c.Item3);
            using var response = await ncb.SendAsync(request);
            return await host.JudgeAsync(response);
        }, c => $"{c.Item2} [{c.Item3}] {c.Item1.How} | {Encoding.UTF8.GetString(c.Item1.Bytes)}");
    }
}
