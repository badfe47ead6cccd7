using System.Text.Json.Nodes;
using FairNotice.Domain.Redress;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FairNotice.Web.Features.Redress;

/// <summary>The OpenAPI description of <c>POST /api/redress</c>'s multipart/form-data body. The handler reads the form itself
/// (no <c>Accepts()</c>: its routing-level 415 would meet the fallback policy and answer an anonymous caller 401), so nothing
/// would describe the body; this transformer writes every field, the three files with their limits and what is required,
/// from the same constants <see cref="FilingRules"/> checks.</summary>
internal static class FilingFormDescription
{
    public const string MediaType = "multipart/form-data";

    /// <summary>The fields every filing must carry; the others are required only for a representative or a revision (said in
    /// their descriptions: a JSON schema cannot make a field required by another's value without conditionals few clients read).</summary>
    public static readonly string[] Required = ["type", "language", "familyName", "forenames", "contactEmail", "statement", "identityDocument", "signedStatement"];

    private static readonly string[] Files = ["identityDocument", "signedStatement", "powerOfAttorney"];

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var maxMiB = FilingRules.MaxUploadBytes / (1024 * 1024);
        var file = $"PDF, JPEG or PNG, at most {maxMiB} MiB (recognised by content, not by name or declared type; a PDF with JavaScript, " +
            "launch actions or embedded files is refused, images are stored re-encoded).";
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(Required, StringComparer.Ordinal),
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["type"] = Text("The kind of request.", values: Enum.GetNames<RedressType>()),
                ["language"] = Text("The language the request is written in.", values: FilingRules.Languages),
                ["familyName"] = Text("Family name of the person concerned; no control or bidirectional-override characters.", max: 200),
                ["forenames"] = Text("Forenames of the person concerned; no control or bidirectional-override characters.", max: 200),
                ["dateOfBirth"] = Text("YYYY, YYYY-MM or YYYY-MM-DD.", max: 10, pattern: @"^\d{4}(-\d{2}(-\d{2})?)?$"),
                ["nationality"] = Text("An assigned ISO 3166 alpha-2 code (any country, not only a member).", max: 2, pattern: "^[A-Za-z]{2}$"),
                ["contactEmail"] = Text("Where the Commission can reach the applicant.", max: 254, format: "email"),
                ["statement"] = Text("The purpose of the request.", min: 20, max: 20000),
                ["byRepresentative"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, Enum = [JsonValue.Create("true"), JsonValue.Create("on"), JsonValue.Create("false")],
                    Default = JsonValue.Create("false"),
                    Description = "\"true\" or \"on\" when a representative files for the person; then representativeName and powerOfAttorney are required.",
                },
                ["representativeName"] = Text("The representative's name: required when byRepresentative.", max: 200),
                ["previousNumber"] = Text("The request whose decision a revision asks to revise: required for a Revision.", max: 16),
                ["newFact"] = Text("The newly discovered fact a revision rests on (CCF Statute Art. 42): required for a Revision.", max: 20000),
                ["newFactDiscovered"] = Text("The date the new fact was discovered, within the last six months: required for a Revision.", format: "date"),
                ["identityDocument"] = Binary("A copy of an unredacted identity document, one file. " + file),
                ["signedStatement"] = Binary("The signed statement, one file. " + file),
                ["powerOfAttorney"] = Binary("The power of attorney, one file: required when byRepresentative. " + file),
            },
        };
        var encoding = Files.ToDictionary(f => f, _ => new OpenApiEncoding { ContentType = "application/pdf, image/jpeg, image/png" }, StringComparer.Ordinal);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"The filing as {MediaType}: the fields and the documents, the whole body at most {(3 * FilingRules.MaxUploadBytes) + 200_000:N0} bytes " +
                "(413 beyond). Anything else is answered 415.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [MediaType] = new() { Schema = schema, Encoding = encoding } },
        };
        // ErrorProblem declares 404 for every handler that answers a domain error; a filing never finds nothing.
        operation.Responses?.Remove(StatusCodes.Status404NotFound.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description, int? min = null, int? max = null, string? pattern = null, string? format = null, IEnumerable<string>? values = null) => new()
    {
        Type = JsonSchemaType.String, Description = description, MinLength = min, MaxLength = max, Pattern = pattern, Format = format,
        Enum = values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };

    private static OpenApiSchema Binary(string description) => new()
    {
        Type = JsonSchemaType.String, Format = "binary", Description = description,
        Extensions = new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal) { ["x-maxBytes"] = new JsonNodeExtension(JsonValue.Create(FilingRules.MaxUploadBytes)) },
    };
}
