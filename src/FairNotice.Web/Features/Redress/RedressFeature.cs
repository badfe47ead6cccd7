using FairNotice.Domain;
using FairNotice.Domain.Redress;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>Redress before the Commission for the Control of Files: the public filing and follow-up, the Commission's
/// file work, the source NCB's consultations and purge acknowledgements, and what the Secretariat must implement.</summary>
public static class RedressFeature
{
    public static IServiceCollection AddRedress(this IServiceCollection services) =>
        services.AddSingleton<FollowUpGuesses>().AddHostedService<FollowUpGuessAuditor>();

    public static IEndpointRouteBuilder MapRedress(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/redress").WithTags("Redress (public)").AllowAnonymous();
        open.MapPost("/", File).DisableAntiforgery().WithBudget(BudgetNames.RedressFiling)
            .WithSummary("File a request to the Commission without an account: multipart/form-data with type (Access, CorrectionDeletion, Revision), language (ar, en, fr, es), " +
                "familyName, forenames, dateOfBirth, nationality, contactEmail, statement, byRepresentative, representativeName, previousNumber, newFact, newFactDiscovered, " +
                "and the files identityDocument, signedStatement (and powerOfAttorney for a representative): PDF, JPEG or PNG, at most 5 MiB each. " +
                "Answers the request number and a private follow-up code. Honours Idempotency-Key (a replay issues a fresh code).")
            .Accepts<FileRedressRequest>("multipart/form-data").Produces<RedressReceipt>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        open.MapPost("/follow-up", FollowUp).WithBudget(BudgetNames.RedressFollowUp)
            .WithSummary("What the applicant may know about their request: body {number, code}. The same 404 for a wrong number or code.")
            .Produces<ApplicantView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);

