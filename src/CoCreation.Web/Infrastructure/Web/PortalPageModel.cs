using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// The one thing pages share: send a message and turn a refusal (invalid input, a domain rule) into
/// ModelState errors, so the form is shown again with what the person typed.
/// </summary>
public abstract class PortalPageModel : PageModel
{
    protected ISender Sender => HttpContext.RequestServices.GetRequiredService<ISender>();

    protected IStringLocalizer<SharedResource> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>
    /// The page showing what <paramref name="query"/> finds, once <paramref name="keep"/> has it; 404 when it finds nothing.
    /// </summary>
    protected async Task<IActionResult> PageOrNotFoundAsync<T>(IQuery<T?> query, Action<T> keep)
        where T : class
    {
        var found = await Sender.Send(query, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        keep(found);
        return Page();
    }

    /// <summary>Sends <paramref name="command"/>; on refusal fills ModelState under <paramref name="prefix"/> and returns null.</summary>
    protected async Task<Outcome<T>> TrySendAsync<T>(ICommand<T> command, string prefix)
    {
        if (!ModelState.IsValid)
        {
            return default;
        }

        try
        {
            return new Outcome<T>(true, await Sender.Send(command, HttpContext.RequestAborted));
        }
        catch (InputException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(
                        string.IsNullOrEmpty(field) || string.IsNullOrEmpty(prefix) ? field : $"{prefix}.{field}",
                        message
                    );
                }
            }
        }
        catch (DomainException ex)
        {
            // Arguments that are resource keys (a status name, say) are shown in the person's language too.
            var arguments = ex
                .Arguments.Select(a => a is string key && Text[key] is { ResourceNotFound: false } found ? found.Value : a)
                .ToArray();
            ModelState.AddModelError("", Text[ex.Code, arguments]);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", Text["Error.Concurrency"]);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two people (or two clicks) created the same thing at once; the other one won.
            ModelState.AddModelError("", Text["Error.Duplicate"]);
        }

        return default;
    }

    /// <summary>
    /// Errors on fields the page keeps hidden (the account id and token of an emailed link) have no
    /// place beside a field: they are said above the form, as "this link is invalid or has expired".
    /// </summary>
    protected void ExplainHiddenFields(params string[] keys)
    {
        var hiddenRefused = keys.Any(k => ModelState.TryGetValue(k, out var entry) && entry.Errors.Count > 0);
        var alreadySaid = ModelState.TryGetValue("", out var top) && top.Errors.Count > 0;
        if (hiddenRefused && !alreadySaid)
        {
            ModelState.AddModelError("", Text["Account.Token.Invalid"]);
        }
    }
}

public readonly record struct Outcome<T>(bool Succeeded, T? Value);
