using CoCreation.Domain.Blog;
using CoCreation.Domain.Campaigns;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class BlogPostConfiguration : IEntityTypeConfiguration<BlogPost>
{
    public void Configure(EntityTypeBuilder<BlogPost> builder)
    {
        builder.ToTable("blog_posts");
        builder.Ignore(p => p.DomainEvents);
        builder.Ignore(p => p.Content);
        builder.Ignore(p => p.IsEditableByAuthor);

        // Two reviewers deciding at once: the second is told, not applied twice.
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.AuthorName).HasMaxLength(200);
        builder.Property(p => p.Title).HasMaxLength(BlogPostContent.TitleMax);
        builder.Property(p => p.Summary).HasMaxLength(BlogPostContent.SummaryMax);
        builder.Property(p => p.Body).HasMaxLength(BlogPostContent.BodyMax);
        builder.Property(p => p.Language).HasMaxLength(ContentLanguages.TagMax);
        builder.Property(p => p.CoverImage).HasMaxLength(64);
        builder.Property(p => p.DeclineReason).HasMaxLength(BlogPost.DeclineReasonMax);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.BlogPostId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.Status, p.PublishedAt });
        builder.HasIndex(p => new { p.AuthorId, p.UpdatedAt });
        builder.HasIndex(p => p.MemberCodes).HasMethod("GIN");
    }
}

internal sealed class BlogPostStepConfiguration : IEntityTypeConfiguration<BlogPostStep>
{
    public void Configure(EntityTypeBuilder<BlogPostStep> builder)
    {
        builder.ToTable("blog_post_steps");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Note).HasMaxLength(4000);
        builder.HasIndex(s => new { s.BlogPostId, s.At });
    }
}

internal sealed class CallForPostsConfiguration : IEntityTypeConfiguration<CallForPosts>
{
    public void Configure(EntityTypeBuilder<CallForPosts> builder)
    {
        builder.ToTable("calls_for_posts");
        builder.HasKey(c => c.CampaignId);
        builder.Property(c => c.CampaignId).ValueGeneratedNever();
        builder.HasOne<Campaign>().WithOne().HasForeignKey<CallForPosts>(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.MapOptionalLocalized(c => c.Guidelines);
    }
}

internal sealed class CoverImageFileConfiguration : IEntityTypeConfiguration<Domain.Blog.CoverImageFile>
{
    public void Configure(EntityTypeBuilder<Domain.Blog.CoverImageFile> builder)
    {
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(64);
        builder.Property(f => f.ContentType).HasMaxLength(32);
    }
}
