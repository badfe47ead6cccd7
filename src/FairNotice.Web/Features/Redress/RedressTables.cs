using FairNotice.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Features.Redress;

/// <summary>The feature's tables on the one database: the feature owns them (configured by its
/// <c>IEntityTypeConfiguration</c>s, which <see cref="AppDbContext"/> finds by assembly scan), Platform names none.</summary>
internal static class RedressTables
{
    extension(AppDbContext db)
    {
        public DbSet<RedressRequest> RedressRequests => db.Set<RedressRequest>();
        public DbSet<RedressLink> RedressLinks => db.Set<RedressLink>();
        public DbSet<RedressEvent> RedressEvents => db.Set<RedressEvent>();
        public DbSet<RedressAttachment> RedressAttachments => db.Set<RedressAttachment>();
        public DbSet<PurgeNotification> PurgeNotifications => db.Set<PurgeNotification>();
    }
}
