using CoCreation.Domain.Submissions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class ResponseReminderConfiguration : IEntityTypeConfiguration<ResponseReminder>
{
    public void Configure(EntityTypeBuilder<ResponseReminder> builder)
    {
        builder.ToTable("response_reminders");
        builder.HasOne<Submission>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.OfficialId).OnDelete(DeleteBehavior.Cascade);

        // The last guard against a second copy: one reminder per official, submission and step.
        builder
            .HasIndex(r => new
            {
                r.OfficialId,
                r.SubmissionId,
                r.Step,
            })
            .IsUnique();
        builder.HasIndex(r => r.SentAt);
    }
}

internal sealed class ResponseTimesConfiguration : IEntityTypeConfiguration<ResponseTimes>
{
    public void Configure(EntityTypeBuilder<ResponseTimes> builder) => builder.HasNoKey().ToTable((string?)null);
}
