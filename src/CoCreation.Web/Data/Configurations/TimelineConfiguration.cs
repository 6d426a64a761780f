using CoCreation.Domain.Members;
using CoCreation.Domain.Timelines;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class CoCreationTimelineConfiguration : IEntityTypeConfiguration<CoCreationTimeline>
{
    public void Configure(EntityTypeBuilder<CoCreationTimeline> builder)
    {
        builder.ToTable("timelines");
        builder.Ignore(t => t.DomainEvents);
        builder.Ignore(t => t.IsPublished);

        // Two officials editing at once: the second is told, not applied over the first.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Property(t => t.Cycle).HasMaxLength(CoCreationTimeline.CycleMax);
        builder.HasIndex(t => new { t.MemberId, t.Cycle }).IsUnique();
        builder.HasIndex(t => t.PublishedAt);
        builder.HasOne<Member>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Phases).WithOne().HasForeignKey(p => p.TimelineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Phases).HasField("_phases").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Activities).WithOne().HasForeignKey(a => a.TimelineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Activities).HasField("_activities").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Revisions).WithOne().HasForeignKey(r => r.TimelineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TimelinePhaseConfiguration : IEntityTypeConfiguration<TimelinePhase>
{
    public void Configure(EntityTypeBuilder<TimelinePhase> builder)
    {
        builder.ToTable("timeline_phases");
        builder.MapLocalized(p => p.Name, TimelinePhase.NameMax);
    }
}

internal sealed class TimelineActivityConfiguration : IEntityTypeConfiguration<TimelineActivity>
{
    public void Configure(EntityTypeBuilder<TimelineActivity> builder)
    {
        builder.ToTable("timeline_activities");
        builder.Ignore(a => a.Details);
        builder.Ignore(a => a.Description);
        builder.MapLocalized(a => a.Title, TimelineActivity.TitleMax);
        builder.Property(a => a.DescriptionEn).HasMaxLength(TimelineActivity.DescriptionMax);
        builder.Property(a => a.DescriptionFr).HasMaxLength(TimelineActivity.DescriptionMax);
        builder.Property(a => a.DescriptionEs).HasMaxLength(TimelineActivity.DescriptionMax);
        builder.Property(a => a.TimeZone).HasMaxLength(TimelineActivity.TimeZoneMax);
        builder.Property(a => a.Place).HasMaxLength(TimelineActivity.PlaceMax);
        builder.Property(a => a.OnlineLink).HasMaxLength(TimelineActivity.LinkMax);
        builder.Property(a => a.Languages).HasColumnType("text[]");
        builder.Property(a => a.WhoMayAttend).HasMaxLength(TimelineActivity.WhoMayAttendMax);
        builder.Property(a => a.HowToRegister).HasMaxLength(TimelineActivity.HowToRegisterMax);
        builder.Property(a => a.SummaryLink).HasMaxLength(TimelineActivity.LinkMax);
        builder.HasOne(a => a.Phase).WithMany().HasForeignKey(a => a.PhaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.TimelineId, a.StartsAt });
    }
}

internal sealed class TimelineRevisionConfiguration : IEntityTypeConfiguration<TimelineRevision>
{
    public void Configure(EntityTypeBuilder<TimelineRevision> builder)
    {
        builder.ToTable("timeline_revisions");
        builder.Property(r => r.Subject).HasMaxLength(300);
        builder.Property(r => r.Fields).HasColumnType("text[]");
        builder.HasIndex(r => r.At);
        builder.HasIndex(r => new { r.TimelineId, r.At });
    }
}
