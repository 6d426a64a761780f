using CoCreation.Domain.Members;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Ignore(m => m.DomainEvents);
        builder.Property(m => m.Code).HasMaxLength(Member.CodeMax);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasIndex(m => new { m.Region, m.CycleStatus });
        builder.MapLocalized(m => m.Name, Member.NameMax);
        builder.Property(m => m.CurrentCycle).HasMaxLength(Domain.Timelines.CoCreationTimeline.CycleMax);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.ParentId);
        builder.HasIndex(m => m.Kind);
    }
}

internal sealed class OfficialAssignmentConfiguration : IEntityTypeConfiguration<OfficialAssignment>
{
    public void Configure(EntityTypeBuilder<OfficialAssignment> builder)
    {
        builder.HasKey(a => new { a.UserId, a.MemberId });
        builder.HasIndex(a => a.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Infrastructure.Identity.PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactInvitationConfiguration : IEntityTypeConfiguration<ContactInvitation>
{
    public void Configure(EntityTypeBuilder<ContactInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(ContactInvitation.EmailMax);
        builder.Property(i => i.Name).HasMaxLength(ContactInvitation.NameMax);
        builder.Property(i => i.Language).HasMaxLength(8);
        builder.HasIndex(i => i.SecretHash).IsUnique();
        builder.HasIndex(i => i.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
