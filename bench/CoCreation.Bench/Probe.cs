using CoCreation.Web.Data;
using CoCreation.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoCreation.Bench;

/// <summary>Temporary: which query shapes miss EF's query cache.</summary>
internal static class Probe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new Options(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = options.Get("connection"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Query"] = "Debug",
        });
        builder.AddPortal();
        await using var app = builder.Build();
        async Task Run(string name, Func<PortalDbContext, Task> query)
        {
            for (var i = 0; i < 3; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                Console.WriteLine($"--- {name} {i}");
                await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
            }
        }

        await Run("public", db => CoCreation.Web.Features.Submissions.Index.Public(db, new()).Take(21).ToListAsync());
        await Run("filtered-only", db => CoCreation.Web.Features.Submissions.Index.Filtered(db, new()).OrderByDescending(s => s.PublishedAt).Take(21).ToListAsync());
        await Run("join-no-name", db => CoCreation.Web.Features.Submissions.Index.Filtered(db, new()).Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s.Id, m.Code }).Take(21).ToListAsync());
        await Run("join-name", db => CoCreation.Web.Features.Submissions.Index.Filtered(db, new()).Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s.Id, m.Name }).Take(21).ToListAsync());
        return 0;
    }
}
