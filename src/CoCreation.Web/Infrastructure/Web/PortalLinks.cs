using Microsoft.Extensions.Options;

namespace CoCreation.Web.Infrastructure.Web;

/// <summary>Absolute links for emails, built from the configured public address, never from the request's Host header.</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options)
{
    public string To(string pathAndQuery) => options.Value.PublicBaseUrl.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/');
}
