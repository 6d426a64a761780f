using CoCreation.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoCreation.Web.Data.Configurations;

/// <summary>A localized text becomes three columns: name_en, name_fr, name_es.</summary>
internal static class LocalizedTextMapping
{
    public static void MapLocalized<TEntity>(this EntityTypeBuilder<TEntity> builder, System.Linq.Expressions.Expression<Func<TEntity, LocalizedText?>> property, int maxLength)
        where TEntity : class
    {
        builder.ComplexProperty(property, text =>
        {
            text.Property(t => t.En).HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.Fr).HasMaxLength(maxLength);
            text.Property(t => t.Es).HasMaxLength(maxLength);
        });
    }
}
