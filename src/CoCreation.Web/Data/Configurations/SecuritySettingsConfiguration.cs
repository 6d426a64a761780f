using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

internal sealed class SecuritySettingsConfiguration : IEntityTypeConfiguration<SecuritySettings>
{
    public void Configure(EntityTypeBuilder<SecuritySettings> builder)
    {
        builder.ToTable("security_settings", table => table.HasCheckConstraint("ck_security_settings_single_row", "id = 1"));
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
