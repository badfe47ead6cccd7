using FairNotice.Domain.Notices;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FairNotice.Web.Features.Notices;

/// <summary>The OpenAPI description of <c>POST …/{id}/photos</c>'s body. The handler reads the raw bytes itself;
/// <c>Accepts&lt;byte[]&gt;</c> described them as <c>format: byte</c> (base64 text), which a generated client would encode.
/// The body is the image's own bytes.</summary>
internal static class PhotoBodyDescription
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody is OpenApiRequestBody { Content: { } content })
        {
            foreach (var type in content.Keys.ToList())
            {
                content[type] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String, Format = "binary",
                        Description = $"The {type} file's own bytes (not base64), at most {PhotoRules.MaxBytes / (1024 * 1024)} MiB; recognised by content and stored re-encoded.",
                    },
                };
            }
        }

        return Task.CompletedTask;
    }
}
