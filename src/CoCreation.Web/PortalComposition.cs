using CoCreation.Web.Features;
using CoCreation.Web.Infrastructure;
using CoCreation.Web.Pages.Shared;

namespace CoCreation.Web;

/// <summary>Composition of the whole portal: the cross-cutting services and the features' own.</summary>
public static class PortalComposition
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.AddPortalInfrastructure();
        builder.Services.AddPortalFeatures(builder.Configuration);
        builder.Services.Configure<MvcOptions>(options => options.Filters.Add<HeaderCounts>());
        return builder;
    }
}
