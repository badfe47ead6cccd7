using System.Globalization;
using FairNotice.Domain.Elections;
using FairNotice.Web.Features.Languages;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FairNotice.Web.Features.Elections;

/// <summary>The election officer sets up an election on a page: the same use case as <c>POST /api/elections</c>.</summary>
[Authorize(Policy = Policies.ElectionOfficer)]
internal sealed class NewModel(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public string? Id { get; set; }
    [BindProperty] public string? Title { get; set; }

    /// <summary>Date and time of the candidacy deadline, in UTC (<c>yyyy-MM-ddTHH:mm</c>, as a datetime-local input sends it).</summary>
    [BindProperty] public string? CandidacyDeadline { get; set; }

    /// <summary>How many seats are due, per seat: "President", "VicePresident", "Delegate:Europe"…</summary>
    [BindProperty] public Dictionary<string, int> Seats { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Members without a vote (arrears), ISO codes separated by commas or spaces.</summary>
    [BindProperty] public string? Suspended { get; set; }

    /// <summary>One holder a line: person; member; post.</summary>
    [BindProperty] public string? Continuing { get; set; }
    [BindProperty] public string? Outgoing { get; set; }
    [BindProperty] public int Guardians { get; set; } = 5;
    [BindProperty] public int Quorum { get; set; } = 3;

    /// <summary>Every seat the rules know, as the form lists them.</summary>
    public static IReadOnlyList<SeatDue> SeatKinds { get; } =
        [new(Post.President, null), new(Post.VicePresident, null), .. ElectionRules.Default.Regions.Select(r => new SeatDue(Post.Delegate, r))];

    public static string Key(SeatDue s) => s.Region is null ? s.Post.ToString() : $"{s.Post}:{s.Region}";

    public void OnGet() => CandidacyDeadline = clock.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        DateTimeOffset? deadline = DateTime.TryParseExact(CandidacyDeadline, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed) ? new DateTimeOffset(parsed, TimeSpan.Zero) : null;
        var seats = SeatKinds.SelectMany(s => Enumerable.Repeat(s, Math.Clamp(Seats.GetValueOrDefault(Key(s)), 0, 20))).ToList();
        var suspended = (Suspended ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToList();
        var continuing = Holders(Continuing, nameof(Continuing));
        var outgoing = Holders(Outgoing, nameof(Outgoing));
        if (Seats.Any(s => s.Value < 0 || SeatKinds.FirstOrDefault(k => Key(k) == s.Key) is { } kind && s.Value > ElectionRules.Default.For(kind.Post).Seats))
        {
            ModelState.AddModelError(nameof(Seats), l["ElectionSetup.Error.SeatsRange"].Value);
        }

        // Every error in one pass (GOV.UK): a wrong holder line no longer hides a missing seat or a code that is not a member.
        var request = new CreateElectionRequest(Id?.Trim(), Title, deadline, seats, suspended, continuing, outgoing, Guardians, Quorum);
        foreach (var (field, messages) in SetUpElection.Check(request, clock.GetUtcNow()))
        {
            switch (field)
            {
                case "seats" when seats.Count == 0:
                    ModelState.AddModelError(nameof(Seats), l["ElectionSetup.Error.NoSeats"].Value);
                    break;
                case "suspended":
                    foreach (var code in suspended.Where(c => !Domain.Members.MemberCatalogue.IsMember(c)).Distinct(StringComparer.Ordinal))
                    {
                        ModelState.AddModelError(nameof(Suspended), l.Text(new Domain.LocalMessage("ElectionSetup.Error.NotMember", [Domain.MessageArgument.Code(code)])));
                    }

                    break;
                default:
                    foreach (var m in messages)
                    {
                        ModelState.AddModelError(FieldOf(field) ?? string.Empty, m);
                    }

                    break;
            }
        }

        if (!ModelState.IsValid)
        {
            ModelState.TranslateErrors(l);
            return Page();
        }

        var result = await SetUpElection.HandleAsync(db, HttpContext.RequireActor(), clock.GetUtcNow(), request, ct);
        if (result.IsOk)
        {
            TempData["Message"] = "Election.SetUp";
            return Redirect($"/Elections/{result.Value.Id}/Manage");
        }

        ModelState.AddError(result.Error!, FieldOf);
        if (result.Error == ElectionErrors.Exists)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Id), result.Error.Message);
        }

        ModelState.TranslateErrors(l);
        return Page();
    }

    private static string? FieldOf(string field) => field switch
    {
        "id" => nameof(Id), "title" => nameof(Title), "candidacyDeadline" => nameof(CandidacyDeadline), "seats" => nameof(Seats),
        "suspended" => nameof(Suspended), "quorum" => nameof(Quorum), _ => null,
    };

    // "Person; member; post" a line; a wrong line is named on its field.
    private List<Holder> Holders(string? text, string field)
    {
        var holders = new List<Holder>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || parts[0].Length == 0 || !Domain.Members.MemberCatalogue.IsMember(parts[1].ToUpperInvariant())
                || PostNamed(parts[2]) is not { } post)
            {
                ModelState.AddModelError(field, l["ElectionSetup.HolderLine", i + 1].Value);
                continue;
            }

            holders.Add(new Holder(parts[0], parts[1].ToUpperInvariant(), post));
        }

        return holders;
    }

    // The post as the hint writes it in the page's language ("Vicepresidente"), or its English name ("VicePresident").
    private Post? PostNamed(string text) =>
        Enum.GetValues<Post>().Cast<Post?>().FirstOrDefault(p => string.Equals(p.ToString(), text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Label(p!.Value), text, StringComparison.OrdinalIgnoreCase));
}
