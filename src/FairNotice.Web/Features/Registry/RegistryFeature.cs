using System.Text.Json;
using FairNotice.Domain;
using FairNotice.Domain.Access;
using FairNotice.Domain.Compliance;
using FairNotice.Domain.Members;
using FairNotice.Domain.Notices;
using FairNotice.Web.Features.Notices;
using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Registry;

/// <summary>Record a protected person: refugee or asylum status (NCB supervisor of the granting country) or a Commission measure.</summary>
public sealed record RecordProtectionRequest(ProtectionKind? Kind, Person? Person, List<string>? FearedPersecutionBy, bool Confirmed = true, string? Note = null);

public sealed record ProtectionResponse(Guid Id, string Kind, Person Person, IReadOnlyList<string> FearedPersecutionBy, bool Confirmed, string? Note, DateTimeOffset RecordedAt, bool Active);

/// <summary>The protected-status registry that feeds the compliance engine.</summary>
/// <remarks>
/// NCB supervisors record refugee or asylum status their country granted; the Commission records protective measures.
/// Each side sees only its own records; the Secretariat's reviewers see all. A requester never learns from the
/// registry or from a finding which country granted a status.
/// </remarks>
public static class RegistryFeature
{
    public static IServiceCollection AddRegistry(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRegistry(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/protected-persons").WithTags("Protected-status registry").RequireAuthorization(Policies.Registry);
        group.MapPost("/", Record).WithSummary("Record refugee or asylum status (NCB supervisor) or a protective measure (Commission).")
            .Produces<ProtectionResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/", List).WithSummary("The records you may see: your own country's or the Commission's; reviewers see all.");
        group.MapPost("/{id:guid}/end", End).WithSummary("End a protection (status revoked, measure lifted).").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Result<ProtectedPersonRecord>> RecordAsync(AppDbContext db, Actor actor, DateTimeOffset now, RecordProtectionRequest r, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (r.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors["kind"] = ["One of: Refugee, Asylum, CommissionMeasure."];
        }
        else if (kind == ProtectionKind.CommissionMeasure ? !actor.Has(Role.CommissionMember) : !(actor.Country is { } c && actor.IsNcbOf(c) && actor.Has(Role.NcbSupervisor)))
        {
            return new ForbiddenError("registry.forbidden", kind == ProtectionKind.CommissionMeasure
                ? "Only the Commission records protective measures."
                : "Only an NCB supervisor records refugee or asylum status granted by their country.");
        }

        if (string.IsNullOrWhiteSpace(r.Person?.Name?.FamilyName))
        {
            errors["person.name.familyName"] = ["The family name is required."];
        }

        foreach (var (field, value) in new[]
        {
            ("person.name.familyName", r.Person?.Name?.FamilyName), ("person.name.forenames", r.Person?.Name?.Forenames),
            ("person.originalScriptName.familyName", r.Person?.OriginalScriptName?.FamilyName), ("person.originalScriptName.forenames", r.Person?.OriginalScriptName?.Forenames),
        })
        {
            if (NameCharacters.HasUnsafe(value))
            {
                errors[field] = [NameCharacters.Message];
            }
        }

        var feared = (r.FearedPersecutionBy ?? []).Select(x => x.Trim().ToUpperInvariant()).ToList();
        if (r.Kind is ProtectionKind.Refugee or ProtectionKind.Asylum && feared.Count == 0)
        {
            errors["fearedPersecutionBy"] = ["Name the member(s) the person fears persecution from."];
        }

        foreach (var (code, i) in feared.Select((c, i) => (c, i)))
        {
            if (!MemberCatalogue.IsMember(code))
            {
                errors[$"fearedPersecutionBy[{i}]"] = [$"'{code}' is not a member country code."];
            }
        }

        if (r.Note is { Length: > 2000 })
        {
            errors["note"] = ["At most 2000 characters."];
        }

        if (errors.Count > 0)
        {
            return new InvalidError("registry.invalid", "Some fields are missing or invalid.", errors);
        }

        var person = NoticeMapping.Normalise(new NoticeContent(NoticeKind.Notice, NoticeColour.Red, r.Person!, null!, false, [], false, [])).Person;
        var record = new ProtectedPersonRecord
        {
            Id = Guid.CreateVersion7(now), Kind = r.Kind!.Value, PersonJson = JsonSerializer.Serialize(person, Json.Options), FamilyName = person.Name.FamilyName,
            FearedPersecutionBy = string.Join(',', feared), Confirmed = r.Confirmed, Note = r.Note, RecordedByUserId = actor.UserId,
            RecordedByCountry = actor.Country, RecordedAt = now,
        };
        db.Set<ProtectedPersonRecord>().Add(record);
        db.Audit(actor.Facts(now, "registry.record", "protected-person", record.Id.ToString(), record.Kind.ToString()));
        await db.SaveChangesAsync(ct);
        return record;
    }

    private static async Task<IResult> Record(RecordProtectionRequest request, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var result = await RecordAsync(db, http.RequireActor(), clock.GetUtcNow(), request, ct);
        return result.IsOk ? TypedResults.Created($"/api/protected-persons/{result.Value.Id}", ToResponse(result.Value)) : Problems.From(result.Error!);
    }

    internal static IQueryable<ProtectedPersonRecord> VisibleTo(this IQueryable<ProtectedPersonRecord> q, Actor actor) =>
        actor.IsReviewer ? q
        : actor.Has(Role.CommissionMember) ? q.Where(p => p.Kind == ProtectionKind.CommissionMeasure)
        : actor.Country is { } c && actor.Has(Role.NcbSupervisor) ? q.Where(p => p.RecordedByCountry == c && p.Kind != ProtectionKind.CommissionMeasure)
        : q.Where(p => false);

    internal static async Task<List<ProtectionResponse>> ListAsync(AppDbContext db, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.Set<ProtectedPersonRecord>().AsNoTracking().VisibleTo(actor).OrderByDescending(p => p.RecordedAt).ToListAsync(ct);
        db.Audit(actor.Facts(now, "registry.list", "protected-person", null, "registry", $"ok:{rows.Count}"));
        await db.SaveChangesAsync(ct);
        return [.. rows.Select(ToResponse)];
    }

    private static async Task<IResult> List(HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ListAsync(db, http.RequireActor(), clock.GetUtcNow(), ct));

    private static async Task<IResult> End(Guid id, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.RequireActor();
        var record = actor.IsReviewer ? null : await db.Set<ProtectedPersonRecord>().VisibleTo(actor).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (record is null)
        {
            return Problems.From(new NotFoundError("registry.not_found", "No such record among those you manage."));
        }

        record.Active = false;
        db.Audit(actor.Facts(clock.GetUtcNow(), "registry.end", "protected-person", id.ToString(), "end protection"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(record));
    }

    private static ProtectionResponse ToResponse(ProtectedPersonRecord p) =>
        new(p.Id, p.Kind.ToString(), p.Person, [.. p.FearedPersecutionBy.Split(',', StringSplitOptions.RemoveEmptyEntries)], p.Confirmed, p.Note, p.RecordedAt, p.Active);
}
