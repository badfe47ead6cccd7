using System.Globalization;
using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Redress;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Features.Transparency;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform;

/// <summary>Demo only: five years of synthetic, decided requests so the statistics page has something to show, two
/// requests to the Commission, and the published yearly totals. Every name here is invented.</summary>
internal static class DemoHistory
{
    private static readonly string[] Families = ["MARTIN", "NOVAK", "SILVA", "KOWALSKI", "HASSAN", "IVANOVA", "CHEN", "OKORO", "LARSEN", "ROSSI", "PETROV", "YILDIZ", "SANTOS", "MÜLLER", "KAPOOR"];
    private static readonly string[] Forenames = ["Alex", "Maria", "Omar", "Irina", "Wei", "Tomás", "Ana", "Sami", "Lea", "Ivan", "Elif", "Ravi", "Jonas", "Nadia", "Paulo"];

    // Per demo member: requests per year, and the chance a decision is a refusal, with its usual ground.
    private static readonly (string Country, int PerYear, double RefuseRate, Ground Ground)[] Profiles =
    [
        ("FR", 14, 0.04, Ground.DataQuality), ("US", 18, 0.05, Ground.Article83), ("CN", 10, 0.35, Ground.Article3), ("RU", 16, 0.40, Ground.Article3),
        ("TR", 12, 0.30, Ground.Article2), ("GB", 8, 0.03, Ground.DataQuality), ("BR", 9, 0.08, Ground.Article83), ("AU", 5, 0.05, Ground.DataQuality),
        ("DE", 11, 0.04, Ground.DataQuality), ("IN", 9, 0.12, Ground.Article83),
    ];

    public static async Task SeedAsync(AppDbContext db, DateTimeOffset now, SealedFiles seal, CancellationToken ct)
    {
        var random = new Random(2026);
        var created = 0;
        for (var year = now.Year - 4; year <= now.Year; year++)
        {
            foreach (var (country, perYear, refuseRate, ground) in Profiles)
            {
                var count = perYear + random.Next(-2, 3);
                for (var i = 0; i < count; i++)
                {
                    db.Notices.Add(Record(random, year, country, refuseRate, ground, now));
                    created++;
                }
            }
        }

        db.Audit(Actor.System.Facts(now, "demo.seed_history", "notice", null, $"{created} synthetic decided requests for the statistics"));
        await db.SaveChangesAsync(ct);

        using (var reader = new StreamReader(typeof(DemoHistory).Assembly.GetManifestResourceStream("interpol-yearly-totals.csv")!))
        {
            var totals = await PublishedTotalsCsv.ReadAsync(reader);
            await PublishedTotalsCsv.StoreAsync(db, totals.Value, now, ct);
        }

        await CommissionAsync(db, now, seal, ct);
        await ElectionAsync(db, now, ct);
    }

