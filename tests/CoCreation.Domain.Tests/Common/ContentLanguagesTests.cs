using CoCreation.Domain.Common;
using CoCreation.Domain.Submissions;

namespace CoCreation.Domain.Tests.Common;

public sealed class ContentLanguagesTests
{
    /// <summary>The 30 members of the Global Co-creation Week.</summary>
    private static readonly string[] WeekMembers =
    [
        "AF",
        "AR",
        "BA",
        "BF",
        "CO",
        "CR",
        "CV",
        "DE",
        "DK",
        "ES",
        "FI",
        "FR",
        "GH",
        "HR",
        "IL",
        "JM",
        "LR",
        "LU",
        "LV",
        "ME",
        "MT",
        "NG",
        "PA",
        "PE",
        "PG",
        "PH",
        "PK",
        "TT",
        "TZ",
        "US",
    ];

    private static readonly string[] RightToLeft = ["ar", "he", "ur", "ps", "prs", "fa", "dv", "yi"];

    [Fact]
    public void Every_member_of_the_week_writes_in_languages_of_the_list_its_own_first()
    {
        Assert.All(WeekMembers, code => Assert.NotEmpty(ContentLanguages.OfMember(code)));
        Assert.Equal(["lv"], ContentLanguages.OfMember("LV").Select(l => l.Tag));
        Assert.Equal(["ps", "prs"], ContentLanguages.OfMember("AF").Select(l => l.Tag));
        Assert.Equal(["he", "ar"], ContentLanguages.OfMember("il").Select(l => l.Tag));
        Assert.Equal(["eu", "es"], ContentLanguages.OfMember("ES-PV").Select(l => l.Tag));
        // A local member without a list of its own writes in its country's languages.
        Assert.Equal(ContentLanguages.OfMember("KE"), ContentLanguages.OfMember("KE-ELG"));
        Assert.Empty(ContentLanguages.OfMember("ZZ"));
    }

    [Fact]
    public void A_language_is_named_in_the_interface_language_and_in_itself_and_right_to_left_scripts_are_known()
    {
        var latvian = ContentLanguages.Find("lv")!;
        Assert.Equal("Latvian — latviešu", latvian.Label("en"));
        Assert.Equal("Letton — latviešu", latvian.Label("fr"));
        Assert.Equal("letón (latviešu)", latvian.InSentence("es"));
        Assert.Equal("Français", ContentLanguages.Find("fr")!.Label("fr"));
        Assert.All(RightToLeft, tag => Assert.Equal("rtl", ContentLanguages.Find(tag)!.Direction));
        Assert.Equal("ltr", ContentLanguages.DirectionOf("lv"));
        Assert.Equal("ltr", ContentLanguages.DirectionOf("tlh"));
    }

    [Fact]
    public void A_tag_with_a_region_is_found_by_its_language_but_only_the_listed_tag_is_stored()
    {
        Assert.Equal("pt", ContentLanguages.Find("pt-BR")!.Tag);
        Assert.Equal("sr", ContentLanguages.Find("sr_Latn")!.Tag);
        Assert.Null(ContentLanguages.Find("tlh"));
        Assert.True(ContentLanguages.IsKnown("fil"));
        Assert.False(ContentLanguages.IsKnown("pt-BR"));
        Assert.False(ContentLanguages.IsKnown("LV"));
        Assert.Equal("portuguese", ContentLanguages.Find("pt")!.Search);
        Assert.Equal("simple", ContentLanguages.Find("lv")!.Search);
        Assert.Contains("simple", ContentLanguages.SearchConfigurations);
    }

    [Fact]
    public void A_submission_may_be_written_in_latvian_but_not_in_a_language_outside_the_list()
    {
        var latvian = new SubmissionContent("Kad notiks sanāksme?", "lv", Body: "Vai varam piedalīties?");

        Assert.Equal("lv", latvian.CheckedFor(SubmissionKind.Question).Language);
        Assert.Equal(
            "Domain.Submission.LanguageUnknown",
            Assert.Throws<DomainException>(() => (latvian with { Language = "xx" }).CheckedFor(SubmissionKind.Question)).Code
        );
    }
}
