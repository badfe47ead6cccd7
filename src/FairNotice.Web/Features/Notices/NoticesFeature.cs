using FairNotice.Domain.Notices;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Notices;

public static class NoticesFeature
{
    public static IServiceCollection AddNotices(this IServiceCollection services) =>
        services.AddHostedService<ExpiryService>().AddSingleton<NoticeDataHolders>().AddDemoSeed<DemoNotices>().AddDemoSeed<DemoNoticeHistory>();

    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/notices").WithTags("Notices").RequireAuthorization(Policies.NcbOrReviewer);
        notices.MapPost("/", CreateRequest.CreateNotice).RequireAuthorization(Policies.Ncb)
            .WithSummary("Draft a notice request (or submit it at once). Honours Idempotency-Key.")
            .Produces<NoticeResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        notices.MapPut("/{id:guid}", CreateRequest.UpdateDraft).RequireAuthorization(Policies.Ncb)
            .WithSummary("Replace a draft's content.").Produces<NoticeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        MapShared(notices, NoticeKind.Notice);

        var diffusions = app.MapGroup("/api/diffusions").WithTags("Diffusions").RequireAuthorization(Policies.NcbOrReviewer);
        diffusions.MapPost("/", CreateRequest.CreateDiffusion).RequireAuthorization(Policies.Ncb)
            .WithSummary("Draft a diffusion to all or chosen members (or send it at once). Honours Idempotency-Key.")
            .Produces<NoticeResponse>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        MapShared(diffusions, NoticeKind.Diffusion);
        return app;
    }

    private static void MapShared(RouteGroupBuilder group, NoticeKind kind)
    {
        group.MapGet("/", (HttpContext http, AppDbContext db, TimeProvider clock, string? scope, string? status, int? page, int? pageSize, CancellationToken ct) =>
                ListRequests.Endpoint(http, db, clock, kind, scope, status, page, pageSize, ct))
            .WithSummary("List what you may see. scope=mine|received|all; status; page; pageSize. Audited.")
            .Produces<NoticePage>().ProducesValidationProblem();
        group.MapGet("/{id:guid}", (Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                GetRequest.Endpoint(id, http, db, clock, kind, ct))
            .WithSummary("One request with its history. State your purpose in the X-Purpose header (?purpose= is refused: a URL is logged). Audited.")
            .Produces<NoticeResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/actions", (Guid id, ActionRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, NoticeDataHolders holders,
                TimeProvider clock, CancellationToken ct) => ChangeStatus.Endpoint(id, request, http, db, compliance, holders, clock, kind, ct))
            .WithSummary("Take a lifecycle action: Submit, Suspend, Resume, Withdraw, Cancel, Expire, Renew (review outcomes go to /review).")
            .Produces<NoticeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/review", (Guid id, ReviewDecisionRequest request, HttpContext http, AppDbContext db, INoticeCompliance compliance, TimeProvider clock, CancellationToken ct) =>
                ReviewRequest.Endpoint(id, request, http, db, compliance, clock, kind, ct))
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Secretariat decision: Publish, PublishWithRestrictions, Refuse or RequestInformation, with a reason (and a ground to refuse or override). " +
                "A refusal, or a publication overriding a blocking finding, answers 202 until a second reviewer confirms it.")
            .Produces<NoticeResponse>().Produces<NoticeResponse>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/assignment", (Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                TakeCase.Endpoint(id, http, db, clock, kind, ct))
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Take a request awaiting review as your case (409 when another reviewer holds it). Audited.")
            .Produces<CaseAssignmentResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}/assignment", (Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                ReleaseCase.Endpoint(id, http, db, clock, kind, ct))
            .RequireAuthorization(Policies.Reviewer)
            .WithSummary("Give a case you took back to the queue. Audited.")
            .Produces<CaseAssignmentResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/photos", (Guid id, HttpRequest request, AppDbContext db, TimeProvider clock, MalwareScan scan, CancellationToken ct) =>
                NoticePhotos.Upload(id, request, db, clock, scan, kind, ct))
            .WithSummary("Add a photo of the subject to a draft: the JPEG or PNG bytes as the body (at most 5 MiB, 5 photos).")
            .Accepts<byte[]>("image/jpeg", "image/png").AddOpenApiOperationTransformer(PhotoBodyDescription.DescribeAsync).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/photos/{photoId:guid}", (Guid id, Guid photoId, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
                NoticePhotos.Download(id, photoId, http, db, clock, kind, ct))
            .WithSummary("A photo of the subject, for whoever may see the request. Audited.").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
