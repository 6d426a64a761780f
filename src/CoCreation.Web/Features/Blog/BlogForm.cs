using CoCreation.Domain.Blog;

namespace CoCreation.Web.Features.Blog;

/// <summary>A blog post as its form carries it; writing and editing share it and its rules.</summary>
public record BlogForm
{
    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";

    public string Language { get; set; } = "en";

    public int? CampaignId { get; set; }

    public List<string> MemberCodes { get; set; } = [];

    public List<string> PolicyAreas { get; set; } = [];

    /// <summary>A new cover image, if one was chosen; the page reads it from the file field, never from form values.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Upload? Cover { get; set; }

    /// <summary>True: send it to the support unit; false: keep it as a draft.</summary>
    public bool SubmitForReview { get; set; }

    public BlogPostContent Content => new(Title, Summary, Body, Language, MemberCodes, PolicyAreas);
}

public abstract class BlogFormValidator<T> : AbstractValidator<T>
    where T : BlogForm
{
    protected BlogFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(BlogPostContent.TitleMax);
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(BlogPostContent.SummaryMax);
        RuleFor(c => c.Body).NotEmpty().MaximumLength(BlogPostContent.BodyMax);
        RuleFor(c => c.Language).Must(ContentLanguages.IsKnown).WithMessage(_ => text["Validation.Choice"]);
        RuleFor(c => c.PolicyAreas)
            .Must(a => a.All(x => string.IsNullOrEmpty(x) || PolicyAreas.IsKnown(x)))
            .WithMessage(_ => text["Validation.Choice"]);
        RuleFor(c => c.MemberCodes)
            .Must(m => m.Count <= 20 && m.All(c => c is null || c.Length <= Domain.Members.Member.CodeMax))
            .WithMessage(_ => text["Validation.Choice"]);
    }
}