        var ccf = app.MapGroup("/api/commission").WithTags("Commission").RequireAuthorization(Policies.Commission);
        ccf.MapGet("/requests", async (AppDbContext db, HttpContext http, TimeProvider clock, bool? open, CancellationToken ct) =>
                TypedResults.Ok(await RedressService.ListAsync(db, http.RequireActor(), clock.GetUtcNow(), open ?? true, ct)))
            .WithSummary("Requests with their next deadline and its state (OnTime, DueSoon, Overdue), earliest first; open=false for all. Audited.");
        ccf.MapGet("/requests/{id:guid}", GetFile).WithSummary("One file, whole. Audited.").Produces<RedressFileView>().ProducesProblem(StatusCodes.Status404NotFound);
        ccf.MapGet("/requests/{id:guid}/attachments/{attachmentId:guid}", Attachment).WithSummary("An uploaded document. Audited.").ProducesProblem(StatusCodes.Status404NotFound);
        ccf.MapGet("/requests/{id:guid}/candidates", Candidates)
            .WithSummary("Requests in the files that may concern the applicant (any status but draft, whoever they are restricted from). Audited.").ProducesProblem(StatusCodes.Status404NotFound);
        ccf.MapPost("/requests/{id:guid}/admissibility", (Guid id, AdmissibilityRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(RedressService.DecideAdmissibilityAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock))
            .WithSummary("Declare the request admissible (the decision clock starts, Art. 40) or inadmissible with reasons (Art. 32).").Produces<RedressFileView>().ProducesValidationProblem();
        ccf.MapPost("/requests/{id:guid}/links", (Guid id, LinkNoticeRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(RedressService.LinkNoticeAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock))
            .WithSummary("Add a notice to the file and consult its source NCB (Arts. 21, 34, 35).").Produces<RedressFileView>().ProducesValidationProblem();
        ccf.MapPost("/requests/{id:guid}/provisional-measures", (Guid id, ProvisionalMeasureRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(RedressService.BlockAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock))
            .WithSummary("Block a notice in the file while the request is pending (Art. 37): ImminentExtradition, DetentionOnNoticeAlone or ProtectiveStatus.")
            .Produces<RedressFileView>().ProducesValidationProblem();
        ccf.MapPost("/requests/{id:guid}/deadline-notices", (Guid id, DeadlineNoticeRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(RedressService.DeadlineNoticeAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock))
            .WithSummary("Tell the parties the decision deadline cannot be met, why, and the new date (Art. 40(3)).").Produces<RedressFileView>().ProducesValidationProblem();
        ccf.MapPost("/requests/{id:guid}/decision", (Guid id, DecisionRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(RedressService.DecideAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct), clock))
            .WithSummary("The binding decision with reasons: Compliant, CompliantWithUpdate, NotCompliant (deletes the notices in the file and notifies every recipient to purge) " +
                "or ConditionsForRevisionNotMet.").Produces<RedressFileView>().ProducesValidationProblem();
        ccf.MapGet("/purges", async (AppDbContext db, HttpContext http, TimeProvider clock, bool? overdue, CancellationToken ct) =>
                TypedResults.Ok(await RedressService.PurgesAsync(db, http.RequireActor(), clock.GetUtcNow(), overdue ?? false, ct)))
            .WithSummary("Purge notifications after deletions, with acknowledgements; overdue=true for the overdue ones. Audited.");

        var ncb = app.MapGroup("/api").WithTags("Redress (source NCB)").RequireAuthorization(Policies.Ncb);
        ncb.MapGet("/consultations", async (AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await RedressService.ConsultationsAsync(db, http.RequireActor(), clock.GetUtcNow(), ct)))
            .WithSummary("The Commission's consultations about your bureau's data, with what you are told of decisions. Audited.");
        ncb.MapPost("/consultations/{id:guid}/answer", async (Guid id, ConsultationAnswer body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await RedressService.AnswerAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is { IsOk: false } r ? Problems.From(r.Error!) : Results.NoContent())
            .WithSummary("Allow disclosure to the applicant, or restrict it with one of the Art. 35(3) reasons.").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        ncb.MapGet("/purge-notifications", async (AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await RedressService.PurgesAsync(db, http.RequireActor(), clock.GetUtcNow(), false, ct)))
            .WithSummary("Notices deleted on a Commission decision whose national copies your bureau must purge. Audited.");
        ncb.MapPost("/purge-notifications/{id:guid}/acknowledge", async (Guid id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await RedressService.AcknowledgeAsync(db, http.RequireActor(), clock.GetUtcNow(), id, ct) is { IsOk: true } r
                    ? Results.Ok(new PurgeView(r.Value.Id, r.Value.NoticeReference, r.Value.Member, r.Value.NotifiedAt, r.Value.Due, r.Value.AcknowledgedAt, false))
                    : Problems.From(new NotFoundError("purge.not_found", "No such purge notification for your bureau.")))
            .WithSummary("Acknowledge that national copies were purged (repeating it changes nothing).").ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/api/commission-decisions", async (AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await RedressService.DecisionsForSecretariatAsync(db, http.RequireActor(), clock.GetUtcNow(), ct)))
            .WithTags("Redress (Secretariat)").RequireAuthorization(Policies.Reviewer)
            .WithSummary("Commission decisions the Secretariat implements: notice, outcome, reasons, deletion deadline — no applicant data. Audited.");
        return app;
    }

    private static async Task<IResult> File(HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Invalid("redress.invalid", "Send multipart/form-data with the fields and the documents.", new() { ["body"] = ["multipart/form-data expected."] });
        }

        if (request.ContentLength is > (3 * RedressService.MaxUploadBytes) + 200_000)
        {
            return Problems.Invalid("redress.invalid", "The request is too large.", new() { ["body"] = ["At most three files of 5 MiB each."] });
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A multipart body whose boundary lies or that ends early threw out of the form reader: a 500 (found by fuzzing).
            return Problems.Invalid("redress.invalid", "The form could not be read.", new() { ["body"] = ["Malformed multipart/form-data."] });
        }
        var uploads = new List<Upload>();
        foreach (var f in form.Files)
        {
            if (f.Length > RedressService.MaxUploadBytes)
            {
                return Problems.Invalid("redress.invalid", "A file is too large.", new() { [f.Name] = ["At most 5 MiB."] });
            }

            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            uploads.Add(new Upload(f.Name, f.FileName, f.ContentType, ms.ToArray()));
        }

        string? F(string k) => form.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;
        if (F("type") is { } t && !Enum.TryParse<RedressType>(t, true, out _))
        {
            return Problems.Invalid("redress.invalid", "Unknown request type.", new() { ["type"] = [$"One of: {string.Join(", ", Enum.GetNames<RedressType>())}."] });
        }

        var body = new FileRedressRequest(F("type") is { } tt ? Enum.Parse<RedressType>(tt, true) : null, F("language"), F("familyName"), F("forenames"), F("dateOfBirth"),
            F("nationality"), F("byRepresentative") is "true" or "on", F("representativeName"), F("contactEmail"), F("statement"), F("previousNumber"), F("newFact"), F("newFactDiscovered"));
        var now = clock.GetUtcNow();
        var key = Idempotency.KeyFrom(request);
        var hash = Idempotency.Hash(new { body, files = uploads.Select(u => (u.Kind, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(u.Data)))).ToList() });
        var (replay, keyError) = await Idempotency.FindAsync(db, "anonymous", key, hash, ct);
        if (keyError is not null)
        {
            return keyError;
        }

        if (replay is not null)
        {
            return TypedResults.Ok(await RedressService.ReissueCodeAsync(db, now, replay.ResourceId, ct));
        }

        var result = await RedressService.FileAsync(db, now, body, uploads, ct);
        if (!result.IsOk)
        {
            return Problems.From(result.Error!);
        }

        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { UserId = "anonymous", Key = key, RequestHash = hash, ResourceId = result.Value.Request.Id, CreatedAt = now });
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Created($"/api/redress/{result.Value.Receipt.Number}", result.Value.Receipt);
    }

    public sealed record FollowUpRequest(string? Number, string? Code);

    private static async Task<IResult> FollowUp(FollowUpRequest body, AppDbContext db, TimeProvider clock, FollowUpGuesses guesses, HttpContext http, CancellationToken ct)
    {
        var result = await RedressService.ForApplicantAsync(db, clock.GetUtcNow(), body.Number, body.Code, guesses, RequestBudgets.ClientOf(http), ct);
        return result.IsOk ? TypedResults.Ok(result.Value) : Problems.From(result.Error!);
    }

    private static async Task<IResult> GetFile(Guid id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await RedressService.LoadAsync(db, http.RequireActor(), now, id, "read the file", ct);
        if (!loaded.IsOk)
        {
            return Problems.From(loaded.Error!);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(RedressService.ToView(loaded.Value, DateOnly.FromDateTime(now.UtcDateTime)));
    }

    private static async Task<IResult> Attachment(Guid id, Guid attachmentId, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var a = await db.RedressAttachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == attachmentId && x.RequestId == id, ct);
        if (a is null)
        {
            return Problems.From(new NotFoundError("redress.not_found", "No such document."));
        }

        db.Audit(http.RequireActor().Facts(clock.GetUtcNow(), "redress.document", "redress", id.ToString(), a.Kind));
        await db.SaveChangesAsync(ct);
        return TypedResults.File(await IdenticalUploads.ContentAsync(db, a, ct), a.ContentType, a.FileName);
    }

    private static async Task<IResult> Candidates(Guid id, AppDbContext db, HttpContext http, TimeProvider clock, Screening.LiveScreeningIndex index, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var loaded = await RedressService.LoadAsync(db, http.RequireActor(), now, id, "find notices concerning the applicant", ct);
        if (!loaded.IsOk)
        {
            return Problems.From(loaded.Error!);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CandidatesForAsync(db, index, loaded.Value, ct));
    }

    /// <summary>Notices that may concern the applicant: every submitted request in the files (not only those in
    /// circulation — refused, withdrawn, held or under review data are data too), found by the screening matcher among
    /// the requests sharing a name part with the applicant.</summary>
    internal static async Task<List<Screening.ScreeningHitResponse>> CandidatesForAsync(AppDbContext db, Screening.LiveScreeningIndex live, RedressRequest r, CancellationToken ct)
    {
        var dob = Domain.Notices.PartialDate.TryParse(r.DateOfBirth, out var d) ? d : null;
        var name = $"{r.Forenames} {r.FamilyName}";
        var upper = new[] { r.FamilyName, r.Forenames }.Concat(r.FamilyName.Split(' ')).Concat(r.Forenames.Split(' '))
            .Select(p => p.Trim().ToUpperInvariant()).Where(p => p.Length >= 2).Distinct().ToList();
        // Fuzzy hits among the requests in circulation, plus exact name blocking in the database for everything else
        // (refused, withdrawn, held, under review); all are scored by the same matcher.
        var fuzzy = live.SearchAll(new Domain.Screening.ScreeningQuery(name, dob, null, r.Nationality), 50).Select(h => h.Payload.NoticeId).ToList();
#pragma warning disable CA1304, CA1311, CA1862 // ToUpper() here is SQL upper() on both providers, not a .NET culture-dependent call.
        var rows = await db.Notices.AsNoTracking().Include(n => n.Countries)
            .Where(n => n.Status != Domain.Notices.NoticeStatus.Draft
                && (fuzzy.Contains(n.Id) || upper.Contains(n.FamilyName!.ToUpper()) || upper.Contains(n.Forenames!.ToUpper())))
            .Take(2000).ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
        var index = new Domain.Screening.ScreeningIndex<Notices.NoticeRecord>(Domain.Screening.NameNormaliser.Default);
        foreach (var n in rows)
        {
            index.Upsert(n.Id, n.Content.Person, n);
        }

        return [.. index.Search(new Domain.Screening.ScreeningQuery(name, dob, null, r.Nationality), _ => true, threshold: 0.8, max: 20)
            .Select(h => new Screening.ScreeningHitResponse(h.Payload.Id, h.Payload.Reference ?? "", h.Payload.Kind.ToString(), h.Payload.Colour.ToString(),
                h.Payload.Status.ToString(), h.Score, h.Explanation, h.Payload.BlockedByCommission ? ["Blocked by a provisional measure."] : []))];
    }

    private static async Task<IResult> Respond(Task<Result<RedressRequest>> work, TimeProvider clock)
    {
        var result = await work;
        return result.IsOk ? TypedResults.Ok(RedressService.ToView(result.Value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))) : Problems.From(result.Error!);
    }
}
