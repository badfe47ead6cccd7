using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Members;

/// <summary>The feature's tables on the one database: the feature owns them (configured by its
/// <c>IEntityTypeConfiguration</c>s, which <see cref="AppDbContext"/> finds by assembly scan), Platform names none.</summary>
internal static class MemberTables
{
    extension(AppDbContext db)
    {
        public DbSet<MemberRecord> Members => db.Set<MemberRecord>();
    }
}
