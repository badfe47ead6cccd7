using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace FairNotice.Fuzz;

/// <summary>A generated body and how it was made (for the failure message).</summary>
internal sealed record FuzzBody(byte[] Bytes, string How)
{
    public string Text => Encoding.UTF8.GetString(Bytes);
}

/// <summary>Bodies made from a valid seed document: well-typed but hostile values, wrong types, huge numbers, deep
/// nesting, long strings, control and bidi characters, nulls, missing and duplicate keys, and byte-level damage
/// (truncation, invalid UTF-8, a BOM, random bytes).</summary>
internal static class JsonFuzz
{
    private static readonly JsonSerializerOptions Escaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON texts to put where a value was.</summary>
    public static readonly Gen<string> HostileValue = Gen.Frequency(
        (3, Gen.OneOf("null", "true", "false", "0", "-1", "2147483648", "-2147483649", "9223372036854775808", "1e309", "-1e309", "1.5", "-0", "1E2",
            "0.0000001", "123456789012345678901234567890", "\"\"", "\" \"", "[]", "{}", "[null]", "{\"a\":1}", "\"null\"", "\"0\"", "\"-1\"", "\"true\"")),
        (3, Hostile.String.Select(s => JsonSerializer.Serialize(s, Escaping))),
        (1, Gen.OneOf("\"Red\"", "\"red\"", "\"RED \"", "\"Blue\"", "\"UN\"", "\"99\"", "99", "-5", "\"Publish\"", "\"Refuse\"", "\"Access\"", "\"FR\"", "\"fr\"",
            "\"XX\"", "\"F\"", "\"M\"", "\"1975-03-14\"", "\"2026-02-30\"", "\"99999-01-01\"", "\"0001-01-01\"", "\"1975\"", "1975", "\"00000000-0000-0000-0000-000000000000\"")),
        (1, Gen.Int[2, 3000].Select(depth => new string('[', depth) + new string(']', depth))),
        (1, Gen.Int[2, 200].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))),
        (1, Gen.Select(Gen.Char['a', 'z'], Gen.Int[1000, 400_000]).Select(p => "\"" + new string(p.Item1, p.Item2) + "\"")),
        (1, Gen.Select(Hostile.String, Gen.Int[20, 300]).Select(p => "[" + string.Join(",", Enumerable.Repeat(JsonSerializer.Serialize(p.Item1, Escaping), p.Item2)) + "]")),
        (1, Gen.Int[100, 20_000].Select(n => "[" + string.Join(",", Enumerable.Range(0, n)) + "]")));

    private enum Op { Replace, Remove, Add, Duplicate, Valid }

    private enum Damage { None, Truncate, FlipByte, InvalidUtf8, Bom, Nest, Random, Empty, Garbage }

    /// <summary>Bodies derived from <paramref name="seed"/>: mostly structural mutations, some byte damage.</summary>
    public static Gen<FuzzBody> From(JsonNode seed)
    {
        var paths = Paths(seed);
        var mutation = Gen.Select(Gen.Frequency((10, Gen.Const(Op.Replace)), (2, Gen.Const(Op.Remove)), (1, Gen.Const(Op.Add)), (1, Gen.Const(Op.Duplicate)), (2, Gen.Const(Op.Valid))),
            Gen.Int[0, paths.Count - 1], HostileValue);
        var damage = Gen.Frequency((14, Gen.Const(Damage.None)), (1, Gen.Const(Damage.Truncate)), (1, Gen.Const(Damage.FlipByte)), (1, Gen.Const(Damage.InvalidUtf8)),
            (1, Gen.Const(Damage.Bom)), (1, Gen.Const(Damage.Nest)), (1, Gen.Const(Damage.Random)), (1, Gen.Const(Damage.Empty)), (1, Gen.Const(Damage.Garbage)));
        return Gen.Select(mutation.Array[1, 4], damage, Gen.UInt, Gen.Byte.Array[0, 64]).Select(t => Build(seed, paths, t.Item1, t.Item2, t.Item3, t.Item4));
    }

    private static FuzzBody Build(JsonNode seed, List<string> paths, (Op Op, int Path, string Value)[] mutations, Damage damage, uint pick, byte[] random)
    {
        var doc = seed.DeepClone();
        var raws = new List<string>();
        var how = new StringBuilder();
        foreach (var (op, index, value) in mutations)
        {
            var path = paths[index];
            if (Find(doc, path) is not { } node)
            {
                continue; // removed by an earlier mutation
            }

            var placeholder = JsonValue.Create($"@@RAW{raws.Count}@@");
            switch (op)
            {
                case Op.Replace:
                    raws.Add(value);
                    if (node.Parent is JsonObject o)
                    {
                        o[node.GetPropertyName()] = placeholder;
                    }
                    else if (node.Parent is JsonArray a)
                    {
                        a[node.GetElementIndex()] = placeholder;
                    }
                    else
                    {
                        doc = placeholder;
                    }

                    how.Append(System.Globalization.CultureInfo.InvariantCulture, $"{path}:={Short(value)}; ");
                    break;
                case Op.Remove when node.Parent is JsonObject parent:
                    parent.Remove(node.GetPropertyName());
                    how.Append(System.Globalization.CultureInfo.InvariantCulture, $"-{path}; ");
                    break;
                case Op.Remove when node.Parent is JsonArray list:
                    list.RemoveAt(node.GetElementIndex());
                    how.Append(System.Globalization.CultureInfo.InvariantCulture, $"-{path}; ");
                    break;
                case Op.Add when node is JsonObject target:
                    raws.Add(value);
                    target["unexpected\u202e" + raws.Count] = placeholder;
                    how.Append(System.Globalization.CultureInfo.InvariantCulture, $"{path}+unexpected; ");
                    break;
                case Op.Duplicate when node.Parent is JsonObject:
                    // A duplicate key cannot live in a JsonObject: written into the text after serialisation.
                    raws.Add(value);
                    how.Append(System.Globalization.CultureInfo.InvariantCulture, $"dup {path}; ");
                    break;
                default:
                    break;
            }
        }

        var text = doc?.ToJsonString(Escaping) ?? "null";
        for (var i = 0; i < raws.Count; i++)
        {
            text = text.Replace($"\"@@RAW{i}@@\"", raws[i], StringComparison.Ordinal);
        }

        if (mutations.Any(m => m.Op == Op.Duplicate) && text.StartsWith('{'))
        {
            var dup = mutations.First(m => m.Op == Op.Duplicate);
            var key = paths[dup.Path].Split('.', '[')[^1].TrimEnd(']');
            text = "{" + JsonSerializer.Serialize(key) + ":" + dup.Value + (text.Length > 2 ? "," : "") + text[1..];
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var at = bytes.Length == 0 ? 0 : (int)(pick % (uint)bytes.Length);
        switch (damage)
        {
            case Damage.Truncate:
                bytes = bytes[..at];
                break;
            case Damage.FlipByte when bytes.Length > 0:
                bytes[at] ^= (byte)(1 << (int)(pick % 8));
                break;
            case Damage.InvalidUtf8:
                bytes = [.. bytes[..at], .. (byte[])[0xC0, 0x80, 0xFF, 0xED, 0xA0, 0x80], .. bytes[at..]];
                break;
            case Damage.Bom:
                bytes = [0xEF, 0xBB, 0xBF, .. bytes];
                break;
            case Damage.Nest:
                var depth = (int)(pick % 3000);
                bytes = [.. Encoding.ASCII.GetBytes(new string('[', depth)), .. bytes, .. Encoding.ASCII.GetBytes(new string(']', depth))];
                break;
            case Damage.Random:
                bytes = random;
                break;
            case Damage.Empty:
                bytes = [];
                break;
            case Damage.Garbage:
                bytes = [.. bytes[..at], .. random, .. bytes[at..]];
                break;
            default:
                break;
        }

        if (damage != Damage.None)
        {
            how.Append(damage);
        }

        return new FuzzBody(bytes, how.ToString());
    }

    private static string Short(string s) => s.Length > 60 ? s[..60] + $"…({s.Length})" : s;

    // Every node's path, the root included: "$", "$.person", "$.person.aliases[0]".
    private static List<string> Paths(JsonNode root)
    {
        var list = new List<string>();
        void Walk(JsonNode? n)
        {
            if (n is null)
            {
                return;
            }

            list.Add(n.GetPath());
            if (n is JsonObject o)
            {
                foreach (var (_, v) in o)
                {
                    Walk(v);
                }
            }
            else if (n is JsonArray a)
            {
                foreach (var v in a)
                {
                    Walk(v);
                }
            }
        }

        Walk(root);
        return list;
    }

    private static JsonNode? Find(JsonNode? root, string path)
    {
        JsonNode? found = null;
        void Walk(JsonNode? n)
        {
            if (n is null || found is not null)
            {
                return;
            }

            if (n.GetPath() == path)
            {
                found = n;
                return;
            }

            if (n is JsonObject o)
            {
                foreach (var (_, v) in o)
                {
                    Walk(v);
                }
            }
            else if (n is JsonArray a)
            {
                foreach (var v in a)
                {
                    Walk(v);
                }
            }
        }

        Walk(root);
        return found;
    }
}
