using FairNotice.Web.Platform;

namespace FairNotice.Web.Features.Elections;

/// <summary>Executive Committee elections: the officer's lifecycle, NCB candidacies and ballots, the public board,
/// results and the election record that `fairnotice election verify` re-checks.</summary>
public static class ElectionsFeature
{
    public static IServiceCollection AddElections(this IServiceCollection services) => services.AddDemoSeed<DemoElection>();

    public static IEndpointRouteBuilder MapElections(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/elections").WithTags("Elections (public)").AllowAnonymous();
        open.MapGet("/", GetElection.ListEndpoint).WithSummary("Elections with their status.");
        open.MapGet("/{id}", GetElection.Endpoint).WithSummary("One election: seats, candidacies, ballots with results and decisions, who was elected.");
        open.MapGet("/{id}/rounds/{order:int}/board", GetBoard.Endpoint)
            .WithSummary("The bulletin board of a ballot: who voted (never how), ballot hashes and chained tracking codes.");
        open.MapGet("/{id}/rounds/{order:int}/sums", TallyBallot.SumsEndpoint)
            .WithSummary("After closing: the encrypted totals the guardians decrypt (input of `fairnotice election decrypt`).");
        open.MapGet("/{id}/credentials", PublishCredentials.GetEndpoint)
            .WithSummary("The credential authority's public list (one signing key per delegation) and its hash: compare the hash with the authority's announcement.");
        open.MapGet("/{id}/record", GetElection.RecordEndpoint)
            .WithSummary("The election record of every tallied ballot: check it with `fairnotice election verify`.");

        var officer = app.MapGroup("/api/elections").WithTags("Elections (election officer)").RequireAuthorization(Policies.ElectionOfficer);
        officer.MapPost("/", SetUpElection.Endpoint)
            .WithSummary("Set up an election: seats due, candidacy deadline, members without voting rights, outgoing and continuing holders, k of n guardians.");
        officer.MapPost("/{id}/candidacies/validate", ValidateCandidacies.Endpoint)
            .WithSummary("Check every candidacy against the rules; each invalid one gets its reasons with the article.");
        officer.MapPost("/{id}/guardians", SetGuardians.Endpoint)
            .WithSummary("The guardians' public records from the key ceremony (`fairnotice election ceremony`); every proof is checked.");
        officer.MapPost("/{id}/credentials", PublishCredentials.Endpoint)
            .WithSummary("Publish the credential authority's list (`fairnotice election credentials` → credentials.public.json) before the first ballot; once.");
        officer.MapPost("/{id}/rounds", OpenBallot.Endpoint).WithSummary("Open the next ballot for a seat (a further ballot when the last one elected nobody).");
        officer.MapPost("/{id}/rounds/{order:int}/close", CloseBallot.Endpoint).WithSummary("Close a ballot: no more ballots.");
        officer.MapPost("/{id}/rounds/{order:int}/shares", TallyBallot.SharesEndpoint)
            .WithSummary("Guardians' decryption shares with proofs (from `fairnotice election decrypt`); with k of them the ballot is tallied and decided.");
        officer.MapPost("/{id}/proclaim", Proclaim.Endpoint).WithSummary("Proclaim the results; the record is archived as it stands.");

        var ncb = app.MapGroup("/api/elections").WithTags("Elections (members)").RequireAuthorization(Policies.Ncb);
        ncb.MapPost("/{id}/candidacies", SubmitCandidacy.Endpoint)
            .WithSummary("Propose your member's delegate for a post (NCB supervisor), before the deadline.");
        ncb.MapPost("/{id}/rounds/{order:int}/ballots", CastBallot.Endpoint)
            .WithSummary("Cast your member's ballot, encrypted on your side (the booth page does it in the browser). Answers the tracking code. " +
                "Once per ballot; a new ballot replaces the earlier one if it names its tracking code in `supersedes`.");
        ncb.MapPost("/{id}/rounds/{order:int}/challenges", ChallengeBallot.Endpoint)
            .WithSummary("Challenge (audit) an encryption instead of casting it: send the ballot with the revealed choice and nonces; the server checks that the " +
                "encryption holds exactly that choice and publishes it in the record. It is never counted; encrypt again to vote.");
        return app;
    }
}
