using System.Net.Http.Json;
using System.Text.Json;

namespace FairNotice.Web.Tests;

/// <summary>Request bodies and small helpers shared by the API tests.</summary>
internal static class Requests
{
    public static object RedNotice(string family = "DUPONT", bool submit = false, string[]? restricted = null) => new
    {
        colour = "Red",
        person = new
        {
            name = new { familyName = family, forenames = "Marc" },
            originalScriptName = (object?)null,
            aliases = new[] { new { familyName = "DUPOND", forenames = "Marc" } },
            sex = "M",
            dateOfBirth = DateOfBirthOf(family),
            placeOfBirth = "Lyon",
            countryOfBirth = "FR",
            nationalities = new[] { "FR" },
            identityDocuments = new[] { new { type = "Passport", number = PassportOf(family), issuingCountry = "FR" } },
            languages = new[] { "FRA" },
        },
        @case = new
        {
            summaryOfFacts = "Between January 2019 and March 2021 in Lyon the person ran a fake investment scheme and took EUR 4.2 million from 310 savers.",
            offenceDate = "2019-01 to 2021-03",
            offencePlace = "Lyon, France",
            wantedFor = "Prosecution",
            charges = new[] { new { description = "Organised fraud", law = "Code pénal art. 313-2", maximumPenaltyMonths = 120 } },
            warrant = new { kind = "ArrestWarrant", issuingAuthority = "Tribunal judiciaire de Lyon", issuedOn = "2021-06-02", reference = WarrantOf(family) },
        },
        restrictedCountries = restricted ?? [],
        submit,
    };

    /// <summary>One passport number per family name: the same document is the same person to the compliance engine
    /// (PersonMatch.SharedDocument), so requests about different people must not share one. DUPONT keeps 12AB34567.</summary>
    public static string PassportOf(string family) =>
        family == "DUPONT" ? "12AB34567" : "P" + (Hash(family) % 100_000_000u).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One warrant reference per family name: the same warrant reference from one member, or the same date of birth
    /// with the same facts, is a possible duplicate to the compliance engine (DUPLICATE-REQUEST). DUPONT keeps MA-2021-0457.</summary>
    public static string WarrantOf(string family) =>
        family == "DUPONT" ? "MA-2021-0457" : "MA-2021-" + (Hash(family) % 100_000u).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One date of birth per family name, in 1975 (see <see cref="WarrantOf"/>). DUPONT keeps 1975-03-14.</summary>
    public static string DateOfBirthOf(string family) =>
        family == "DUPONT" ? "1975-03-14" : $"1975-{1 + (Hash(family) % 12u):D2}-{1 + (Hash(family) / 12u % 28u):D2}";

    private static uint Hash(string family)
    {
        var h = 2166136261u;
        foreach (var c in family)
        {
            h = (h ^ c) * 16777619u;
        }

        return h;
    }

    public static object Diffusion(string[] addressees, bool toAll = false, bool submit = true)
    {
        var json = JsonSerializer.SerializeToElement(RedNotice("KARIMOV", submit));
        var dict = JsonSerializer.Deserialize<Dictionary<string, object?>>(json.GetRawText())!;
        dict.Remove("restrictedCountries");
        dict["addressees"] = addressees;
        dict["addressedToAll"] = toAll;
        return dict;
    }

    /// <summary>A real 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static ByteArrayContent PngContent()
    {
        var content = new ByteArrayContent(Png);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return content;
    }

    /// <summary>Sends the stated purpose in X-Purpose with the body (never in the URL, which the server refuses).</summary>
    public static T WithPurpose<T>(T content, string purpose) where T : HttpContent
    {
        content.Headers.TryAddWithoutValidation("X-Purpose", purpose);
        return content;
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<Guid> CreateAsync(HttpClient client, object body, string path = "/api/notices")
    {
        var r = await client.PostAsJsonAsync(path, body);
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return (await r.Json()).GetProperty("id").GetGuid();
    }

    /// <summary>A reviewer's decision that must take effect at once (e.g. publishing a request without blocking findings).</summary>
    public static async Task<JsonElement> ReviewAsync(HttpClient reviewer, Guid id, string decision = "Publish", string? ground = null, string reason = "Complete and within the rules.", string path = "/api/notices")
    {
        var r = await reviewer.PostAsJsonAsync($"{path}/{id}/review", new { decision, ground, reason });
        Assert.True(r.StatusCode == System.Net.HttpStatusCode.OK, $"{decision}: {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Json();
    }

    public static async Task<JsonElement> ActAsync(HttpClient client, Guid id, string action, string? reason = null, string path = "/api/notices")
    {
        var r = await client.PostAsJsonAsync($"{path}/{id}/actions", new { action, reason });
        Assert.True(r.IsSuccessStatusCode, $"{action}: {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Json();
    }

    /// <summary>A real one-page PDF (uploads are parsed, so a header alone is refused).</summary>
    public static byte[] Pdf { get; } = Hardening.TestFiles.Pdf();

    /// <summary>A complete public filing to the Commission, as multipart form data.</summary>
    public static MultipartFormDataContent RedressForm(string family, string forenames = "Marc", string type = "CorrectionDeletion", string? dateOfBirth = "1975-03-14",
        byte[]? identity = null, bool withStatement = true)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(type), "type" },
            { new StringContent("fr"), "language" },
            { new StringContent(family), "familyName" },
            { new StringContent(forenames), "forenames" },
            { new StringContent("applicant@example.org"), "contactEmail" },
            { new StringContent("Je demande la suppression des données me concernant : l'affaire est politique."), "statement" },
            { new ByteArrayContent(identity ?? Pdf), "identityDocument", "passport.pdf" },
        };
        if (dateOfBirth is not null)
        {
            form.Add(new StringContent(dateOfBirth), "dateOfBirth");
        }

        if (withStatement)
        {
            form.Add(new ByteArrayContent(Pdf), "signedStatement", "statement.pdf");
        }

        return form;
    }

    /// <summary>Files a request anonymously; returns its number, code and the Commission's id for it.</summary>
    public static async Task<(string Number, string Code, Guid Id)> FileRedressAsync(HttpClient anonymous, HttpClient commission, MultipartFormDataContent form)
    {
        var r = await anonymous.PostAsync("/api/redress", form);
        Assert.True(r.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        var receipt = await r.Json();
        var number = receipt.GetProperty("number").GetString()!;
        var list = await (await commission.GetAsync("/api/commission/requests?open=false")).Json();
        var id = list.EnumerateArray().Single(x => x.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();
        return (number, receipt.GetProperty("followUpCode").GetString()!, id);
    }

    public static System.Text.Json.Nodes.JsonNode Political(string family, bool diffusion = false)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(diffusion ? Requests.Diffusion(["DE"]) : Requests.RedNotice(family, submit: true))!;
        json["person"]!["name"]!["familyName"] = family;
        json["case"]!["summaryOfFacts"] = "In 2023 the person published articles abroad criticising state policy and organised online gatherings.";
        json["case"]!["charges"]![0]!["description"] = "Inciting subversion of state power";
        return json;
    }

    public static System.Text.Json.Nodes.JsonNode Wanted(string family, string forenames, string original, string[]? restricted = null)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(Requests.RedNotice(family, submit: true, restricted: restricted))!;
        json["person"]!["name"]!["forenames"] = forenames;
        json["person"]!["originalScriptName"] = new System.Text.Json.Nodes.JsonObject { ["familyName"] = original };
        json["person"]!["aliases"] = new System.Text.Json.Nodes.JsonArray();
        json["person"]!["dateOfBirth"] = "1965-03-14";
        return json;
    }
}
