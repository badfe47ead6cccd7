using System.Text.Json;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FairNotice.Web.Features.Redress;

/// <summary>The receipt of a filing from the public form, shown after the redirection that answers the post: reloading it
/// shows the same receipt instead of posting the form again. It stays for <see cref="ShownFor"/> in the browser that
/// filed (the follow-up code is a secret: a shared computer should not keep showing it), then the page says where to go.</summary>
[AllowAnonymous]
internal sealed class FiledModel(TimeProvider clock) : PageModel
{
    /// <summary>How long the receipt stays on this page after filing.</summary>
    public static readonly TimeSpan ShownFor = TimeSpan.FromMinutes(30);

    public RedressReceipt? Receipt { get; private set; }

    /// <summary>What the form keeps for this page: the receipt and when it was filed.</summary>
    public static string Keep(RedressReceipt receipt, DateTimeOffset filedAt) => JsonSerializer.Serialize(new Kept(receipt, filedAt), Json.Options);

    public void OnGet()
    {
        // Peek, not read: a reload within the time shows it again; past the time it is removed.
        if (TempData.Peek(IndexModel.ReceiptSlot) is string json && Read(json) is { } kept && clock.GetUtcNow() - kept.FiledAt < ShownFor)
        {
            Receipt = kept.Receipt;
            return;
        }

        TempData.Remove(IndexModel.ReceiptSlot);
    }

    private static Kept? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Kept>(json, Json.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Kept(RedressReceipt Receipt, DateTimeOffset FiledAt);
}
