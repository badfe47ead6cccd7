using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FairNotice.Web.Platform.Cluster;

/// <summary>The key ring's own small context over the <c>DataProtectionKeys</c> table (created by the main migrations):
/// the data-protection library saves synchronously, which the audited <see cref="AppDbContext"/> refuses by design.</summary>
internal sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
