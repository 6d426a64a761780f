using CoCreation.Domain.Forums;
using CoCreation.Domain.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<MultiStakeholderForum>
{
    public void Configure(EntityTypeBuilder<MultiStakeholderForum> builder)
    {
        builder.ToTable("forums");
        builder.Ignore(f => f.Balance);
        builder.HasIndex(f => f.MemberId).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.MapOptionalLocalized(f => f.Rules);
        builder.Property(f => f.RulesLink).HasMaxLength(MultiStakeholderForum.LinkMax);
        builder.HasMany(f => f.Members).WithOne().HasForeignKey(m => m.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(f => f.Decisions).WithOne().HasForeignKey(d => d.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ForumMemberConfiguration : IEntityTypeConfiguration<ForumMember>
{
    public void Configure(EntityTypeBuilder<ForumMember> builder)
    {
        builder.ToTable("forum_members");
        builder.Property(m => m.Name).HasMaxLength(ForumMember.NameMax);
        builder.Property(m => m.Organisation).HasMaxLength(ForumMember.OrganisationMax);
    }
}

internal sealed class ForumDecisionConfiguration : IEntityTypeConfiguration<ForumDecision>
{
    public void Configure(EntityTypeBuilder<ForumDecision> builder)
    {
        builder.ToTable("forum_decisions");
        builder.Property(d => d.Text).HasMaxLength(ForumDecision.TextMax);
        builder.Property(d => d.Language).HasMaxLength(ContentLanguages.TagMax);
        builder.Property(d => d.Link).HasMaxLength(MultiStakeholderForum.LinkMax);
        builder.HasIndex(d => new { d.ForumId, d.DecidedOn });
    }
}
