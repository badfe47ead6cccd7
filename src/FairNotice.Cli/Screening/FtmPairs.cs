using System.IO.Compression;
using System.Text.Json;
using FairNotice.Domain.Notices;

namespace FairNotice.Cli.Screening;

/// <summary>Why a pair of the benchmark was not scored.</summary>
internal enum PairSkip
{
    /// <summary>One side (or both) is not a FollowTheMoney Person (a Company, Organization, LegalEntity, Vessel …).</summary>
    OtherSchema,

    /// <summary>The judgement is "unsure" or "no_judgement": neither a match nor a non-match to measure against.</summary>
    UnsureOrNoJudgement,

    /// <summary>One side has no name to compare (no name, alias, previousName, nor firstName/lastName parts).</summary>
    NoName,
}

/// <summary>The parts of a FollowTheMoney Person that screening compares.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Names">Full names: <c>name</c>, <c>alias</c>, <c>previousName</c>; or, when there is no <c>name</c>, one
/// composed of <c>firstName</c>, <c>secondName</c>, <c>middleName</c>, <c>fatherName</c> and <c>lastName</c>.</param>
/// <param name="BirthDates">Every <c>birthDate</c> that reads as YYYY, YYYY-MM or YYYY-MM-DD (a time part is dropped).</param>
/// <param name="Sex">M or F from <c>gender</c> ("male", "female"); null otherwise.</param>
/// <param name="Nationalities">ISO alpha-2 codes from <c>nationality</c> and <c>citizenship</c>, upper case.</param>
internal sealed record FtmPerson(string Id, IReadOnlyList<string> Names, IReadOnlyList<PartialDate> BirthDates, string? Sex, IReadOnlyList<string> Nationalities);

/// <summary>One line of the pairs file: a scorable pair, or why it is skipped.</summary>
internal sealed record JudgedPair(int Line, string Judgement, FtmPerson? Left, FtmPerson? Right, PairSkip? Skip)
{
    public bool Positive => Judgement == "positive";
}

/// <summary>Reads the OpenSanctions pairs benchmark: JSON lines of <c>{"left": entity, "right": entity, "judgement": …}</c>.</summary>
/// <remarks>
/// Format as published at https://www.opensanctions.org/docs/pairs/ and read by nomenklatura
/// (opensanctions/nomenklatura, <c>nomenklatura/matching/pairs.py</c>; judgements <c>positive</c>, <c>negative</c>,
/// <c>unsure</c>, <c>no_judgement</c> in <c>nomenklatura/judgement.py</c>); entities in the FollowTheMoney form
/// (<c>{"id", "schema", "properties": {"name": […], …}}</c>, every property a list of strings; Person properties in
/// opensanctions/followthemoney <c>followthemoney/schema/Person.yaml</c>). <c>weakAlias</c> is not used: its definition
/// (<c>followthemoney/schema/Thing.yaml</c>) says it "should not be used for matching in screening systems".
/// </remarks>
internal static class FtmPairs
{
    // The server refuses longer names (ScreeningFeature.Parse); a longer "name" is no name to screen with.
    private const int MaxNameLength = 300;
    private static readonly string[] Judgements = ["positive", "negative", "unsure", "no_judgement"];

    /// <summary>Opens the file, gunzipping it when it starts with the gzip magic bytes (the published file is gzipped).</summary>
    public static StreamReader Open(string path)
    {
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var gzip = file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        file.Position = 0;
        return new StreamReader(gzip ? new GZipStream(file, CompressionMode.Decompress) : file, System.Text.Encoding.UTF8);
    }

