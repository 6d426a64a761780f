using CoCreation.Domain.Submissions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// Where a submission stands, at a glance: a filled badge whose colour, icon (drawn by site.css, hidden from screen
/// readers) and words each say it, so no one needs the colour. Every page that shows a submission's state or outcome
/// writes &lt;status-badge status="…" outcome="…" /&gt;; the outcome, once there is one, says more than "Answered".
/// See docs/design.md (status badges).
/// </summary>
[HtmlTargetElement("status-badge", Attributes = "status", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgeTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public SubmissionStatus Status { get; set; }

    public AnswerOutcome? Outcome { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (key, name) = Outcome is { } outcome
            ? ("Outcome." + outcome, "outcome-" + Kebab(outcome.ToString()))
            : ("Status." + Status, "state-" + Kebab(Status.ToString()));
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "status " + name);
        output.Content.SetContent(text[key]);
    }

    /// <summary>"AwaitingContact" → "awaiting-contact", the class names site.css knows.</summary>
    internal static string Kebab(string name) =>
        string.Concat(
            name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())
        );
}

/// <summary>
/// What a submission is (proposal, question…) and what it is about (a policy area): outlined tags, never filled,
/// so they do not read as a state. &lt;kind-tag kind="…" /&gt;, &lt;area-tag area="…" /&gt;.
/// </summary>
[HtmlTargetElement("kind-tag", Attributes = "kind", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KindTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public SubmissionKind Kind { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "tag tag-kind");
        output.Content.SetContent(text["Kind." + Kind]);
    }
}

[HtmlTargetElement("area-tag", Attributes = "area", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AreaTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public string Area { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "tag tag-area");
        output.Content.SetContent(text["PolicyArea." + Area]);
    }
}
