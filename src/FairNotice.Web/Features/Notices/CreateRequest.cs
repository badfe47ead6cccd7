using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>An NCB drafts a notice or diffusion, and may submit it in the same step.</summary>
internal static class CreateRequest
{
    public static Task<IResult> CreateNotice(CreateNoticeRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, TimeProvider clock, CancellationToken ct) =>
        Create(request, request.ToContent(), request.Submit, http, db, compliance, clock, ct);

    public static Task<IResult> CreateDiffusion(CreateDiffusionRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, TimeProvider clock, CancellationToken ct) =>
        Create(request, request.ToContent(), request.Submit, http, db, compliance, clock, ct);

    private static async Task<IResult> Create<T>(T request, NoticeContent content, bool submit, HttpContext http, AppDbContext db, INoticeCompliance compliance, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.RequireActor();
        var key = Idempotency.KeyFrom(http.Request);
        var hash = Idempotency.Hash(request);
        var (replay, keyError) = await Idempotency.FindAsync(db, actor.UserId, key, hash, ct);
        if (keyError is not null)
        {
            return keyError;
        }

        if (replay is not null)
        {
            return await ReplayAsync(replay, actor, http, db, clock, ct);
        }

        var now = clock.GetUtcNow();
        var result = await HandleAsync(db, compliance, actor, now, content, submit, ct);
        if (!result.IsOk)
        {
            return Problems.From(result.Error!);
        }

        var record = result.Value;
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { UserId = actor.UserId, Key = key, RequestHash = hash, ResourceId = record.Id, CreatedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // A concurrent retry with the same key won the race: answer with its outcome; this attempt wrote nothing.
            db.ChangeTracker.Clear();
            var (winner, error) = await Idempotency.FindAsync(db, actor.UserId, key, hash, ct);
            return error ?? (winner is not null ? await ReplayAsync(winner, actor, http, db, clock, ct) : throw new InvalidOperationException("Idempotent insert failed without a winner."));
        }

        return TypedResults.Created(Location(record), record.ToResponse(actor, now));
    }

    private static string Location(NoticeRecord r) => $"/api/{(r.Kind == NoticeKind.Notice ? "notices" : "diffusions")}/{r.Id}";

    private static async Task<IResult> ReplayAsync(IdempotencyRecord replay, Actor actor, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var record = await db.Notices.AsNoTracking().Include(n => n.Countries).Include(n => n.Events).VisibleTo(actor)
            .FirstOrDefaultAsync(n => n.Id == replay.ResourceId, ct);
        if (record is null)
        {
            return Problems.From(NoticeErrors.NotFound);
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Created(Location(record), record.ToResponse(actor, clock.GetUtcNow()));
    }

    /// <summary>Decides and stages the new record, its history and its audit entries; the caller saves.</summary>
    public static async Task<Result<NoticeRecord>> HandleAsync(AppDbContext db, INoticeCompliance compliance, Actor actor, DateTimeOffset now, NoticeContent content, bool submit, CancellationToken ct)
    {
        if (actor.Affiliation != Affiliation.Ncb || actor.Country is not { } country || !actor.IsNcbOf(country))
        {
            return new ForbiddenError("notice.ncb_only", "Only an NCB officer or supervisor can create requests.");
        }

        var fields = NoticeValidation.Check(content, submit ? Completeness.Submission : Completeness.Draft, country, DateOnly.FromDateTime(now.UtcDateTime));
        if (fields.Count > 0)
        {
            return NoticeErrors.Invalid(fields);
        }

        var record = new NoticeRecord
        {
            Id = Guid.CreateVersion7(now),
            Kind = content.Kind,
            Status = NoticeStatus.Draft,
            RequestingCountry = country,
            CreatedByUserId = actor.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        record.SetContent(content);
        record.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), At = now, ActorId = actor.UserId, ActorCountry = country, Action = "Create", ToStatus = NoticeStatus.Draft });
        db.Notices.Add(record);
        db.Audit(actor.Facts(now, $"{Kind(content.Kind)}.create", Kind(content.Kind), record.Id.ToString(), "create request"));
        if (submit)
        {
            var context = await compliance.ContextAsync(db, country, record.Id, now, ct);
            var submitted = ChangeStatus.Apply(db, record, actor, now, NoticeAction.Submit, null, context);
            if (!submitted.IsOk)
            {
                return submitted.Error!;
            }
        }

        return record;
    }

    /// <summary>Replaces a draft's content; the source NCB only.</summary>
    public static async Task<IResult> UpdateDraft(Guid id, CreateNoticeRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.RequireActor();
        var now = clock.GetUtcNow();
        var record = await db.Notices.Include(n => n.Countries).Include(n => n.Events).VisibleTo(actor)
            .FirstOrDefaultAsync(n => n.Id == id && n.Kind == NoticeKind.Notice, ct);
        if (record is null)
        {
            return Problems.From(NoticeErrors.NotFound);
        }

        var result = await UpdateDraftHandleAsync(db, compliance, actor, now, record, request.ToContent(), request.Submit, ct);
        if (!result.IsOk)
        {
            return Problems.From(result.Error!);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.LostRace())
        {
            return Problems.From(NoticeErrors.Concurrent);
        }

        return TypedResults.Ok(record.ToResponse(actor, now));
    }

    public static async Task<Result<NoticeRecord>> UpdateDraftHandleAsync(AppDbContext db, INoticeCompliance compliance, Actor actor, DateTimeOffset now, NoticeRecord record, NoticeContent content, bool submit, CancellationToken ct)
    {
        if (!actor.IsNcbOf(record.RequestingCountry))
        {
            return NoticeErrors.NotYourCountry;
        }

        if (record.Status is not (NoticeStatus.Draft or NoticeStatus.InformationRequested))
        {
            return NoticeErrors.NotDraft;
        }

        var fields = NoticeValidation.Check(content with { Kind = record.Kind }, submit ? Completeness.Submission : Completeness.Draft,
            record.RequestingCountry, DateOnly.FromDateTime(now.UtcDateTime));
        if (fields.Count > 0)
        {
            return NoticeErrors.Invalid(fields);
        }

        db.NoticeCountries.RemoveRange(record.Countries);
        record.SetContent(content with { Kind = record.Kind });
        record.UpdatedAt = now;
        record.Version++;
        record.AddEvent(new NoticeEvent { Id = Guid.CreateVersion7(now), NoticeId = record.Id, At = now, ActorId = actor.UserId, ActorCountry = actor.Country, Action = "Edit", FromStatus = record.Status, ToStatus = record.Status });
        db.Audit(actor.Facts(now, $"{Kind(record.Kind)}.update", Kind(record.Kind), record.Id.ToString(), "edit draft"));
        return submit
            ? ChangeStatus.Apply(db, record, actor, now, NoticeAction.Submit, null, await compliance.ContextAsync(db, record.RequestingCountry, record.Id, now, ct))
            : record;
    }

    internal static string Kind(NoticeKind kind) => kind == NoticeKind.Notice ? "notice" : "diffusion";
}
