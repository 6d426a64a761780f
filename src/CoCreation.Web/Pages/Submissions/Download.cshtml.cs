using System.Globalization;
using System.Text.Json;
using CoCreation.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace CoCreation.Web.Pages.Submissions;

/// <summary>CSV and JSON downloads of every published submission with its answer, streamed.</summary>
public sealed class DownloadModel : PortalPageModel
{
    public async Task<IActionResult> OnGetAsync(string format)
    {
        var rows = Sender.CreateStream(new Features.Submissions.Export.Query(), HttpContext.RequestAborted);
        Response.Headers.ContentDisposition = $"attachment; filename=\"submissions.{format}\"";
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            await using var text = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(false));
            await text.WriteAsync(Csv.Line(["id", "url", "kind", "status", "member", "title", "language", "author", "organisation", "body", "problem", "proposed_commitment", "expected_results", "policy_area", "published_at", "outcome", "answer", "answered_at", "endorsements", "commitments"]));
            await foreach (var row in rows)
            {
                await text.WriteAsync(Csv.Line([
                    row.Id.ToString(CultureInfo.InvariantCulture), $"/submissions/{row.Id}", row.Kind.ToString(), row.Status.ToString(), row.MemberCode, row.Title, row.Language,
                    row.AuthorName, row.Organisation, row.Body, row.Problem, row.ProposedCommitment, row.ExpectedResults, row.PolicyArea,
                    row.PublishedAt.ToString("o", CultureInfo.InvariantCulture), row.Outcome?.ToString(), row.AnswerReason,
                    row.AnsweredAt?.ToString("o", CultureInfo.InvariantCulture), row.EndorsementCount.ToString(CultureInfo.InvariantCulture), string.Join(' ', row.Commitments)]));
            }

            return new EmptyResult();
        }

        Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(Response.Body);
        json.WriteStartArray();
        await foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteNumber("id", row.Id);
            json.WriteString("kind", row.Kind.ToString());
            json.WriteString("status", row.Status.ToString());
            json.WriteString("member", row.MemberCode);
            json.WriteString("title", row.Title);
            json.WriteString("language", row.Language);
            json.WriteString("author", row.AuthorName);
            json.WriteString("organisation", row.Organisation);
            json.WriteString("body", row.Body);
            json.WriteString("problem", row.Problem);
            json.WriteString("proposedCommitment", row.ProposedCommitment);
            json.WriteString("expectedResults", row.ExpectedResults);
            json.WriteString("policyArea", row.PolicyArea);
            json.WriteString("publishedAt", row.PublishedAt);
            json.WriteString("outcome", row.Outcome?.ToString());
            json.WriteString("answer", row.AnswerReason);
            if (row.AnsweredAt is { } answeredAt)
            {
                json.WriteString("answeredAt", answeredAt);
            }

            json.WriteNumber("endorsements", row.EndorsementCount);
            json.WriteStartArray("commitments");
            row.Commitments.ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 16 * 1024)
            {
                await json.FlushAsync();
            }
        }

        json.WriteEndArray();
        await json.FlushAsync();
        return new EmptyResult();
    }
}
