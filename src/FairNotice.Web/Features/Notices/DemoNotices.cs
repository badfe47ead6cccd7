using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>Demo mode: a few requests in every state, made through the same use cases as in real use (creation, submission
/// with its compliance check, the four-eyes review). Its rows mark a seeded database: with any request stored, no demo
/// seed runs again.</summary>
internal sealed class DemoNotices(INoticeCompliance compliance) : IDemoSeed
{
    // After Compliance's precedents (10), which the submissions' checks compare with; before the history (30), so these
    // requests take the first references of the year.
    public int Order => 20;

    public Task<bool> HasRunAsync(AppDbContext db, CancellationToken ct) => db.Notices.AnyAsync(ct);

    public async Task SeedAsync(DemoSeeding seeding, CancellationToken ct)
    {
        var (db, now) = (seeding.Db, seeding.Now);
        var reviewer = await seeding.ActorAsync(DemoSeeding.Email("reviewer"));
        var second = await seeding.ActorAsync(DemoSeeding.Email("reviewer2"));
        async Task SeedAsync(string ncb, NoticeContent content, NoticeAction[] steps, string? reason = null) =>
            await SeedRequestAsync(db, compliance, await seeding.ActorAsync(DemoSeeding.Email(ncb)), now, content, steps, reviewer, second, reason);

        await SeedAsync("ncb.fr", Red("DUPONT", "Marc Antoine", null, "M", "1975-03-14", ["FR"],
            "Between January 2019 and March 2021 in Lyon, the person ran a fake investment scheme and took EUR 4.2 million from 310 savers.",
            "2019-01 to 2021-03", "Lyon, France", new Charge("Organised fraud (escroquerie en bande organisée)", "Code pénal art. 313-2", 120),
            "Tribunal judiciaire de Lyon, juge d'instruction", "2021-06-02", "MA-2021-0457"), [NoticeAction.Submit, NoticeAction.Publish]);
        await SeedAsync("ncb.us", Red("HALVORSEN", "Erik", null, "M", "1988", ["US", "NO"],
            "From 2020 to 2023 the person imported about 40 kg of fentanyl and distributed it through a network of 12 dealers operating from Houston, Texas.",
            "2020-2023", "Houston, Texas", new Charge("Conspiracy to distribute a controlled substance", "21 U.S.C. § 846", 480),
            "U.S. District Court, Southern District of Texas", "2024-01-10", "4:24-mj-0112"), [NoticeAction.Submit]);
        await SeedAsync("ncb.cn", Red("HU", "Lan", new PersonName("胡", "兰"), "F", "1990-07-21", ["CN"],
            "The person organised online gatherings and published articles abroad criticising state policy.",
            "2022", "Online", new Charge("Subversion of state power", "Criminal Law of the PRC art. 105", 180),
            "Municipal Public Security Bureau", "2023-02-11", "GA-2023-118"), [NoticeAction.Submit, NoticeAction.Refuse],
            "Art. 3: the charge is a purely political offence and the facts describe expression and assembly.");
        await SeedAsync("ncb.tr", Red("YILMAZ", "Deniz", null, "U", "1983", ["TR"],
            "Draft: facts to be completed.", null, null, null, null, null, null), []);

        var missing = Red("WEBER", "Lina", null, "F", "2011-09-02", ["DE"],
            "Missing since 4 May 2026, last seen near Cologne central station.", "2026-05-04", "Köln, Germany", null, null, null, null) with { Colour = NoticeColour.Yellow };
        await SeedAsync("ncb.de", missing with { Case = missing.Case with { WantedFor = null, Charges = [] } }, [NoticeAction.Submit, NoticeAction.Publish]);

        var diffusion = Red("KARIMOV", "Arsen", new PersonName("Каримов", "Арсен"), "M", "1982-12-02", ["RU"],
            "The person is said to have taken part in an illegal armed formation in 2014.", "2014", "Not stated",
            new Charge("Participation in an illegal armed formation", "Criminal Code of the RF art. 208(2)", 180),
            "Basmanny District Court, Moscow", "2019-05-30", "3/12-118/2019") with { Kind = NoticeKind.Diffusion, AddressedToAll = true };
        await SeedAsync("ncb.ru", diffusion, [NoticeAction.Submit]);

        var targeted = Red("OKAFOR", "Chidi", null, "M", "1979-11-30", ["NG", "GB"],
            "In 2025 the person laundered GBP 2 million of fraud proceeds through London property purchases.", "2025", "London, United Kingdom",
            new Charge("Money laundering", "Proceeds of Crime Act 2002 s. 327", 168),
            "Westminster Magistrates' Court", "2025-10-01", "WMC/2025/8812") with { Kind = NoticeKind.Diffusion, Addressees = ["FR", "DE"] };
        await SeedAsync("ncb.gb", targeted, [NoticeAction.Submit]);
    }

    private static NoticeContent Red(string family, string forenames, PersonName? original, string sex, string dob, string[] nationalities,
        string summary, string? when, string? where, Charge? charge, string? authority, string? issued, string? reference)
    {
        var date = PartialDate.TryParse(dob, out var d) ? d : throw new InvalidOperationException($"Bad demo date {dob}");
        IdentityDocument[] documents = [new("Passport", $"{nationalities[0]}{family.Sum(c => (long)c) * 7919 % 10_000_000:D7}", nationalities[0])];
        var person = new Person(new PersonName(family, forenames), original, [], sex, date, null, nationalities[0], [.. nationalities], documents, null, []);
        var warrant = authority is null ? null : new JudicialDocument("ArrestWarrant", authority, DateOnly.Parse(issued!, System.Globalization.CultureInfo.InvariantCulture), reference!);
        var facts = new CaseFacts(summary, when, where, charge is null ? null : WantedFor.Prosecution, charge is null ? [] : [charge], null, null, warrant);
        return new NoticeContent(NoticeKind.Notice, NoticeColour.Red, person, facts, false, [], false, []);
    }

    private static async Task SeedRequestAsync(AppDbContext db, INoticeCompliance compliance, Actor ncb, DateTimeOffset now, NoticeContent content, NoticeAction[] steps, Actor reviewer, Actor second, string? reason)
    {
        var record = (await CreateRequest.HandleAsync(db, compliance, ncb, now, content, submit: false, CancellationToken.None)).Value;
        await db.SaveChangesAsync();
        foreach (var step in steps)
        {
            if (step == NoticeAction.Submit)
            {
                var context = await compliance.ContextAsync(db, record.RequestingCountry, record.Id, now, CancellationToken.None);
                DemoSeeding.Require(ChangeStatus.Apply(db, record, ncb, now, step, null, context).Error, step.ToString());
                await db.SaveChangesAsync();
                continue;
            }

            // Review outcomes go through the same four-eyes decision as in real use: a second reviewer confirms where needed.
            var decision = step == NoticeAction.Refuse ? ReviewDecision.Refuse : ReviewDecision.Publish;
            var ground = decision == ReviewDecision.Refuse || record.Recommendation == Recommendation.Refuse ? Ground.Article3 : (Ground?)null;
            var asked = new DecisionRequest(decision, ground, reason ?? "Complete, coherent and within the rules.", []);
            var first = await ReviewRequest.HandleAsync(db, compliance, reviewer, now, record.Id, null, asked, CancellationToken.None);
            DemoSeeding.Require(first.Error, step.ToString());
            if (!first.Value.TookEffect)
            {
                DemoSeeding.Require((await ReviewRequest.HandleAsync(db, compliance, second, now, record.Id, null, asked with { Reason = "Agreed." }, CancellationToken.None)).Error, step.ToString());
            }
        }
    }
}
