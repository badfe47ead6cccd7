using Spectre.Console;

namespace FairNotice.Cli;

/// <summary>The terminal when writing to it (progress bars, colours), a plain wide console otherwise (files, pipes, tests).</summary>
internal static class CliConsole
{
    public static IAnsiConsole For(TextWriter output)
    {
        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        console.Profile.Width = 240;
        return console;
    }
}
