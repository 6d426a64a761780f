namespace CoCreation.Web.Infrastructure.Web;

/// <summary>What a use case loads to show its form: the command filled from what is stored, and what the page shows beside it.</summary>
public interface IStoredForm<out TCommand>
{
    TCommand Command { get; }
}

/// <summary>A page whose form is one command: what the person types binds to <see cref="Data"/>, which the page sends.</summary>
public abstract class CommandPage<TCommand> : PortalPageModel
    where TCommand : class, new()
{
    [BindProperty]
    public TCommand Data { get; set; } = new();
}

/// <summary>
/// A page whose form changes something its address names (a forum decision, a milestone…): a query loads the form
/// (404 when nothing has that address), the person's input binds to <see cref="Data"/>, and after a refusal the
/// page loads the form again and keeps what they typed.
/// </summary>
public abstract class FormPage<TCommand, TForm> : CommandPage<TCommand>
    where TCommand : class, new()
    where TForm : class, IStoredForm<TCommand>
{
    public TForm Form { get; private set; } = null!;

    /// <summary>The page with the stored values in the form; 404 when the query finds nothing.</summary>
    protected async Task<IActionResult> ShowStoredAsync(IQuery<TForm?> query)
    {
        if (!await LoadFormAsync(query))
        {
            return NotFound();
        }

        Data = Form.Command;
        return Page();
    }

    /// <summary>Loads <see cref="Form"/>, leaving <see cref="Data"/> as it is; false when the query finds nothing.</summary>
    protected async Task<bool> LoadFormAsync(IQuery<TForm?> query)
    {
        var form = await Sender.Send(query, HttpContext.RequestAborted);
        if (form is null)
        {
            return false;
        }

        Form = form;
        return true;
    }
}
