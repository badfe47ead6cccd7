using System.Globalization;
using System.Text.Json.Nodes;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.PublicNotices;

/// <summary>
/// The public extract, shaped like INTERPOL's public notices web service (ws-public.interpol.int, notices/v1):
/// same paths, query parameters, HAL links and snake_case fields, so an existing client works by changing its base
/// URL. Only published notices whose requester asked for a public extract appear (UN Special Notices always), and never one
/// that excludes any member (<see cref="PublicExtract"/>).
/// </summary>
public static class PublicNoticesFeature
{
    private const int MaxPerPage = 160;
    private static readonly string[] FilterKeys = ["forename", "name", "nationality", "ageMin", "ageMax", "sexId", "arrestWarrantCountryId"];

    public static IServiceCollection AddPublicNotices(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapPublicNotices(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/notices/v1").WithTags("Public notices (INTERPOL-compatible)").AllowAnonymous().WithBudget(BudgetNames.PublicExtract);
        foreach (var (path, colour) in new[] { ("red", NoticeColour.Red), ("yellow", NoticeColour.Yellow), ("un", NoticeColour.UnSpecial) })
        {
            group.MapGet($"/{path}", (HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) => List(http, db, clock, colour, path, ct))
                .WithSummary($"Public {path} notices: forename, name, nationality, ageMin, ageMax, sexId, arrestWarrantCountryId (red), page, resultPerPage.");
            group.MapGet($"/{path}/{{noticeId}}", (string noticeId, HttpContext http, AppDbContext db, CancellationToken ct) => Detail(noticeId, http, db, colour, path, ct))
                .WithSummary($"One public {path} notice; the id is the entity id with a dash (2026-00001).");
            group.MapGet($"/{path}/{{noticeId}}/images", (string noticeId, HttpContext http, AppDbContext db, CancellationToken ct) => Images(noticeId, http, db, colour, path, ct))
                .WithSummary("The notice's pictures.");
            group.MapGet($"/{path}/{{noticeId}}/images/{{pictureId}}", (string noticeId, string pictureId, AppDbContext db, CancellationToken ct) => Image(noticeId, pictureId, db, colour, ct))
                .WithSummary("One picture.");
        }

        return app;
    }

    /// <summary>The database form of <see cref="PublicExtract.Shows"/>: every list, lookup and picture goes through it.</summary>
    internal static IQueryable<NoticeRecord> InPublicExtract(this IQueryable<NoticeRecord> q) =>
        q.Where(n => n.Kind == NoticeKind.Notice && n.Status == NoticeStatus.Published && !n.BlockedByCommission
            && (n.PublicExtract || n.Colour == NoticeColour.UnSpecial)
            && !n.Countries.Any(c => c.Relation == CountryRelation.Restricted));

    private static IQueryable<NoticeRecord> Public(AppDbContext db, NoticeColour colour) =>
        db.Notices.AsNoTracking().Where(n => n.Colour == colour).InPublicExtract();

    private static async Task<IResult> List(HttpContext http, AppDbContext db, TimeProvider clock, NoticeColour colour, string path, CancellationToken ct)
    {
        var q = http.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int? Int(string key, int min, int max)
        {
            if (!q.TryGetValue(key, out var v) || string.IsNullOrEmpty(v))
            {
                return null;
            }

            if (int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= min && i <= max)
            {
                return i;
            }

            errors[key] = [$"A whole number from {min} to {max}."];
            return null;
        }

        var page = Int("page", 1, 100_000) ?? 1;
        var perPage = Int("resultPerPage", 1, MaxPerPage) ?? 20;
        var ageMin = Int("ageMin", 0, 150);
        var ageMax = Int("ageMax", 0, 150);
        var sexId = q["sexId"].ToString();
        if (sexId is not ("" or "F" or "M" or "U"))
        {
            errors["sexId"] = ["One of F, M, U."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("public.invalid", "Invalid query parameters.", errors);
        }

        var forename = Norm(q["forename"]);
        var name = Norm(q["name"]);
        var nationality = q["nationality"].ToString().ToUpperInvariant();
        var warrantCountry = q["arrestWarrantCountryId"].ToString().ToUpperInvariant();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = (await Public(db, colour).OrderByDescending(n => n.PublishedAt).ToListAsync(ct)).Select(n => (Record: n, Content: n.Content));
        var matching = all.Where(x =>
            (forename.Length == 0 || Norm(x.Content.Person.Name?.Forenames).Contains(forename, StringComparison.Ordinal))
            && (name.Length == 0 || Norm(x.Content.Person.Name?.FamilyName).Contains(name, StringComparison.Ordinal))
            && (nationality.Length == 0 || x.Content.Person.Nationalities.Contains(nationality, StringComparer.Ordinal))
            && (sexId.Length == 0 || x.Content.Person.Sex == sexId)
            && (warrantCountry.Length == 0 || x.Record.RequestingCountry == warrantCountry)
            && (ageMin is null || Age(x.Content.Person.DateOfBirth, today) >= ageMin)
            && (ageMax is null || Age(x.Content.Person.DateOfBirth, today) <= ageMax)).ToList();

        var baseUrl = http.Absolute($"/notices/v1/{path}");
        var filters = FilterKeys.Where(k => !string.IsNullOrEmpty(q[k])).ToDictionary(k => k, k => q[k].ToString());
        string PageLink(int p) => $"{baseUrl}?{string.Concat(filters.Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}&"))}resultPerPage={perPage}&page={p}";
        var last = Math.Max(1, (int)Math.Ceiling(matching.Count / (double)perPage));
        var notices = new JsonArray();
        foreach (var (record, content) in matching.Skip((page - 1) * perPage).Take(perPage))
        {
            var id = PathId(record.Reference);
            notices.Add(new JsonObject
            {
                ["forename"] = content.Person.Name?.Forenames,
                ["date_of_birth"] = Dob(content.Person.DateOfBirth),
                ["entity_id"] = record.Reference,
                ["nationalities"] = Array(content.Person.Nationalities),
                ["name"] = content.Person.Name?.FamilyName,
                ["_links"] = await LinksAsync(db, baseUrl, id, record.Id, ct),
            });
        }

