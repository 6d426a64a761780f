[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CoCreation.Web.Tests;

public sealed class WebFixture() : PortalFixture("web");

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "portal";
}

/// <summary>Every test starts on an empty database and an empty mailbox.</summary>
[Collection(PortalCollection.Name)]
public abstract class PortalTest(WebFixture portal) : IAsyncLifetime
{
    protected WebFixture Portal { get; } = portal;

    public Task InitializeAsync() => Portal.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
