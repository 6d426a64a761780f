using System.Text.Json;
using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Members;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class NationalActionPlanConfiguration : IEntityTypeConfiguration<NationalActionPlan>
{
    public void Configure(EntityTypeBuilder<NationalActionPlan> builder)
    {
        builder.Ignore(p => p.DomainEvents);
        builder.Ignore(p => p.Documents);
        builder.Property(p => p.Cycle).HasMaxLength(Domain.Timelines.CoCreationTimeline.CycleMax);
        builder.HasIndex(p => new { p.MemberId, p.Cycle }).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Commitments).WithOne().HasForeignKey(c => c.NationalActionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Commitments).HasField("_commitments").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A few links per plan, always read with it: one jsonb column.
        builder
            .Property<List<PlanDocument>>("_documents")
            .HasColumnName("documents")
            .HasColumnType("jsonb")
            .HasDefaultValueSql("'[]'::jsonb")
            .HasConversion(
                documents => JsonSerializer.Serialize(documents, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<PlanDocument>>(json, JsonSerializerOptions.Web) ?? new List<PlanDocument>(),
                new ValueComparer<List<PlanDocument>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, d) => HashCode.Combine(hash, d.GetHashCode())),
                    list => list.ToList()
                )
            );
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.OgpId).HasMaxLength(Commitment.OgpIdMax);
        builder.HasIndex(c => c.OgpId).IsUnique();
        builder.HasIndex(c => c.MemberId);
        builder.MapLocalized(c => c.Title, Commitment.TitleMax);
        builder.Property(c => c.Problem).HasMaxLength(Commitment.TextMax);
        builder.Property(c => c.Solution).HasMaxLength(Commitment.TextMax);
        builder.Property(c => c.HowItHelps).HasMaxLength(Commitment.TextMax);
        builder.Property(c => c.Relevance).HasMaxLength(Commitment.TextMax);
        builder.Property(c => c.LeadInstitution).HasMaxLength(Commitment.LeadInstitutionMax);
        builder.Property(c => c.PolicyAreas).HasColumnType("text[]");

        // Defaults for the commitments that existed before these columns did.
        builder.Property(c => c.OgpValues).HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
        builder.Property(c => c.SupportingInstitutions).HasColumnType("text[]").HasDefaultValueSql("'{}'::text[]");
        builder.Property(c => c.Completion).HasDefaultValue(CompletionLevel.NotStarted).HasSentinel((CompletionLevel)(-1));

        builder.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Milestones).HasField("_milestones").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Progress).WithOne().HasForeignKey(p => p.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Progress).HasField("_progress").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A handful of judgements always read with the commitment: one jsonb column, enums by name.
        builder
            .Property(c => c.Irm)
            .HasColumnName("irm")
            .HasColumnType("jsonb")
            .HasConversion(
                irm => JsonSerializer.Serialize(irm, ByName),
                json => JsonSerializer.Deserialize<IrmAssessment>(json, ByName),
                new ValueComparer<IrmAssessment?>((a, b) => Equals(a, b), irm => irm == null ? 0 : irm.GetHashCode(), irm => irm)
            );
    }

    internal static readonly JsonSerializerOptions ByName = new(JsonSerializerOptions.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("milestones");
        builder.MapLocalized(m => m.Text, Milestone.TextMax);
        builder.Property(m => m.ExpectedOutput).HasMaxLength(Milestone.OutputMax);
        builder.HasIndex(m => new { m.CommitmentId, m.Order });
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ToTable("progress_updates");
        builder.Property(p => p.Text).HasMaxLength(ProgressUpdate.TextMax);
        builder.Property(p => p.Language).HasMaxLength(ContentLanguages.TagMax);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(p => p.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CommitmentId, p.On });
        builder
            .Property(p => p.Evidence)
            .HasColumnType("jsonb")
            .HasConversion(
                links => JsonSerializer.Serialize(links, JsonSerializerOptions.Web),
                json => JsonSerializer.Deserialize<List<EvidenceLink>>(json, JsonSerializerOptions.Web) ?? new List<EvidenceLink>(),
                new ValueComparer<List<EvidenceLink>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, l) => HashCode.Combine(hash, l.GetHashCode())),
                    list => list.ToList()
                )
            );
    }
}

internal sealed class CommitmentRevisionConfiguration : IEntityTypeConfiguration<CommitmentRevision>
{
    public void Configure(EntityTypeBuilder<CommitmentRevision> builder)
    {
        builder.ToTable("commitment_revisions");
        builder.Property(r => r.Subject).HasMaxLength(CommitmentRevision.SubjectMax);
        builder.Property(r => r.Fields).HasColumnType("text[]");
        builder.HasIndex(r => new { r.CommitmentId, r.At });
    }
}
