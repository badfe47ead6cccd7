using System.CommandLine;
using FairNotice.Cli.Audit;
using FairNotice.Cli.Compliance;
using FairNotice.Cli.Elections;
using FairNotice.Cli.Screening;
using FairNotice.Cli.Statistics;

namespace FairNotice.Cli;

/// <summary>The `fairnotice` command line: a table of contents of its commands.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var root = new RootCommand("FairNotice command-line tool: audit verification, compliance checks and evaluation, screening, statistics import, election verification.");
        root.Subcommands.Add(VerifyAudit.Command(output));
        root.Subcommands.Add(ComplianceCommands.Check(output));
        var eval = ComplianceCommands.Eval(output);
        eval.Subcommands.Add(EvalScreeningCommand.Command(output));
        eval.Subcommands.Add(FitScreeningCommand.Command(output));
        eval.Subcommands.Add(EvalPairsCommand.Command(output));
        root.Subcommands.Add(eval);
        root.Subcommands.Add(ScreenCommand.Command(output));
        root.Subcommands.Add(StatsCommand.Command(output));
        root.Subcommands.Add(ElectionCommands.Command(output));
        return await root.Parse(args).InvokeAsync();
    }
}
