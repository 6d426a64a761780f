using CoCreation.Web.Infrastructure.Translation;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class MachineTranslationConfiguration : IEntityTypeConfiguration<MachineTranslation>
{
    public void Configure(EntityTypeBuilder<MachineTranslation> builder)
    {
        // One row per part and language: a new version of the original replaces it (upsert on this key).
        builder.HasKey(t => new
        {
            t.Kind,
            t.ItemId,
            t.TargetLanguage,
            t.Part,
        });
        builder.Property(t => t.Kind).HasMaxLength(MachineTranslation.KindMax);
        builder.Property(t => t.Part).HasMaxLength(MachineTranslation.PartMax);
        builder.Property(t => t.TargetLanguage).HasMaxLength(MachineTranslation.LanguageMax);
        builder.Property(t => t.SourceHash).HasMaxLength(32);
    }
}
