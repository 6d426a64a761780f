using CoCreation.Web;
using CoCreation.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortal();

var app = builder.Build();

app.UsePortal();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
