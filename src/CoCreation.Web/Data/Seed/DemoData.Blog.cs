using CoCreation.Domain.Blog;
using CoCreation.Domain.Newsletter;

namespace CoCreation.Web.Data.Seed;

/// <summary>
/// The partner blog and the newsletter of the demo: the week's call for posts, example posts in three
/// languages by example authors (marked as such), a few example readers and the April co-creation
/// edition, sent through the normal path (deliveries the dispatcher hands to the outbox).
/// </summary>
public sealed partial class DemoData
{
    private static readonly (string Language, string[] Members, string[] Areas, string Title, string Summary, string Body)[] Posts =
    [
        (
            "en",
            ["GH", "NG"],
            ["civic-space"],
            "Five lessons from a co-created action plan (example)",
            "An example post: what a multi-stakeholder forum learnt when it wrote its commitments together with civil society.",
            "## Start early\n\nPublish the **timeline** at least two weeks before the first meeting, so people can plan to come.\n\n"
                + "## Answer every proposal\n\n- say what was kept,\n- say what was not, and *why*.\n\n"
                + "Read the [Participation and Co-Creation "
                + "Standards](https://www.opengovpartnership.org/ogp-participation-co-creation-standards/)."
        ),
        (
            "en",
            ["US"],
            ["open-contracting", "anti-corruption"],
            "Open contracting, co-created (example)",
            "An example post on how procurement reformers and journalists chose one commitment together.",
            "We met four times in six weeks. Each meeting had **minutes** published the next day.\n\n"
                + "> The hardest part was agreeing on what *not* to do.\n\nThe commitment that came out of it is short and measurable."
        ),
        (
            "fr",
            ["FR", "BF"],
            ["access-to-information"],
            "Co-construire le plan d’action : retour d’expérience (exemple)",
            "Un billet d’exemple : comment un forum multipartite a ouvert ses réunions au public.",
            "## Ouvrir les réunions\n\nNous avons diffusé chaque réunion en direct et publié les **comptes rendus**.\n\n"
                + "## Répondre aux propositions\n\nChaque proposition a reçu une réponse motivée, même quand elle n’a pas été retenue."
        ),
        (
            "fr",
            ["CV"],
            ["local-government"],
            "Les collectivités locales dans la co-création (exemple)",
            "Un billet d’exemple sur la place des communes dans le plan d’action national.",
            "Les communes connaissent les besoins des habitants. Nous leur avons demandé **trois idées** chacune, puis nous les avons "
                + "discutées ensemble."
        ),
        (
            "es",
            ["CO", "CR"],
            ["open-contracting"],
            "Cocreación en América Latina: lo que aprendimos (ejemplo)",
            "Una entrada de ejemplo: cómo el foro multiactor recogió propuestas en cuatro ciudades.",
            "## Escuchar en el territorio\n\nOrganizamos talleres en **cuatro ciudades** y en línea.\n\n## Responder con razones\n\n"
                + "Cada propuesta recibió una respuesta: incluida, fusionada o no incluida, *con el porqué*."
        ),
        (
            "es",
            ["PE", "PA"],
            ["gender-inclusion"],
            "Incluir a las mujeres en el plan de acción (ejemplo)",
            "Una entrada de ejemplo sobre una mesa de trabajo con organizaciones de mujeres.",
            "La mesa propuso **dos compromisos**. Uno fue incluido en el plan; el otro se fusionó con un compromiso de datos abiertos."
        ),
    ];

    public async Task LoadBlogAndNewsletterAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var campaign = await db
            .Campaigns.Where(c => c.Slug == GlobalCoCreationWeekData.Slug)
            .Select(c => (int?)c.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (campaign is { } campaignId)
        {
            db.CallsForPosts.Add(
                new CallForPosts(
                    campaignId,
                    new LocalizedText(
                        "Write about co-creation: how your country writes its action plan with civil society, what worked and what did "
                            + "not.\nLength: 400 to 1 000 words, with a summary of two or three sentences.\n"
                            + "Language: English, French or Spanish.\nNo self-promotion: write about the process, not about your "
                            + "organisation.\nThe support unit reads every post and may ask for changes before publishing it.",
                        "Écrivez sur la co-création : comment votre pays rédige son plan d’action avec la société civile, ce qui a marché "
                            + "et ce qui n’a pas marché.\nLongueur : 400 à 1 000 mots, avec un résumé de deux ou trois phrases.\n"
                            + "Langue : anglais, français ou espagnol.\nPas d’autopromotion : parlez du processus, pas de votre "
                            + "organisation.\nL’unité d’appui lit chaque billet et peut demander des modifications avant de le publier.",
                        "Escriba sobre la cocreación: cómo su país redacta su plan de acción con la sociedad civil, qué funcionó y qué "
                            + "no.\nExtensión: de 400 a 1 000 palabras, con un resumen de dos o tres frases.\n"
                            + "Idioma: inglés, francés o español.\nSin autopromoción: hable del proceso, no de su organización.\n"
                            + "La unidad de apoyo lee cada entrada y puede pedir cambios antes de publicarla."
                    ),
                    now
                )
            );
        }

        var authors = await db
            .Users.Where(u => u.Email!.StartsWith("author") && u.Email.EndsWith("@demo.cocreation.example"))
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName })
            .Take(Posts.Length)
            .ToListAsync(cancellationToken);
        var reviewer = await db
            .Users.Where(u => u.Email == "support@demo.cocreation.example")
            .Select(u => (Guid?)u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (authors.Count == 0 || reviewer is not { } reviewerId)
        {
            return;
        }

        var published = new List<BlogPost>();
        foreach (var (post, index) in Posts.Select((p, i) => (p, i)))
        {
            var author = authors[index % authors.Count];
            var at = now.AddDays(-12 + index);
            var entry = BlogPost.Draft(
                author.Id,
                author.DisplayName,
                campaign,
                new BlogPostContent(post.Title, post.Summary, post.Body, post.Language, post.Members, post.Areas),
                at,
                isExample: true
            );
            entry.Submit(author.Id, at);
            entry.Publish(reviewerId, at.AddHours(3));
            entry.ClearDomainEvents();
            published.Add(entry);
        }

        db.BlogPosts.AddRange(published);
        string[] languages = ["en", "fr", "es"];
        db.Subscribers.AddRange(
            Enumerable.Range(1, 6).Select(i => Subscriber.Confirm($"reader{i}@example.org", languages[i % 3], now.AddDays(-20)))
        );
        await db.SaveChangesAsync(cancellationToken);

        var answered = await db
            .Submissions.Where(s => s.Status == Domain.Submissions.SubmissionStatus.Answered)
            .OrderByDescending(s => s.AnsweredAt)
            .Select(s => s.Id)
            .Take(3)
            .ToListAsync(cancellationToken);
        var upcoming = await db
            .Events.Where(e => e.CancelledAt == null && e.Schedule.StartsAt > now)
            .OrderBy(e => e.Schedule.StartsAt)
            .Select(e => e.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        var april = Edition.Compose(
            new LocalizedText("April co-creation", "La co-création en avril", "La cocreación en abril"),
            new LocalizedText(
                "This April edition is all about co-creation: partners tell how they write action plans together with civil society.\n"
                    + "Read their posts, the first answers to your proposals and the events to come.",
                "Ce numéro d’avril est consacré à la co-création : des partenaires racontent comment ils rédigent leurs plans d’action "
                    + "avec la société civile.\nLisez leurs billets, les premières réponses à vos propositions et les prochains "
                    + "événements.",
                "Esta edición de abril está dedicada a la cocreación: los socios cuentan cómo redactan sus planes de acción con la "
                    + "sociedad civil.\nLea sus entradas, las primeras respuestas a sus propuestas y los próximos eventos."
            ),
            published.Select(p => p.Id),
            answered,
            upcoming,
            now.AddDays(-2)
        );
        db.Editions.Add(april);
        april.StartSending(now.AddDays(-1));
        await db.SaveChangesAsync(cancellationToken);

        // One delivery per reader: the dispatcher hands them to the outbox (as .eml files without an SMTP server).
        var readers = await db.Subscribers.Select(s => s.Id).ToListAsync(cancellationToken);
        db.EditionDeliveries.AddRange(readers.Select(id => new EditionDelivery(april.Id, id)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
