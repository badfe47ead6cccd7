using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Notices;

/// <summary>The feature's tables on the one database: the feature owns them (configured by its
/// <c>IEntityTypeConfiguration</c>s, which <see cref="AppDbContext"/> finds by assembly scan), Platform names none.</summary>
internal static class NoticeTables
{
    extension(AppDbContext db)
    {
        public DbSet<NoticeRecord> Notices => db.Set<NoticeRecord>();
        public DbSet<NoticeCountry> NoticeCountries => db.Set<NoticeCountry>();
        public DbSet<NoticeEvent> NoticeEvents => db.Set<NoticeEvent>();
        public DbSet<CaseAssignmentRecord> CaseAssignments => db.Set<CaseAssignmentRecord>();
    }
}
