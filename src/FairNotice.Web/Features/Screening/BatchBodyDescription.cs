using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FairNotice.Web.Features.Screening;

/// <summary>The OpenAPI description of <c>POST /api/screening/batch</c>'s CSV body. The handler reads the body itself, so
/// <c>Accepts&lt;ScreenBatchRequest&gt;</c> described text/csv with the JSON object's schema; this says what the CSV is,
/// and the <c>X-Purpose</c> header and <c>explain</c> query that only the CSV form reads.</summary>
internal static class BatchBodyDescription
{
    public const string Csv = "text/csv";

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody is OpenApiRequestBody body && body.Content is { } content)
        {
            content[Csv] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "RFC 4180 CSV, UTF-8. The first line names the columns: name (required), and optionally dateOfBirth (YYYY, YYYY-MM or " +
                        "YYYY-MM-DD), sex (M, F or U) and nationality (ISO 3166 alpha-2); one person per line, at most Limits:BatchRows persons " +
                        "(10,000 by default) and Limits:BatchBodyBytes (4 MiB by default). The purpose goes in the X-Purpose header.",
                },
                Example = System.Text.Json.Nodes.JsonValue.Create("name,dateOfBirth,sex,nationality\nJohn Smith,1970-01-01,M,GB\n"),
            };
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Notices.Purpose.Header, In = ParameterLocation.Header, Required = false, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Description = "Why these persons are checked: required with a CSV body (a JSON body may carry it as purpose instead). Never in the URL.",
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "explain", In = ParameterLocation.Query, Required = false, Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean },
            Description = "With a CSV body: true to get, for each person without a hit, the nearest candidates below the threshold.",
        });
        return Task.CompletedTask;
    }
}
