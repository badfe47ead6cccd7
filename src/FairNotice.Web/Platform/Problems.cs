using System.Text.Json;
using FairNotice.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FairNotice.Web.Platform;

/// <summary>The one mapping from domain errors to RFC 9457 problem details, with a stable type per error code.</summary>
internal static partial class Problems
{
    public const string TypeBase = "https://fairnotice.org/problems/";

    public static IResult From(Error error) => error switch
    {
        // Rejected input is counted into the audit trail too (ASVS 16.3.3), under its code.
        InvalidError e => new DeniedResult(TypedResults.ValidationProblem(e.Fields.ToDictionary(), detail: e.Message, title: "Invalid request", type: TypeBase + e.Code,
            extensions: new Dictionary<string, object?> { ["code"] = e.Code }), StatusCodes.Status400BadRequest, e.Code),
        // Refusals carry their code to the denied-access trail (a not-found also answers what the caller may not see).
        NotFoundError e => new DeniedResult(Problem(StatusCodes.Status404NotFound, "Not found", e), StatusCodes.Status404NotFound, e.Code),
        ConflictError e => Problem(StatusCodes.Status409Conflict, "Conflict", e),
        UnacceptableContentError e => Results.ValidationProblem(e.Fields.ToDictionary(), detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Content refused", type: TypeBase + e.Code, extensions: new Dictionary<string, object?> { ["code"] = e.Code }),
        UnavailableError e => new RetryLater(Problem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", e), e.RetryAfterSeconds),
        ForbiddenError e => new DeniedResult(Problem(StatusCodes.Status403Forbidden, "Forbidden", e), StatusCodes.Status403Forbidden, e.Code),
        _ => Problem(StatusCodes.Status500InternalServerError, "Error", error),
    };

    public static IResult Invalid(string code, string message, Dictionary<string, string[]> fields) =>
        From(new InvalidError(code, message, fields));

    /// <summary>A 503 that tells the client when to try again (RFC 9110 Retry-After, in seconds).</summary>
    internal sealed class RetryLater(IResult inner, int seconds) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => StatusCodes.Status503ServiceUnavailable;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }

    private static ProblemHttpResult Problem(int status, string title, Error e) =>
        TypedResults.Problem(e.Message, statusCode: status, title: title, type: TypeBase + e.Code,
            extensions: new Dictionary<string, object?> { ["code"] = e.Code });

    /// <summary>Malformed JSON or a value of the wrong type: 400 naming the field, nothing changed.</summary>
    public static void UseBadRequestProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException b ? b.StatusCode
                : DatabaseOutage.Is(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            // A malformed body is the client's mistake, answered 400: logging each as an unhandled error let anyone flood
            // the error log (found by fuzzing, docs/fuzzing.md). Real exceptions are still logged.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
            ExceptionHandler = async context =>
            {
                var ex = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                IResult result;
                if (ex is BadHttpRequestException bad)
                {
                    var json = FindJsonException(bad);
                    var parameter = json is null ? BoundParameter().Match(bad.Message) : null;
                    var field = json?.Path is { Length: > 0 } p ? ToField(p) : parameter is { Success: true } ? parameter.Groups["name"].Value : "body";
                    var message = json is not null ? JsonMessage(json) : parameter is { Success: true } ? "The value has the wrong type or is out of range." : bad.Message;
                    result = TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
                        title: "Invalid request", type: TypeBase + "request.malformed", detail: "The request body could not be read.");
                }
                else if (DatabaseOutage.Is(ex))
                {
                    result = From(DatabaseOutage.Error);
                }
                else
                {
                    result = TypedResults.Problem("An unexpected error occurred; it has been logged.", statusCode: 500, type: TypeBase + "internal");
                }

                await result.ExecuteAsync(context);
            },
        });
    }

    // ASP.NET Core's message for a query or route value that does not parse: 'Failed to bind parameter "int? page" from "x".'
    [System.Text.RegularExpressions.GeneratedRegex("""^Failed to bind parameter "[^"]*?(?<name>[A-Za-z0-9_]+)" from""", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    private static JsonException? FindJsonException(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is JsonException j)
            {
                return j;
            }
        }

        return null;
    }

    private static string JsonMessage(JsonException j) =>
        j.InnerException is JsonException inner && !string.IsNullOrEmpty(inner.Message) && !inner.Message.Contains("Path:", StringComparison.Ordinal) ? inner.Message
        : j.Message.Contains("could not be converted", StringComparison.Ordinal) ? "The value has the wrong type or format."
        : j.Message.Split(" Path:", 2)[0];

    // "$.person.dateOfBirth" → "person.dateOfBirth"
    private static string ToField(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
