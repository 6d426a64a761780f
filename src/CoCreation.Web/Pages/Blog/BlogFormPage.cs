using CoCreation.Web.Features.Blog;

namespace CoCreation.Web.Pages.Blog;

/// <summary>What the write and edit pages share: the post as typed, the choices and reading the cover image from the form.</summary>
public abstract class BlogFormPage<TCommand> : CommandPage<TCommand>
    where TCommand : BlogForm, new()
{
    [BindProperty]
    public IFormFile? CoverFile { get; set; }

    public BlogChoices.Model Choices { get; private set; } = null!;

    protected async Task LoadChoicesAsync() => Choices = await Sender.Send(new BlogChoices.Query(), HttpContext.RequestAborted);

    /// <summary>Puts the chosen cover file in the post as typed.</summary>
    protected async Task ReadCoverAsync() => Data.Cover = await ReadAsync(CoverFile);

    /// <summary>The chosen file, read only when it is within the limit (the use case refuses the rest with a message).</summary>
    private async Task<Upload?> ReadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        var max = HttpContext.RequestServices.GetRequiredService<CoverImages>().MaxBytes;
        if (file.Length > max)
        {
            return new Upload(file.FileName, file.Length, []);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return new Upload(file.FileName, file.Length, buffer.ToArray());
    }
}

/// <summary>The model of the shared form fields: the post as typed and the choices.</summary>
public sealed record BlogFormView(BlogForm Data, BlogChoices.Model Choices);
