using CoCreation.Domain.Newsletter;
using CoCreation.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class SubscriberConfiguration : IEntityTypeConfiguration<Subscriber>
{
    public void Configure(EntityTypeBuilder<Subscriber> builder)
    {
        builder.ToTable("subscribers");
        builder.Ignore(s => s.IsActive);
        builder.Property(s => s.Email).HasMaxLength(320);
        builder.Property(s => s.Language).HasMaxLength(2);
        builder.Property(s => s.UnsubscribeCode).HasMaxLength(32);
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => s.UnsubscribeCode).IsUnique();
        builder.HasIndex(s => new { s.Language, s.Id }).HasFilter("unsubscribed_at IS NULL");
    }
}

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.ToTable("editions");
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.MapLocalized(e => e.Subject, Edition.SubjectMax);
        builder.MapOptionalLocalized(e => e.Intro);
        builder.HasIndex(e => e.SentAt);
    }
}

internal sealed class EditionDeliveryConfiguration : IEntityTypeConfiguration<EditionDelivery>
{
    public void Configure(EntityTypeBuilder<EditionDelivery> builder)
    {
        builder.ToTable("edition_deliveries");

        // One copy per reader and edition, whatever happens to the sender.
        builder.HasIndex(d => new { d.EditionId, d.SubscriberId }).IsUnique();
        builder.HasIndex(d => new { d.EditionId, d.Id }).HasFilter("queued_at IS NULL").HasDatabaseName("ix_edition_deliveries_waiting");
        builder.HasOne<Edition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Subscriber>().WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(d => d.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
    }
}
