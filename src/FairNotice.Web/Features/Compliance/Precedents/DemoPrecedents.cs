using System.Globalization;
using System.Text.Json;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Compliance.Precedents;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Compliance.Precedents;

/// <summary>Demo mode's precedents: decisions modelled on the public record (<c>demo-precedents.json</c>), each with its
/// source, about fictional persons.</summary>
internal sealed class DemoPrecedents : IDemoSeed
{
    // First: the demo requests' compliance checks (Notices, 20) compare with these.
    public int Order => 10;

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        seeding.Db.Set<PrecedentRecord>().AddRange(Load());
        await seeding.Db.SaveChangesAsync(ct);
    }

    public static IReadOnlyList<PrecedentRecord> Load()
    {
        using var stream = typeof(DemoPrecedents).Assembly.GetManifestResourceStream("demo-precedents.json")
            ?? throw new InvalidOperationException("demo-precedents.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        var list = new List<PrecedentRecord>();
        foreach (var e in doc.RootElement.GetProperty("precedents").EnumerateArray())
        {
            var at = DateTimeOffset.Parse(e.GetProperty("decidedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var who = e.GetProperty("person");
            var person = new Person(new PersonName(who.GetProperty("family").GetString()!, who.GetProperty("forenames").GetString()!), null, [], "U",
                PartialDate.TryParse(who.GetProperty("dob").GetString(), out var dob) ? dob : null, null, null, [], [], null, []);
            var charges = e.GetProperty("charges").EnumerateArray()
                .Select(c => new Charge(c.GetProperty("description").GetString()!, c.GetProperty("law").GetString()!, null)).ToList();
            var content = new NoticeContent(NoticeKind.Notice, NoticeColour.Red, person,
                new CaseFacts(e.GetProperty("facts").GetString(), null, null, WantedFor.Prosecution, charges, null, null, null), false, [], false, []);
            var ground = e.GetProperty("ground").ValueKind == JsonValueKind.String ? Enum.Parse<Ground>(e.GetProperty("ground").GetString()!) : (Ground?)null;
            var reference = e.GetProperty("reference").GetString()!;
            // A stable id per reference, so that the same seed gives the same rows.
            var id = new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("precedent:" + reference)).AsSpan(0, 16));
            list.Add(PrecedentRecord.From(id, null, reference, e.GetProperty("requester").GetString()!, at, e.GetProperty("decidedBy").GetString()!,
                Enum.Parse<PrecedentOutcome>(e.GetProperty("outcome").GetString()!), ground, e.GetProperty("reason").GetString(), content, e.GetProperty("source").GetString()));
        }

        return list;
    }
}
