using FairNotice.Domain;
using FairNotice.Domain.Elections;
using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Elections;

public sealed record ElectionSummary(string Id, string Title, string Status, DateTimeOffset CandidacyDeadline);

/// <summary>Executive Committee elections: the officer's lifecycle, NCB candidacies and ballots, the public board,
/// results and the election record that `fairnotice election verify` re-checks.</summary>
public static class ElectionsFeature
{
    public static IServiceCollection AddElections(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapElections(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/elections").WithTags("Elections (public)").AllowAnonymous();
        open.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await ElectionListAsync(db, ct)))
            .WithSummary("Elections with their status.");
        open.MapGet("/{id}", async (string id, AppDbContext db, CancellationToken ct) =>
                await ElectionService.ViewAsync(db, id, ct) is { } v ? Results.Ok(v) : NotFound())
            .WithSummary("One election: seats, candidacies, ballots with results and decisions, who was elected.").Produces<ElectionView>().ProducesProblem(404);
        open.MapGet("/{id}/rounds/{order:int}/board", async (string id, int order, AppDbContext db, CancellationToken ct) =>
                await ElectionService.BoardLinesAsync(db, id, order, ct) is { } b ? Results.Ok(b) : NotFound())
            .WithSummary("The bulletin board of a ballot: who voted (never how), ballot hashes and chained tracking codes.").ProducesProblem(404);
        open.MapGet("/{id}/rounds/{order:int}/sums", async (string id, int order, AppDbContext db, CancellationToken ct) =>
                Respond(await ElectionService.SumsAsync(db, id, order, ct)))
            .WithSummary("After closing: the encrypted totals the guardians decrypt (input of `fairnotice election decrypt`).").Produces<SumsView>().ProducesProblem(404);
        open.MapGet("/{id}/record", async (string id, AppDbContext db, CancellationToken ct) =>
                await ElectionService.RecordAsync(db, id, ct) is { } r ? Results.Text(r.ToJson(), "application/json") : NotFound())
            .WithSummary("The election record of every tallied ballot: check it with `fairnotice election verify`.").ProducesProblem(404);

        var officer = app.MapGroup("/api/elections").WithTags("Elections (election officer)").RequireAuthorization(Policies.ElectionOfficer);
        officer.MapPost("/", async (CreateElectionRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Created(await ElectionService.CreateAsync(db, http.RequireActor(), clock.GetUtcNow(), body, ct)))
            .WithSummary("Set up an election: seats due, candidacy deadline, members without voting rights, outgoing and continuing holders, k of n guardians.")
            .ProducesValidationProblem().ProducesProblem(409);
        officer.MapPost("/{id}/candidacies/validate", async (string id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.ValidateAsync(db, http.RequireActor(), clock.GetUtcNow(), id, ct) is { IsOk: false } r ? Problems.From(r.Error!) : await ViewResult(db, id, ct))
            .WithSummary("Check every candidacy against the rules; each invalid one gets its reasons with the article.").ProducesProblem(404);
        officer.MapPost("/{id}/guardians", async (string id, List<GuardianRecord> body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.SetGuardiansAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is { IsOk: false } r ? Problems.From(r.Error!) : await ViewResult(db, id, ct))
            .WithSummary("The guardians' public records from the key ceremony (`fairnotice election ceremony`); every proof is checked.").ProducesValidationProblem();
        officer.MapPost("/{id}/rounds", async (string id, OpenRoundRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.OpenRoundAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is { IsOk: false } r ? Problems.From(r.Error!) : await ViewResult(db, id, ct))
            .WithSummary("Open the next ballot for a seat (a further ballot when the last one elected nobody).").ProducesProblem(409);
        officer.MapPost("/{id}/rounds/{order:int}/close", async (string id, int order, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.CloseAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, ct) is { IsOk: false } r ? Problems.From(r.Error!) : await ViewResult(db, id, ct))
            .WithSummary("Close a ballot: no more ballots.").ProducesProblem(409);
        officer.MapPost("/{id}/rounds/{order:int}/shares", async (string id, int order, SharesRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.SubmitSharesAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, body, ct) is { IsOk: false } r ? Problems.From(r.Error!) : await ViewResult(db, id, ct))
            .WithSummary("Guardians' decryption shares with proofs (from `fairnotice election decrypt`); with k of them the ballot is tallied and decided.")
            .ProducesValidationProblem();
        officer.MapPost("/{id}/proclaim", async (string id, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.ProclaimAsync(db, http.RequireActor(), clock.GetUtcNow(), id, ct) is { IsOk: false } r ? Problems.From(r.Error!) : await ViewResult(db, id, ct))
            .WithSummary("Proclaim the results; the record is archived as it stands.").ProducesProblem(409);

        var ncb = app.MapGroup("/api/elections").WithTags("Elections (members)").RequireAuthorization(Policies.Ncb);
        ncb.MapPost("/{id}/candidacies", async (string id, CandidacyRequest body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                await ElectionService.SubmitCandidacyAsync(db, http.RequireActor(), clock.GetUtcNow(), id, body, ct) is { IsOk: false } r ? Problems.From(r.Error!) : Results.Created($"/api/elections/{id}", null))
            .WithSummary("Propose your member's delegate for a post (NCB supervisor), before the deadline.").ProducesValidationProblem().ProducesProblem(409);
        ncb.MapPost("/{id}/rounds/{order:int}/ballots", async (string id, int order, EncryptedBallot body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(await ElectionService.CastAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, body, ct)))
            .WithSummary("Cast your member's ballot, encrypted on your side (the booth page does it in the browser). Answers the tracking code. " +
                "Once per ballot; a new ballot replaces the earlier one if it names its tracking code in `supersedes`.")
            .Produces<CastReceipt>().ProducesValidationProblem().ProducesProblem(409);
        ncb.MapPost("/{id}/rounds/{order:int}/challenges", async (string id, int order, ChallengedBallot body, AppDbContext db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
                Respond(await ElectionService.ChallengeAsync(db, http.RequireActor(), clock.GetUtcNow(), id, order, body, ct)))
            .WithSummary("Challenge (audit) an encryption instead of casting it: send the ballot with the revealed choice and nonces; the server checks that the " +
                "encryption holds exactly that choice and publishes it in the record. It is never counted; encrypt again to vote.")
            .Produces<ChallengeResult>().ProducesValidationProblem().ProducesProblem(409);
        return app;
    }

    internal static async Task<List<ElectionSummary>> ElectionListAsync(AppDbContext db, CancellationToken ct) =>
        [.. (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Elections, ct))
            .OrderByDescending(e => e.CreatedAt).Select(e => new ElectionSummary(e.Id, e.Title, e.Status.ToString(), e.CandidacyDeadline))];

    private static async Task<IResult> ViewResult(AppDbContext db, string id, CancellationToken ct) => Results.Ok(await ElectionService.ViewAsync(db, id, ct));

    private static IResult Created(Result<ElectionEntity> r) => r.IsOk ? Results.Created($"/api/elections/{r.Value.Id}", new { r.Value.Id }) : Problems.From(r.Error!);

    private static IResult Respond<T>(Result<T> r) => r.IsOk ? Results.Ok(r.Value) : Problems.From(r.Error!);

    private static IResult NotFound() => Problems.From(new NotFoundError("election.not_found", "No such election or ballot."));
}
