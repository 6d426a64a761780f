using CoCreation.Domain.Notifications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.ToTable("follows");

        // One follow per person and thing, whatever two tabs do; the second index finds a happening's followers.
        builder
            .HasIndex(f => new
            {
                f.PersonId,
                f.Kind,
                f.SubjectId,
            })
            .IsUnique();
        builder.HasIndex(f => new
        {
            f.Kind,
            f.SubjectId,
            f.PersonId,
        });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HappeningConfiguration : IEntityTypeConfiguration<Happening>
{
    public void Configure(EntityTypeBuilder<Happening> builder)
    {
        builder.ToTable("happenings");
        builder.MapLocalized(h => h.SubjectTitle, Happening.TitleMax);
        builder.MapOptionalLocalized(h => h.Detail);
        builder.Property(h => h.Link).HasMaxLength(500);
        builder.HasIndex(h => h.Id).HasFilter("fanned_out_at IS NULL").HasDatabaseName("ix_happenings_waiting");
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasIndex(n => new { n.PersonId, n.HappeningId }).IsUnique();

        // The header's unread count and the email round each read one small slice of a person's rows.
        builder
            .HasIndex(n => n.PersonId, "ix_notifications_unread")
            .HasFilter("read_at IS NULL")
            .HasDatabaseName("ix_notifications_unread");
        builder
            .HasIndex(n => n.PersonId, "ix_notifications_unemailed")
            .HasFilter("emailed_at IS NULL")
            .HasDatabaseName("ix_notifications_unemailed");
        builder.HasIndex(n => new { n.PersonId, n.Id });
        builder.HasOne<Happening>().WithMany().HasForeignKey(n => n.HappeningId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.ToTable("notification_settings");
        builder.HasKey(s => s.PersonId);
        builder.Property(s => s.UnsubscribeCode).HasMaxLength(32);
        builder.HasIndex(s => s.UnsubscribeCode).IsUnique();
        builder.HasIndex(s => s.EmailDueAt).HasFilter("email_due_at IS NOT NULL").HasDatabaseName("ix_notification_settings_due");
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
