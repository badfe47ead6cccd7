using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Notices;

/// <summary>Demo mode: five years of synthetic, decided requests so the statistics page has something to show. Every name
/// here is invented.</summary>
internal sealed class DemoNoticeHistory : IDemoSeed
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

    // After the hand-written requests (20), which take the year's first references.
    public int Order => 30;

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        var (db, now) = (seeding.Db, seeding.Now);
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
    }

    private static NoticeRecord Record(Random random, int year, string country, double refuseRate, Ground ground, DateTimeOffset now)
    {
        var submitted = new DateTimeOffset(year, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(random.Next(0, year == now.Year ? Math.Max(1, now.DayOfYear - 30) : 360));
        // Never after now: this year's requests were submitted a month ago at the latest, and a decision drawn up to 41 days
        // later showed in the history as taken next week (an outside tester saw a withdrawal dated three days ahead).
        var decided = Earliest(submitted.AddDays(2 + random.Next(0, 40)), now.AddHours(-2));
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
            var cancelled = Earliest(decided.AddDays(30), now.AddHours(-1));
            record.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(cancelled), At = cancelled, ActorId = "demo-history", Action = "Cancel", FromStatus = NoticeStatus.Published, ToStatus = NoticeStatus.Cancelled });
        }

        return record;
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
