using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace FairNotice.Fuzz;

/// <summary>Runs one fuzz target: a CsCheck generator drawn from a seeded PCG stream (the same cases every run), each case
/// checked, every failure counted rather than stopping at the first, and the run appended to the results file.</summary>
/// <remarks>
/// Case counts: the normal suite runs the fast slice each target names; <c>FAIRNOTICE_FUZZ_CASES=100000</c> runs that many
/// per target (<c>bench/fuzz.sh</c>). <c>FAIRNOTICE_FUZZ_SEED</c> changes the seed (a number); otherwise each target has a
/// fixed seed derived from its name, so the fast slice is never flaky. <c>FAIRNOTICE_FUZZ_RESULTS</c> names a file that
/// gets one tab-separated line per target: target, cases, failures, seed, seconds.
/// </remarks>
internal static class FuzzRun
{
    /// <param name="fast">Cases in the normal suite.</param>
    /// <param name="fullCap">Most cases in a long run, for a target that runs a whole slow command per case.</param>
    public static int Cases(int fast, int fullCap = int.MaxValue) =>
        int.TryParse(Environment.GetEnvironmentVariable("FAIRNOTICE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, fullCap) : fast;

    public static ulong Seed(string target)
    {
        if (ulong.TryParse(Environment.GetEnvironmentVariable("FAIRNOTICE_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        // FNV-1a of the target's name: stable across runs and machines (string.GetHashCode is not).
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(target))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Draws <see cref="Cases"/> values and checks each; fails the test with the first few failures.</summary>
    /// <param name="target">The target's name in the results file.</param>
    /// <param name="gen">The inputs.</param>
    /// <param name="fast">Cases in the normal suite.</param>
    /// <param name="check">Null when the case passes, else what went wrong; an exception counts as a failure.</param>
    /// <param name="describe">The input, for the failure message.</param>
    /// <param name="fullCap">See <see cref="Cases"/>.</param>
    public static async Task RunAsync<T>(string target, Gen<T> gen, int fast, Func<T, Task<string?>> check, Func<T, string> describe, int fullCap = int.MaxValue)
    {
        var cases = Cases(fast, fullCap);
        var seed = Seed(target);
        var pcg = new PCG(1, seed);
        var failures = new List<string>();
        var failed = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            string? problem;
            try
            {
                problem = await check(value);
            }
#pragma warning disable CA1031 // Any exception is a finding, counted and reported with its input.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var frames = (e.StackTrace ?? "").Split('\n');
                var where = frames.FirstOrDefault(f => f.Contains(" FairNotice.", StringComparison.Ordinal) && !f.Contains("FairNotice.Fuzz", StringComparison.Ordinal)) ?? frames[0];
                problem = "unhandled " + e.GetType().Name + ": " + e.Message + " " + where.Trim();
            }

            if (problem is not null)
            {
                failed++;
                if (failures.Count < 5)
                {
                    failures.Add($"case {i}: {problem}\n  input: {Printable(describe(value))}");
                }
            }
        }

        watch.Stop();
        Record(target, cases, failed, seed, watch.Elapsed);
        Assert.True(failed == 0, $"{target}: {failed} of {cases} cases failed (seed {seed}):\n{string.Join("\n", failures)}");
    }

    public static Task Run<T>(string target, Gen<T> gen, int fast, Func<T, string?> check, Func<T, string> describe) =>
        RunAsync(target, gen, fast, v => Task.FromResult(check(v)), describe);

    private static readonly Lock ResultsLock = new();

    private static void Record(string target, int cases, int failed, ulong seed, TimeSpan elapsed)
    {
        if (Environment.GetEnvironmentVariable("FAIRNOTICE_FUZZ_RESULTS") is not { Length: > 0 } file)
        {
            return;
        }

        lock (ResultsLock)
        {
            File.AppendAllText(file, string.Create(CultureInfo.InvariantCulture, $"{target}\t{cases}\t{failed}\t{seed}\t{elapsed.TotalSeconds:0.0}\n"));
        }
    }

    /// <summary>The input with control, format and non-ASCII characters escaped, cut to 600 characters.</summary>
    public static string Printable(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Length > 600 ? s[..600] : s)
        {
            if (c is >= ' ' and <= '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return s.Length > 600 ? sb.Append(CultureInfo.InvariantCulture, $"… ({s.Length} chars)").ToString() : sb.ToString();
    }
}
