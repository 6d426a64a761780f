using CoCreation.Domain.Comments;
using CoCreation.Domain.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.Target);

        // Three readers reporting at once, or a report and a restore: the second is told, not applied on stale counts.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Property(c => c.AuthorName).HasMaxLength(Comment.AuthorNameMax);
        builder.Property(c => c.Text).HasMaxLength(Comment.TextMax);
        builder.Property(c => c.OriginalText).HasMaxLength(Comment.TextMax);
        builder.Property(c => c.Language).HasMaxLength(ContentLanguages.TagMax);
        builder.Property(c => c.RemovalReason).HasMaxLength(Comment.RemovalReasonMax);

        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);

        // A thread is read by its target, oldest first; the queue by status.
        builder.HasIndex(c => new
        {
            c.TargetKind,
            c.TargetId,
            c.PostedAt,
        });
        builder.HasIndex(c => c.ParentId);
        builder.HasIndex(c => c.Status).HasFilter("status = 'AwaitingReview' OR open_reports > 0").HasDatabaseName("ix_comments_to_review");
        builder.HasIndex(c => new { c.AuthorId, c.IdempotencyKey }).IsUnique().HasFilter("idempotency_key IS NOT NULL");
    }
}

internal sealed class ReaderReportConfiguration : IEntityTypeConfiguration<ReaderReport>
{
    public void Configure(EntityTypeBuilder<ReaderReport> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(ReaderReport.TextMax);
        builder.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Submissions.Submission>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_reader_reports_one_item", "(comment_id IS NULL) <> (submission_id IS NULL)"));

        // One report per account and item, even from two tabs at once.
        builder.HasIndex(r => new { r.CommentId, r.ReporterId }).IsUnique();
        builder.HasIndex(r => new { r.SubmissionId, r.ReporterId }).IsUnique();
    }
}
