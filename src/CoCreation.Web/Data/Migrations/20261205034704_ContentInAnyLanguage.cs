using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace CoCreation.Web.Data.Migrations
{
    /// <summary>
    /// Submissions and blog posts in any language of ContentLanguages (a BCP 47 tag, not only en/fr/es), and
    /// full-text search in the text's own language: the stored tsvector is made with that language's PostgreSQL
    /// configuration, and a search parses its words with every configuration, so it finds a text in any language.
    /// </summary>
    public partial class ContentInAnyLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A generated column pins the columns it reads: it goes first and comes back on the new function.
            migrationBuilder.DropIndex(name: "ix_submissions_search_vector", table: "submissions");
            migrationBuilder.DropColumn(name: "search_vector", table: "submissions");

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "submissions",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2);

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "blog_posts",
                type: "character varying(35)",
                maxLength: 35,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(2)",
                oldMaxLength: 2);

            // The configuration of each language of ContentLanguages that PostgreSQL can stem
            // (ContentLanguageTests checks both lists agree); every other language is parsed as 'simple'.
            // A search is parsed with each configuration; the distinct parses are OR-ed, so the GIN index is
            // asked for each lexeme once ('transpar' | 'transparency', not 29 branches). Only stop words: NULL, nothing found.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION content_search_config(tag text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN CASE split_part(lower(tag), '-', 1)
                        WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
                        WHEN 'bs' THEN 'pg_catalog.serbian'::regconfig
                        WHEN 'ca' THEN 'pg_catalog.catalan'::regconfig
                        WHEN 'cnr' THEN 'pg_catalog.serbian'::regconfig
                        WHEN 'da' THEN 'pg_catalog.danish'::regconfig
                        WHEN 'de' THEN 'pg_catalog.german'::regconfig
                        WHEN 'el' THEN 'pg_catalog.greek'::regconfig
                        WHEN 'en' THEN 'pg_catalog.english'::regconfig
                        WHEN 'es' THEN 'pg_catalog.spanish'::regconfig
                        WHEN 'eu' THEN 'pg_catalog.basque'::regconfig
                        WHEN 'fi' THEN 'pg_catalog.finnish'::regconfig
                        WHEN 'fr' THEN 'pg_catalog.french'::regconfig
                        WHEN 'ga' THEN 'pg_catalog.irish'::regconfig
                        WHEN 'hi' THEN 'pg_catalog.hindi'::regconfig
                        WHEN 'hr' THEN 'pg_catalog.serbian'::regconfig
                        WHEN 'hu' THEN 'pg_catalog.hungarian'::regconfig
                        WHEN 'hy' THEN 'pg_catalog.armenian'::regconfig
                        WHEN 'id' THEN 'pg_catalog.indonesian'::regconfig
                        WHEN 'it' THEN 'pg_catalog.italian'::regconfig
                        WHEN 'lt' THEN 'pg_catalog.lithuanian'::regconfig
                        WHEN 'nb' THEN 'pg_catalog.norwegian'::regconfig
                        WHEN 'ne' THEN 'pg_catalog.nepali'::regconfig
                        WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
                        WHEN 'nn' THEN 'pg_catalog.norwegian'::regconfig
                        WHEN 'pt' THEN 'pg_catalog.portuguese'::regconfig
                        WHEN 'ro' THEN 'pg_catalog.romanian'::regconfig
                        WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
                        WHEN 'sr' THEN 'pg_catalog.serbian'::regconfig
                        WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
                        WHEN 'ta' THEN 'pg_catalog.tamil'::regconfig
                        WHEN 'tr' THEN 'pg_catalog.turkish'::regconfig
                        WHEN 'yi' THEN 'pg_catalog.yiddish'::regconfig
                        ELSE 'pg_catalog.simple'::regconfig
                    END;

                CREATE FUNCTION content_search_query(words text) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN (
                    SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')::tsquery
                    FROM unnest(ARRAY[
                        websearch_to_tsquery('pg_catalog.arabic'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.armenian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.basque'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.catalan'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.danish'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.dutch'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.english'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.finnish'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.french'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.german'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.greek'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.hindi'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.hungarian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.indonesian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.irish'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.italian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.lithuanian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.nepali'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.norwegian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.portuguese'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.romanian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.russian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.serbian'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.simple'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.spanish'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.swedish'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.tamil'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.turkish'::regconfig, words),
                        websearch_to_tsquery('pg_catalog.yiddish'::regconfig, words)
                    ]) AS q
                    WHERE q::text <> ''
                );
                """
            );

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "submissions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector(content_search_config(language), coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_commitment, '') || ' ' || coalesce(expected_results, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_search_vector",
                table: "submissions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // A generated column pins the columns it reads: it goes first and comes back on the new function.
            migrationBuilder.DropIndex(name: "ix_submissions_search_vector", table: "submissions");
            migrationBuilder.DropColumn(name: "search_vector", table: "submissions");

            migrationBuilder.Sql("DROP FUNCTION content_search_query(text); DROP FUNCTION content_search_config(text);");

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "submissions",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(35)",
                oldMaxLength: 35);

            migrationBuilder.AlterColumn<string>(
                name: "language",
                table: "blog_posts",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(35)",
                oldMaxLength: 35);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "submissions",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector(\n    CASE language WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'english'::regconfig END,\n    coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(proposed_commitment, '') || ' ' || coalesce(expected_results, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_search_vector",
                table: "submissions",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
