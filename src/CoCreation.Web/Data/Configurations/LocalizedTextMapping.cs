using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

/// <summary>A localized text becomes three columns: name_en, name_fr, name_es.</summary>
internal static class LocalizedTextMapping
{
    public static void MapLocalized<TEntity>(
        this EntityTypeBuilder<TEntity> builder,
        System.Linq.Expressions.Expression<Func<TEntity, LocalizedText?>> property,
        int maxLength
    )
        where TEntity : class
    {
        builder.ComplexProperty(property, text =>
        {
            text.Property(t => t.En).HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.Fr).HasMaxLength(maxLength);
            text.Property(t => t.Es).HasMaxLength(maxLength);
        });
    }

    /// <summary>An optional text in three languages, kept as one jsonb column (null when absent).</summary>
    public static void MapOptionalLocalized<TEntity>(
        this EntityTypeBuilder<TEntity> builder,
        System.Linq.Expressions.Expression<Func<TEntity, LocalizedText?>> property
    )
        where TEntity : class =>
        builder
            .Property(property)
            .HasColumnType("jsonb")
            .HasConversion(
                text => System.Text.Json.JsonSerializer.Serialize(text, System.Text.Json.JsonSerializerOptions.Web),
                json => System.Text.Json.JsonSerializer.Deserialize<LocalizedText>(json, System.Text.Json.JsonSerializerOptions.Web)
            );
}
