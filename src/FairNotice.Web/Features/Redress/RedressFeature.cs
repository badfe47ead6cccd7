using FairNotice.Web.Platform;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform.Budgets;

namespace FairNotice.Web.Features.Redress;

/// <summary>Redress before the Commission for the Control of Files: the public filing and follow-up, the Commission's
/// file work, the source NCB's consultations and purge acknowledgements, and what the Secretariat must implement.</summary>
public static class RedressFeature
{
    public static IServiceCollection AddRedress(this IServiceCollection services) =>
        services.AddSingleton<HeldUploads>().AddSingleton<FollowUpGuesses>().AddSingleton<INoticeDataHolder, OpenCommissionFileHold>().AddHostedService<FollowUpGuessAuditor>().AddStartupStep<SealLegacyDocuments>().AddDemoSeed<DemoRedress>();

    public static IEndpointRouteBuilder MapRedress(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/redress").WithTags("Redress (public)").AllowAnonymous();
        // Budgeted by the handler, not the middleware: accepted filings spend Budgets:RedressFiling, refused ones
        // Budgets:RedressInvalid (docs/budgets.md). No Accepts(): its routing-level 415 would meet the fallback
        // policy (deny by default) and answer an anonymous caller 401; the handler answers 415 itself.
        open.MapPost("/", FileRedress.Endpoint).DisableAntiforgery()
            .WithSummary("File a request to the Commission without an account: multipart/form-data with type (Access, CorrectionDeletion, Revision), language (ar, en, fr, es), " +
                "familyName, forenames, dateOfBirth, nationality, contactEmail, statement, byRepresentative, representativeName, previousNumber, newFact, newFactDiscovered, " +
                "and the files identityDocument, signedStatement (and powerOfAttorney for a representative): PDF, JPEG or PNG, at most 5 MiB each. " +
                "Answers the request number and a private follow-up code. Honours Idempotency-Key (a replay issues a fresh code).")
            // The body is described by FilingFormDescription (the handler reads the form itself); the problems it answers here.
            .AddOpenApiOperationTransformer(FilingFormDescription.DescribeAsync)
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        open.MapPost("/follow-up", FollowUpRedress.Endpoint).WithBudget(BudgetNames.RedressFollowUp)
            .WithSummary("What the applicant may know about their request: body {number, code}. The same 404 for a wrong number or code.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        var ccf = app.MapGroup("/api/commission").WithTags("Commission").RequireAuthorization(Policies.Commission);
        ccf.MapGet("/requests", ListRedressRequests.Endpoint)
            .WithSummary("Requests with their next deadline and its state (OnTime, DueSoon, Overdue), earliest first; open=false for all. Audited.");
        ccf.MapGet("/requests/{id:guid}", GetRedressFile.Endpoint).WithSummary("One file, whole. Audited.");
        ccf.MapGet("/requests/{id:guid}/attachments/{attachmentId:guid}", GetAttachment.Endpoint).WithSummary("An uploaded document. Audited.");
        ccf.MapGet("/requests/{id:guid}/candidates", FindCandidates.Endpoint)
            .WithSummary("Requests in the files that may concern the applicant (any status but draft, whoever they are restricted from). Audited.");
        ccf.MapPost("/requests/{id:guid}/admissibility", DecideAdmissibility.Endpoint)
            .WithSummary("Declare the request admissible (the decision clock starts, Art. 40) or inadmissible with reasons (Art. 32).");
        ccf.MapPost("/requests/{id:guid}/links", LinkNotice.Endpoint).WithSummary("Add a notice to the file and consult its source NCB (Arts. 21, 34, 35).");
        ccf.MapPost("/requests/{id:guid}/provisional-measures", TakeProvisionalMeasure.Endpoint)
            .WithSummary("Block a notice in the file while the request is pending (Art. 37): ImminentExtradition, DetentionOnNoticeAlone or ProtectiveStatus.");
        ccf.MapPost("/requests/{id:guid}/deadline-notices", NotifyDeadline.Endpoint)
            .WithSummary("Tell the parties the decision deadline cannot be met, why, and the new date (Art. 40(3)).");
        ccf.MapPost("/requests/{id:guid}/decision", DecideRedress.Endpoint)
            .WithSummary("The binding decision with reasons: Compliant, CompliantWithUpdate, NotCompliant (deletes the notices in the file and notifies every recipient to purge) " +
                "or ConditionsForRevisionNotMet.");
        ccf.MapGet("/purges", ListPurges.Endpoint)
            .WithSummary("Purge notifications after deletions, with acknowledgements; overdue=true for the overdue ones. Audited.");

        var ncb = app.MapGroup("/api").WithTags("Redress (source NCB)").RequireAuthorization(Policies.Ncb);
        ncb.MapGet("/consultations", ListConsultations.Endpoint)
            .WithSummary("The Commission's consultations about your bureau's data, with what you are told of decisions. Audited.");
        ncb.MapPost("/consultations/{id:guid}/answer", AnswerConsultation.Endpoint)
            .WithSummary("Allow disclosure to the applicant, or restrict it with one of the Art. 35(3) reasons.");
        ncb.MapGet("/purge-notifications", (AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) => ListPurges.Endpoint(db, http, clock, false, ct))
            .WithSummary("Notices deleted on a Commission decision whose national copies your bureau must purge. Audited.");
        ncb.MapPost("/purge-notifications/{id:guid}/acknowledge", AcknowledgePurge.Endpoint)
            .WithSummary("Acknowledge that national copies were purged (repeating it changes nothing).");

        app.MapGet("/api/commission-decisions", ListCommissionDecisions.Endpoint)
            .WithTags("Redress (Secretariat)").RequireAuthorization(Policies.Reviewer)
            .WithSummary("Commission decisions the Secretariat implements: notice, outcome, reasons, deletion deadline — no applicant data. Audited.");
        return app;
    }
}
