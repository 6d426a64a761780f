using System.Text.Json;
using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Events;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.Ignore(e => e.DomainEvents);
        builder.Ignore(e => e.Confirmed);
        builder.Ignore(e => e.SeatsLeft);
        builder.Ignore(e => e.Speakers);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Region).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.OnlineLink).HasMaxLength(Event.LinkMax);
        builder.MapLocalized(e => e.Title, Event.TitleMax);
        builder.MapOptionalLocalized(e => e.Description);
        builder.MapOptionalLocalized(e => e.Agenda);
        builder.MapOptionalLocalized(e => e.Summary);
        builder.Property(e => e.RecordingLink).HasMaxLength(Event.LinkMax);
        builder.Ignore(e => e.Waiting);
        builder.Ignore(e => e.Details);
        builder.ComplexProperty(e => e.Schedule, schedule => schedule.Property(s => s.TimeZone).HasMaxLength(Event.TimeZoneMax));

        // A handful of speakers per event, always read with it: one jsonb column.
        builder
            .Property<List<Speaker>>("_speakers")
            .HasColumnName("speakers")
            .HasColumnType("jsonb")
            .HasConversion(
                speakers => JsonSerializer.Serialize(speakers, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<Speaker>>(json, JsonSerializerOptions.Web) ?? new List<Speaker>(),
                new ValueComparer<List<Speaker>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode())),
                    list => list.ToList()
                )
            );
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Registrations).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Registrations).HasField("_registrations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => e.CampaignId);
        builder.HasIndex(e => e.CreatedAt);
    }
}

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("registrations");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(
            r => r.Registrant,
            registrant =>
            {
                registrant.Property(p => p.Name).HasMaxLength(Registrant.NameMax);
                registrant.Property(p => p.Email).HasMaxLength(320);
                registrant.Property(p => p.Language).HasMaxLength(8).HasDefaultValue("en");
            }
        );
        builder.HasIndex(r => new { r.EventId, r.Sequence }).IsUnique();
        builder.HasIndex(r => r.CancellationCode).IsUnique();
    }
}
