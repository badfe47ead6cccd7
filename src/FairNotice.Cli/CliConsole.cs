using Spectre.Console;

namespace FairNotice.Cli;

/// <summary>The terminal when writing to it (progress bars, colours), a plain wide console otherwise (files, pipes, tests).</summary>
internal static class CliConsole
{
    private static readonly TimeSpan RefreshRate = TimeSpan.FromMilliseconds(100);

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

    /// <summary>
    /// Runs <paramref name="work"/> under a progress display that is refreshed here and has stopped writing when this returns.
    /// Spectre's own auto-refresh thread is not used: when the work ends before that thread has started, its Dispose sees
    /// it "not running" and returns, the thread starts afterwards and refreshes every 100 ms forever — into a writer its
    /// owner has closed by then, which crashed the test host ("Cannot write to a closed TextWriter").
    /// </summary>
    public static Task WithProgressAsync(this IAnsiConsole console, Func<ProgressContext, Task> work, params ProgressColumn[] columns)
    {
        var progress = console.Progress();
        progress.AutoRefresh = false;
        if (columns.Length > 0)
        {
            progress.Columns(columns);
        }

        return progress.StartAsync(async context =>
        {
            using var stop = new CancellationTokenSource();
            var refresher = RefreshUntilAsync(context, stop.Token);
            try
            {
                await work(context);
            }
            finally
            {
                await stop.CancelAsync();
                await refresher;
            }
        });
    }

    private static async Task RefreshUntilAsync(ProgressContext context, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RefreshRate);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                context.Refresh();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the caller: the final refresh is Spectre's, after the work.
        }
    }
}
