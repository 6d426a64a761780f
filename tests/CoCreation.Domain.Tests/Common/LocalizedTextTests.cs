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
    public void English_is_required_and_texts_are_trimmed()
    {
        Assert.Equal("Domain.LocalizedText.EnglishRequired", Assert.Throws<DomainException>(() => new LocalizedText(" ")).Code);
        Assert.Equal("Week", new LocalizedText("  Week ").En);
    }
}
