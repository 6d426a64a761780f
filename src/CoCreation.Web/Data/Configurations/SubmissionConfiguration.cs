using CoCreation.Domain.ActionPlans;
using CoCreation.Domain.Members;
using CoCreation.Domain.Submissions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace CoCreation.Web.Data.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    /// <summary>
    /// Full-text search in the language the text is written in: a stored tsvector made with the PostgreSQL
    /// configuration of that language (<c>content_search_config</c>, "simple" where PostgreSQL has none), kept by the
    /// database itself, indexed with GIN. Searches parse the words with every configuration (<c>content_search_query</c>).
    /// </summary>
    public const string SearchVectorSql =
        "to_tsvector(content_search_config(language), coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || "
        + "coalesce(problem, '') || ' ' || coalesce(proposed_commitment, '') || ' ' || coalesce(expected_results, ''))";

    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.Ignore(s => s.DomainEvents);
        builder.Ignore(s => s.Content);

        // Two moderators (or a withdrawal and an answer) acting at once: the second is told, not applied twice.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Property(s => s.AuthorName).HasMaxLength(200);
        builder.Property(s => s.SourceUrl).HasMaxLength(500);
        builder.Property(s => s.Title).HasMaxLength(Submission.TitleMax);
        builder.Property(s => s.Language).HasMaxLength(ContentLanguages.TagMax);
        builder.Property(s => s.AnswerLanguage).HasMaxLength(ContentLanguages.TagMax);
        builder.Property(s => s.Body).HasMaxLength(Submission.TextMax);
        builder.Property(s => s.Problem).HasMaxLength(Submission.TextMax);
        builder.Property(s => s.ProposedCommitment).HasMaxLength(Submission.TextMax);
        builder.Property(s => s.ExpectedResults).HasMaxLength(Submission.TextMax);
        builder.Property(s => s.PolicyArea).HasMaxLength(40);
        builder.Property(s => s.Organisation).HasMaxLength(Submission.OrganisationMax);
        builder.Property(s => s.OriginalText).HasColumnType("jsonb");
        builder.Property(s => s.RejectionReason).HasMaxLength(Submission.RejectionReasonMax);
        builder.Property(s => s.AnswerReason).HasMaxLength(Submission.AnswerReasonMax);
        builder.Property(s => s.RemovalReason).HasMaxLength(Submission.RemovalReasonMax);
        builder.Property<NpgsqlTsVector>("SearchVector").HasComputedColumnSql(SearchVectorSql, stored: true);

        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Campaigns.Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(s => s.Cycle).HasMaxLength(Domain.Timelines.CoCreationTimeline.CycleMax);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(h => h.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Commitments).WithOne().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Commitments).HasField("_commitments").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex("SearchVector").HasMethod("GIN");

        // Keyset pagination of the public list, newest first, without OFFSET.
        builder
            .HasIndex(s => new { s.PublishedAt, s.Id })
            .IsDescending(true, true)
            // The states the public list reads, from the one list that defines them: when that list grew (AwaitingContact)
            // and this filter did not, PostgreSQL stopped using the index and the list page fell from 621 to 11 req/s.
            .HasFilter($"status IN ({string.Join(", ", Submission.PublicStatuses.Select(s => $"'{s}'"))})")
            .HasDatabaseName("ix_submissions_public_keyset");
        builder.HasIndex(s => new { s.Status, s.SubmittedAt });
        // With the answer's date: a member's latest answer (the scorecard's last update) is the index's last entry.
        builder.HasIndex(s => new
        {
            s.MemberId,
            s.Status,
            s.AnsweredAt,
        });
        builder.HasIndex(s => new { s.CampaignId, s.Status });
        builder.HasIndex(s => new { s.Cycle, s.PublishedAt });
        builder.HasIndex(s => new { s.AuthorId, s.SubmittedAt });
        builder.HasIndex(s => new { s.AuthorId, s.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
        builder.HasIndex(s => s.SourceUrl).IsUnique().HasFilter("source_url IS NOT NULL");

        // The support unit's queue of reported submissions reads only these few rows.
        builder
            .HasIndex(s => s.SubmittedAt)
            .HasFilter($"status = '{SubmissionStatus.UnderReview}' OR open_reports > 0")
            .HasDatabaseName("ix_submissions_to_review");
    }
}

internal sealed class SubmissionStepConfiguration : IEntityTypeConfiguration<SubmissionStep>
{
    public void Configure(EntityTypeBuilder<SubmissionStep> builder)
    {
        builder.ToTable("submission_steps");
        builder.Ignore(s => s.IsPublic);
        builder.Property(s => s.Note).HasMaxLength(4000);
        builder.HasIndex(s => new { s.SubmissionId, s.At });
    }
}

internal sealed class SubmissionCommitmentConfiguration : IEntityTypeConfiguration<SubmissionCommitment>
{
    public void Configure(EntityTypeBuilder<SubmissionCommitment> builder)
    {
        builder.ToTable("submission_commitments");
        builder.HasKey(c => new { c.SubmissionId, c.CommitmentId });
        builder.HasOne<Commitment>().WithMany().HasForeignKey(c => c.CommitmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> builder)
    {
        builder.HasKey(e => new { e.SubmissionId, e.UserId });
        builder.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
