using System.Text.Json;
using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Members;
using Microsoft.EntityFrameworkCore;
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
    }
}
