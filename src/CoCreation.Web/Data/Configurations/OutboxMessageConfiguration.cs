using CoCreation.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMax);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.ListUnsubscribe).HasMaxLength(1000);
        builder
            .Property(m => m.Attachment)
            .HasColumnType("jsonb")
            .HasConversion(
                attachment => System.Text.Json.JsonSerializer.Serialize(attachment, System.Text.Json.JsonSerializerOptions.Web),
                json => System.Text.Json.JsonSerializer.Deserialize<EmailAttachment>(json, System.Text.Json.JsonSerializerOptions.Web)
            );

        // The sender scans only what is still to send.
        builder.HasIndex(m => m.Id).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_messages_unsent");

        // The retention round looks only at sent bodies not blanked yet (unsent ones come through the index above).
        builder.HasIndex(m => m.SentAt).HasFilter("body_purged_at IS NULL").HasDatabaseName("ix_outbox_messages_sent_unpurged");
    }
}
