using System.Globalization;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Notices;
using FairNotice.Domain.Screening;
using FairNotice.Web.Platform;
using FairNotice.Web.Platform.Budgets;
using FairNotice.Web.Platform.Cluster;
using Microsoft.Extensions.Options;

namespace FairNotice.Web.Features.Screening;

/// <summary>One person to check.</summary>
/// <param name="Explain">True to also get the nearest candidates below the threshold, with why they fell short.</param>
public sealed record ScreenPersonRequest(string? Name, string? DateOfBirth, string? Sex, string? Nationality, string? Purpose = null, bool? Explain = null);

/// <summary>Many persons to check (JSON form of the batch; CSV is accepted too).</summary>
/// <param name="Explain">True to also get, for each person without a hit, the nearest candidates below the threshold with
/// why they fell short (at most <see cref="ScreeningFeature.MaxNearMissesPerBatchRow"/> per person); with CSV, <c>?explain=true</c>.
/// A person's own <c>explain</c> asks the same for that person only.</param>
public sealed record ScreenBatchRequest(string? Purpose, List<ScreenPersonRequest>? Persons, bool? Explain = null);

public sealed record ScreeningHitResponse(Guid NoticeId, string Reference, string Kind, string Colour, string Status, double Score, HitExplanation Explanation, IReadOnlyList<string> Caveats);

public sealed record ScreeningResponse(int Row, IReadOnlyList<ScreeningHitResponse> Hits, IReadOnlyList<NearMissResponse>? NearMisses = null);

/// <summary>A candidate that scored below the threshold, shown on request so an operator can see why a person was not found.</summary>
/// <param name="WhyShort">Why, in English.</param>
/// <param name="WhyShortMessage">The same as a message: its key and its reasons' keys are stable codes ("ScreeningWhy.Short.NoDate").</param>
public sealed record NearMissResponse(Guid NoticeId, string Reference, double Score, double Threshold, string WhyShort, HitExplanation Explanation, LocalMessage WhyShortMessage);

public sealed record BatchResponse(int Persons, int PersonsWithHits, IReadOnlyList<ScreeningResponse> Results);

public static class ScreeningFeature
{
    /// <summary>Most near misses per person of a batch: each costs a wider search, and a list of thousands is read by eye.</summary>
    public const int MaxNearMissesPerBatchRow = 3;

