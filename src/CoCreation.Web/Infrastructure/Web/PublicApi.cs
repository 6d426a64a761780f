using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoCreation.Web.Infrastructure.Mediator;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>
/// The read-only public API's plumbing: JSON conventions, CORS for any origin (open data), the OpenAPI
/// document, and answers in JSON for every refusal (400 for a bad filter, 404, 429), never an HTML page.
/// </summary>
public static partial class PublicApi
{
    public const string Prefix = "/api/v1";

    public const string CorsPolicy = "open-data";

    public const string OpenApiPath = Prefix + "/openapi.json";

    public static IServiceCollection AddPublicApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => OpenDataFormats.Configure(options.SerializerOptions));

        // A filter the API cannot bind (kind=bogus, limit=abc) throws, so the API answers it with a problem in JSON.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddCors(options =>
            options.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader())
        );
        services.AddEndpointsApiExplorer();
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(Prefix[1..] + "/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(
                (document, _, _) =>
                {
                    document.Info.Title = "CoCreation portal public API";
                    document.Info.Version = "v1";
                    document.Info.Description =
                        "Read-only open data of the OGP co-creation portal: members, campaigns, timelines and activities, "
                        + "National Action Plans and commitments, published submissions with their answers and the comments under them, "
                        + "events and blog posts. "
                        + "Lists are pages: follow `next` (a keyset cursor in `after`); `limit` is at most "
                        + Keyset.MaxLimit
                        + ". Dates are ISO 8601 in UTC.";
                    NullableReferencesUseAnyOf(document);
                    return Task.CompletedTask;
                }
            );

            // Our converter writes every date-time as an ISO 8601 string in UTC, which the generator cannot see through.
            options.AddSchemaTransformer(
                (schema, context, _) =>
                {
                    var type = context.JsonTypeInfo.Type;
                    if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
                    {
                        schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                        schema.Format = "date-time";
                    }

                    return Task.CompletedTask;
                }
            );

            // The same explanations as the reference page, in English: the document stays the same for every visitor.
            options.AddOperationTransformer(
                (operation, context, _) =>
                {
                    var text = context.ApplicationServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                    var culture = CultureInfo.CurrentUICulture;
                    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
                    try
                    {
                        if (operation.OperationId is { } name && text[$"Api.Endpoint.{name}"] is { ResourceNotFound: false } description)
                        {
                            operation.Description = description;
                        }

                        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                        {
                            if (
                                parameter.Name is { } parameterName
                                && text[$"Api.Param.{parameterName}"] is { ResourceNotFound: false } meaning
                            )
                            {
                                parameter.Description = meaning;
                            }
                        }
                    }
                    finally
                    {
                        CultureInfo.CurrentUICulture = culture;
                    }

                    return Task.CompletedTask;
                }
            );
        });
        return services;
    }

    /// <summary>
    /// A nullable value of a shared schema is generated as oneOf [null, the schema]. When the shared schema admits null
    /// itself (an enum the generator first met as nullable lists null among its values), a null matches both branches
    /// and oneOf refuses it: anyOf says "null or the schema" whichever admits it.
    /// </summary>
    private static void NullableReferencesUseAnyOf(OpenApiDocument document)
    {
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Walk(schema);
        }

        void Walk(IOpenApiSchema? node)
        {
            if (node is not OpenApiSchema schema || !seen.Add(schema))
            {
                return;
            }

            if (schema.OneOf is { Count: > 0 } branches && branches.Any(b => b is OpenApiSchema { Type: JsonSchemaType.Null }))
            {
                schema.AnyOf = branches;
                schema.OneOf = null;
            }

            foreach (
                var child in (schema.Properties?.Values ?? [])
                    .Concat(schema.AnyOf ?? [])
                    .Concat(schema.AllOf ?? [])
                    .Concat(schema.OneOf ?? [])
                    .Append(schema.Items)
                    .Append(schema.AdditionalProperties)
            )
            {
                Walk(child);
            }
        }
    }

    /// <summary>Before routing: API requests are answered as for an anonymous visitor, and their refusals in JSON.</summary>
    public static WebApplication UsePublicApiErrors(this WebApplication app)
    {
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(Prefix),
            api =>
                api.Use(
                    async (http, next) =>
                    {
                        // Open data is the same for everyone: no cookie, so no session, no drafts,
                        // and no cross-site request can act for anyone.
                        http.Request.Headers.Remove("Cookie");
                        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
                        {
                            pages.Enabled = false;
                        }

                        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                        try
                        {
                            await next(http);
                        }
                        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
                        {
                            if (Unreadable(http, ex.Message, text) is { } unreadable)
                            {
                                await WriteRefusedParametersAsync(http, unreadable, text);
                            }
                            else
                            {
                                await WriteProblemAsync(http, StatusCodes.Status400BadRequest, text["Api.Problem.BadRequest"], ex.Message);
                            }

                            return;
                        }
                        catch (InputException ex) when (!http.Response.HasStarted)
                        {
                            await WriteRefusedParametersAsync(http, ex.Errors.ToDictionary(e => ParameterName(e.Key), e => e.Value), text);
                            return;
                        }

                        if (!http.Response.HasStarted && http.Response.StatusCode >= 400 && http.Response.ContentType is null)
                        {
                            var status = http.Response.StatusCode;
                            await WriteProblemAsync(
                                http,
                                status,
                                text[$"Error.{status}.Title"] is { ResourceNotFound: false } title
                                    ? title.Value
                                    : text["Api.Problem.BadRequest"],
                                null
                            );
                        }
                    }
                )
        );
        return app;
    }

    public static ProblemHttpResult NotFound(HttpContext http) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["Api.Problem.NotFound"]
        );

    /// <summary>
    /// The one way a list's page becomes an API page: its rows in their public shape, and the address of the next
    /// page (this address with the list's cursor in <c>after</c>; null on the last page).
    /// </summary>
    public static ApiPage<TRow> Page<TItem, TRow>(HttpRequest request, IKeysetPage<TItem> page, Func<TItem, TRow> row)
    {
        var after = page.NextAfter;
        string? next = null;
        if (after is not null)
        {
            var query = request
                .Query.Where(q => !q.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))
                .Append(new KeyValuePair<string, string>("after", after));
            next = request.PathBase + request.Path + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query).ToQueryString();
        }

        return new ApiPage<TRow>(page.Items.Select(row).ToList(), next, after);
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string title, string? detail)
    {
        http.Response.StatusCode = status;
        return TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(http);
    }

    /// <summary>A 400 that names each refused query parameter with why, in the visitor's language.</summary>
    private static Task WriteRefusedParametersAsync(
        HttpContext http,
        IDictionary<string, string[]> errors,
        IStringLocalizer<SharedResource> text
    )
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return TypedResults.ValidationProblem(errors, title: text["Api.Problem.BadRequest"]).ExecuteAsync(http);
    }

    /// <summary>
    /// A query parameter the framework could not read as its type ("limit=abc", "region=Mars"): the parameter as written,
    /// with what it takes. Null when the framework's refusal names no parameter.
    /// </summary>
    private static Dictionary<string, string[]>? Unreadable(HttpContext http, string refusal, IStringLocalizer<SharedResource> text)
    {
        if (FailedToBind().Match(refusal) is not { Success: true } match)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var value = match.Groups["value"].Value;
        value = value.Length > 60 ? value[..60] + "…" : value;
        var key = ParameterType(http.GetEndpoint(), name) switch
        {
            { IsEnum: true } => "Api.Problem.Unreadable.Value",
            var t when t == typeof(int) || t == typeof(long) => "Api.Problem.Unreadable.WholeNumber",
            var t when t == typeof(bool) => "Api.Problem.Unreadable.TrueOrFalse",
            var t when t == typeof(DateOnly) => "Api.Problem.Unreadable.Date",
            _ => "Api.Problem.Unreadable.Value",
        };
        return new() { [ParameterName(name)] = [text[key, value, Paths.Api()].Value] };
    }

    /// <summary>The type an endpoint's parameter (or a property of an [AsParameters] one) reads its value as.</summary>
    private static Type? ParameterType(Endpoint? endpoint, string name)
    {
        foreach (var parameter in endpoint?.Metadata.GetMetadata<System.Reflection.MethodInfo>()?.GetParameters() ?? [])
        {
            var type =
                parameter.Name == name ? parameter.ParameterType
                : parameter.IsDefined(typeof(AsParametersAttribute), false) ? parameter.ParameterType.GetProperty(name)?.PropertyType
                : null;
            if (type is not null)
            {
                return Nullable.GetUnderlyingType(type) ?? type;
            }
        }

        return null;
    }

    /// <summary>
    /// ASP.NET Core's refusal of a value it cannot bind: <c>Failed to bind parameter "Nullable&lt;int&gt; Limit" from "abc".</c>
    /// </summary>
    [GeneratedRegex("^Failed to bind parameter \"[^\"]* (?<name>\\w+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    /// <summary>"Filter.Region" → "region": the name of the query parameter the person wrote.</summary>
    private static string ParameterName(string property)
    {
        var last = property[(property.LastIndexOf('.') + 1)..];
        return JsonNamingPolicy.CamelCase.ConvertName(last == "Q" ? "q" : last);
    }
}

/// <summary>
/// What every list endpoint of the API binds besides its filters (with [AsParameters]): the page asked for (the query
/// parameters <c>after</c> and <c>limit</c>), the mediator its query goes to, the request whose address the next page's
/// link repeats, and the request's cancellation.
/// </summary>
public readonly struct ApiListRequest
{
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    public ISender Sender { get; init; }

    public HttpRequest Request { get; init; }

    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// The list's query for the page asked for: the rows after its cursor, as many as asked for, else
    /// <see cref="Keyset.DefaultLimit"/> (a list whose query names no limit may otherwise read every row).
    /// </summary>
    public TQuery Paged<TQuery>(TQuery query)
        where TQuery : KeysetQuery => (TQuery)((KeysetQuery)query with { After = After, Limit = Limit ?? Keyset.DefaultLimit });

    public ValueTask<TModel> Send<TModel>(IQuery<TModel> query) => Sender.Send(query, Cancellation);

    /// <summary>The list's page as the API's page: its rows in their public shape and the link to the next page.</summary>
    public ApiPage<TRow> Page<TItem, TRow>(IKeysetPage<TItem> page, Func<TItem, TRow> row) => PublicApi.Page(Request, page, row);

    /// <summary>
    /// What a list endpoint answers: its query (made <see cref="Paged"/>) sent, and the page it reads as the API's page.
    /// </summary>
    public async Task<ApiPage<TRow>> SendPage<TItem, TRow>(IQuery<IKeysetPage<TItem>> query, Func<TItem, TRow> row) =>
        Page(await Send(query), row);
}

/// <summary>A page of a list: its items, the address of the next page and the cursor in it (both null on the last page).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next, string? NextAfter);

/// <summary>An example request, shown on the API reference page.</summary>
public sealed record ApiExample(string Url);
