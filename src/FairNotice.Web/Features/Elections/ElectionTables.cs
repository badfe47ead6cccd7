using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Elections;

/// <summary>The feature's tables on the one database: the feature owns them (configured by its
/// <c>IEntityTypeConfiguration</c>s, which <see cref="AppDbContext"/> finds by assembly scan), Platform names none.</summary>
internal static class ElectionTables
{
    extension(AppDbContext db)
    {
        public DbSet<ElectionEntity> Elections => db.Set<ElectionEntity>();
        public DbSet<CandidacyEntity> Candidacies => db.Set<CandidacyEntity>();
        public DbSet<RoundEntity> Rounds => db.Set<RoundEntity>();
        public DbSet<BoardEntryEntity> BoardEntries => db.Set<BoardEntryEntity>();
    }
}
