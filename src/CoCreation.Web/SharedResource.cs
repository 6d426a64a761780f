namespace CoCreation.Web;

/// <summary>Marker for the one set of interface strings: Resources/SharedResource.{en,fr,es}.resx.</summary>
public sealed class SharedResource;
