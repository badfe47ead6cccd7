using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform;

internal sealed class DemoOptions
{
    public bool Enabled { get; set; }

    /// <summary>One password for every demo account; FAIRNOTICE_DEMO_PASSWORD overrides.</summary>
    public string Password { get; set; } = "FairNotice-demo-2026";

    /// <summary>The published authenticator key (Base32) every demo account is enrolled with, so the demo signs in without
    /// setting up an app; outside demo mode no account is enrolled by the server.</summary>
    public string AuthenticatorKey { get; set; } = "FAIRNOTICEDEMOAUTHENTICATORKEY26";

    /// <summary>With demo mode off, delete the demo accounts at start (outside Production they are always deleted).</summary>
    public bool RemoveAccounts { get; set; }
}

/// <summary>Demo accounts and a few requests in every state. Runs only in demo mode, and only once.</summary>
internal static class DemoData
{
    public const string Domain = "demo.fairnotice";
    public static readonly string[] Countries = ["fr", "us", "cn", "ru", "tr", "gb", "br", "au", "de", "in"];

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration("Demo").Configure(o =>
        {
            var env = Environment.GetEnvironmentVariable("FAIRNOTICE_DEMO_PASSWORD");
            if (!string.IsNullOrEmpty(env))
            {
                o.Password = env;
            }
        });
        return services;
    }

    public static async Task SeedAsync(IServiceProvider sp, DemoOptions options, CancellationToken ct)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        foreach (var c in Countries)
        {
            var member = MemberCatalogue.Find(c)!;
            await EnsureUserAsync(users, $"ncb.{c}@{Domain}", $"{member.NcbName} officer", Affiliation.Ncb, member.Iso2, Role.NcbOfficer, options.Password, options.AuthenticatorKey);
            await EnsureUserAsync(users, $"supervisor.{c}@{Domain}", $"{member.NcbName} supervisor", Affiliation.Ncb, member.Iso2, Role.NcbSupervisor, options.Password, options.AuthenticatorKey);
        }

        await EnsureUserAsync(users, $"reviewer@{Domain}", "Secretariat reviewer", Affiliation.Secretariat, null, Role.SecretariatReviewer, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"reviewer2@{Domain}", "Second Secretariat reviewer", Affiliation.Secretariat, null, Role.SecretariatReviewer, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"commission@{Domain}", "Commission member", Affiliation.Commission, null, Role.CommissionMember, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"auditor@{Domain}", "Auditor", Affiliation.Secretariat, null, Role.Auditor, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"elections@{Domain}", "Election officer", Affiliation.Secretariat, null, Role.ElectionOfficer, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"admin@{Domain}", "Administrator", Affiliation.Secretariat, null, Role.Administrator, options.Password, options.AuthenticatorKey);
        await EnsureUserAsync(users, $"admin2@{Domain}", "Second administrator", Affiliation.Secretariat, null, Role.Administrator, options.Password, options.AuthenticatorKey);

        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Notices.AnyAsync(ct))
        {
            return;
        }

        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var reviewer = await ActorAsync(users, $"reviewer@{Domain}");
        Features.Compliance.Precedents.DemoPrecedents.Seed(db);
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.fr@" + Domain), now, Red("DUPONT", "Marc Antoine", null, "M", "1975-03-14", ["FR"],
            "Between January 2019 and March 2021 in Lyon, the person ran a fake investment scheme and took EUR 4.2 million from 310 savers.",
            "2019-01 to 2021-03", "Lyon, France", new Charge("Organised fraud (escroquerie en bande organisée)", "Code pénal art. 313-2", 120),
            "Tribunal judiciaire de Lyon, juge d'instruction", "2021-06-02", "MA-2021-0457"), [NoticeAction.Submit, NoticeAction.Publish], reviewer);
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.us@" + Domain), now, Red("HALVORSEN", "Erik", null, "M", "1988", ["US", "NO"],
            "From 2020 to 2023 the person imported and distributed fentanyl through a network operating from Houston, Texas.",
            "2020-2023", "Houston, Texas", new Charge("Conspiracy to distribute a controlled substance", "21 U.S.C. § 846", 480),
            "U.S. District Court, Southern District of Texas", "2024-01-10", "4:24-mj-0112"), [NoticeAction.Submit], reviewer);
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.cn@" + Domain), now, Red("HU", "Lan", new PersonName("胡", "兰"), "F", "1990-07-21", ["CN"],
            "The person organised online gatherings and published articles abroad criticising state policy.",
            "2022", "Online", new Charge("Subversion of state power", "Criminal Law of the PRC art. 105", 180),
            "Municipal Public Security Bureau", "2023-02-11", "GA-2023-118"), [NoticeAction.Submit, NoticeAction.Refuse], reviewer,
            "Art. 3: the charge is a purely political offence and the facts describe expression and assembly.");
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.tr@" + Domain), now, Red("YILMAZ", "Deniz", null, "U", "1983", ["TR"],
            "Draft: facts to be completed.", null, null, null, null, null, null), [], reviewer);

        var missing = Red("WEBER", "Lina", null, "F", "2011-09-02", ["DE"],
            "Missing since 4 May 2026, last seen near Cologne central station.", "2026-05-04", "Köln, Germany", null, null, null, null) with { Colour = NoticeColour.Yellow };
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.de@" + Domain), now, missing with { Case = missing.Case with { WantedFor = null, Charges = [] } },
            [NoticeAction.Submit, NoticeAction.Publish], reviewer);

        var diffusion = Red("KARIMOV", "Arsen", new PersonName("Каримов", "Арсен"), "M", "1982-12-02", ["RU"],
            "The person is said to have taken part in an illegal armed formation in 2014.", "2014", "Not stated",
            new Charge("Participation in an illegal armed formation", "Criminal Code of the RF art. 208(2)", 180),
            "Basmanny District Court, Moscow", "2019-05-30", "3/12-118/2019") with { Kind = NoticeKind.Diffusion, AddressedToAll = true };
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.ru@" + Domain), now, diffusion, [NoticeAction.Submit], reviewer);

        var targeted = Red("OKAFOR", "Chidi", null, "M", "1979-11-30", ["NG", "GB"],
            "In 2025 the person laundered GBP 2 million of fraud proceeds through London property purchases.", "2025", "London, United Kingdom",
            new Charge("Money laundering", "Proceeds of Crime Act 2002 s. 327", 168),
            "Westminster Magistrates' Court", "2025-10-01", "WMC/2025/8812") with { Kind = NoticeKind.Diffusion, Addressees = ["FR", "DE"] };
        await SeedRequestAsync(db, await ActorAsync(users, "ncb.gb@" + Domain), now, targeted, [NoticeAction.Submit], reviewer);
        await DemoHistory.SeedAsync(db, now, sp.GetRequiredService<SealedFiles>(), ct);
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

    private static async Task SeedRequestAsync(AppDbContext db, Actor ncb, DateTimeOffset now, NoticeContent content, NoticeAction[] steps, Actor reviewer, string? reason = null)
    {
        var record = (await CreateRequest.HandleAsync(db, ncb, now, content, submit: false, CancellationToken.None)).Value;
        await db.SaveChangesAsync();
        foreach (var step in steps)
        {
            if (step == NoticeAction.Submit)
            {
                var context = await Features.Compliance.ComplianceContextLoader.LoadAsync(db, record.RequestingCountry, record.Id, now, CancellationToken.None);
                Require(ChangeStatus.Apply(db, record, ncb, now, step, null, context).Error, step);
                await db.SaveChangesAsync();
                continue;
            }

            // Review outcomes go through the same four-eyes decision as in real use: a second reviewer confirms where needed.
            var decision = step == NoticeAction.Refuse ? ReviewDecision.Refuse : ReviewDecision.Publish;
            var ground = decision == ReviewDecision.Refuse || record.Recommendation == Recommendation.Refuse ? Ground.Article3 : (Ground?)null;
            var asked = new DecisionRequest(decision, ground, reason ?? "Complete, coherent and within the rules.", []);
            var first = await ReviewRequest.HandleAsync(db, reviewer, now, record.Id, null, asked, CancellationToken.None);
            Require(first.Error, step);
            if (!first.Value.TookEffect)
            {
                var second = await SecondReviewerAsync(db);
                Require((await ReviewRequest.HandleAsync(db, second, now, record.Id, null, asked with { Reason = "Agreed." }, CancellationToken.None)).Error, step);
            }
        }
    }

    private static void Require(Domain.Error? error, NoticeAction step)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"Demo seed step {step} failed: {error.Message}");
        }
    }

    private static async Task<Actor> SecondReviewerAsync(AppDbContext db)
    {
        var id = await db.Users.Where(u => u.Email == $"reviewer2@{Domain}").Select(u => u.Id).FirstAsync();
        return new Actor(id, Affiliation.Secretariat, null, new HashSet<Role> { Role.SecretariatReviewer });
    }

    private static async Task<Actor> ActorAsync(UserManager<AppUser> users, string email)
    {
        var u = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo account {email} is missing.");
        var roles = (await users.GetRolesAsync(u)).Select(Enum.Parse<Role>).ToHashSet();
        return new Actor(u.Id, u.Affiliation, u.Country, roles);
    }

    private static async Task EnsureUserAsync(UserManager<AppUser> users, string email, string name, Affiliation affiliation, string? country, Role role, string password, string authenticatorKey)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            await EnrolDemoAuthenticatorAsync(users, existing, authenticatorKey); // a demo database made before second factors
            return;
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Affiliation = affiliation, Country = country };
        // The demo password is published, so the rules for chosen passwords (common list, context words such as "FairNotice")
        // would only refuse it: it is hashed as given (same hasher and cost) instead of passing the password validators.
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Cannot create {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, role.ToString());
        await EnrolDemoAuthenticatorAsync(users, user, authenticatorKey);
    }

    // Enrolled with the published demo key (DemoOptions.AuthenticatorKey) so the demo stays usable; demo mode only.
    private static async Task EnrolDemoAuthenticatorAsync(UserManager<AppUser> users, AppUser user, string key)
    {
        if (!string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return;
        }

        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key); // where Identity's store keeps it
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
