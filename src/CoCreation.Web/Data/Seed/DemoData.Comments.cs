using CoCreation.Domain.Comments;
using CoCreation.Domain.Submissions;

namespace CoCreation.Web.Data.Seed;

public sealed partial class DemoData
{
    /// <summary>
    /// Conversations under two answered proposals in en/fr/es: a question, the author's answer back, the official's
    /// reply with its mark, the support unit's word; the demo participant's own comment; one comment that three
    /// readers reported, waiting in the support unit's queue; and a published submission two readers reported, waiting
    /// there too (one report short of hiding it, so every public list keeps its count).
    /// </summary>
    private async Task LoadCommentsAsync(CancellationToken cancellationToken)
    {
        var people = await db
            .Users.Where(u => u.Email!.EndsWith("@" + AccountDomain))
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
            })
            .ToListAsync(cancellationToken);
        var official = people.Single(p => p.Email == "official@demo.cocreation.example");
        var support = people.Single(p => p.Email == "support@demo.cocreation.example");
        var participant = people.Single(p => p.Email == "participant@demo.cocreation.example");
        var readers = people.Where(p => p.Email!.StartsWith("author", StringComparison.Ordinal)).ToList();
        var officialMembers = await db
            .OfficialAssignments.Where(a => a.UserId == official.Id)
            .Select(a => a.MemberId)
            .ToListAsync(cancellationToken);
        var proposals = await db
            .Submissions.Where(s =>
                officialMembers.Contains(s.MemberId)
                && s.Status == SubmissionStatus.Answered
                && s.AuthorId != null
                && s.AuthorId != participant.Id
            )
            .OrderBy(s => s.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        if (proposals.Count < 2 || readers.Count < 2 + Comment.DefaultReportsToHide)
        {
            return;
        }

        var at = proposals.Max(s => s.AnsweredAt!.Value);
        Comment Open(Submission on, Guid author, string name, CommentRole role, string text, string language) =>
            Comment.Post(
                CommentTarget.Submission(on.Id),
                on.MemberId,
                new NewComment(author, name, role, text, language, null, false),
                at = at.AddHours(3)
            );
        Comment Answer(Comment to, Guid author, string name, CommentRole role, string text, string language) =>
            Comment.Reply(to, new NewComment(author, name, role, text, language, null, false), at = at.AddHours(2));

        var first = proposals[0];
        var firstAuthor = people.Where(p => p.Id == first.AuthorId).Select(p => p.DisplayName).SingleOrDefault() ?? first.AuthorName;
        var question = Open(
            first,
            readers[0].Id,
            readers[0].DisplayName,
            CommentRole.Participant,
            "Quel organisme serait chargé de publier les données, et selon quel calendrier ? "
                + "Le plan 2013 prévoyait déjà un portail : https://www.opengovpartnership.org/members/",
            "fr"
        );
        var opener = Open(
            proposals[1],
            participant.Id,
            participant.DisplayName,
            CommentRole.Participant,
            "Local groups in my province would help test this before it is rolled out; who should we write to?",
            "en"
        );
        var reported = Open(
            proposals[1],
            readers[1].Id,
            readers[1].DisplayName,
            CommentRole.Participant,
            "Todo esto es una pérdida de tiempo, visiten mi sitio de apuestas para ganar dinero fácil.",
            "es"
        );
        db.Comments.AddRange(question, opener, reported);
        await db.SaveChangesAsync(cancellationToken);

        db.Comments.AddRange(
            Answer(
                question,
                first.AuthorId!.Value,
                firstAuthor,
                CommentRole.Participant,
                "Merci : la proposition vise le ministère de la Modernisation, avec un premier jeu de données au bout de six mois.",
                "fr"
            ),
            Answer(
                question,
                official.Id,
                official.DisplayName,
                CommentRole.Official,
                "La Secretaría de Innovación Pública coordinará la publicación; el cronograma se presentará en el foro multiactor de mayo.",
                "es"
            ),
            Answer(
                opener,
                support.Id,
                support.DisplayName,
                CommentRole.SupportUnit,
                "Thank you: the government's point of contact reads this thread, and the next forum meeting is on its timeline.",
                "en"
            )
        );
        foreach (var reader in readers.Skip(2).Take(Comment.DefaultReportsToHide))
        {
            reported.CountReport(reader.Id, Comment.DefaultReportsToHide);
            db.ReaderReports.Add(ReaderReport.OfComment(reported.Id, reader.Id, ReportReason.Spam, null, null, at));
        }

        await ReportASubmissionAsync(officialMembers, readers.Select(r => r.Id).ToList(), at, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await LoadPlanConversationsAsync(
            officialMembers,
            (official.Id, official.DisplayName),
            (support.Id, support.DisplayName),
            readers.Select(r => (r.Id, r.DisplayName)).ToList(),
            at,
            cancellationToken
        );
    }

    /// <summary>
    /// People ask "when?" and "where?" where the plan is: a thread under a commitment of a published plan and one under a
    /// published co-creation timeline, each answered by the member's official (with the mark) in en/fr/es.
    /// </summary>
    private async Task LoadPlanConversationsAsync(
        List<int> officialMembers,
        (Guid Id, string Name) official,
        (Guid Id, string Name) support,
        List<(Guid Id, string Name)> readers,
        DateTimeOffset at,
        CancellationToken cancellationToken
    )
    {
        var commitment = await (
            from c in db.Commitments
            join p in db.NationalActionPlans on c.NationalActionPlanId equals p.Id
            where p.PublishedAt != null && officialMembers.Contains(p.MemberId)
            orderby c.OgpId
            select new { c.Id, p.MemberId }
        ).FirstOrDefaultAsync(cancellationToken);
        var timeline = await db
            .Timelines.Where(t => t.PublishedAt != null && officialMembers.Contains(t.MemberId))
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.MemberId })
            .FirstOrDefaultAsync(cancellationToken);
        Guid Reader(int i) => readers[i % readers.Count].Id;
        string ReaderName(int i) => readers[i % readers.Count].Name;
        Comment Open(CommentTarget target, int memberId, int reader, string text, string language) =>
            Comment.Post(
                target,
                memberId,
                new NewComment(Reader(reader), ReaderName(reader), CommentRole.Participant, text, language, null, false),
                at = at.AddHours(5)
            );
        Comment Answer(Comment to, Guid author, string name, CommentRole role, string text, string language) =>
            Comment.Reply(to, new NewComment(author, name, role, text, language, null, false), at = at.AddHours(1));

        var threads = new List<(Comment Question, Comment[] Answers)>();
        if (commitment is not null)
        {
            var target = CommentTarget.Commitment(commitment.Id);
            var progress = Open(
                target,
                commitment.MemberId,
                3,
                "When will the first contracts be online, and will they include the amendments as well as the awards?",
                "en"
            );
            var local = Open(
                target,
                commitment.MemberId,
                4,
                "¿Se incluirán también las obras de los municipios, o solo las del gobierno nacional?",
                "es"
            );
            threads.Add((progress, []));
            threads.Add((local, []));
        }

        if (timeline is not null)
        {
            var where = Open(
                CommentTarget.Timeline(timeline.Id),
                timeline.MemberId,
                5,
                "Où aura lieu l’atelier de consultation, et pourra-t-on y participer à distance depuis les provinces ?",
                "fr"
            );
            threads.Add((where, []));
        }

        if (threads.Count == 0)
        {
            return;
        }

        db.Comments.AddRange(threads.Select(t => t.Question));
        await db.SaveChangesAsync(cancellationToken);

        var replies = new List<Comment>();
        foreach (var (question, _) in threads)
        {
            replies.Add(
                question.Language switch
                {
                    "fr" => Answer(
                        question,
                        official.Id,
                        official.Name,
                        CommentRole.Official,
                        "Dans les locaux du ministère, avec une salle en ligne : le lien figure sur l’activité, "
                            + "inscription jusqu’à la veille.",
                        "fr"
                    ),
                    "es" => Answer(
                        question,
                        official.Id,
                        official.Name,
                        CommentRole.Official,
                        "En esta primera etapa, solo las nacionales; tres provincias se sumarán como piloto en el segundo año.",
                        "es"
                    ),
                    _ => Answer(
                        question,
                        official.Id,
                        official.Name,
                        CommentRole.Official,
                        "The first batch goes online at the end of the first semester, amendments included; the milestones list the dates.",
                        "en"
                    ),
                }
            );
        }

        replies.Add(
            Answer(
                threads[0].Question,
                support.Id,
                support.Name,
                CommentRole.SupportUnit,
                "The IRM will look at this commitment's progress too; its report links back to this page.",
                "en"
            )
        );
        db.Comments.AddRange(replies);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ReportASubmissionAsync(
        List<int> memberIds,
        List<Guid> readers,
        DateTimeOffset at,
        CancellationToken cancellationToken
    )
    {
        var submission = await db
            .Submissions.Where(s => memberIds.Contains(s.MemberId) && s.Status == SubmissionStatus.Published && s.AuthorId != null)
            .OrderBy(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var reporters = readers.Where(r => r != submission?.AuthorId).Take(2).ToList();
        if (submission is null || reporters.Count < 2)
        {
            return;
        }

        var reasons = new (ReportReason Reason, string? Text)[]
        {
            (ReportReason.OffTopic, null),
            (ReportReason.Other, "It repeats another proposal of the same member word for word."),
        };
        foreach (var (reporter, (reason, text)) in reporters.Zip(reasons))
        {
            submission.CountReport(reporter, Comment.DefaultReportsToHide, at);
            db.ReaderReports.Add(ReaderReport.OfSubmission(submission.Id, reporter, reason, text, null, at));
        }
    }
}
