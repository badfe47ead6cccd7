using System.Text;
using System.Text.RegularExpressions;

namespace FairNotice.Web.Tests.Asvs;

/// <summary>
/// ASVS 5.0 15.3.6: the project's own browser JavaScript (<c>wwwroot/js</c>) is free of the constructs through which
/// prototype pollution happens — writes under a computed key into anything but an array, merges (<c>Object.assign</c>,
/// object spread, <c>for…in</c> copies), and any mention of <c>__proto__</c>, <c>prototype</c> or <c>constructor[…]</c>.
/// A static lint over the code with comments and string contents blanked; the vendored noble libraries (<c>wwwroot/lib</c>,
/// upstream-audited, recorded in docs/dependencies.md) are not ours to lint. The lint is itself tested on polluting code.
/// </summary>
public sealed partial class PrototypePollutionLintTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FairNotice.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FairNotice.slnx not found above the test binaries.");
    }

    [Fact]
    public void OwnJavaScript_HasNoPrototypePollutionPattern()
    {
        var files = Directory.GetFiles(Path.Combine(Root(), "src", "FairNotice.Web", "wwwroot", "js"), "*.js", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var findings = files.SelectMany(f => Lint(File.ReadAllText(f)).Select(x => $"{Path.GetFileName(f)}: {x}")).ToList();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Theory]
    [InlineData("function merge(t, s) { for (const k in s) { t[k] = s[k]; } }", "for…in")]
    [InlineData("const o = {}; o[name] = value;", "computed write")]
    [InlineData("const cfg = Object.assign({}, JSON.parse(text));", "Object.assign")]
    [InlineData("const cfg = { a: 1, ...JSON.parse(text) };", "object spread")]
    [InlineData("x.__proto__.admin = true;", "__proto__")]
    [InlineData("obj.constructor['prototype'].isAdmin = 1;", "constructor")]
    [InlineData("Foo.prototype.isAdmin = true;", "prototype")]
    [InlineData("settings[a][b] = c;", "computed write")]
    public void Lint_PollutingCode_IsFlagged(string code, string expected) =>
        Assert.Contains(Lint(code), f => f.Contains(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("const out = new Uint8Array(4); for (let i = 0; i < 4; i++) out[i] = 1;")]
    [InlineData("const c = new Array(3); c[j] = 2n; const xs = [...list]; f(...parts);")]
    [InlineData("const s = '__proto__ in a string'; // prototype in a comment")]
    [InlineData("if (a[i] === b[i]) { n += 1; }")]
    public void Lint_SafeCode_IsNotFlagged(string code) => Assert.Empty(Lint(code));

    /// <summary>What the lint finds in one file.</summary>
    internal static List<string> Lint(string source)
    {
        var code = Blank(source);
        var findings = new List<string>();
        foreach (var (pattern, name) in new[]
        {
            (ProtoWord(), "__proto__"), (PrototypeWord(), "prototype"), (ConstructorIndex(), "constructor[…]"),
            (Assign(), "Object.assign"), (SetPrototype(), "Object.setPrototypeOf/defineProperty"), (ReflectSet(), "Reflect.set"), (ForIn(), "for…in"),
        })
        {
            findings.AddRange(pattern.Matches(code).Select(m => $"{name} at offset {m.Index}"));
        }

        // Arrays (and typed arrays) declared in the file may be written by index; nothing else under a computed key.
        var arrays = ArrayDeclaration().Matches(code).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in ComputedWrite().Matches(code))
        {
            if (!arrays.Contains(m.Groups["target"].Value) || m.Groups["chain"].Value.Length > 0)
            {
                findings.Add($"computed write into {m.Groups["target"].Value} at offset {m.Index}");
            }
        }

        // Spread directly inside braces is an object spread (a block never holds a bare "...").
        var open = new Stack<char>();
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '{' or '[' or '(':
                    open.Push(code[i]);
                    break;
                case '}' or ']' or ')' when open.Count > 0:
                    open.Pop();
                    break;
                case '.' when i + 2 < code.Length && code[i + 1] == '.' && code[i + 2] == '.':
                    if (open.Count > 0 && open.Peek() == '{')
                    {
                        findings.Add($"object spread at offset {i}");
                    }

                    i += 2;
                    break;
            }
        }

        return findings;
    }

    // Comments and the contents of string and template literals become spaces (offsets kept), so words in them never count.
    private static string Blank(string s)
    {
        var sb = new StringBuilder(s);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                for (; i < s.Length && s[i] != '\n'; i++)
                {
                    sb[i] = ' ';
                }
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? s.Length : end + 2;
                for (; i < end; i++)
                {
                    sb[i] = s[i] == '\n' ? '\n' : ' ';
                }

                i--;
            }
            else if (s[i] is '"' or '\'' or '`')
            {
                var quote = s[i];
                for (i++; i < s.Length && s[i] != quote; i++)
                {
                    if (s[i] == '\\')
                    {
                        sb[i] = ' ';
                        i++;
                    }

                    if (i < s.Length && s[i] != '\n')
                    {
                        sb[i] = ' ';
                    }
                }
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"__proto__")]
    private static partial Regex ProtoWord();

    [GeneratedRegex(@"\bprototype\b")]
    private static partial Regex PrototypeWord();

    [GeneratedRegex(@"\bconstructor\s*\[")]
    private static partial Regex ConstructorIndex();

    [GeneratedRegex(@"\bObject\s*\.\s*assign\b")]
    private static partial Regex Assign();

    [GeneratedRegex(@"\bObject\s*\.\s*(setPrototypeOf|defineProperty|defineProperties)\b")]
    private static partial Regex SetPrototype();

    [GeneratedRegex(@"\bReflect\s*\.\s*set\b")]
    private static partial Regex ReflectSet();

    [GeneratedRegex(@"\bfor\s*\(\s*(const|let|var)?\s*[\w$]+\s+in\b")]
    private static partial Regex ForIn();

    [GeneratedRegex(@"\b(const|let|var)\s+(?<name>[\w$]+)\s*=\s*(\[|new\s+(Array|(Ui|I)nt(8|16|32)Array|Uint8ClampedArray|Float(32|64)Array|Big(Ui|I)nt64Array)\s*\(|Array\.from\s*\()")]
    private static partial Regex ArrayDeclaration();

    // target[...] (possibly [...][...]) followed by an assignment operator other than a comparison.
    [GeneratedRegex(@"(?<target>[\w$]+)\s*\[[^\]\n]*\](?<chain>(\s*\[[^\]\n]*\])*)\s*(=(?!=)|\+=|-=|\*=|/=|\|=|&=|\?\?=|\|\|=|&&=)")]
    private static partial Regex ComputedWrite();
}
