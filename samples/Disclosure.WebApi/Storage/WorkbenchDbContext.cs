using Disclosure.WebApi.People;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Disclosure.WebApi.Storage;

/// <summary>
/// The workbench's database: the accounts (ASP.NET Core Identity tables), the data-protection keys that sign cookies and
/// bearer tokens (shared by every instance on one database), the event rows of every history and the idempotency keys of
/// retried writes. Every row but the key ring names its bureau. One subclass per provider carries that provider's
/// migrations.
/// </summary>
public abstract class WorkbenchDbContext(DbContextOptions options) : IdentityDbContext<WorkbenchUser>(options), IDataProtectionKeyContext
{
    /// <summary>Gets the event rows.</summary>
    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    /// <summary>Gets the stored answers of writes sent with an <c>Idempotency-Key</c>.</summary>
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    /// <summary>Gets the data-protection key ring.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StoredEvent>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => new { x.Bureau, x.StreamId, x.Index });
            e.Property(x => x.Bureau).HasMaxLength(64).HasDefaultValue(Bureaus.Bureau.DefaultId);
            e.Property(x => x.StreamId).HasMaxLength(200);
            e.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();
            e.Property(x => x.RecordedBy).HasMaxLength(64);
        });
        builder.Entity<WorkbenchUser>(e =>
        {
            e.Property(x => x.Bureau).HasMaxLength(64).HasDefaultValue(Bureaus.Bureau.DefaultId);
            e.HasIndex(x => x.Bureau);
            e.Property(x => x.DisplayName).HasMaxLength(100);
            e.Property(x => x.Unit).HasMaxLength(64);
            e.Property(x => x.ReviewRoles).HasMaxLength(400);
        });
        builder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(x => new { x.Bureau, x.UserName, x.Key });
            e.Property(x => x.Bureau).HasMaxLength(64);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
            e.Property(x => x.RequestHash).HasMaxLength(64).IsFixedLength();
            e.Property(x => x.ContentType).HasMaxLength(200);
            e.Property(x => x.Location).HasMaxLength(2000);
        });
    }
}

/// <summary>The SQLite database (the embedded default) and its migrations.</summary>
public sealed class SqliteWorkbenchDbContext(DbContextOptions<SqliteWorkbenchDbContext> options) : WorkbenchDbContext(options);

/// <summary>The PostgreSQL database (many users, several server instances) and its migrations.</summary>
public sealed class PostgresWorkbenchDbContext(DbContextOptions<PostgresWorkbenchDbContext> options) : WorkbenchDbContext(options);
