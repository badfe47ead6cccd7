using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using FairNotice.Web.Features.Redress;
using FairNotice.Web.Tests.Features.Accounts;

namespace FairNotice.Web.Tests.Hardening;

/// <summary>The demo world the matrix runs in: a published notice excluded from the US, a draft, a diffusion to Germany only.</summary>
/// <summary>The world the matrix acts in, on one provider: the same cells run on SQLite and on PostgreSQL (issue #14 item 5).</summary>
public abstract class MatrixFixture(AppFixture app) : IAsyncLifetime
{
    public AppFixture App { get; } = app;

    public Guid PublishedExcludingUs { get; private set; }

    public Guid Draft { get; private set; }

    public Guid DiffusionToDe { get; private set; }

    public Guid DraftDiffusion { get; private set; }

    public Guid PublishedPhoto { get; private set; }

    public Guid DiffusionPhoto { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        using var fr = await App.As("ncb.fr@demo.fairnotice");
        using var reviewer = await App.As("reviewer@demo.fairnotice");
        PublishedExcludingUs = await NewPublishedAsync(fr, reviewer);
        Draft = await Requests.CreateAsync(fr, Requests.RedNotice("DRAFTED"));
        DraftDiffusion = await Requests.CreateAsync(fr, Requests.Diffusion(["DE"], submit: false), "/api/diffusions");
        var photo = await fr.PostAsync($"/api/diffusions/{DraftDiffusion}/photos", Requests.PngContent());
        DiffusionPhoto = (await photo.Json()).GetProperty("id").GetGuid();
        await Requests.ActAsync(fr, DraftDiffusion, "Submit", path: "/api/diffusions");
        DiffusionToDe = DraftDiffusion;
        DraftDiffusion = await Requests.CreateAsync(fr, Requests.Diffusion(["DE"], submit: false), "/api/diffusions");

        var withPhoto = await Requests.CreateAsync(fr, Requests.RedNotice("PICTURED", restricted: ["US"]));
        PublishedPhoto = (await (await fr.PostAsync($"/api/notices/{withPhoto}/photos", Requests.PngContent())).Json()).GetProperty("id").GetGuid();
        await Requests.ActAsync(fr, withPhoto, "Submit");
        await Requests.ReviewAsync(reviewer, withPhoto);
        PublishedWithPhoto = withPhoto;

        using var anon = App.Anonymous();
        using var ccf = await App.As("commission@demo.fairnotice");
        Redress = (await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("MATRIXO"))).Id;
        RedressAttachment = await App.WithDb(db => db.RedressAttachments.Where(a => a.RequestId == Redress).Select(a => a.Id).FirstAsync());
        var deleted = await NewPublishedAsync(fr, reviewer);
        var toDelete = (await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("PUBLISHED"))).Id;
        await ccf.PostAsJsonAsync($"/api/commission/requests/{toDelete}/admissibility", new { admissible = true });
        await ccf.PostAsJsonAsync($"/api/commission/requests/{toDelete}/links", new { noticeId = deleted });
        await ccf.PostAsJsonAsync($"/api/commission/requests/{toDelete}/decision", new { outcome = "NotCompliant", reasons = "Not compliant: matrix fixture deletion." });
        // The notice was restricted from the US, so the US received none: Germany's purge notification stands in.
        DePurge = await App.WithDb(db => db.PurgeNotifications.Where(p => p.NoticeId == deleted && p.Member == "DE").Select(p => p.Id).FirstAsync());

        OpenElection = $"o{Guid.NewGuid():N}"[..20];
        using (var officer = await App.As("elections@demo.fairnotice"))
        {
            await officer.PostAsJsonAsync("/api/elections", new { id = OpenElection, title = "Open", candidacyDeadline = App.Clock.Now.AddDays(30), seats = new[] { new { post = "President" } } });
        }

        TalliedElection = (await NewElectionAsync(Stage.Tallied)).Id;

        using var frSupervisor = await App.As("supervisor.fr@demo.fairnotice");
        FrProtection = (await (await frSupervisor.PostAsJsonAsync("/api/protected-persons", RefugeeBody())).Json()).GetProperty("id").GetGuid();
    }

    public Guid PublishedWithPhoto { get; private set; }

    public Guid FrProtection { get; private set; }

    public Guid Redress { get; private set; }

    public Guid RedressAttachment { get; private set; }

    public Guid DePurge { get; private set; }

    public string OpenElection { get; private set; } = "";

    public string TalliedElection { get; private set; } = "";

    public enum Stage { Created, Guardians, Open, Closed, Tallied }

    /// <summary>A fresh election with one President candidacy (BR), taken to the given stage; the clock moves two seconds past its deadline.</summary>
    public async Task<(string Id, IReadOnlyList<FairNotice.Domain.Elections.GuardianSecret> Secrets)> NewElectionAsync(Stage stage)
    {
        var id = $"m{Guid.NewGuid():N}"[..20];
        using (var officer = await App.As("elections@demo.fairnotice"))
        {
            var r = await officer.PostAsJsonAsync("/api/elections", new { id, title = "Matrix", candidacyDeadline = App.Clock.Now.AddSeconds(1), seats = new[] { new { post = "President" } } });
            Assert.Equal(System.Net.HttpStatusCode.Created, r.StatusCode);
        }

        using (var br = await App.As("supervisor.br@demo.fairnotice"))
        {
            await br.PostAsJsonAsync($"/api/elections/{id}/candidacies", new { person = "Ana Lima", post = "President" });
        }

        var guardians = FairNotice.Domain.Elections.KeyCeremony.Run(["1", "2", "3", "4", "5"], 3, FairNotice.Domain.Elections.ElectionVerifier.CeremonyContext(id));
        var secrets = guardians.Select(g => g.ExportSecret()).ToList();
        if (stage == Stage.Created)
        {
            return (id, secrets);
        }

        // Past the deadline by moving the test clock two seconds (minutes would soon expire the cached tokens).
        App.Clock.Now = App.Clock.Now.AddSeconds(2);
        using var o = await App.As("elections@demo.fairnotice");
        await o.PostAsync($"/api/elections/{id}/candidacies/validate", null);
        await o.PostAsJsonAsync($"/api/elections/{id}/guardians", guardians.Select(g => g.Public).ToList(), AppFixture.JsonOptions);
        await FairNotice.Web.Tests.Features.Elections.TestCredentials.PublishAsync(o, id);
        if (stage == Stage.Guardians)
        {
            return (id, secrets);
        }

        await o.PostAsJsonAsync($"/api/elections/{id}/rounds", new { post = "President" });
        if (stage == Stage.Open)
        {
            return (id, secrets);
        }

        await o.PostAsync($"/api/elections/{id}/rounds/1/close", null);
        if (stage == Stage.Closed)
        {
            return (id, secrets);
        }

        foreach (var secret in secrets.Take(3))
        {
            await o.PostAsJsonAsync($"/api/elections/{id}/rounds/1/shares", await SharesAsync(id, secret), AppFixture.JsonOptions);
        }

        return (id, secrets);
    }

    public async Task<object> SharesAsync(string id, FairNotice.Domain.Elections.GuardianSecret secret)
    {
        using var anon = App.Anonymous();
        var sums = await (await anon.GetAsync($"/api/elections/{id}/rounds/1/sums")).Json();
        var publics = System.Text.Json.JsonSerializer.Deserialize<List<FairNotice.Domain.Elections.GuardianRecord>>(sums.GetProperty("guardians").GetRawText(), AppFixture.JsonOptions)!;
        return new
        {
            guardians = new[]
            {
                new
                {
                    guardian = secret.Index,
                    shares = sums.GetProperty("sums").EnumerateArray().Select(l => secret.Decrypt(FairNotice.Domain.Elections.Group.Point(l.GetProperty("sum").GetProperty("alpha").GetString()!),
                        publics, l.GetProperty("context").GetString()!)).ToList(),
                },
            },
        };
    }

    public async Task<object> FrBallotAsync(string id)
    {
        using var anon = App.Anonymous();
        var round = (await (await anon.GetAsync($"/api/elections/{id}")).Json()).GetProperty("rounds")[0];
        var manifest = System.Text.Json.JsonSerializer.Deserialize<FairNotice.Domain.Elections.RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
        return FairNotice.Domain.Elections.BallotEncryptor.Encrypt(manifest, FairNotice.Domain.Elections.Group.Point(round.GetProperty("jointKey").GetString()!), "FR", manifest.Candidates[0].Id,
            credential: FairNotice.Web.Tests.Features.Elections.TestCredentials.Of(id, "FR"));
    }

    public async Task<object> FrChallengeAsync(string id)
    {
        using var anon = App.Anonymous();
        var round = (await (await anon.GetAsync($"/api/elections/{id}")).Json()).GetProperty("rounds")[0];
        var manifest = System.Text.Json.JsonSerializer.Deserialize<FairNotice.Domain.Elections.RoundManifest>(round.GetProperty("manifest").GetRawText(), AppFixture.JsonOptions)!;
        var (ballot, nonces) = FairNotice.Domain.Elections.BallotEncryptor.EncryptRevealable(manifest, FairNotice.Domain.Elections.Group.Point(round.GetProperty("jointKey").GetString()!), "FR", null);
        return new FairNotice.Domain.Elections.ChallengedBallot(ballot, null, nonces);
    }

    /// <summary>A fresh request to the Commission, optionally admissible and with a fresh published FR notice in its file.</summary>
    public async Task<(Guid Request, Guid? Notice, Guid? Link)> NewRedressAsync(bool admissible, bool withNotice)
    {
        using var anon = App.Anonymous();
        using var ccf = await App.As("commission@demo.fairnotice");
        var id = (await Requests.FileRedressAsync(anon, ccf, Requests.RedressForm("MATRIXO"))).Id;
        if (admissible)
        {
            await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/admissibility", new { admissible = true });
        }

        if (!withNotice)
        {
            return (id, null, null);
        }

        using var fr = await App.As("ncb.fr@demo.fairnotice");
        using var reviewer = await App.As("reviewer@demo.fairnotice");
        var notice = await NewPublishedAsync(fr, reviewer);
        await ccf.PostAsJsonAsync($"/api/commission/requests/{id}/links", new { noticeId = notice });
        var link = await App.WithDb(db => db.RedressLinks.Where(l => l.RequestId == id).Select(l => l.Id).FirstAsync());
        return (id, notice, link);
    }

    public static object RefugeeBody() => new
    {
        kind = "Refugee", confirmed = true, fearedPersecutionBy = new[] { "CN" },
        person = new { name = new { familyName = "PROTECTED", forenames = "Person" }, sex = "F", dateOfBirth = "1980" },
    };

    public static async Task<Guid> NewPublishedAsync(HttpClient fr, HttpClient reviewer)
    {
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("PUBLISHED", submit: true, restricted: ["US"]));
        await Requests.ReviewAsync(reviewer, id);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>Every API endpoint × every kind of caller gets exactly the access issue #2 describes; deny by default.</summary>
