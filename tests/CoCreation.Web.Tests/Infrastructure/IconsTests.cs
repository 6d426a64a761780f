using CoCreation.Web.Infrastructure.Web;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>
/// The icons (favicon, home-screen and manifest icons) and the portal's own share image are files in wwwroot, drawn by
/// ShareCanvas from the logo mark and committed. This test is also the tool that draws them: after a change to the logo
/// or the drawing, run <c>COCREATION_WRITE_ICONS=1 ./test.sh --filter IconsTests</c> and commit what it wrote.
/// </summary>
public sealed class IconsTests
{
    [Fact]
    public void The_committed_icons_and_share_image_are_what_the_portal_draws_from_its_logo_mark()
    {
        var wwwroot = Path.Combine(RepositoryFiles.Root, "src", "CoCreation.Web", "wwwroot");
        var write = Environment.GetEnvironmentVariable("COCREATION_WRITE_ICONS") == "1";
        var stale = new List<string>();
        foreach (var (path, drawn) in Drawn())
        {
            var file = Path.Combine(wwwroot, path);
            if (write)
            {
                File.WriteAllBytes(file, drawn);
            }

            if (!File.Exists(file) || !File.ReadAllBytes(file).AsSpan().SequenceEqual(drawn))
            {
                stale.Add(path);
            }
        }

        Assert.True(
            stale.Count == 0,
            $"Drawn differently now: {string.Join(", ", stale)}; run COCREATION_WRITE_ICONS=1 ./test.sh --filter IconsTests"
        );
    }

    private static IEnumerable<(string Path, byte[] Drawn)> Drawn()
    {
        yield return ("favicon.ico", ShareCanvas.Ico(32));
        yield return ("img/apple-touch-icon.png", ShareCanvas.Icon(180, fullBleed: true));
        yield return ("img/icon-192.png", ShareCanvas.Icon(192, fullBleed: false));
        yield return ("img/icon-512.png", ShareCanvas.Icon(512, fullBleed: false));
        yield return (
            "img/share.png",
            ShareCanvas.Draw(
                "OGP Co-creation Portal",
                "Co-creating National Action Plans with citizens, civil society and governments",
                "Open Government Partnership",
                "#OGPcocreate  #myNAPask"
            )
        );
    }
}
