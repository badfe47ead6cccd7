using System.CommandLine;
using FairNotice.Domain.Elections;
using FairNotice.Domain.Members;
using Spectre.Console;

namespace FairNotice.Cli.Elections;

/// <summary>`fairnotice election credentials`: the credential authority's tool, run by a person who is not the election
/// officer, on a machine that is not the server. It writes the public list for the officer to publish and one secret per
/// delegation to hand over out of band (a file and a printable page).</summary>
internal static class ElectionCredentialCommands
{
    public static Command Command(TextWriter output)
    {
        var election = new Option<string>("--election") { Description = "The election id", Required = true };
        var members = new Option<string?>("--members") { Description = "Comma-separated ISO alpha-2 codes (default: every member)" };
        var dir = new Option<DirectoryInfo>("--out-dir")
        {
            Description = "Where to write credentials.public.json (publish) and secret/XX.credential.json and .txt (one per delegation, hand over out of band)",
            Required = true,
        };
        var command = new Command("credentials", "Credential authority: one signing credential per member delegation for an election. "
            + "Run it apart from the server, by someone who is not the election officer; publish the list hash outside the server.") { election, members, dir };
        command.SetAction((parse, ct) => GenerateAsync(parse.GetValue(election)!, parse.GetValue(members), parse.GetValue(dir)!, output, ct));
        return command;
    }

    public static async Task<int> GenerateAsync(string electionId, string? members, DirectoryInfo dir, TextWriter output, CancellationToken ct)
    {
        var console = CliConsole.For(output);
        var known = MemberCatalogue.All.Select(m => m.Iso2).ToHashSet(StringComparer.Ordinal);
        var list = members is null ? [.. known] : members.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToUpperInvariant()).ToList();
        if (list.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
        {
            console.MarkupLine($"[red]{Markup.Escape(unknown)} is not a member.[/]");
            return ElectionCommands.Invalid;
        }

        var (published, secrets) = CredentialAuthority.Generate(electionId, list);
        dir.Create();
        var secretDir = dir.CreateSubdirectory("secret");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(secretDir.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "credentials.public.json"), published.ToJson(), ct);
        foreach (var s in secrets)
        {
            await WriteSecretAsync(Path.Combine(secretDir.FullName, $"{s.Member}.credential.json"), s.ToJson(), ct);
            await WriteSecretAsync(Path.Combine(secretDir.FullName, $"{s.Member}.credential.txt"), s.ToPrintable(), ct);
        }

        console.MarkupLine($"{secrets.Count} credential(s) for [bold]{Markup.Escape(electionId)}[/].");
        console.MarkupLine($"Credential list hash: [bold]{published.Hash()}[/]");
        console.MarkupLine("1. Give credentials.public.json to the election officer to upload before the first ballot opens.");
        console.MarkupLine("2. Announce the list hash above outside the server (read it out in the Assembly, post it): delegations compare it with the record.");
        console.MarkupLine("3. Hand each delegation its secret/XX.credential.* in person or sealed, then delete the secret folder.");
        return ElectionCommands.Valid;
    }

    private static async Task WriteSecretAsync(string path, string text, CancellationToken ct)
    {
        await File.WriteAllTextAsync(path, text, ct);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
