using CoCreation.Domain.Campaigns;
using CoCreation.Domain.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Ignore(c => c.DomainEvents);
        builder.Property(c => c.Slug).HasMaxLength(Campaign.SlugMax);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.StartsOn, c.EndsOn });
        builder.MapLocalized(c => c.Title, Campaign.TitleMax);
        builder.MapLocalized(c => c.Summary, Campaign.SummaryMax);
        builder.MapLocalized(c => c.Description, Campaign.DescriptionMax);
        builder.MapLocalized(c => c.HowToParticipate, Campaign.HowToParticipateMax);
        builder.Property(c => c.Hashtags).HasColumnType("text[]");
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CampaignParticipantConfiguration : IEntityTypeConfiguration<CampaignParticipant>
{
    public void Configure(EntityTypeBuilder<CampaignParticipant> builder)
    {
        builder.ToTable("campaign_participants");
        builder.HasKey(p => new { p.CampaignId, p.MemberId });
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