public sealed class SqliteMatrixFixture() : MatrixFixture(new SqliteFixture());

public sealed class PostgresMatrixFixture() : MatrixFixture(new PostgresFixture());

public sealed class SqliteAuthorizationMatrixTests(SqliteMatrixFixture world) : AuthorizationMatrixTests(world), IClassFixture<SqliteMatrixFixture>;

public sealed class PostgresAuthorizationMatrixTests(PostgresMatrixFixture world) : AuthorizationMatrixTests(world), IClassFixture<PostgresMatrixFixture>;

public abstract class AuthorizationMatrixTests(MatrixFixture world)
{
    public enum Caller { Anonymous, FrOfficer, FrSupervisor, DeOfficer, UsOfficer, Reviewer, Commission, Auditor, ElectionOfficer, Administrator }

    private static readonly Dictionary<Caller, string> Emails = new()
    {
        [Caller.FrOfficer] = "ncb.fr", [Caller.FrSupervisor] = "supervisor.fr", [Caller.DeOfficer] = "ncb.de", [Caller.UsOfficer] = "ncb.us",
        [Caller.Reviewer] = "reviewer", [Caller.Commission] = "commission", [Caller.Auditor] = "auditor", [Caller.ElectionOfficer] = "elections",
        [Caller.Administrator] = "admin",
    };

