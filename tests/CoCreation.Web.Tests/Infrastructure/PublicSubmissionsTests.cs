using System.Runtime.CompilerServices;
using CoCreation.Domain.Submissions;
using CoCreation.Web.Data;

namespace CoCreation.Web.Tests.Infrastructure;

/// <summary>The query forms of "public" say what the domain says, for every status, so the lists and the pages agree.</summary>
public sealed class PublicSubmissionsTests
{
    [Fact]
    public void The_spelled_out_condition_and_the_array_admit_exactly_the_domains_public_statuses()
    {
        var condition = PublicSubmissions.Condition.Compile();
        foreach (var status in Enum.GetValues<SubmissionStatus>())
        {
            var submission = (Submission)RuntimeHelpers.GetUninitializedObject(typeof(Submission));
            typeof(Submission).GetProperty(nameof(Submission.Status))!.SetValue(submission, status);
            Assert.Equal(submission.IsPublic, condition(submission));
            Assert.Equal(submission.IsPublic, PublicSubmissions.Statuses.Contains(status));
        }
    }
}
