using System.Text;
using CsCheck;

namespace FairNotice.Fuzz;

/// <summary>Passenger lists as a careless or hostile sender writes them: headers missing, reordered, doubled or in
/// capitals; quotes unbalanced or doubled; commas, CR, LF and NUL inside fields; hostile names and dates; BOMs, invalid
/// UTF-8, blank lines, very many columns, and now and then more rows than a batch may hold.</summary>
internal static class CsvFuzz
{
    private static readonly Gen<string> Headers = Gen.OneOf(
        "name,dateOfBirth,sex,nationality", "NAME,DATEOFBIRTH,SEX,NATIONALITY", "nationality,sex,dateOfBirth,name", "name", "name,name,name", "dateOfBirth,sex",
        "\"name\",\"dateOfBirth\"", " name , dateOfBirth ", "", "\ufeffname,dateOfBirth", "name;dateOfBirth;sex", "\"name,dateOfBirth", "name,dateOfBirth,sex,nationality,extra,extra2");

    private static readonly Gen<string> Field = Gen.Frequency(
        (6, Hostile.String),
        (2, Gen.OneOf("Ilya Orlov", "胡彬郴", "ORLOV, Ilya", "1965-03-14", "1965", "1965-02-30", "2000-99999999999", "M", "F", "U", "x", "RU", "CN", "ZZ", "", " ")),
        (1, Gen.OneOf("\"", "\"\"", "\"a\"b\"", "a\"b", "\"unterminated", "\r", "\n", "\r\n", ",,,,", "\0")));

    private static readonly Gen<string> Row = Field.Array[0, 8].Select(fields => string.Join(",", fields.Select(Quote)));

    private static string Quote(string f) => f.Length > 0 && f[0] == 'Q' ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f;

    /// <summary>CSV bytes and a short description.</summary>
    public static readonly Gen<(byte[] Bytes, string How)> Lists = Gen.Select(
        Headers, Row.Array[0, 25], Gen.OneOf("\n", "\r\n", "\r"), Gen.Frequency((40, Gen.Const(0)), (1, Gen.Int[10_001, 10_003])), Gen.Frequency((12, Gen.Const(0)), (1, Gen.Const(1)), (1, Gen.Const(2))), Gen.UInt)
        .Select(t =>
        {
            var (header, rows, newline, many, damage, pick) = t;
            var text = new StringBuilder(header).Append(newline);
            foreach (var row in rows)
            {
                text.Append(row).Append(newline);
            }

            for (var i = 0; i < many; i++)
            {
                text.Append("Passenger ").Append(i).Append(",1980,M,FR").Append(newline);
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var at = bytes.Length == 0 ? 0 : (int)(pick % (uint)bytes.Length);
            bytes = damage switch
            {
                1 => [.. bytes[..at], 0xC3, 0x28, 0xFF, 0xFE, .. bytes[at..]],
                2 => [0xEF, 0xBB, 0xBF, .. bytes],
                _ => bytes,
            };
            return (bytes, $"{rows.Length} rows{(many > 0 ? $" + {many}" : "")}, damage {damage}");
        });
}