    private sealed record Case(string Method, string Pattern, Func<MatrixFixture, Task<(string Path, object? Body)>> Make, Func<Caller, int> Expect);

    private static readonly Caller[] Ncbs = [Caller.FrOfficer, Caller.FrSupervisor, Caller.DeOfficer, Caller.UsOfficer];

    /// <summary>Rows whose request ends every session of the caller's account: the shared token is dropped after them.</summary>
    private static readonly string[] FreshToken = ["sign out"];

    // Ending every session of every user (an administrator's row) revokes every token the runner holds: all are dropped after it.
    private static readonly string[] EndsEverySession = ["accounts: end every session"];

    private static int Everyone(Caller c) => 200;

    private static int SignedIn(Caller c) => c == Caller.Anonymous ? 401 : 200;

    private static int NcbOrReviewer(Caller c, int ok) => c == Caller.Anonymous ? 401 : Ncbs.Contains(c) || c == Caller.Reviewer ? ok : 403;

    private static int NcbOnly(Caller c, int ok) => c == Caller.Anonymous ? 401 : Ncbs.Contains(c) ? ok : 403;

    private static int AuditorOnly(Caller c) => c == Caller.Anonymous ? 401 : c == Caller.Auditor ? 200 : 403;

    private static int CommissionOnly(Caller c) => c == Caller.Anonymous ? 401 : c == Caller.Commission ? 200 : 403;

    private static int OfficerOnly(Caller c, int ok = 200) => c == Caller.Anonymous ? 401 : c == Caller.ElectionOfficer ? ok : 403;

    private static int ReviewerOnly(Caller c) => c == Caller.Anonymous ? 401 : c == Caller.Reviewer ? 200 : 403;

    private static int AdministratorOnly(Caller c) => AdministratorOnly(c, 200);

    private static int AdministratorOnly(Caller c, int ok) => c == Caller.Anonymous ? 401 : c == Caller.Administrator ? ok : 403;

    // A fresh NCB account made by admin@ for each cell, so that one caller's disabling does not change the next one's answer.
    private static Func<MatrixFixture, Task<(string, object?)>> NewAccount(string suffix) => async w =>
        ($"/api/accounts/{(await Accounts.CreateAsync(w.App, Accounts.Ncb($"n{Guid.NewGuid():N}"[..12] + "@example.org", "FR"))).Id}{suffix}", null);

    // A request under review made for each cell (submitted by FR), optionally already taken by reviewer@, so that one
    // caller's take or release does not change the next one's answer.
    private static Func<MatrixFixture, Task<(string, object?)>> NewCase(string kind, bool taken) => async w =>
    {
        using var fr = await w.App.As("ncb.fr@demo.fairnotice");
        var id = kind == "notices" ? await Requests.CreateAsync(fr, Requests.RedNotice("CASEWORK", submit: true))
            : await Requests.CreateAsync(fr, Requests.Diffusion(["DE"]), "/api/diffusions");
        if (taken)
        {
            using var reviewer = await w.App.As("reviewer@demo.fairnotice");
            (await reviewer.PostAsync($"/api/{kind}/{id}/assignment", null)).EnsureSuccessStatusCode();
        }

        return ($"/api/{kind}/{id}/assignment", null);
    };

