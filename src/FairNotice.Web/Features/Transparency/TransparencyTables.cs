using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Transparency;

/// <summary>The feature's tables on the one database: the feature owns them (configured by its
/// <c>IEntityTypeConfiguration</c>s, which <see cref="AppDbContext"/> finds by assembly scan), Platform names none.</summary>
internal static class TransparencyTables
{
    extension(AppDbContext db)
    {
        public DbSet<PublishedTotalRecord> PublishedTotals => db.Set<PublishedTotalRecord>();
    }
}
