using FairNotice.Domain.Compliance;
using FairNotice.Domain.Members;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;

namespace FairNotice.Web.Features.Compliance;

public static class ComplianceFeature
{
    public static IServiceCollection AddCompliance(this IServiceCollection services) => services.AddSingleton<INoticeCompliance, ComplianceForNotices>().AddSingleton<INoticeDataHolder, Precedents.ForgetPrecedentPerson>().AddDemoSeed<Precedents.DemoPrecedents>();

    public static IEndpointRouteBuilder MapCompliance(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/compliance/assess", Assess).WithTags("Compliance").RequireAuthorization(Policies.NcbOrReviewer).WithBudget(BudgetNames.PreCheck)
            .WithSummary("Pre-check: the assessment a request would get (same body as POST /api/notices), with the caller's history, as the caller may see it " +
                "(members never see findings from the protected-status registry). Members may pre-check one person (whatever the spelling) a few times a day; " +
                "beyond that 429 with Retry-After. The pre-check is kept for reviewers for 30 days.")
            .Produces<Assessment>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        Precedents.ListPrecedents.MapPrecedents(app);
        return app;
    }

    private static async Task<IResult> Assess(CreateNoticeRequest request, string? requester, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.RequireActor();
        var country = actor.IsReviewer ? requester?.ToUpperInvariant() : actor.Country;
        if (country is null || !MemberCatalogue.IsMember(country))
        {
            return Problems.Invalid("compliance.requester_required", "Say which member the request would come from.",
                new() { ["requester"] = ["A member's ISO alpha-2 code (reviewers only; NCBs assess for their own country)."] });
        }

        if (request.Person is null)
        {
            return Problems.Invalid("compliance.invalid", "The person is required.", new() { ["person"] = ["The person is required."] });
        }

        var content = request.ToContent();
        if (Domain.Notices.NoticeValidation.Caps(content) is { Count: > 0 } caps)
        {
            return Problems.Invalid("compliance.invalid", "A list is longer than allowed.", caps.ToDictionary());
        }

        var outcome = await PreCheckRequest.HandleAsync(db, actor, clock.GetUtcNow(), country, content, null, ct);
        return outcome.RateLimited ? PreCheckRequest.TooMany(http, outcome.RetryAfter) : TypedResults.Ok(outcome.Assessment);
    }
}
