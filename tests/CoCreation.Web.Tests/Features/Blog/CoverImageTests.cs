using System.Text;
using CoCreation.Web.Features.Blog;
using CoCreation.Web.Infrastructure.Mediator;

namespace CoCreation.Web.Tests.Features.Blog;

public sealed class CoverImageTests(WebFixture portal) : PortalTest(portal)
{
    private static readonly byte[] Png = TestImages.Png();

    public static TheoryData<string, byte[]> Refused() =>
        new()
        {
            { "shell.png", Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>") },
            { "page.png", Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>") },
            { "drawing.png", Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
            { "animation.gif", Encoding.ASCII.GetBytes("GIF89a\u0001\u0000\u0001\u0000") },
            { "report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 hello") },
        };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_that_is_not_a_jpeg_png_or_webp_is_refused_whatever_its_name_and_nothing_is_stored(string name, byte[] content)
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload(name, content.Length, content) }, author)
        );

        Assert.Equal("Only JPEG, PNG or WebP images are accepted.", Assert.Single(refused.Errors["Cover"]));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.BlogPosts.CountAsync()));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var big = new byte[(2 * 1024 * 1024) + 1];
        Png.CopyTo(big, 0);

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload("big.png", big.Length, big) }, author)
        );
        Assert.Equal("The image is too large: at most 2 MB.", Assert.Single(refused.Errors["Cover"]));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.BlogPosts.CountAsync()));
    }

    [Fact]
    public async Task An_image_is_stored_under_a_random_name_and_served_with_the_type_its_bytes_show_and_nosniff()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var id = await Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload("photo.jpg", Png.Length, Png) }, author);
        var stored = (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync(p => p.Id == id))).CoverImage!;
        Assert.Matches("^[0-9a-f]{32}\\.png$", stored);

        using var client = Portal.CreateClient();
        using var response = await client.Http.GetAsync($"/blog/covers/{stored}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        using var served = SkiaSharp.SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((8, 4), (served.Width, served.Height));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());

        using var traversal = await client.Http.GetAsync("/blog/covers/..%2F..%2Fappsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, traversal.StatusCode);
        using var unknown = await client.Http.GetAsync("/blog/covers/00000000000000000000000000000000.png");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_photo_comes_back_from_its_public_address_without_its_exif_gps_data_and_turned_upright()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var photo = TestImages.JpegWithExifGps(20, 10);
        Assert.True(
            TestImages.Contains(photo, "Exif\0\0"u8) && TestImages.Contains(photo, Encoding.ASCII.GetBytes(TestImages.SecretDescription))
        );

        var id = await Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload("IMG_0001.jpg", photo.Length, photo) }, author);
        var stored = (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync(p => p.Id == id))).CoverImage!;
        using var client = Portal.CreateClient();
        using var response = await client.Http.GetAsync($"/blog/covers/{stored}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.False(TestImages.Contains(bytes, "Exif\0\0"u8), "the Exif segment is served");
        Assert.False(
            TestImages.Contains(bytes, Encoding.ASCII.GetBytes(TestImages.SecretDescription)),
            "the photo's description is served"
        );
        Assert.False(TestImages.Contains(bytes, [0xFF, 0xE1]), "an APP1 segment is served");
        using var served = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((10, 20), (served.Width, served.Height));
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_from_its_header_with_a_message_and_nothing_is_stored()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var bomb = TestImages.PngDeclaring(100_000, 100_000);

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload("bomb.png", bomb.Length, bomb) }, author)
        );

        Assert.Equal("The image has too many pixels: at most 40 megapixels.", Assert.Single(refused.Errors["Cover"]));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.BlogPosts.CountAsync()));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.CoverImageFiles.CountAsync()));
    }

    [Fact]
    public async Task An_image_that_does_not_decode_is_refused_with_a_message()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var truncated = TestImages.Jpeg(64, 64)[..200];

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload("broken.jpg", truncated.Length, truncated) }, author)
        );

        Assert.Equal("The image could not be read: it may be damaged or incomplete.", Assert.Single(refused.Errors["Cover"]));
        Assert.Equal(0, await Portal.WithDbAsync(db => db.CoverImageFiles.CountAsync()));
    }

    [Fact]
    public async Task A_failure_after_the_upload_leaves_no_image_behind()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);

        // A real database failure after the cover was taken: the post's insert is refused at commit time.
        await Portal.WithDbAsync(db =>
            db.Database.ExecuteSqlRawAsync(
                """
                CREATE OR REPLACE FUNCTION test_refuse_post() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
                CREATE TRIGGER test_refuse_post BEFORE INSERT ON blog_posts FOR EACH ROW EXECUTE FUNCTION test_refuse_post();
                """
            )
        );
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() =>
                Portal.SendAsync(BlogScenario.Post() with { Cover = new Upload("photo.png", Png.Length, Png) }, author)
            );
        }
        finally
        {
            await Portal.WithDbAsync(db =>
                db.Database.ExecuteSqlRawAsync("DROP TRIGGER test_refuse_post ON blog_posts; DROP FUNCTION test_refuse_post();")
            );
        }

        Assert.Equal(0, await Portal.WithDbAsync(db => db.CoverImageFiles.CountAsync()));
    }

    [Fact]
    public async Task A_replaced_or_removed_cover_is_no_longer_served()
    {
        var (author, _) = await BlogScenario.PeopleAsync(Portal);
        var id = await Portal.SendAsync(BlogScenario.Post(submit: false) with { Cover = new Upload("one.png", Png.Length, Png) }, author);
        var first = (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync(p => p.Id == id))).CoverImage!;
        var fields = (await Portal.SendAsUserAsync(new Edit.Query(id), author))!.Fields;

        await Portal.SendAsync(fields with { Id = id, Cover = new Upload("two.png", Png.Length, Png), SubmitForReview = false }, author);
        var second = (await Portal.WithDbAsync(db => db.BlogPosts.SingleAsync(p => p.Id == id))).CoverImage!;
        await Portal.SendAsync(fields with { Id = id, RemoveCover = true, SubmitForReview = false }, author);

        using var client = Portal.CreateClient();
        using var gone = await client.Http.GetAsync($"/blog/covers/{first}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.CoverImageFiles.CountAsync()));
    }

    [Fact]
    public async Task The_write_page_refuses_a_script_renamed_png_with_a_message_and_keeps_what_was_typed()
    {
        await Portal.CreateUserAsync("marta@example.org");
        using var client = await Portal.SignedInClientAsync("marta@example.org");
        var (response, html) = await PostWriteAsync(client, "avatar.png", Encoding.ASCII.GetBytes("<?php echo 1; ?>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Only JPEG, PNG or WebP images are accepted.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mi título\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.BlogPosts.CountAsync()));

        var big = new byte[3 * 1024 * 1024];
        Png.CopyTo(big, 0);
        (response, html) = await PostWriteAsync(client, "big.png", big);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The image is too large: at most 2 MB.", html, StringComparison.Ordinal);
        Assert.Equal(0, await Portal.WithDbAsync(db => db.BlogPosts.CountAsync()));

        (response, html) = await PostWriteAsync(client, "photo.png", Png);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cover = await Portal.WithDbAsync(db => db.BlogPosts.Select(p => p.CoverImage).SingleAsync());
        Assert.Contains($"src=\"/blog/covers/{cover}\"", html, StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Response, string Html)> PostWriteAsync(
        CoCreation.Testing.PortalClient client,
        string fileName,
        byte[] bytes
    )
    {
        var form = await client.GetAsync("/blog/write");
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Mi título"), "Data.Title" },
            { new StringContent("Resumen"), "Data.Summary" },
            { new StringContent("Texto"), "Data.Body" },
            { new StringContent("es"), "Data.Language" },
            { new StringContent("true"), "Data.SubmitForReview" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "CoverFile", fileName);
        var response = await client.Http.PostAsync("/blog/write", content);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