        var query = new JsonObject { ["page"] = page, ["resultPerPage"] = perPage };
        foreach (var (k, v) in filters)
        {
            query[k] = v;
        }

        var links = new JsonObject { ["self"] = Href(PageLink(page)), ["first"] = Href(PageLink(1)) };
        if (page < last)
        {
            links["next"] = Href(PageLink(page + 1));
        }

        links["last"] = Href(PageLink(last));
        return Results.Json(new JsonObject { ["total"] = matching.Count, ["query"] = query, ["_embedded"] = new JsonObject { ["notices"] = notices }, ["_links"] = links });
    }

    private static async Task<IResult> Detail(string noticeId, HttpContext http, AppDbContext db, NoticeColour colour, string path, CancellationToken ct)
    {
        var record = await FindAsync(db, colour, noticeId, ct);
        if (record is null)
        {
            return Problems.From(new Domain.NotFoundError("public.not_found", "No public notice with that id."));
        }

        var c = record.Content;
        var p = c.Person;
        var baseUrl = http.Absolute($"/notices/v1/{path}");
        var body = new JsonObject
        {
            ["arrest_warrants"] = new JsonArray([.. c.Case.Charges.Select(ch => (JsonNode)new JsonObject
            {
                ["issuing_country_id"] = record.RequestingCountry, ["charge"] = ch.Description, ["charge_translation"] = null,
            })]),
            ["weight"] = p.Description?.WeightKg ?? 0,
            ["forename"] = p.Name?.Forenames,
            ["date_of_birth"] = Dob(p.DateOfBirth),
            ["entity_id"] = record.Reference,
            ["languages_spoken_ids"] = Array(p.Languages),
            ["nationalities"] = Array(p.Nationalities),
            ["height"] = p.Description?.HeightCm is { } h ? Math.Round(h / 100.0, 2) : 0,
            ["sex_id"] = p.Sex,
            ["country_of_birth_id"] = p.CountryOfBirth,
            ["name"] = p.Name?.FamilyName,
            ["distinguishing_marks"] = p.Description?.DistinguishingMarks,
            ["eyes_colors_id"] = p.Description?.EyeColour is { } eyes ? new JsonArray(eyes.ToUpperInvariant()) : null,
            ["hairs_id"] = p.Description?.HairColour is { } hair ? new JsonArray(hair.ToUpperInvariant()) : null,
            ["place_of_birth"] = p.PlaceOfBirth,
            ["_embedded"] = new JsonObject { ["links"] = new JsonArray() },
            ["_links"] = await LinksAsync(db, baseUrl, PathId(record.Reference), record.Id, ct),
        };
        if (colour != NoticeColour.Red)
        {
            body.Remove("arrest_warrants");
        }

        if (colour == NoticeColour.Yellow)
        {
            body["birth_name"] = null;
            body["place"] = c.Case.OffencePlace;
            body["date_of_event"] = c.Case.OffenceDate;
            body["country"] = record.RequestingCountry;
        }

        if (colour == NoticeColour.UnSpecial)
        {
            body["summary"] = c.Case.SummaryOfFacts;
            body["aliases"] = new JsonArray([.. p.Aliases.Select(a => (JsonNode)JsonValue.Create($"{a.FamilyName} {a.Forenames}".Trim())!)]);
            body["name_in_original_script"] = p.OriginalScriptName?.FamilyName;
            body["forename_in_original_script"] = p.OriginalScriptName?.Forenames;
        }

        return Results.Json(body);
    }

    private static async Task<IResult> Images(string noticeId, HttpContext http, AppDbContext db, NoticeColour colour, string path, CancellationToken ct)
    {
        var record = await FindAsync(db, colour, noticeId, ct);
        if (record is null)
        {
            return Problems.From(new Domain.NotFoundError("public.not_found", "No public notice with that id."));
        }

        var baseUrl = http.Absolute($"/notices/v1/{path}/{noticeId}");
        var photos = await NoticePhotos.IdsAsync(db, record.Id, ct);
        var images = new JsonArray([.. photos.Select(id => (JsonNode)new JsonObject
        {
            ["picture_id"] = id.ToString("N"), ["_links"] = new JsonObject { ["self"] = Href($"{baseUrl}/images/{id:N}") },
        })]);
        var links = new JsonObject { ["self"] = Href($"{baseUrl}/images"), ["notice"] = Href(baseUrl) };
        if (photos.Count > 0)
        {
            links["thumbnail"] = Href($"{baseUrl}/images/{photos[0]:N}");
        }

        return Results.Json(new JsonObject { ["_embedded"] = new JsonObject { ["images"] = images }, ["_links"] = links });
    }

    private static async Task<IResult> Image(string noticeId, string pictureId, AppDbContext db, NoticeColour colour, CancellationToken ct)
    {
        var record = await FindAsync(db, colour, noticeId, ct);
        if (record is null || !Guid.TryParseExact(pictureId, "N", out var photoId))
        {
            return Problems.From(new Domain.NotFoundError("public.not_found", "No such picture."));
        }

        var photo = await db.Set<NoticePhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.NoticeId == record.Id, ct);
        return photo is null ? Problems.From(new Domain.NotFoundError("public.not_found", "No such picture.")) : TypedResults.File(photo.Data, photo.ContentType);
    }

    private static async Task<NoticeRecord?> FindAsync(AppDbContext db, NoticeColour colour, string noticeId, CancellationToken ct)
    {
        var reference = noticeId.Replace('-', '/');
        return await Public(db, colour).FirstOrDefaultAsync(n => n.Reference == reference, ct);
    }

    private static async Task<JsonObject> LinksAsync(AppDbContext db, string baseUrl, string id, Guid recordId, CancellationToken ct)
    {
        var links = new JsonObject { ["self"] = Href($"{baseUrl}/{id}"), ["images"] = Href($"{baseUrl}/{id}/images") };
        var first = (await NoticePhotos.IdsAsync(db, recordId, ct)).FirstOrDefault();
        if (first != Guid.Empty)
        {
            links["thumbnail"] = Href($"{baseUrl}/{id}/images/{first:N}");
        }

        return links;
    }

    private static JsonObject Href(string href) => new() { ["href"] = href };

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);

    private static string PathId(string? reference) => (reference ?? "").Replace('/', '-');

    private static string? Dob(PartialDate? d) => d is null ? null
        : d.Day is not null ? $"{d.Year:D4}/{d.Month:D2}/{d.Day:D2}" : d.Month is not null ? $"{d.Year:D4}/{d.Month:D2}" : $"{d.Year:D4}";

    private static int? Age(PartialDate? dob, DateOnly today)
    {
        if (dob is null)
        {
            return null;
        }

        var age = today.Year - dob.Year;
        if (dob.Month is { } m && (today.Month < m || (today.Month == m && dob.Day is { } d && today.Day < d)))
        {
            age--;
        }

        return age;
    }

    private static string Norm(string? s) => string.IsNullOrWhiteSpace(s) ? "" : Vocabulary.Normalise(s);
}
