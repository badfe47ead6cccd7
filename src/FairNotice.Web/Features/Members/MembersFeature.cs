using FairNotice.Domain.Members;
using FairNotice.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FairNotice.Web.Features.Members;

internal sealed class MemberRecord
{
    public string Iso2 { get; set; } = "";
    public string Name { get; set; } = "";
    public Region Region { get; set; }
    public string NcbName { get; set; } = "";
}

internal sealed class MemberRecordConfiguration : IEntityTypeConfiguration<MemberRecord>
{
    public void Configure(EntityTypeBuilder<MemberRecord> b)
    {
        b.ToTable("Members");
        b.HasKey(m => m.Iso2);
        b.Property(m => m.Iso2).HasMaxLength(2);
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.NcbName).HasMaxLength(100);
        b.Property(m => m.Region).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed record MemberResponse(string Iso2, string Name, string Region, string NcbName);

public static class MembersFeature
{
    public static IServiceCollection AddMembers(this IServiceCollection services) => services.AddStartupStep<SyncMembersAtStart>();

    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        // Membership is public information.
        var group = app.MapGroup("/api/members").WithTags("Members").AllowAnonymous();
        group.MapGet("/", ListMembers).WithSummary("The member countries, their governance region and NCB.");
        group.MapGet("/{iso2}", GetMember).WithSummary("One member country.");
        return app;
    }

    private static async Task<Ok<List<MemberResponse>>> ListMembers(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Members.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new MemberResponse(m.Iso2, m.Name, m.Region.ToString(), m.NcbName)).ToListAsync(ct));

    private static async Task<Results<Ok<MemberResponse>, NotFound>> GetMember(string iso2, AppDbContext db, CancellationToken ct)
    {
        var code = iso2.ToUpperInvariant();
        var m = await db.Members.AsNoTracking().FirstOrDefaultAsync(x => x.Iso2 == code, ct);
        return m is null ? TypedResults.NotFound() : TypedResults.Ok(new MemberResponse(m.Iso2, m.Name, m.Region.ToString(), m.NcbName));
    }

    /// <summary>Brings the Members table in line with the catalogue (reference data, seeded in every mode).</summary>
    internal static async Task SyncMembersAsync(AppDbContext db, CancellationToken ct)
    {
        var existing = await db.Members.ToDictionaryAsync(m => m.Iso2, ct);
        foreach (var m in MemberCatalogue.All)
        {
            if (!existing.TryGetValue(m.Iso2, out var row))
            {
                db.Members.Add(new MemberRecord { Iso2 = m.Iso2, Name = m.Name, Region = m.Region, NcbName = m.NcbName });
            }
            else
            {
                (row.Name, row.Region, row.NcbName) = (m.Name, m.Region, m.NcbName);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