    // An election taking candidacies for a week; the officer runs the key ceremony with the CLI (secrets never on the server).
    private static async Task ElectionAsync(AppDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var officerId = await db.Users.Where(u => u.Email == $"elections@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
        var officer = new Actor(officerId, Affiliation.Secretariat, null, new HashSet<Role> { Role.ElectionOfficer });
        await Features.Elections.SetUpElection.HandleAsync(db, officer, now, new Features.Elections.CreateElectionRequest("ga-2026", "Executive Committee, 94th General Assembly (demo)",
            now.AddDays(7), [new(Domain.Elections.Post.President, null), new(Domain.Elections.Post.Delegate, "Asia")], ["VE", "SO"], [],
            [new("Ahmed Naser Al-Raisi (demo)", "AE", Domain.Elections.Post.President)]), ct);
        foreach (var (country, person, post, region) in new[] { ("br", "Ana Lima", Domain.Elections.Post.President, (string?)null), ("au", "Kate Moore", Domain.Elections.Post.President, null),
                     ("in", "Priya Rao", Domain.Elections.Post.Delegate, "Asia") })
        {
            var id = await db.Users.Where(u => u.Email == $"supervisor.{country}@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
            var supervisor = new Actor(id, Affiliation.Ncb, country.ToUpperInvariant(), new HashSet<Role> { Role.NcbSupervisor });
            await Features.Elections.SubmitCandidacy.HandleAsync(db, supervisor, now, "ga-2026", new Features.Elections.CandidacyRequest(person, post, region), ct);
        }
    }

    private static NoticeRecord Record(Random random, int year, string country, double refuseRate, Ground ground, DateTimeOffset now)
    {
        var submitted = new DateTimeOffset(year, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(random.Next(0, year == now.Year ? Math.Max(1, now.DayOfYear - 30) : 360));
        var decided = submitted.AddDays(2 + random.Next(0, 40));
        var roll = random.NextDouble();
        var kind = random.Next(4) == 0 ? NoticeKind.Diffusion : NoticeKind.Notice;
        var colour = kind == NoticeKind.Diffusion ? NoticeColour.Red : random.Next(10) switch { < 7 => NoticeColour.Red, < 8 => NoticeColour.Yellow, < 9 => NoticeColour.Blue, _ => NoticeColour.Green };
        var status = roll < refuseRate ? NoticeStatus.Refused : roll < refuseRate + 0.05 ? NoticeStatus.Withdrawn : roll < refuseRate + 0.08 ? NoticeStatus.Cancelled : NoticeStatus.Published;
        var person = new Person(new PersonName(Families[random.Next(Families.Length)], Forenames[random.Next(Forenames.Length)]), null, [], random.Next(2) == 0 ? "M" : "F",
            new PartialDate(1950 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28)), null, null, [], [], null, []);
        var facts = new CaseFacts("Synthetic demo request (statistics history).", year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, [], null, null, null);
        var record = new NoticeRecord
        {
            Id = Guid.CreateVersion7(submitted), Kind = kind, Status = status, RequestingCountry = country, CreatedByUserId = "demo-history",
            CreatedAt = submitted, UpdatedAt = decided, SubmittedAt = submitted,
            PublishedAt = status is NoticeStatus.Published or NoticeStatus.Cancelled ? decided : null,
            ExpiresAt = status is NoticeStatus.Published or NoticeStatus.Cancelled ? decided.AddYears(NoticeLifecycle.ValidityYears) : null,
            RefusalGround = status == NoticeStatus.Refused ? (random.Next(4) == 0 ? Ground.DataQuality : ground) : null,
            RepeatedAttempt = status == NoticeStatus.Refused && random.Next(5) == 0,
        };
        record.SetContent(new NoticeContent(kind, colour, person, facts, false, [], kind == NoticeKind.Diffusion, []));
        record.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(submitted), At = submitted, ActorId = "demo-history", ActorCountry = country, Action = "Submit", FromStatus = NoticeStatus.Draft, ToStatus = NoticeStatus.UnderReview });
        var action = status == NoticeStatus.Refused ? "Refuse" : status == NoticeStatus.Withdrawn ? "Withdraw" : "Publish";
        record.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(decided), At = decided, ActorId = "demo-history", Action = action, FromStatus = NoticeStatus.UnderReview,
            ToStatus = status == NoticeStatus.Cancelled ? NoticeStatus.Published : status });
        if (status == NoticeStatus.Cancelled)
        {
            record.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(decided.AddDays(30)), At = decided.AddDays(30), ActorId = "demo-history", Action = "Cancel", FromStatus = NoticeStatus.Published, ToStatus = NoticeStatus.Cancelled });
        }

        return record;
    }

    // One request just received (admissibility clock running) and one admissible, about the demo diffusion, with its source consulted.
    private static async Task CommissionAsync(AppDbContext db, DateTimeOffset now, SealedFiles seal, CancellationToken ct)
    {
        // The server's own demo files: sealed like any document, not scanned (nothing untrusted).
        var safeguards = new FileRedress.Safeguards(null, seal);
        var pdf = OnePagePdf();
        Upload[] docs = [new("identityDocument", "passport.pdf", "application/pdf", pdf), new("signedStatement", "statement.pdf", "application/pdf", pdf)];
        await FileRedress.HandleAsync(db, now.AddDays(-20), new FileRedressRequest(RedressType.Access, "fr", "HU", "Lan", "1990-07-21", "CN", false, null,
            "hu.lan@example.org", "Je demande l'accès aux données me concernant dans les fichiers de l'Organisation.", null, null, null), docs, retry: null, safeguards, ct);
        var filed = await FileRedress.HandleAsync(db, now.AddDays(-40), new FileRedressRequest(RedressType.CorrectionDeletion, "en", "KARIMOV", "Arsen", "1982-12-02", "RU", true,
            "Maître A. Laurent", "cabinet.laurent@example.org", "The diffusion concerning my client rests on a political case; he asks for its deletion.", null, null, null),
            [.. docs, new("powerOfAttorney", "mandate.pdf", "application/pdf", pdf)], retry: null, safeguards, ct);
        var commission = await db.Users.Where(u => u.Email == $"commission@{DemoData.Domain}").Select(u => u.Id).FirstAsync(ct);
        var actor = new Actor(commission, Affiliation.Commission, null, new HashSet<Role> { Role.CommissionMember });
        var id = filed.Value.Id;
        await DecideAdmissibility.HandleAsync(db, actor, now.AddDays(-30), id, new AdmissibilityRequest(true, null), ct);
        var diffusion = await db.Notices.Where(n => n.FamilyName == "KARIMOV").Select(n => n.Id).FirstAsync(ct);
        await LinkNotice.HandleAsync(db, actor, now.AddDays(-29), id, new LinkNoticeRequest(diffusion, null), ct);
    }

    // A real, empty one-page PDF: uploads are parsed, a header alone would be refused.
    internal static byte[] OnePagePdf()
    {
        string[] objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