    private static Func<MatrixFixture, Task<(string, object?)>> Fixed(string path, object? body = null) => _ => Task.FromResult<(string, object?)>((path, body));

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["members list"] = new("GET", "/api/members/", Fixed("/api/members"), Everyone),
        ["member"] = new("GET", "/api/members/{iso2}", Fixed("/api/members/FR"), Everyone),
        ["login (empty body)"] = new("POST", "/api/auth/login", Fixed("/api/auth/login", new { }), _ => 400),
        ["me"] = new("GET", "/api/me", Fixed("/api/me"), SignedIn),
        // Signing out revokes every token of the account: the runner drops the shared token after this row (FreshToken).
        ["sign out"] = new("POST", "/api/auth/logout", Fixed("/api/auth/logout"), c => c == Caller.Anonymous ? 401 : 204),
        ["sessions: list own"] = new("GET", "/api/auth/sessions", Fixed("/api/auth/sessions"), c => c == Caller.Anonymous ? 401 : 200),
        // Without the password again nothing is ended (400 naming it); anonymous callers have no sessions (401).
        ["sessions: end one without the password"] = new("POST", "/api/auth/sessions/{id}/end", Fixed($"/api/auth/sessions/{Guid.NewGuid():N}/end", new { }), c => c == Caller.Anonymous ? 401 : 400),
        ["health"] = new("GET", "/health/ready", Fixed("/health/ready"), Everyone),
        ["health-live"] = new("GET", "/health/live", Fixed("/health/live"), Everyone),
        ["health-certificate"] = new("GET", "/health/certificate", Fixed("/health/certificate"), Everyone),
        ["retention schedule"] = new("GET", "/api/retention/schedule", Fixed("/api/retention/schedule"), SignedIn),
        ["openapi"] = new("GET", "/openapi/{documentName}.json", Fixed("/openapi/v1.json"), Everyone),
        ["list notices"] = new("GET", "/api/notices/", Fixed("/api/notices"), c => NcbOrReviewer(c, 200)),
        ["create notice"] = new("POST", "/api/notices/", Fixed("/api/notices", Requests.RedNotice("MATRIX")), c => NcbOnly(c, 201)),
        ["edit draft"] = new("PUT", "/api/notices/{id:guid}", w => Task.FromResult<(string, object?)>(($"/api/notices/{w.Draft}", Requests.RedNotice("EDITED"))),
            c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 200, Caller.DeOfficer or Caller.UsOfficer => 404, _ => 403 }),
        ["read published notice"] = new("GET", "/api/notices/{id:guid}", w => Task.FromResult<(string, object?)>(($"/api/notices/{w.PublishedExcludingUs}", null)),
            c => c == Caller.UsOfficer ? 404 : NcbOrReviewer(c, 200)),
        ["read draft (same endpoint)"] = new("GET", "/api/notices/{id:guid}", w => Task.FromResult<(string, object?)>(($"/api/notices/{w.Draft}", null)),
            c => c is Caller.DeOfficer or Caller.UsOfficer ? 404 : NcbOrReviewer(c, 200)),
        ["suspend published notice"] = new("POST", "/api/notices/{id:guid}/actions", async w =>
            {
                using var fr = await w.App.As("ncb.fr@demo.fairnotice");
                using var reviewer = await w.App.As("reviewer@demo.fairnotice");
                return ($"/api/notices/{await MatrixFixture.NewPublishedAsync(fr, reviewer)}/actions", new { action = "Suspend", reason = "extradition under way" });
            },
            c => c switch { Caller.Anonymous => 401, Caller.FrSupervisor => 200, Caller.UsOfficer => 404, _ => 403 }),
        ["list diffusions"] = new("GET", "/api/diffusions/", Fixed("/api/diffusions"), c => NcbOrReviewer(c, 200)),
        ["create diffusion"] = new("POST", "/api/diffusions/", Fixed("/api/diffusions", Requests.Diffusion(["BR"], submit: false)), c => NcbOnly(c, 201)),
        ["read diffusion to DE"] = new("GET", "/api/diffusions/{id:guid}", w => Task.FromResult<(string, object?)>(($"/api/diffusions/{w.DiffusionToDe}", null)),
            c => c == Caller.UsOfficer ? 404 : NcbOrReviewer(c, 200)),
        ["withdraw diffusion"] = new("POST", "/api/diffusions/{id:guid}/actions", async w =>
            {
                using var fr = await w.App.As("ncb.fr@demo.fairnotice");
                return ($"/api/diffusions/{await Requests.CreateAsync(fr, Requests.Diffusion(["DE"]), "/api/diffusions")}/actions", new { action = "Withdraw", reason = "person arrested" });
            },
            c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 200, Caller.UsOfficer => 404, _ => 403 }),
        ["add photo to notice draft"] = new("POST", "/api/notices/{id:guid}/photos", w => Task.FromResult<(string, object?)>(($"/api/notices/{w.Draft}/photos", Requests.PngContent())),
            c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 201, Caller.DeOfficer or Caller.UsOfficer => 404, _ => 403 }),
        ["photo of published notice"] = new("GET", "/api/notices/{id:guid}/photos/{photoId:guid}",
            w => Task.FromResult<(string, object?)>(($"/api/notices/{w.PublishedWithPhoto}/photos/{w.PublishedPhoto}", null)),
            c => c == Caller.UsOfficer ? 404 : NcbOrReviewer(c, 200)),
        ["add photo to diffusion draft"] = new("POST", "/api/diffusions/{id:guid}/photos", w => Task.FromResult<(string, object?)>(($"/api/diffusions/{w.DraftDiffusion}/photos", Requests.PngContent())),
            c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 201, Caller.DeOfficer or Caller.UsOfficer => 404, _ => 403 }),
        ["photo of diffusion to DE"] = new("GET", "/api/diffusions/{id:guid}/photos/{photoId:guid}",
            w => Task.FromResult<(string, object?)>(($"/api/diffusions/{w.DiffusionToDe}/photos/{w.DiffusionPhoto}", null)),
            c => c == Caller.UsOfficer ? 404 : NcbOrReviewer(c, 200)),
        ["review notice"] = new("POST", "/api/notices/{id:guid}/review", async w =>
            {
                using var fr = await w.App.As("ncb.fr@demo.fairnotice");
                return ($"/api/notices/{await Requests.CreateAsync(fr, Requests.RedNotice("TOREVIEW", submit: true))}/review", new { decision = "Publish", reason = "Complete and within the rules." });
            },
            c => c switch { Caller.Anonymous => 401, Caller.Reviewer => 200, _ => 403 }),
        ["review diffusion"] = new("POST", "/api/diffusions/{id:guid}/review", async w =>
            {
                using var fr = await w.App.As("ncb.fr@demo.fairnotice");
                return ($"/api/diffusions/{await Requests.CreateAsync(fr, Requests.Diffusion(["DE"]), "/api/diffusions")}/review", new { decision = "Publish", reason = "Compliant." });
            },
            c => c switch { Caller.Anonymous => 401, Caller.Reviewer => 200, _ => 403 }),
        ["precedents of a request"] = new("GET", "/api/compliance/precedents/{id:guid}", w => Task.FromResult<(string, object?)>(($"/api/compliance/precedents/{w.PublishedWithPhoto}", null)),
            c => c switch { Caller.Anonymous => 401, Caller.Reviewer or Caller.Commission => 200, _ => 403 }),
        ["compliance pre-check"] = new("POST", "/api/compliance/assess", Fixed("/api/compliance/assess?requester=FR", Requests.RedNotice("PRECHECKED")), c => NcbOrReviewer(c, 200)),
        ["record protection"] = new("POST", "/api/protected-persons/", Fixed("/api/protected-persons", MatrixFixture.RefugeeBody()),
            c => c switch { Caller.Anonymous => 401, Caller.FrSupervisor => 201, _ => 403 }),
        ["list protections"] = new("GET", "/api/protected-persons/", Fixed("/api/protected-persons"),
            c => c switch { Caller.Anonymous => 401, Caller.FrSupervisor or Caller.Reviewer or Caller.Commission => 200, _ => 403 }),
        ["end protection"] = new("POST", "/api/protected-persons/{id:guid}/end", w => Task.FromResult<(string, object?)>(($"/api/protected-persons/{w.FrProtection}/end", null)),
            c => c switch { Caller.Anonymous => 401, Caller.FrSupervisor => 200, Caller.Reviewer or Caller.Commission => 404, _ => 403 }),
        ["screen one"] = new("POST", "/api/screening/", Fixed("/api/screening", new { name = "Marc Dupont", purpose = "matrix" }), c => NcbOrReviewer(c, 200)),
        ["screen batch"] = new("POST", "/api/screening/batch", Fixed("/api/screening/batch", new { purpose = "matrix", persons = new[] { new { name = "Marc Dupont" } } }), c => NcbOrReviewer(c, 200)),
        ["browse audit"] = new("GET", "/api/audit/", Fixed("/api/audit"), AuditorOnly),
        ["verify audit"] = new("GET", "/api/audit/verify", Fixed("/api/audit/verify"), AuditorOnly),
        ["file redress (public)"] = new("POST", "/api/redress/", _ => Task.FromResult<(string, object?)>(("/api/redress", Requests.RedressForm("MATRIXO"))), _ => 201),
        ["redress follow-up (wrong code)"] = new("POST", "/api/redress/follow-up", Fixed("/api/redress/follow-up", new { number = "CCF-2026-00001", code = "NOPE-NOPE-NOPE-NOPE" }), _ => 404),
        ["commission: list requests"] = new("GET", "/api/commission/requests", Fixed("/api/commission/requests"), CommissionOnly),
        ["commission: read file"] = new("GET", "/api/commission/requests/{id:guid}", w => Task.FromResult<(string, object?)>(($"/api/commission/requests/{w.Redress}", null)), CommissionOnly),
        ["commission: document"] = new("GET", "/api/commission/requests/{id:guid}/attachments/{attachmentId:guid}",
            w => Task.FromResult<(string, object?)>(($"/api/commission/requests/{w.Redress}/attachments/{w.RedressAttachment}", null)), CommissionOnly),
        ["commission: candidates"] = new("GET", "/api/commission/requests/{id:guid}/candidates", w => Task.FromResult<(string, object?)>(($"/api/commission/requests/{w.Redress}/candidates", null)), CommissionOnly),
        ["commission: admissibility"] = new("POST", "/api/commission/requests/{id:guid}/admissibility",
            async w => ($"/api/commission/requests/{(await w.NewRedressAsync(false, false)).Request}/admissibility", new { admissible = true }), CommissionOnly),
        ["commission: link notice"] = new("POST", "/api/commission/requests/{id:guid}/links", async w =>
            ($"/api/commission/requests/{(await w.NewRedressAsync(false, false)).Request}/links", new { noticeId = w.PublishedExcludingUs }), CommissionOnly),
        ["commission: provisional measure"] = new("POST", "/api/commission/requests/{id:guid}/provisional-measures", async w =>
            {
                var (id, notice, _) = await w.NewRedressAsync(true, true);
                return ($"/api/commission/requests/{id}/provisional-measures", new { noticeId = notice, ground = "ProtectiveStatus", reason = "Recognised refugee." });
            }, CommissionOnly),
        ["commission: deadline notice"] = new("POST", "/api/commission/requests/{id:guid}/deadline-notices", async w =>
            ($"/api/commission/requests/{(await w.NewRedressAsync(true, false)).Request}/deadline-notices", new { reason = "Sources have not answered.", expectedBy = "2028-12-31" }), CommissionOnly),
        ["commission: decision"] = new("POST", "/api/commission/requests/{id:guid}/decision", async w =>
            ($"/api/commission/requests/{(await w.NewRedressAsync(true, false)).Request}/decision", new { outcome = "Compliant", reasons = "Nothing in the files is contrary to the rules." }), CommissionOnly),
        ["commission: purges"] = new("GET", "/api/commission/purges", Fixed("/api/commission/purges?overdue=true"), CommissionOnly),
        ["source: consultations"] = new("GET", "/api/consultations", Fixed("/api/consultations"), c => NcbOnly(c, 200)),
        ["source: answer consultation"] = new("POST", "/api/consultations/{id:guid}/answer", async w =>
            ($"/api/consultations/{(await w.NewRedressAsync(true, true)).Link}/answer", new { allowDisclosure = true }),
            c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 204, Caller.DeOfficer or Caller.UsOfficer => 404, _ => 403 }),
        ["member: purge notifications"] = new("GET", "/api/purge-notifications", Fixed("/api/purge-notifications"), c => NcbOnly(c, 200)),
        ["member: acknowledge purge"] = new("POST", "/api/purge-notifications/{id:guid}/acknowledge", w => Task.FromResult<(string, object?)>(($"/api/purge-notifications/{w.DePurge}/acknowledge", null)),
            c => c switch { Caller.Anonymous => 401, Caller.DeOfficer => 200, Caller.FrOfficer or Caller.FrSupervisor or Caller.UsOfficer => 404, _ => 403 }),
        ["secretariat: commission decisions"] = new("GET", "/api/commission-decisions", Fixed("/api/commission-decisions"), ReviewerOnly),
        ["statistics"] = new("GET", "/api/statistics/", Fixed("/api/statistics"), Everyone),
        ["statistics download"] = new("GET", "/api/statistics/{name}.{format}", Fixed("/api/statistics/member-indicators.csv"), Everyone),
        ["elections"] = new("GET", "/api/elections/", Fixed("/api/elections"), Everyone),
        ["election"] = new("GET", "/api/elections/{id}", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.TalliedElection}", null)), Everyone),
        ["election board"] = new("GET", "/api/elections/{id}/rounds/{order:int}/board", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.TalliedElection}/rounds/1/board", null)), Everyone),
        ["election sums"] = new("GET", "/api/elections/{id}/rounds/{order:int}/sums", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.TalliedElection}/rounds/1/sums", null)), Everyone),
        ["election record"] = new("GET", "/api/elections/{id}/record", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.TalliedElection}/record", null)), Everyone),
        ["create election"] = new("POST", "/api/elections/", w => Task.FromResult<(string, object?)>(("/api/elections",
            new { id = $"c{Guid.NewGuid():N}"[..20], title = "Matrix", candidacyDeadline = w.App.Clock.Now.AddDays(1), seats = new[] { new { post = "President" } } })), c => OfficerOnly(c, 201)),
        ["validate candidacies"] = new("POST", "/api/elections/{id}/candidacies/validate", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.OpenElection}/candidacies/validate", null)), c => OfficerOnly(c)),
        ["set guardians"] = new("POST", "/api/elections/{id}/guardians", async w =>
            {
                var (id, _) = await w.NewElectionAsync(MatrixFixture.Stage.Created);
                var body = FairNotice.Domain.Elections.KeyCeremony.Run(["1", "2", "3", "4", "5"], 3, FairNotice.Domain.Elections.ElectionVerifier.CeremonyContext(id)).Select(g => g.Public).ToList();
                return ($"/api/elections/{id}/guardians", System.Text.Json.JsonSerializer.SerializeToElement(body, AppFixture.JsonOptions));
            }, c => OfficerOnly(c)),
        ["election credentials"] = new("GET", "/api/elections/{id}/credentials", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.TalliedElection}/credentials", null)), Everyone),
        ["publish credentials"] = new("POST", "/api/elections/{id}/credentials", async w =>
            {
                var (id, _) = await w.NewElectionAsync(MatrixFixture.Stage.Created);
                return ($"/api/elections/{id}/credentials", System.Text.Json.JsonSerializer.SerializeToElement(FairNotice.Web.Tests.Features.Elections.TestCredentials.Generate(id), AppFixture.JsonOptions));
            }, c => OfficerOnly(c)),
        ["open ballot"] = new("POST", "/api/elections/{id}/rounds", async w => ($"/api/elections/{(await w.NewElectionAsync(MatrixFixture.Stage.Guardians)).Id}/rounds", new { post = "President" }), c => OfficerOnly(c)),
        ["close ballot"] = new("POST", "/api/elections/{id}/rounds/{order:int}/close", async w => ($"/api/elections/{(await w.NewElectionAsync(MatrixFixture.Stage.Open)).Id}/rounds/1/close", null), c => OfficerOnly(c)),
        ["decryption shares"] = new("POST", "/api/elections/{id}/rounds/{order:int}/shares", async w =>
            {
                var (id, secrets) = await w.NewElectionAsync(MatrixFixture.Stage.Closed);
                return ($"/api/elections/{id}/rounds/1/shares", System.Text.Json.JsonSerializer.SerializeToElement(await w.SharesAsync(id, secrets[0]), AppFixture.JsonOptions));
            }, c => OfficerOnly(c)),
        ["proclaim"] = new("POST", "/api/elections/{id}/proclaim", async w => ($"/api/elections/{(await w.NewElectionAsync(MatrixFixture.Stage.Tallied)).Id}/proclaim", null), c => OfficerOnly(c)),
        ["propose candidate"] = new("POST", "/api/elections/{id}/candidacies", w => Task.FromResult<(string, object?)>(($"/api/elections/{w.OpenElection}/candidacies", new { person = "Jean Dupuis", post = "President" })),
            c => c switch { Caller.Anonymous => 401, Caller.FrSupervisor => 201, _ => 403 }),
        ["cast ballot"] = new("POST", "/api/elections/{id}/rounds/{order:int}/ballots", async w =>
            {
                var (id, _) = await w.NewElectionAsync(MatrixFixture.Stage.Open);
                return ($"/api/elections/{id}/rounds/1/ballots", System.Text.Json.JsonSerializer.SerializeToElement(await w.FrBallotAsync(id), AppFixture.JsonOptions));
            }, c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 200, _ => 403 }),
        ["challenge an encryption"] = new("POST", "/api/elections/{id}/rounds/{order:int}/challenges", async w =>
            {
                var (id, _) = await w.NewElectionAsync(MatrixFixture.Stage.Open);
                return ($"/api/elections/{id}/rounds/1/challenges", System.Text.Json.JsonSerializer.SerializeToElement(await w.FrChallengeAsync(id), AppFixture.JsonOptions));
            }, c => c switch { Caller.Anonymous => 401, Caller.FrOfficer or Caller.FrSupervisor => 200, _ => 403 }),
        ["take a notice case"] = new("POST", "/api/notices/{id:guid}/assignment", NewCase("notices", taken: false), ReviewerOnly),
        ["release a notice case"] = new("DELETE", "/api/notices/{id:guid}/assignment", NewCase("notices", taken: true), ReviewerOnly),
        ["take a diffusion case"] = new("POST", "/api/diffusions/{id:guid}/assignment", NewCase("diffusions", taken: false), ReviewerOnly),
        ["release a diffusion case"] = new("DELETE", "/api/diffusions/{id:guid}/assignment", NewCase("diffusions", taken: true), ReviewerOnly),
        ["accounts: change access"] = new("PUT", "/api/accounts/{id}/access", async w => ((await NewAccount("/access")(w)).Item1, new { affiliation = "Ncb", country = "FR", roles = new[] { "NcbSupervisor" } }),
            AdministratorOnly),
        ["accounts: list"] = new("GET", "/api/accounts/", Fixed("/api/accounts"), AdministratorOnly),
        ["accounts: end every session"] = new("POST", "/api/accounts/sessions/end-all", Fixed("/api/accounts/sessions/end-all"), AdministratorOnly),
        ["accounts: create"] = new("POST", "/api/accounts/", _ => Task.FromResult<(string, object?)>(("/api/accounts", Accounts.Ncb($"m{Guid.NewGuid():N}"[..12] + "@example.org", "FR"))),
            c => AdministratorOnly(c, 201)),
        ["accounts: read"] = new("GET", "/api/accounts/{id}", NewAccount(""), AdministratorOnly),
        ["accounts: disable"] = new("POST", "/api/accounts/{id}/disable", NewAccount("/disable"), AdministratorOnly),
        ["accounts: enable"] = new("POST", "/api/accounts/{id}/enable", NewAccount("/enable"), AdministratorOnly),
        ["accounts: password reset"] = new("POST", "/api/accounts/{id}/password-reset", NewAccount("/password-reset"), AdministratorOnly),
        ["accounts: second factors reset"] = new("POST", "/api/accounts/{id}/second-factors/reset", NewAccount("/second-factors/reset"), AdministratorOnly),
        ["own password (empty body)"] = new("POST", "/api/account/password", Fixed("/api/account/password", new { }), c => c == Caller.Anonymous ? 401 : 400),
        ["set password (invalid link)"] = new("POST", "/api/account/set-password", Fixed("/api/account/set-password", new { token = "nobody.nothing", newPassword = "long enough passphrase" }), _ => 400),
        ["page: accounts"] = new("PAGE", "/Accounts", Fixed("/Accounts"), c => c == Caller.Anonymous ? 302 : AdministratorOnly(c)),
        ["page: new account"] = new("PAGE", "/Accounts/New", Fixed("/Accounts/New"), c => c == Caller.Anonymous ? 302 : AdministratorOnly(c)),
        ["page: account"] = new("PAGE", "/Accounts/Detail/{id}", async w => ($"/Accounts/Detail/{(await Accounts.CreateAsync(w.App, Accounts.Ncb($"p{Guid.NewGuid():N}"[..12] + "@example.org", "FR"))).Id}", null),
            c => c == Caller.Anonymous ? 302 : AdministratorOnly(c)),
        ["page: change password"] = new("PAGE", "/Account/Password", Fixed("/Account/Password"), c => c == Caller.Anonymous ? 302 : 200),
        ["page: set password"] = new("PAGE", "/Account/SetPassword", Fixed("/Account/SetPassword?token=x"), Everyone),
        ["page: elections"] = new("PAGE", "/Elections", Fixed("/Elections"), Everyone),
        ["page: set up an election"] = new("PAGE", "/Elections/New", Fixed("/Elections/New"), c => c == Caller.Anonymous ? 302 : OfficerOnly(c)),
        ["page: manage an election"] = new("PAGE", "/Elections/{id}/Manage", w => Task.FromResult<(string, object?)>(($"/Elections/{w.TalliedElection}/Manage", null)),
            c => c == Caller.Anonymous ? 302 : OfficerOnly(c)),
        ["page: election"] = new("PAGE", "/Elections/{id}", w => Task.FromResult<(string, object?)>(($"/Elections/{w.TalliedElection}", null)), Everyone),
        ["page: guide for verifiers"] = new("PAGE", "/Elections/Verifier", Fixed("/Elections/Verifier"), Everyone),
        ["page: board"] = new("PAGE", "/Elections/{id}/Board/{order}", w => Task.FromResult<(string, object?)>(($"/Elections/{w.TalliedElection}/Board/1", null)), Everyone),
        ["page: booth"] = new("PAGE", "/Elections/{id}/Vote/{order}", w => Task.FromResult<(string, object?)>(($"/Elections/{w.TalliedElection}/Vote/1", null)),
            c => c == Caller.Anonymous ? 302 : NcbOnly(c, 200)),
        ["page: ask the Commission"] = new("PAGE", "/Redress", Fixed("/Redress"), Everyone),
        ["page: follow a request"] = new("PAGE", "/Redress/Status", Fixed("/Redress/Status"), Everyone),
        ["page: statistics"] = new("PAGE", "/Statistics", Fixed("/Statistics"), Everyone),
        ["page: commission desk"] = new("PAGE", "/Commission", Fixed("/Commission"), c => c == Caller.Anonymous ? 302 : CommissionOnly(c)),
        ["page: commission file"] = new("PAGE", "/Commission/Request/{id}", w => Task.FromResult<(string, object?)>(($"/Commission/Request/{w.Redress}", null)),
            c => c == Caller.Anonymous ? 302 : CommissionOnly(c)),
        ["page: consultations"] = new("PAGE", "/Consultations", Fixed("/Consultations"), c => c == Caller.Anonymous ? 302 : NcbOnly(c, 200)),
        // Pages, reached with a bearer token (cookies behave the same; anonymous callers are redirected to the login page).
        ["page: home"] = new("PAGE", "/", Fixed("/"), _ => 200),
        ["page: requests"] = new("PAGE", "/Notices", Fixed("/Notices"), c => c == Caller.Anonymous ? 302 : NcbOrReviewer(c, 200)),
        ["page: review queue, filtered"] = new("PAGE", "/Notices", Fixed("/Notices?status=UnderReview&assigned=Nobody&pending=true&q=DUP&country=FR"),
            c => c == Caller.Anonymous ? 302 : NcbOrReviewer(c, 200)),
        ["page: new notice"] = new("PAGE", "/Notices/New", Fixed("/Notices/New"), c => c == Caller.Anonymous ? 302 : NcbOnly(c, 200)),
        ["page: published notice"] = new("PAGE", "/Notices/{id}", w => Task.FromResult<(string, object?)>(($"/Notices/{w.PublishedExcludingUs}", null)),
            c => c == Caller.Anonymous ? 302 : c == Caller.UsOfficer ? 404 : NcbOrReviewer(c, 200)),
        ["page: audit"] = new("PAGE", "/Audit", Fixed("/Audit"), c => c == Caller.Anonymous ? 302 : AuditorOnly(c)),
        ["page: members"] = new("PAGE", "/Members", Fixed("/Members"), Everyone),
    };

    public static TheoryData<string, Caller> Cells()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var name in Cases.Keys)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(name, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Endpoint_Caller_GetsExactlyTheDescribedAccess(string name, Caller caller)
    {
        var c = Cases[name];
        var (path, body) = await c.Make(world);
        using var client = caller == Caller.Anonymous ? world.App.Anonymous() : await world.App.As($"{Emails[caller]}@demo.fairnotice", fresh: FreshToken.Contains(name));
        using var request = new HttpRequestMessage(new HttpMethod(c.Method == "PAGE" ? "GET" : c.Method), path);
        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body),
        };

        var response = await client.SendAsync(request);
        if (FreshToken.Contains(name) && caller != Caller.Anonymous)
        {
            world.App.Forget($"{Emails[caller]}@demo.fairnotice");
        }

        if (EndsEverySession.Contains(name) && response.IsSuccessStatusCode)
        {
            // Every cached token, the fixture's own set-up accounts included (elections officer, supervisors).
            world.App.ForgetAll();
        }

        Assert.True(c.Expect(caller) == (int)response.StatusCode,
            $"{name} as {caller}: expected {c.Expect(caller)}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public void Matrix_CoversEveryApiEndpoint()
    {
        var mapped = world.App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } p && (p.StartsWith("/api", StringComparison.Ordinal) || p.StartsWith("/health", StringComparison.Ordinal) || p.StartsWith("/openapi", StringComparison.Ordinal)))
            // An endpoint without method metadata (health checks) answers every method; GET stands for it.
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet(StringComparer.Ordinal);
        var covered = Cases.Values.Where(c => c.Method != "PAGE").Select(c => $"{c.Method} {c.Pattern}").ToHashSet(StringComparer.Ordinal);
        Assert.Empty(mapped.Except(covered));
        Assert.Empty(covered.Except(mapped));
    }
}