    /// <summary>Parses one non-blank line; a malformed one gives an error naming the line and what is wrong.</summary>
    public static (JudgedPair? Pair, string? Error) Parse(string text, int line)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(line, "not a JSON object");
            }

            if (!root.TryGetProperty("judgement", out var j) || j.ValueKind != JsonValueKind.String || !Judgements.Contains(j.GetString(), StringComparer.Ordinal))
            {
                return Fail(line, "\"judgement\" must be one of positive, negative, unsure, no_judgement");
            }

            var judgement = j.GetString()!;
            var (leftSchema, leftError) = Schema(root, "left");
            var (rightSchema, rightError) = Schema(root, "right");
            if ((leftError ?? rightError) is { } schemaError)
            {
                return Fail(line, schemaError);
            }

            if (leftSchema != "Person" || rightSchema != "Person")
            {
                return (new JudgedPair(line, judgement, null, null, PairSkip.OtherSchema), null);
            }

            if (judgement is not ("positive" or "negative"))
            {
                return (new JudgedPair(line, judgement, null, null, PairSkip.UnsureOrNoJudgement), null);
            }

            var left = Person(root.GetProperty("left"), "left");
            var right = Person(root.GetProperty("right"), "right");
            if ((left.Error ?? right.Error) is { } propertyError)
            {
                return Fail(line, propertyError);
            }

            var skip = left.Person!.Names.Count == 0 || right.Person!.Names.Count == 0 ? PairSkip.NoName : (PairSkip?)null;
            return (new JudgedPair(line, judgement, left.Person, right.Person, skip), null);
        }
        catch (JsonException e)
        {
            return Fail(line, $"not valid JSON (at character {e.BytePositionInLine + 1})");
        }
    }

    private static (JudgedPair?, string?) Fail(int line, string why) => (null, $"line {line}: {why}");

    private static (string? Schema, string? Error) Schema(JsonElement root, string side) =>
        !root.TryGetProperty(side, out var entity) || entity.ValueKind != JsonValueKind.Object ? (null, $"\"{side}\" must be an entity object")
        : !entity.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String ? (null, $"\"{side}.schema\" must be a string")
        : (schema.GetString(), null);

    private static (FtmPerson? Person, string? Error) Person(JsonElement entity, string side)
    {
        var id = entity.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : "";
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (entity.TryGetProperty("properties", out var properties))
        {
            if (properties.ValueKind != JsonValueKind.Object)
            {
                return (null, $"\"{side}.properties\" must be an object");
            }

            foreach (var name in (string[])["name", "alias", "previousName", "firstName", "secondName", "middleName", "fatherName", "lastName", "birthDate", "gender", "nationality", "citizenship"])
            {
                if (!properties.TryGetProperty(name, out var list))
                {
                    continue;
                }

                if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    return (null, $"\"{side}.properties.{name}\" must be a list of strings");
                }

                values[name] = [.. list.EnumerateArray().Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0)];
            }
        }

        List<string> Get(string name) => values.TryGetValue(name, out var v) ? v : [];
        var names = new List<string>();
        foreach (var n in Get("name").Concat(Get("alias")).Concat(Get("previousName")))
        {
            if (n.Length <= MaxNameLength && !names.Contains(n, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(n);
            }
        }

        if (Get("name").Count == 0)
        {
            var composed = string.Join(' ', ((string[])["firstName", "secondName", "middleName", "fatherName", "lastName"]).Select(p => Get(p).FirstOrDefault()).OfType<string>());
            if (composed.Length is > 0 and <= MaxNameLength && !names.Contains(composed, StringComparer.OrdinalIgnoreCase))
            {
                names.Insert(0, composed);
            }
        }

        var dates = new List<PartialDate>();
        foreach (var d in Get("birthDate"))
        {
            var day = d.Length > 10 && d[10] == 'T' ? d[..10] : d;
            if (PartialDate.TryParse(day, out var date) && !dates.Contains(date!))
            {
                dates.Add(date!);
            }
        }

        var genders = Get("gender").Select(g => g.ToLowerInvariant() switch { "male" => "M", "female" => "F", _ => null }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var nationalities = Get("nationality").Concat(Get("citizenship"))
            .Where(c => c.Length == 2 && c.All(char.IsAsciiLetter)).Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return (new FtmPerson(id, names, dates, genders.Count == 1 ? genders[0] : null, nationalities), null);
    }
}
