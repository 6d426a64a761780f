using System.Globalization;
using CoCreation.Domain.Common;

namespace CoCreation.Domain.Tests.Common;

public sealed class LocalizedTextTests
{
    [Fact]
    public void Each_language_falls_back_to_english_when_left_empty()
    {
        var text = new LocalizedText("Global Co-creation Week", "Semaine mondiale de la co-création", "  ");

        Assert.Equal("Semaine mondiale de la co-création", text.In("fr"));
        Assert.Equal("Global Co-creation Week", text.In("es"));
        Assert.Equal("Global Co-creation Week", text.In(new CultureInfo("de")));
        Assert.Null(text.Es);
    }

    [Fact]
    public void One_language_is_required_and_texts_are_trimmed()
    {
        Assert.Equal(
            "Domain.LocalizedText.OneLanguageRequired",
            Assert.Throws<DomainException>(() => new LocalizedText(" ", null, "")).Code
        );
        Assert.Equal("Week", new LocalizedText("  Week ").En);
    }

    [Fact]
    public void A_text_written_only_in_spanish_is_shown_in_spanish_to_everyone_and_english_falls_back_to_french_first()
    {
        var spanish = new LocalizedText(null, null, " Taller de cocreación ");
        var french = new LocalizedText("", "Atelier", "Taller");

        Assert.Equal("", spanish.En);
        Assert.Equal("Taller de cocreación", spanish.In("en"));
        Assert.Equal("Taller de cocreación", spanish.In(new CultureInfo("fr")));
        Assert.Equal("es", spanish.LanguageShown(new CultureInfo("en")));
        Assert.Equal("Atelier", french.In("en"));
        Assert.Equal("Taller", french.In("es"));
        Assert.Equal("fr", french.LanguageShown(new CultureInfo("de")));
    }
}