    // The interceptor keeps the live index in step with committed notices; the database picks up every registered
    // IInterceptor, so Platform does not name this feature.
    public static IServiceCollection AddScreening(this IServiceCollection services) =>
        services.AddSingleton<LiveScreeningIndex>().AddSingleton<ScreeningIndexInterceptor>()
            .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<ScreeningIndexInterceptor>())
            .AddSingleton<ScreeningRowBudget>().AddSingleton<ScreeningMetrics>().AddStartupStep<LoadScreeningIndexAtStart>()
            .AddSingleton<IChangeFeedHandler, ScreeningChanges>();

    public static IEndpointRouteBuilder MapScreening(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/screening").WithTags("Screening").RequireAuthorization(Policies.NcbOrReviewer);
        group.MapPost("/", ScreenOne).WithBudget(BudgetNames.Screening).WithSummary("Check one person against the valid notices and diffusions you may see. State the purpose. Audited without the name.")
            .Produces<ScreeningResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/batch", ScreenBatch).WithBudget(BudgetNames.ScreeningBatch).AllowLargeBody()
            .WithSummary("Check many persons (up to Limits:BatchRows, 10,000 by default): JSON {purpose, persons:[...], explain} or CSV (name,dateOfBirth,sex,nationality) with the purpose in the X-Purpose header (and ?explain=true). " +
                "Each person counts against the account's daily screening budget; a batch that would exceed it is refused whole (429). " +
                $"With explain, each person without a hit also gets up to {MaxNearMissesPerBatchRow} nearest candidates below the threshold, with why they fell short.")
            .Accepts<ScreenBatchRequest>("application/json", BatchBodyDescription.Csv).AddOpenApiOperationTransformer(BatchBodyDescription.DescribeAsync).Produces<BatchResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> ScreenOne(ScreenPersonRequest request, HttpContext http, LiveScreeningIndex index, AppDbContext db, TimeProvider clock,
        ScreeningRowBudget rows, ScreeningMetrics metrics, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = Parse(request, "", errors);
        var purpose = request.Purpose ?? Platform.PurposeOf(http.Request);
        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors["purpose"] = ["State why you are checking this person (e.g. border check, arrest, visa application)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("screening.invalid", "Some fields are missing or invalid.", errors);
        }

        var actor = http.RequireActor();
        if (await rows.TrySpendAsync(db, actor.UserId, 1, clock.GetUtcNow(), ct) is { } spent)
        {
            return RowsExhausted(http, rows, spent);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var hits = await ScreenAsync(index, db, actor, clock.GetUtcNow(), query!, purpose!, ct);
        metrics.Record("single", 1, hits.Count > 0 ? 1 : 0, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        var near = request.Explain == true ? NearMisses(index, query!, actor) : null;
        return TypedResults.Ok(new ScreeningResponse(0, hits, near));
    }

    /// <summary>One screening, audited with its purpose and hit count; the name searched is never recorded.</summary>
    internal static async Task<List<ScreeningHitResponse>> ScreenAsync(LiveScreeningIndex index, AppDbContext db, Actor actor, DateTimeOffset now,
        ScreeningQuery query, string purpose, CancellationToken ct)
    {
        var hits = Search(index, query, actor, 20);
        db.Audit(actor.Facts(now, "screening.search", "screening", null, purpose, $"hits:{hits.Count}"));
        await db.SaveChangesAsync(ct);
        return hits;
    }

    private static async Task<IResult> ScreenBatch(HttpContext http, LiveScreeningIndex index, AppDbContext db, TimeProvider clock, ScreeningRowBudget rowBudget,
        IOptions<LimitOptions> limits, ScreeningMetrics metrics, CancellationToken ct)
    {
        var maxBatch = limits.Value.BatchRows;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        List<ScreenPersonRequest> persons;
        string? purpose;
        bool explain;
        var contentType = http.Request.ContentType ?? "";
        if (contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(http.Request.Body);
            var (rows, csvErrors) = PassengerCsv.Read(await reader.ReadToEndAsync(ct), maxBatch + 1);
            persons = rows;
            foreach (var (k, v) in csvErrors)
            {
                errors[k] = v;
            }

            purpose = Platform.PurposeOf(http.Request);
            var explainText = http.Request.Query["explain"].ToString();
            explain = false;
            if (explainText.Length > 0 && !bool.TryParse(explainText, out explain))
            {
                errors["explain"] = ["true or false."];
            }
        }
        else if (!http.Request.HasJsonContentType())
        {
            // Reading JSON under another content type (none, or an unknown charset) threw: a 500 (found by fuzzing).
            return UnsupportedMediaType();
        }
        else
        {
            ScreenBatchRequest? body;
            try
            {
                body = await http.Request.ReadFromJsonAsync<ScreenBatchRequest>(Json.Options, ct);
            }
            catch (System.Text.Json.JsonException e)
            {
                return Problems.Invalid("screening.malformed", "The body could not be read.",
                    new() { [e.Path is { Length: > 2 } path ? path[2..] : "body"] = ["Malformed JSON or a value of the wrong type."] });
            }
            persons = body?.Persons ?? [];
            purpose = body?.Purpose ?? Platform.PurposeOf(http.Request);
            explain = body?.Explain == true;
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            errors["purpose"] = ["State why these persons are checked."];
        }

        if (persons.Count == 0)
        {
            errors["persons"] = ["Send at least one person."];
        }
        else if (persons.Count > maxBatch)
        {
            errors["persons"] = [$"At most {maxBatch:N0} persons per batch."];
        }

        for (var i = 0; i < Math.Min(persons.Count, maxBatch); i++)
        {
            if (persons[i] is null)
            {
                // A null row threw in Parse: a 500 (found by fuzzing).
                errors[$"persons[{i}]"] = ["A person is required here, not null."];
            }
        }

        var queries = persons.Take(maxBatch).Select((p, i) => p is null ? null : Parse(p, $"persons[{i}].", errors)).ToList();
        if (errors.Count > 0)
        {
            return Problems.Invalid("screening.invalid", "Some rows are missing or invalid; nothing was checked.", errors);
        }

        var actor = http.RequireActor();
        if (await rowBudget.TrySpendAsync(db, actor.UserId, queries.Count, clock.GetUtcNow(), ct) is { } spent)
        {
            return RowsExhausted(http, rowBudget, spent);
        }

        ScreeningResponse Screen(ScreeningQuery query, int row)
        {
            var hits = Search(index, query, actor, 5);
            // Near misses only when asked (for the batch, or for this person) and only where nothing was found: each is a
            // second, wider search.
            var asked = explain || persons[row].Explain == true;
            return new ScreeningResponse(row, hits, asked && hits.Count == 0 ? NearMisses(index, query, actor, MaxNearMissesPerBatchRow) : null);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = queries.Select((q, i) => Screen(q!, i)).ToList();
        var withHits = results.Count(r => r.Hits.Count > 0);
        metrics.Record("batch", results.Count, withHits, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        db.Audit(actor.Facts(clock.GetUtcNow(), "screening.batch", "screening", null, purpose, $"persons:{results.Count};with-hits:{withHits}"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new BatchResponse(results.Count, withHits, results));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult UnsupportedMediaType() =>
        TypedResults.Problem("Send the batch as application/json or text/csv.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
            type: Problems.TypeBase + "screening.media_type", extensions: new Dictionary<string, object?>
            {
                ["code"] = "screening.media_type",
                ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["Content-Type"] = ["application/json or text/csv."] },
            });

    internal static IResult RowsExhausted(HttpContext http, ScreeningRowBudget rows, (int Left, TimeSpan RetryAfter) spent) =>
        BudgetExtensions.TooMany(http, spent.RetryAfter,
            $"Your account may screen {rows.PerDay:N0} persons a day; {spent.Left:N0} are left today. Nothing was checked.");

    /// <summary>The nearest candidates the screener may see that fell short of the threshold, with why.</summary>
    internal static List<NearMissResponse> NearMisses(LiveScreeningIndex index, ScreeningQuery query, Actor actor, int max = 5) =>
        [.. index.NearMisses(query, actor, max).Select(n => new NearMissResponse(n.Candidate.Payload.NoticeId, n.Candidate.Payload.Reference, n.Candidate.Score,
            ScreeningIndex<IndexedRequest>.DefaultThreshold, n.WhyShort.English, n.Candidate.Explanation, n.WhyShort))];

    internal static List<ScreeningHitResponse> Search(LiveScreeningIndex index, ScreeningQuery query, Actor actor, int max) =>
        [.. index.Search(query, actor, max).Select(h => new ScreeningHitResponse(h.Payload.NoticeId, h.Payload.Reference, h.Payload.Kind.ToString(), h.Payload.Colour.ToString(),
            h.Payload.Status.ToString(), h.Score, h.Explanation, h.Payload.Caveats))];

    internal static ScreeningQuery? Parse(ScreenPersonRequest p, string prefix, Dictionary<string, string[]> errors)
    {
        var ok = true;
        if (string.IsNullOrWhiteSpace(p.Name) || p.Name.Length > 300)
        {
            errors[prefix + "name"] = ["A name (at most 300 characters) is required."];
            ok = false;
        }

        PartialDate? dob = null;
        if (!string.IsNullOrWhiteSpace(p.DateOfBirth) && !PartialDate.TryParse(p.DateOfBirth, out dob))
        {
            errors[prefix + "dateOfBirth"] = ["Use YYYY, YYYY-MM or YYYY-MM-DD."];
            ok = false;
        }

        var sex = string.IsNullOrWhiteSpace(p.Sex) ? null : p.Sex.Trim().ToUpperInvariant();
        if (sex is not (null or "M" or "F" or "U"))
        {
            errors[prefix + "sex"] = ["M, F or U."];
            ok = false;
        }

        var nationality = string.IsNullOrWhiteSpace(p.Nationality) ? null : p.Nationality.Trim().ToUpperInvariant();
        if (nationality is not null && (nationality.Length != 2 || !nationality.All(char.IsAsciiLetterUpper)))
        {
            errors[prefix + "nationality"] = ["An ISO 3166 alpha-2 code such as FR."];
            ok = false;
        }

        return ok ? new ScreeningQuery(p.Name!, dob, sex, nationality) : null;
    }
}

/// <summary>Reads a passenger list: a header line, then name,dateOfBirth,sex,nationality (quotes allowed).</summary>
internal static class PassengerCsv
{
    public static (List<ScreenPersonRequest> Rows, Dictionary<string, string[]> Errors) Read(string text, int max)
    {
        var rows = new List<ScreenPersonRequest>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var reader = new StringReader(text);
        var header = reader.ReadLine();
        var columns = header is null ? [] : Split(header).Select(c => c.Trim().ToLowerInvariant()).ToList();
        var name = columns.IndexOf("name");
        if (name < 0)
        {
            errors["csv"] = ["The first line must name the columns, with at least: name (optional: dateOfBirth, sex, nationality)."];
            return (rows, errors);
        }

        int Col(string c) => columns.IndexOf(c.ToLowerInvariant());
        var (dob, sex, nat) = (Col("dateOfBirth"), Col("sex"), Col("nationality"));
        while (reader.ReadLine() is { } line && rows.Count < max)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = Split(line);
            string? At(int i) => i >= 0 && i < f.Count ? f[i] : null;
            rows.Add(new ScreenPersonRequest(At(name), At(dob), At(sex), At(nat)));
        }

        return (rows, errors);
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}

internal static class Platform
{
    public static string? PurposeOf(HttpRequest request) => Notices.Purpose.From(request);
}
