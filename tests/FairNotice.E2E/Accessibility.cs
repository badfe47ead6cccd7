using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace FairNotice.E2E;

/// <summary>What the browser suite checks on a page state besides its own assertions (issue #15 items 2 and 6): axe-core's
/// WCAG 2.0, 2.1 and 2.2 level A and AA rules, failing on any violation whatever its impact, and that nothing makes the
/// page wider than the window. axe-core is vendored in <c>axe/</c> (see its README) and injected by Playwright, so the
/// application never serves it.</summary>
internal static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>The rule sets run: every WCAG A and AA rule axe has, up to WCAG 2.2.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>axe-core's violations on the page as it is now, one line each (rule, impact, help and the elements), or an
    /// empty list.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var result = await page.EvaluateAsync<JsonElement>(
            """
            async (tags) => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : '')) }));
            }
            """, Tags);
        return [.. result.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} — "
            + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))];
    }

    /// <summary>Whether the page scrolls sideways (document.scrollingElement wider than the window), with the widest
    /// elements that stick out past the window's edge; null when it fits.</summary>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        var r = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const s = document.scrollingElement, w = s.clientWidth;
              if (s.scrollWidth <= w) return null;
              const out = [];
              for (const e of document.body.querySelectorAll('*')) {
                const b = e.getBoundingClientRect();
                if (b.width > 0 && (b.right > w + 1 || b.left < -1)) {
                  const p = e.parentElement && e.parentElement.getBoundingClientRect();
                  if (!p || (p.right <= w + 1 && p.left >= -1)) out.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : ''} [${Math.round(b.left)}..${Math.round(b.right)}]`);
                }
              }
              return { scrollWidth: s.scrollWidth, clientWidth: w, culprits: out.slice(0, 6) };
            }
            """);
        return r.ValueKind == JsonValueKind.Null
            ? null
            : $"scrollWidth {r.GetProperty("scrollWidth").GetInt32()} > clientWidth {r.GetProperty("clientWidth").GetInt32()}: "
              + string.Join(", ", r.GetProperty("culprits").EnumerateArray().Select(c => c.GetString()));
    }

    /// <summary>Fails the test when axe finds any violation on the page as it is now.</summary>
    public static async Task AssertAxeCleanAsync(IPage page, string state)
    {
        var violations = await AxeViolationsAsync(page);
        if (violations.Count > 0)
        {
            var sb = new StringBuilder($"axe-core found {violations.Count} WCAG violation(s) on {state} ({page.Url}):");
            foreach (var v in violations)
            {
                sb.Append("\n  ").Append(v);
            }

            Assert.Fail(sb.ToString());
        }
    }
}
