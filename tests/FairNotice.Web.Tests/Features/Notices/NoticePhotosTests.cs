using System.Net;
using FairNotice.Web.Features.Notices;

namespace FairNotice.Web.Tests.Features.Notices;

/// <summary>Photos of the subject on a draft (NoticePhotos). Run once on SQLite and once on PostgreSQL, over the API tests' shared host (<see cref="ApiOnSqlite"/>, <see cref="ApiOnPostgres"/>).</summary>
public abstract class NoticePhotosTests(AppFixture app)
{
    private const string Demo = "@demo.fairnotice";

    [Fact]
    public async Task Photos_AddedToDraft_SeenWithTheNoticeAndCheckedByContent()
    {
        using var fr = await app.As("ncb.fr" + Demo);
        using var de = await app.As("ncb.de" + Demo);
        using var reviewer = await app.As("reviewer" + Demo);
        var id = await Requests.CreateAsync(fr, Requests.RedNotice("PHOTOGRAPHED"));

        var notImage = new ByteArrayContent("%PDF-1.7"u8.ToArray());
        notImage.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        var rejected = await fr.PostAsync($"/api/notices/{id}/photos", notImage);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.True((await rejected.Json()).GetProperty("errors").TryGetProperty("photo", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await de.PostAsync($"/api/notices/{id}/photos", Requests.PngContent())).StatusCode);

        var added = await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent());
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var photoId = (await added.Json()).GetProperty("id").GetGuid();

        await Requests.ActAsync(fr, id, "Submit");
        Assert.Equal(HttpStatusCode.Conflict, (await fr.PostAsync($"/api/notices/{id}/photos", Requests.PngContent())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await de.GetAsync($"/api/notices/{id}/photos/{photoId}")).StatusCode);
        await Requests.ReviewAsync(reviewer, id);

        var seen = await (await de.GetAsync($"/api/notices/{id}")).Json();
        Assert.Equal(photoId, seen.GetProperty("photos")[0].GetGuid());
        var image = await de.GetAsync($"/api/notices/{id}/photos/{photoId}");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        // Stored re-encoded (issue #12): the same picture, not the same bytes.
        using var decoded = SkiaSharp.SKBitmap.Decode(await image.Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (decoded.Width, decoded.Height));
    }
}

[Collection(ApiOnSqlite.Name)]
public sealed class SqliteNoticePhotosTests(SqliteFixture app) : NoticePhotosTests(app);

[Collection(ApiOnPostgres.Name)]
public sealed class PostgresNoticePhotosTests(PostgresFixture app) : NoticePhotosTests(app);
