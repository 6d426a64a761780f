using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoCreation.Web.Pages.Api;

/// <summary>
/// /api: the public API's reference, read from the same endpoint descriptions as the OpenAPI document
/// (so a new endpoint appears here by itself), with localized explanations and an example for each.
/// </summary>
public sealed class IndexModel(IApiDescriptionGroupCollectionProvider descriptions) : PageModel
{
    public IReadOnlyList<Endpoint> Endpoints { get; private set; } = [];

    public void OnGet()
    {
        Endpoints = descriptions
            .ApiDescriptionGroups.Items.SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith(PublicApi.Prefix[1..] + "/", StringComparison.Ordinal) == true)
            .Select(d => new Endpoint(
                d.HttpMethod ?? "GET",
                "/" + System.Text.RegularExpressions.Regex.Replace(d.RelativePath!, @"\{(\w+):[^}]+\}", "{$1}"),
                d.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName ?? "",
                d.ActionDescriptor.EndpointMetadata.OfType<ApiExample>().FirstOrDefault()?.Url,
                d.ParameterDescriptions.Select(p => new Parameter(p.Name, p.Source.Id, p.Type ?? typeof(string), p.IsRequired)).ToList()
            ))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
    }

    public sealed record Endpoint(string Method, string Path, string Name, string? Example, IReadOnlyList<Parameter> Parameters);

    public sealed record Parameter(string Name, string Source, Type Type, bool Required)
    {
        public Type ValueType => Nullable.GetUnderlyingType(Type) ?? Type;
    }
}
