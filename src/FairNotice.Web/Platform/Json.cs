using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using FairNotice.Domain.Notices;

namespace FairNotice.Web.Platform;

internal static class Json
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions o)
    {
        o.Converters.Add(new JsonStringEnumConverter());
        o.Converters.Add(new PartialDateConverter());
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        // ASVS 1.2.3: ASP.NET Core's default writer leaves <, > and & raw; a value echoed from a query ("</script>") must not
        // reach a page that ever inlines our JSON as markup. All scripts stay readable (no \u escapes for names).
        o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        return o;
    }
}

/// <summary>Dates of birth travel as "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
internal sealed class PartialDateConverter : JsonConverter<PartialDate>
{
    public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.TokenType == JsonTokenType.Number ? reader.GetInt32().ToString(CultureInfo.InvariantCulture) : reader.GetString();
        return PartialDate.TryParse(text, out var date)
            ? date
            : throw new JsonException("Use YYYY, YYYY-MM or YYYY-MM-DD for a date of birth.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
