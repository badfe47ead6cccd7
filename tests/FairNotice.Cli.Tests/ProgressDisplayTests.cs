using System.Text;
using Spectre.Console;

namespace FairNotice.Cli.Tests;

/// <summary>
/// The progress display of every long command must have stopped writing when the command returns: a refresh that outlives
/// it writes into a writer its owner has closed, which crashed the whole test run with "Cannot write to a closed TextWriter".
/// </summary>
public sealed class ProgressDisplayTests
{
    /// <summary>Counts what is written to it after it has been closed, instead of throwing on a background thread.</summary>
    private sealed class ClosableWriter : TextWriter
    {
        private int _closed;
        private int _late;

        public override Encoding Encoding => Encoding.UTF8;

        public int LateWrites => Volatile.Read(ref _late);

        public void Close(bool _) => Volatile.Write(ref _closed, 1);

        public override void Write(char value)
        {
            if (Volatile.Read(ref _closed) == 1)
            {
                Interlocked.Increment(ref _late);
            }
        }

        public override void Write(string? value)
        {
            if (Volatile.Read(ref _closed) == 1)
            {
                Interlocked.Increment(ref _late);
            }
        }
    }

    /// <summary>A live terminal display: every refresh writes, so a refresh after the end cannot go unseen.</summary>
    private static IAnsiConsole Terminal(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes });

    [Fact]
    public async Task WithProgress_ShortWork_NothingIsWrittenAfterItReturns()
    {
        // Short work is what lost the race: the work ended before the refresher had started. Many rounds, as in a busy test run.
        var writers = new List<ClosableWriter>();
        for (var i = 0; i < 200; i++)
        {
            var writer = new ClosableWriter();
            var console = Terminal(writer);
            await console.WithProgressAsync(ctx =>
            {
                ctx.AddTask("short").Increment(100);
                return Task.CompletedTask;
            });
            writer.Close(true);
            writers.Add(writer);
        }

        // A refresher left behind writes every 100 ms; give any such one several periods to show itself.
        await Task.Delay(TimeSpan.FromMilliseconds(600), TestContext.Current.CancellationToken);
        Assert.Equal(0, writers.Sum(w => w.LateWrites));
    }

    [Fact]
    public async Task WithProgress_LongWork_ShowsTheTaskAndFinishes()
    {
        using var output = new StringWriter();
        var console = Terminal(output);
        await console.WithProgressAsync(async ctx =>
        {
            var task = ctx.AddTask("Reading entries", maxValue: 3);
            for (var i = 0; i < 3; i++)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
                task.Increment(1);
            }
        });
        Assert.Contains("Reading entries", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithProgress_WorkThrows_TheErrorReachesTheCallerAndTheDisplayStops()
    {
        var writer = new ClosableWriter();
        var console = Terminal(writer);
        await Assert.ThrowsAsync<InvalidOperationException>(() => console.WithProgressAsync(_ => throw new InvalidOperationException("boom")));
        writer.Close(true);
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        Assert.Equal(0, writer.LateWrites);
    }
}
