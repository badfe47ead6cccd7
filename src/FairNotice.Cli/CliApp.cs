using System.CommandLine;
using FairNotice.Cli.Audit;

namespace FairNotice.Cli;

/// <summary>The `fairnotice` command line: a table of contents of its commands.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var root = new RootCommand("FairNotice command-line tool: audit verification (more to come: import, batch screening, election verification).");
        root.Subcommands.Add(VerifyAudit.Command(output));
        return await root.Parse(args).InvokeAsync();
    }
}
